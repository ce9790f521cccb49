// Package casualties finds the figures of people killed, hurt, held or
// affected, with their hedges and whom they count: "Over one hundred
// civilians were executed", "killing 3 civilians", "the death toll rose to
// 112", "including 8 children", "some 300,000 civilians under siege".
//
// A figure's bounds follow UCDP: a plain "70" is low = best = high = 70;
// "over 180"/"more than 180" is low = best = 181, no high; "at least 70" is
// low = best = 70, no high; "some"/"about"/"around"/"an estimated 990" is
// best = 990 with no bounds; "nearly"/"almost"/"up to"/"as many as 30" is
// best = high = 30; "fewer than 30" is best = high = 29; "between 20 and
// 30", "20 to 30", "20-30" is low = best = 20, high = 30 (the low end is
// the best estimate, as UCDP does when sources give a range). Vague words
// take the readings in data/casualties.tsv (ACLED: dozens 12, hundreds 100).
// The number as written is kept apart (Stated) for comparison with sources
// that ignore hedges.
//
// The vocabulary — outcomes, victims, vague counts, and the words that
// make a number no casualty figure — is data, in data/casualties.tsv; the
// count qualifiers ("more than", "at least") are the numbers package's.
package casualties

import (
	"context"
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/lexicon"
	"github.com/sitrep-dev/sitrep/internal/numbers"
	"github.com/sitrep-dev/sitrep/internal/tokenize"
)

// Name is the stage name.
const Name = "casualties"

//go:embed data/casualties.tsv
var vocabSrc string

type outcome struct {
	what, class string
	among       bool // found through "among the dead": a breakdown
}

// victim is who a figure counts: their kind, and whether they are
// combatants; alone marks a word that names them only at the end of its
// phrase ("a Palestinian was killed", not "a Syrian army officer").
type victim struct {
	who, civilian string
	alone         bool
}

type vague struct{ low, best int64 }

// phrases maps a phrase of one or more folded tokens to a value; lookups
// find the longest phrase starting at a token.
type phrases[V any] struct {
	byFirst map[string][]phrase[V]
}

type phrase[V any] struct {
	toks []string
	val  V
}

func (p *phrases[V]) add(text string, v V) {
	if p.byFirst == nil {
		p.byFirst = map[string][]phrase[V]{}
	}
	toks, norm := tokenize.Tokens(text, nil)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Norm.In(norm)
	}
	if len(words) == 0 {
		return
	}
	list := append(p.byFirst[words[0]], phrase[V]{words, v})
	// Longest first, so the first match is the longest.
	for k := len(list) - 1; k > 0 && len(list[k].toks) > len(list[k-1].toks); k-- {
		list[k], list[k-1] = list[k-1], list[k]
	}
	p.byFirst[words[0]] = list
}

// at returns the value of the longest phrase at token i (tokens before
// end) and the index after it.
func (p *phrases[V]) at(d *doc.Doc, i, end int) (V, int, bool) {
	var zero V
	if i < 0 || i >= end {
		return zero, i, false
	}
	for _, ph := range p.byFirst[d.TokenNorm(i)] {
		if i+len(ph.toks) > end {
			continue
		}
		ok := true
		for k := 1; k < len(ph.toks); k++ {
			if d.TokenNorm(i+k) != ph.toks[k] {
				ok = false
				break
			}
		}
		if ok {
			return ph.val, i + len(ph.toks), true
		}
	}
	return zero, i, false
}

type vocab struct {
	outcome  phrases[outcome]
	toll     phrases[string]
	victim   phrases[victim]
	vague    phrases[vague]
	notAfter phrases[bool]
	// none: phrases that say no one was killed or hurt ("no casualties
	// were reported"): a figure of zero, of class "none".
	none      phrases[string]
	notBefore map[string]bool
	// Word classes (casualties.tsv): filler between a figure and its
	// outcome, aux that ends a breakdown, stop that ends the modifiers of
	// victims, partCue before a breakdown, aggregateCue of a war's total.
	filler, aux, stop, partCue, aggregateCue map[string]bool
	// attributive: nouns after a victim's word that make it name a
	// thing, not people: "a militant cell", "a militant hideout".
	attributive map[string]bool
	// alive: verbs that kill the one named after them when "alive"
	// follows: "burned a suspected witch alive".
	alive map[string]bool
	// rank: words that may stand before a single victim ("a senior
	// commander", "a local official").
	rank map[string]bool
	// former: words that make a combatant before whom they stand a
	// civilian ("a former fighter", "retired officers").
	former map[string]bool
	// onset: words that tell when a war began ("erupted in April 2023
	// and has killed tens of thousands"): like "since", the total runs
	// from then.
	onset map[string]bool
	// campaign: fights that total their dead only when their length is
	// stated ("a nine-month battle that killed thousands").
	campaign map[string]bool
}

// Stage is the casualty stage; it is safe for concurrent use.
type Stage struct {
	v vocab
	// starts holds every word that can begin a figure: one lookup skips
	// the rest.
	starts   map[string]bool
	startSet *lexicon.Set
	// outcomeLast holds the last word of every outcome phrase: a "the"
	// after none of them starts no figure (see deedBefore).
	outcomeLast *lexicon.Set
	// victimFirst holds the first word of every victim phrase.
	victimFirst *lexicon.Set
	// noneFirst holds the first word of every "none" phrase.
	noneFirst *lexicon.Set
	// cues holds the onset and aggregate words by token hash (cueOnset,
	// cueWar): relate asks them of every word of a sentence with a figure.
	cues lexicon.Classes
}

const (
	cueOnset uint32 = 1 << iota
	cueWar
	cueCampaign
)

// New returns the stage with its embedded vocabulary.
func New() (*Stage, error) {
	var v vocab
	v.notBefore = map[string]bool{}
	v.filler, v.aux, v.stop, v.partCue, v.aggregateCue, v.rank, v.former, v.onset, v.campaign = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	v.attributive, v.alive = map[string]bool{}, map[string]bool{}
	classes := map[string]map[string]bool{"attributive": v.attributive, "alive": v.alive, "filler": v.filler, "aux": v.aux, "stop": v.stop, "part": v.partCue, "aggregate": v.aggregateCue, "rank": v.rank, "former": v.former, "onset": v.onset, "campaign": v.campaign}
	err := lexicon.ScanLines("casualties.tsv", strings.NewReader(vocabSrc), func(_ int, f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want at least 2 columns")
		}
		args := f[2:]
		want := func(n int) error {
			if len(args) != n {
				return fmt.Errorf("%s %q: want %d values", f[0], f[1], n)
			}
			return nil
		}
		switch f[0] {
		case "outcome":
			if err := want(2); err != nil {
				return err
			}
			switch args[1] {
			case "fatal", "injured", "casualties", "detained", "affected":
			default:
				return fmt.Errorf("outcome %q: unknown class %q", f[1], args[1])
			}
			v.outcome.add(f[1], outcome{what: args[0], class: args[1]})
		case "toll":
			if err := want(1); err != nil {
				return err
			}
			v.toll.add(f[1], args[0])
		case "victim":
			if len(args) == 3 && args[2] == "alone" {
				v.victim.add(f[1], victim{args[0], args[1], true})
				break
			}
			if err := want(2); err != nil {
				return err
			}
			v.victim.add(f[1], victim{args[0], args[1], false})
		case "vague":
			if err := want(2); err != nil {
				return err
			}
			lo, err1 := strconv.ParseInt(args[0], 10, 64)
			best, err2 := strconv.ParseInt(args[1], 10, 64)
			if err1 != nil || err2 != nil {
				return fmt.Errorf("vague %q: bad numbers", f[1])
			}
			v.vague.add(f[1], vague{lo, best})
		case "notafter":
			v.notAfter.add(f[1], true)
		case "none":
			if err := want(1); err != nil {
				return err
			}
			v.none.add(f[1], args[0])
		case "notbefore":
			v.notBefore[f[1]] = true
		case "attributive", "alive", "filler", "aux", "stop", "part", "aggregate", "rank", "former", "onset", "campaign":
			classes[f[0]][f[1]] = true
		default:
			return fmt.Errorf("unknown category %q", f[0])
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("casualties: %w", err)
	}
	for name, c := range classes {
		if len(c) == 0 {
			return nil, fmt.Errorf("casualties: casualties.tsv lists no %s words", name)
		}
	}
	st := &Stage{v: v, starts: map[string]bool{"between": true, "a": true, "an": true, "one": true, "another": true, "him": true, "her": true}}
	for _, w := range numbers.QualifierWords() {
		st.starts[w] = true
	}
	for w := range v.vague.byFirst {
		st.starts[w] = true
	}
	for _, w := range numbers.Words() {
		st.starts[w] = true
	}
	st.startSet = lexicon.KeySet(st.starts)
	var last []string
	for _, ps := range v.outcome.byFirst {
		for _, p := range ps {
			last = append(last, p.toks[len(p.toks)-1])
		}
	}
	st.outcomeLast = lexicon.NewSet(last)
	st.victimFirst = lexicon.KeySet(v.victim.byFirst)
	st.noneFirst = lexicon.KeySet(v.none.byFirst)
	for w := range v.onset {
		st.cues.Add(w, cueOnset)
	}
	for w := range v.aggregateCue {
		st.cues.Add(w, cueWar)
	}
	for w := range v.campaign {
		st.cues.Add(w, cueCampaign)
	}
	return st, nil
}

func (*Stage) Name() string { return Name }
func (*Stage) Requires() []doc.Layer {
	return []doc.Layer{doc.LayerText, doc.LayerArticles, doc.LayerSentences, doc.LayerTokens, doc.LayerDates}
}
func (*Stage) Assigns() []doc.Layer { return []doc.Layer{doc.LayerQuantities} }

// Process fills d.Quantities.
func (s *Stage) Process(_ context.Context, d *doc.Doc) error {
	d.Quantities = d.Quantities[:0]
	for _, u := range s.units(d) {
		s.unit(d, u)
	}
	return nil
}
