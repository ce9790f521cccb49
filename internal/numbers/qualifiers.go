package numbers

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/lexicon"
	"github.com/sitrep-dev/sitrep/internal/tokenize"
)

//go:embed data/qualifiers.tsv
var qualifierSrc string

// Hedge is how a qualifier bounds the count written after it.
type Hedge string

// The hedges of data/qualifiers.tsv.
const (
	More    Hedge = "more"    // "over 180": more than the figure
	AtLeast Hedge = "atleast" // "at least 70"
	Approx  Hedge = "approx"  // "some 990": about the figure
	AtMost  Hedge = "atmost"  // "nearly 30", "up to 30"
	Less    Hedge = "less"    // "fewer than 30"
	Exact   Hedge = "exact"   // "a confirmed 33": the figure itself
)

type qualifier struct {
	words []string
	hedge Hedge
}

// qualifiers holds the phrases by first word, longest first; maxWords is
// the longest.
var qualifiers, maxWords = func() (map[string][]qualifier, int) {
	m := map[string][]qualifier{}
	longest := 0
	err := lexicon.ScanLines("qualifiers.tsv", strings.NewReader(qualifierSrc), func(_ int, f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("want 2 columns")
		}
		switch h := Hedge(f[1]); h {
		case More, AtLeast, Approx, AtMost, Less, Exact:
			toks, norm := tokenize.Tokens(f[0], nil)
			words := make([]string, len(toks))
			for i, t := range toks {
				words[i] = t.Norm.In(norm)
			}
			list := append(m[words[0]], qualifier{words, h})
			for k := len(list) - 1; k > 0 && len(list[k].words) > len(list[k-1].words); k-- {
				list[k], list[k-1] = list[k-1], list[k]
			}
			m[words[0]] = list
			longest = max(longest, len(words))
		default:
			return fmt.Errorf("%q: unknown hedge %q", f[0], f[1])
		}
		return nil
	})
	if err != nil {
		panic("numbers: " + err.Error()) // embedded and tested
	}
	return m, longest
}()

// QualifierAt reads the longest count qualifier at token i of d, before
// token end: "more than", "at least", "some". It returns its hedge and
// the index after it.
func QualifierAt(d *doc.Doc, i, end int) (Hedge, int, bool) {
	if i < 0 || i >= end {
		return "", i, false
	}
	for _, q := range qualifiers[d.TokenNorm(i)] {
		if i+len(q.words) > end {
			continue
		}
		ok := true
		for k := 1; k < len(q.words) && ok; k++ {
			ok = d.TokenNorm(i+k) == q.words[k]
		}
		if ok {
			return q.hedge, i + len(q.words), true
		}
	}
	return "", i, false
}

// QualifierBefore returns the first token of the longest count qualifier
// that ends right before token i, not before token lo: in "by more than
// 100 terrorists", asked of "100", it returns the index of "more".
func QualifierBefore(d *doc.Doc, lo, i int) (int, bool) {
	for n := min(maxWords, i-lo); n >= 1; n-- {
		if _, end, ok := QualifierAt(d, i-n, i); ok && end == i {
			return i - n, true
		}
	}
	return i, false
}

// QualifierWords returns the first words of the qualifiers: a word no
// figure can start with unless it is one of them or a number.
func QualifierWords() []string {
	return slices.Collect(maps.Keys(qualifiers))
}
