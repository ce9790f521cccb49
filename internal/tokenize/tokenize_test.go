package tokenize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/doc"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want string // text/norm pairs; norm omitted when equal to the text
	}{
		{"Tall Rif‘at and Tal Rifaat", "Tall/tall Rif‘at/rifat and Tal/tal Rifaat/rifaat"},
		{"Karm al-Myassar", "Karm/karm al - Myassar/myassar"},
		{"her seven-year-old daughter", "her seven - year - old daughter"},
		{"some 300,000 civilians, 1.5 million, 2.3m", "some 300,000 civilians , 1.5 million , 2.3 m"},
		{"Assad's forces and the Gov'ts, Syria’s", "Assad/assad 's forces and the Gov'ts/govts , Syria/syria ’s/'s"},
		{"the U.N. and U.S. envoys", "the U.N./u.n. and U.S./u.s. envoys"},
		{"٣٠٠ قتيل", "٣٠٠/300 قتيل"},
		{"Ḩalab I‘zāz ŞAHİN", "Ḩalab/halab I‘zāz/izaz ŞAHİN/sahin"},
		{"On Nov.28, civilians", "On/on Nov/nov . 28 , civilians"},
	}
	for _, tt := range tests {
		toks, nb := Tokens(tt.in, nil)
		var parts []string
		for _, tk := range toks {
			txt, nm := tk.Span.In(tt.in), tk.Norm.In(nb)
			if txt == nm {
				parts = append(parts, txt)
			} else {
				parts = append(parts, txt+"/"+nm)
			}
		}
		got := strings.Join(parts, " ")
		if got != tt.want {
			t.Errorf("%q\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenFlags(t *testing.T) {
	toks, _ := Tokens("Aleppo falls.Bana", nil)
	want := []struct {
		kind         doc.TokenKind
		upper, space bool
	}{{doc.Word, true, true}, {doc.Word, false, true}, {doc.Punct, false, false}, {doc.Word, true, false}}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens", len(toks))
	}
	for i, w := range want {
		if toks[i].Kind != w.kind || toks[i].Upper != w.upper || toks[i].SpaceBefore != w.space {
			t.Errorf("token %d: %+v", i, toks[i])
		}
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"U.N.", "a'", "'s", "1,2,3,4,5", "٣٠٠", "Ḩ", "x.y.z.", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		toks, nb := Tokens(s, nil)
		prev := int32(0)
		for _, tk := range toks {
			if tk.Span.Start < prev || tk.Span.End <= tk.Span.Start || int(tk.Span.End) > len(s) {
				t.Fatalf("bad span %v in %q", tk.Span, s)
			}
			if tk.Norm.End > int32(len(nb)) || tk.Norm.Start > tk.Norm.End {
				t.Fatalf("bad norm span %v", tk.Norm)
			}
			prev = tk.Span.End
		}
	})
}
