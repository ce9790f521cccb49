package numbers

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/tokenize"
)

func TestQualifiers(t *testing.T) {
	tests := []struct {
		in     string
		at     int   // token asked of QualifierBefore: the figure
		hedge  Hedge // QualifierAt at token 0
		before int   // the qualifier's first token; at when none
	}{
		{"more than 100 terrorists", 2, More, 0},
		{"at least 20 gunmen", 2, AtLeast, 0},
		{"some 990 civilians", 1, Approx, 0},
		{"as many as 30 people", 3, AtMost, 0},
		{"fewer than 30 people", 2, Less, 0},
		{"a confirmed 33 militants", 2, Exact, 0},
		{"by no fewer than 12 men", 4, "", 1},
		{"the 12 men", 1, "", 1},
	}
	for _, tt := range tests {
		toks, nb := tokenize.Tokens(tt.in, nil)
		d := &doc.Doc{Text: tt.in, Tokens: toks, Norm: nb}
		h, _, _ := QualifierAt(d, 0, len(toks))
		if h != tt.hedge {
			t.Errorf("QualifierAt(%q, 0) = %q, want %q", tt.in, h, tt.hedge)
		}
		if got, _ := QualifierBefore(d, 0, tt.at); got != tt.before {
			t.Errorf("QualifierBefore(%q, %d) = %d, want %d", tt.in, tt.at, got, tt.before)
		}
	}
}
