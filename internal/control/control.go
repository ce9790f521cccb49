// Package control finds claims of territorial control — "Only one per cent
// of the original pocket remains in opposition hands", "the regime forces
// gained control of 99 percent of eastern Aleppo" — so that the record can
// set the sources' figures side by side: one report's one per cent against
// another's three is a dispute of fact as real as one of the dead.
//
// A claim is a share (a number and a percent word), "of" and the area it
// divides, in a sentence with a word of control (data/control.tsv). Its
// holder is the side named after the area ("remains in opposition hands",
// "held by the regime"), else the nearest side named before the share
// ("the army took 90 percent of …"). Its source is the one whose scope
// covers the share (package attrib); its place, the article's main place.
package control

import (
	"context"
	_ "embed"
	"fmt"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/attrib"
	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/lexicon"
	"github.com/sitrep-dev/sitrep/internal/numbers"
	"github.com/sitrep-dev/sitrep/internal/places"
)

// Name is the stage name.
const Name = "control"

//go:embed data/control.tsv
var src string

// Stage is the control stage.
type Stage struct {
	percent [][]string
	cue     map[string]bool
	cueSet  *lexicon.Set // the cue words' hashes, for the sentence test
	stop    map[string]bool
	side    map[string][]sideName // by first word, longest first
}

type sideName struct {
	words []string
	side  string
}

// New reads the stage's data.
func New() (*Stage, error) {
	s := &Stage{cue: map[string]bool{}, stop: map[string]bool{}, side: map[string][]sideName{}}
	err := lexicon.ScanLines("control.tsv", strings.NewReader(src), func(_ int, f []string) error {
		switch {
		case len(f) == 2 && f[0] == "percent":
			for _, w := range strings.Split(f[1], "|") {
				s.percent = append(s.percent, strings.Fields(w))
			}
		case len(f) == 2 && (f[0] == "cue" || f[0] == "stop"):
			m := s.cue
			if f[0] == "stop" {
				m = s.stop
			}
			for _, w := range strings.Split(f[1], "|") {
				m[w] = true
			}
		case len(f) == 3 && f[0] == "side":
			for _, w := range strings.Split(f[2], "|") {
				ws := strings.Fields(w)
				if len(ws) == 0 {
					continue
				}
				list := append(s.side[ws[0]], sideName{ws, f[1]})
				sort.SliceStable(list, func(a, b int) bool { return len(list[a].words) > len(list[b].words) })
				s.side[ws[0]] = list
			}
		default:
			return fmt.Errorf("want percent, cue, stop or side entries")
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("control: %w", err)
	}
	s.cueSet = lexicon.KeySet(s.cue)
	return s, nil
}

func (*Stage) Name() string { return Name }
func (*Stage) Requires() []doc.Layer {
	return []doc.Layer{doc.LayerText, doc.LayerArticles, doc.LayerSentences, doc.LayerTokens, doc.LayerPlaces, doc.LayerAttribution}
}
func (*Stage) Assigns() []doc.Layer { return []doc.Layer{doc.LayerControl} }

// Process finds the claims of every sentence.
func (s *Stage) Process(ctx context.Context, d *doc.Doc) error {
	d.Control = d.Control[:0]
	mains := map[int32]int{}
	for si, st := range d.Sents {
		if st.Article < 0 {
			continue
		}
		lo, hi := d.TokensIn(st.Span)
		cue := false
		for i := lo; i < hi && !cue; i++ {
			cue = s.cueSet.Has(d.Tokens[i].Hash) && s.cue[d.TokenNorm(i)]
		}
		if !cue {
			continue
		}
		for i := lo; i < hi; i++ {
			c, ok := s.claim(d, i, lo, hi)
			if !ok {
				continue
			}
			c.Sent = int32(si)
			c.Article = st.Article
			c.Source = attrib.Covering(d, c.Span)
			m, seen := mains[st.Article]
			if !seen {
				m = places.Main(d, int(st.Article))
				mains[st.Article] = m
			}
			if m >= 0 {
				c.Place = doc.MakeIndex(m)
			}
			d.Control = append(d.Control, c)
			i = c.AreaEnd - 1
		}
	}
	return nil
}

// claim reads a share at token i: NUMBER PERCENT of AREA.
func (s *Stage) claim(d *doc.Doc, i, lo, hi int) (doc.Control, bool) {
	var c doc.Control
	if d.Tokens[i].Kind != doc.Number && !numberWord(d, i) {
		return c, false
	}
	val, j, ok := numbers.Read(d, i)
	if !ok || val < 0 || val > 100 {
		return c, false
	}
	k := s.percentAt(d, j, hi)
	if k < 0 || k >= hi || d.TokenNorm(k) != "of" {
		return c, false
	}
	a0 := k + 1
	if a0 < hi && (d.TokenNorm(a0) == "the" || d.TokenNorm(a0) == "a") {
		a0++
	}
	a1 := a0
	for a1 < hi && a1-a0 < 5 && d.Tokens[a1].Kind != doc.Punct && !s.stop[d.TokenNorm(a1)] {
		a1++
	}
	if a1 == a0 {
		return c, false
	}
	// The share's hedge as written: "about 70 percent", "more than
	// half"; or "only 30 percent".
	start, _ := numbers.QualifierBefore(d, lo, i)
	if start == i && i > lo && d.TokenNorm(i-1) == "only" {
		start = i - 1
	}
	if start < i {
		c.Qualifier = d.Text[d.Tokens[start].Span.Start:d.Tokens[i-1].Span.End]
	}
	c.Span = doc.Span{Start: d.Tokens[start].Span.Start, End: d.Tokens[a1-1].Span.End}
	c.Value = val
	c.Area = doc.Span{Start: d.Tokens[k+1].Span.Start, End: d.Tokens[a1-1].Span.End}
	c.AreaEnd = a1
	// The holder: a side named after the area in its clause, else the
	// nearest named before the share; never the source ("the SDF said").
	for t := a1; t < hi && d.Tokens[t].Kind != doc.Punct; t++ {
		if side, n := s.sideAt(d, t, hi); n > 0 {
			c.Holder, c.HolderSpan = side, doc.Span{Start: d.Tokens[t].Span.Start, End: d.Tokens[t+n-1].Span.End}
			return c, true
		}
	}
	for t := i - 1; t >= lo; t-- {
		if side, n := s.sideAt(d, t, i); n > 0 {
			// A name right before names the side more closely
			// ("Islamic State militants").
			for u := max(lo, t-3); u < t; u++ {
				if side2, n2 := s.sideAt(d, u, t); n2 == t-u {
					side, n = side2, n2+n
					t = u
					break
				}
			}
			c.Holder, c.HolderSpan = side, doc.Span{Start: d.Tokens[t].Span.Start, End: d.Tokens[t+n-1].Span.End}
			return c, true
		}
	}
	return c, false // whose share is it? not a claim sitrep can compare
}

// sideAt reads a side's name at token t (ending before hi), outside any
// source phrase, and returns the side and its length in tokens.
func (s *Stage) sideAt(d *doc.Doc, t, hi int) (string, int) {
	for _, sn := range s.side[d.TokenNorm(t)] {
		if t+len(sn.words) > hi {
			continue
		}
		ok := true
		for n, w := range sn.words {
			if d.TokenNorm(t+n) != w {
				ok = false
				break
			}
		}
		if ok && !inSource(d, d.Tokens[t].Span) {
			return sn.side, len(sn.words)
		}
	}
	return "", 0
}

func inSource(d *doc.Doc, sp doc.Span) bool {
	for _, s := range d.Sources {
		if sp.Start >= s.Span.Start && sp.End <= s.Span.End {
			return true
		}
	}
	return false
}

func numberWord(d *doc.Doc, i int) bool {
	_, _, ok := numbers.Read(d, i)
	return ok
}

// percentAt returns the token after a percent word at j, or -1.
func (s *Stage) percentAt(d *doc.Doc, j, hi int) int {
	for _, p := range s.percent {
		if j+len(p) > hi {
			continue
		}
		ok := true
		for n, w := range p {
			if d.TokenNorm(j+n) != w {
				ok = false
				break
			}
		}
		if ok {
			return j + len(p)
		}
	}
	return -1
}
