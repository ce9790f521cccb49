// Package numbers reads numbers written in digits or words from a run of
// tokens: "27", "300,000", "1.5 million", "twenty-two", "a hundred and
// eighty", "two dozen", "٣٠٠". The words are data (data/numbers.tsv).
//
// It reads cardinals only; ordinals, vague quantities and qualifiers belong
// to the stages that use it.
package numbers

import (
	_ "embed"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/lexicon"
)

//go:embed data/numbers.tsv
var src string

type kind uint8

const (
	kUnit kind = iota + 1
	kTeen
	kTen
	kScale
	kArticle
)

type word struct {
	val  float64
	kind kind
}

var words = func() map[string]word {
	m := map[string]word{}
	kinds := map[string]kind{"unit": kUnit, "teen": kTeen, "ten": kTen, "scale": kScale, "article": kArticle}
	err := lexicon.ScanLines("numbers.tsv", strings.NewReader(src), func(_ int, f []string) error {
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return err
		}
		m[f[0]] = word{v, kinds[f[2]]}
		return nil
	})
	if err != nil {
		panic("numbers: " + err.Error()) // embedded and tested
	}
	return m
}()

// wordSet holds the keys of words by hash: a token that is no number word
// is turned away without a string lookup (Read is asked at most tokens).
var wordSet = lexicon.KeySet(words)

// MaxValue bounds what Read accepts; larger numbers are not read.
const MaxValue = 1e15

// Read reads a cardinal number starting at token i of d. It returns the
// value and the index after the last token used, or ok false. It never
// consumes a bare article ("a", "an") that no scale or unit follows.
func Read(d *doc.Doc, i int) (val float64, end int, ok bool) {
	if i >= len(d.Tokens) {
		return 0, i, false
	}
	t := d.Tokens[i]
	if t.Kind == doc.Number {
		v, ok := Digits(d.TokenNorm(i))
		if !ok {
			return 0, i, false
		}
		end = i + 1
		// "1.5 million", "2 dozen"
		if end < len(d.Tokens) {
			if w, ok := words[d.TokenNorm(end)]; ok && w.kind == kScale {
				v *= w.val
				end++
			}
		}
		if v > MaxValue {
			return 0, i, false
		}
		return v, end, true
	}
	if !wordSet.Has(t.Hash) {
		return 0, i, false
	}
	return readWords(d, i)
}

func readWords(d *doc.Doc, i int) (float64, int, bool) {
	var total, group float64
	end := i
	seen := false
	article := false
	for j := i; j < len(d.Tokens); j++ {
		n := d.TokenNorm(j)
		if n == "-" && seen && j+1 < len(d.Tokens) && !d.Tokens[j].SpaceBefore {
			continue // twenty-two
		}
		if n == "and" && seen && j+1 < len(d.Tokens) {
			if w, ok := words[d.TokenNorm(j+1)]; ok && (w.kind == kUnit || w.kind == kTeen || w.kind == kTen) {
				continue // a hundred and eighty
			}
			break
		}
		if !wordSet.Has(d.Tokens[j].Hash) {
			break
		}
		w, ok := words[n]
		if !ok {
			break
		}
		switch w.kind {
		case kArticle:
			if seen {
				goto done
			}
			group, article = 1, true
		case kUnit, kTeen:
			if seen && !article {
				r := math.Mod(group, 100)
				if r != 0 && !(w.kind == kUnit && r >= 20 && math.Mod(r, 10) == 0) {
					goto done // "five six": two numbers
				}
			}
			if article {
				group = 0
				article = false
			}
			group += w.val
		case kTen:
			if article {
				group = 0
				article = false
			}
			if seen && math.Mod(group, 100) != 0 {
				goto done
			}
			group += w.val
		case kScale:
			if !seen {
				if w.val == 12 { // "dozen" alone is a vague count, not read here
					return 0, i, false
				}
				group = 1
			}
			article = false
			if group == 0 {
				group = 1
			}
			if w.val >= 1000 {
				total += group * w.val
				group = 0
			} else {
				group *= w.val
			}
		}
		seen = true
		end = j + 1
	}
done:
	if !seen || (article && group == 1 && total == 0 && end == i+1) {
		return 0, i, false
	}
	v := total + group
	if v > MaxValue {
		return 0, i, false
	}
	return v, end, true
}

// Digits reads a number token's folded text: "300,000", "1.5", "1,500".
// Commas must group thousands ("1,2,3" is not a number).
func Digits(s string) (float64, bool) {
	if s == "" || len(s) > 24 {
		return 0, false
	}
	if strings.Contains(s, ",") {
		parts := strings.Split(s, ",")
		for k, p := range parts {
			if k > 0 && len(p) != 3 && !(k == len(parts)-1 && len(p) > 3 && strings.Contains(p, ".") && strings.Index(p, ".") == 3) {
				return 0, false
			}
			if k == 0 && (len(p) == 0 || len(p) > 3) {
				return 0, false
			}
		}
		s = strings.ReplaceAll(s, ",", "")
	}
	if strings.Count(s, ".") > 1 {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// Words returns every number word Read knows, in no particular order.
func Words() []string {
	return slices.Collect(maps.Keys(words))
}
