package numbers

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/tokenize"
)

func TestRead(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		used int // tokens consumed
		ok   bool
	}{
		{"300,000 civilians", 300000, 1, true},
		{"1.5 million people", 1500000, 2, true},
		{"twenty-two dead", 22, 3, true},
		{"a hundred and eighty people", 180, 4, true},
		{"one hundred civilians", 100, 2, true},
		{"two dozen", 24, 2, true},
		{"٣٠٠ قتيل", 300, 1, true},
		{"a man", 0, 0, false},
		{"dozen", 0, 0, false},
		{"1,2,3,4,5", 0, 0, false},
		{"five six", 5, 1, true},
	}
	for _, tt := range tests {
		toks, nb := tokenize.Tokens(tt.in, nil)
		d := &doc.Doc{Text: tt.in, Tokens: toks, Norm: nb}
		v, end, ok := Read(d, 0)
		if ok != tt.ok || (ok && (v != tt.want || end != tt.used)) {
			t.Errorf("Read(%q) = %v, %d, %v; want %v, %d, %v", tt.in, v, end, ok, tt.want, tt.used, tt.ok)
		}
	}
}

func TestDigitsBounds(t *testing.T) {
	for _, s := range []string{"1e999", "99999999999999999999999999", ""} {
		if v, ok := Digits(s); ok && v > MaxValue*10 {
			t.Errorf("Digits(%q) = %v", s, v)
		}
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{"300,000 civilians", "1.5 million", "a hundred and eighty", "twenty-two", "two dozen", "٣٠٠", "1e999", "99999999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks, nb := tokenize.Tokens(s, nil)
		d := &doc.Doc{Text: s, Tokens: toks, Norm: nb}
		for i := range toks {
			v, end, ok := Read(d, i)
			if ok && (end <= i || end > len(toks) || v < 0 || v != v) {
				t.Fatalf("Read(%q, %d) = %v, %d", s, i, v, end)
			}
		}
	})
}
