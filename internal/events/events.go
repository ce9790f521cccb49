// Package events assembles the layers before it into events: who did
// what to whom, where, when, with how many dead — and according to whom.
//
// A sentence holds an event when it holds a trigger (data/triggers.tsv);
// of several, the highest in ACLED's order absorbs the others. Its
// arguments come from the clause, then the sentence, then the paragraph:
// the acting and the acted-on actor (by the voice of the trigger), the
// place (else the paragraph's last place, the dateline, the article's
// main place), the date that governs the sentence (package dates), the
// figures of the dead and the affected (package casualties), and the
// source whose scope covers it (package attrib). Words such as "denied",
// "failed to", "could" mark an event as not asserted. Restatements of one
// happening in an article merge, keeping each sentence as evidence;
// claims of different figures by different sources stay apart.
package events

import (
	"context"
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/actors"
	"github.com/sitrep-dev/sitrep/internal/attrib"
	"github.com/sitrep-dev/sitrep/internal/dates"
	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/lexicon"
	"github.com/sitrep-dev/sitrep/internal/places"
	"github.com/sitrep-dev/sitrep/internal/tokenize"
)

// Name is the stage name.
const Name = "events"

//go:embed data/triggers.tsv
var src string

type trigger struct {
	words    []string
	typ, sub string
	rank     int
	weak     bool
	// kill: a bare verb of killing ("gunmen killed 4 people"), an event
	// only with an armed actor acting in its sentence; else its figure is
	// the toll of the event before it.
	kill bool
}

// Stage is the event stage; it is safe for concurrent use.
type Stage struct {
	actors     *actors.Stage        // for the forces of a country named by a demonym
	byFirst    map[string][]trigger // longest first
	first      *lexicon.Set         // the keys of byFirst
	modal      map[string]string
	rank       map[string]int
	claims     [][]string // "claimed responsibility"
	claimFirst *lexicon.Set
	// standing: phrases that, just before a trigger of the sub-event they
	// name, refer to something already in force ("in violation of a
	// ceasefire", "despite the truce"): no new event.
	standing map[string][][]string
	// buildings: what is stormed without taking ground (hotel, prison).
	buildings map[string]bool
}

// New returns the stage with its embedded trigger lexicon.
func New() (*Stage, error) {
	ac, err := actors.New()
	if err != nil {
		return nil, err
	}
	s := &Stage{actors: ac, byFirst: map[string][]trigger{}, modal: map[string]string{}, rank: map[string]int{}, standing: map[string][][]string{}, buildings: map[string]bool{}}
	var pending [][]string
	err = lexicon.ScanLines("triggers.tsv", strings.NewReader(src), func(_ int, f []string) error {
		switch {
		case f[0] == "rank" && len(f) == 2:
			s.rank[f[1]] = len(s.rank)
		case f[0] == "modal" && len(f) == 3:
			s.modal[f[1]] = f[2]
		case f[0] == "claim" && len(f) == 2:
			if words := phrase(f[1]); len(words) > 0 {
				s.claims = append(s.claims, words)
			}
		case f[0] == "building" && len(f) == 2:
			s.buildings[f[1]] = true
		case f[0] == "blocker" && len(f) == 2:
			pending = append(pending, []string{f[1], "-", "-"})
		case f[0] == "standing" && len(f) == 3:
			if words := phrase(f[2]); len(words) > 0 {
				s.standing[f[1]] = append(s.standing[f[1]], words)
			}
		case len(f) == 3 || len(f) == 4 && (f[3] == "weak" || f[3] == "kill"):
			pending = append(pending, f)
		default:
			return fmt.Errorf("bad line %q", strings.Join(f, "\t"))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	for _, f := range pending {
		r, ok := s.rank[f[2]]
		if f[1] == "-" {
			r, ok = len(s.rank), true // a blocker: no event
		}
		if !ok {
			return nil, fmt.Errorf("events: triggers.tsv: %q has no rank", f[2])
		}
		toks, norm := tokenize.Tokens(f[0], nil)
		words := make([]string, 0, len(toks))
		for _, t := range toks {
			if w := t.Norm.In(norm); w != "-" {
				words = append(words, w)
			}
		}
		if len(words) == 0 {
			continue
		}
		list := append(s.byFirst[words[0]], trigger{words, f[1], f[2], r, len(f) == 4, len(f) == 4 && f[3] == "kill"})
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
		s.byFirst[words[0]] = list
	}
	s.first = lexicon.KeySet(s.byFirst)
	var cf []string
	for _, c := range s.claims {
		cf = append(cf, c[0])
	}
	s.claimFirst = lexicon.NewSet(cf)
	return s, nil
}

// buildingAfter reports whether a building's noun follows token i within
// four words of its clause.
func (s *Stage) buildingAfter(d *doc.Doc, i, hi int) bool {
	for k := i; k < hi && k < i+5; k++ {
		if s.buildings[d.TokenNorm(k)] {
			return true
		}
		if d.Tokens[k].Kind == doc.Punct && d.TokenNorm(k) != "-" {
			return false
		}
	}
	return false
}

// arrestsProtesters reports whether tokens [lo, hi) hold an arrest whose
// object is protesters: "police arrested 15 protesters", not "police
// arrested Imran Khan, sparking protests".
func (s *Stage) arrestsProtesters(d *doc.Doc, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if !s.first.Has(d.Tokens[i].Hash) {
			continue
		}
		for _, t := range s.byFirst[d.TokenNorm(i)] {
			if t.sub != "Arrests" {
				continue
			}
			end, ok := s.match(d, i, hi, t.words)
			if !ok {
				continue
			}
			at := d.Tokens[min(end, hi-1)].Span.Start
			for _, a := range d.Actors {
				if a.Type == "protesters" && a.Span.Start >= at && a.Span.Start-at <= 24 {
					return true
				}
			}
		}
	}
	return false
}

// phrase returns the folded words of a lexicon phrase.
func phrase(text string) []string {
	toks, norm := tokenize.Tokens(text, nil)
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		words = append(words, t.Norm.In(norm))
	}
	return words
}

// inForce reports whether the trigger at token i, of sub-event sub, is
// preceded within its clause by one of the sub-event's standing phrases,
// a few words apart at most ("in violation of a Russian-brokered
// cease-fire").
func (s *Stage) inForce(d *doc.Doc, lo, i int, sub string) bool {
	list := s.standing[sub]
	if len(list) == 0 {
		return false
	}
	for end := i; end > lo && end >= i-4; end-- {
		if end < i && d.Tokens[end].Kind == doc.Punct && d.TokenNorm(end) != "-" {
			return false
		}
		for _, w := range list {
			if end-len(w) >= lo {
				if k, ok := s.match(d, end-len(w), end, w); ok && k == end {
					return true
				}
			}
		}
	}
	return false
}

func (*Stage) Name() string { return Name }
func (*Stage) Requires() []doc.Layer {
	return []doc.Layer{doc.LayerText, doc.LayerArticles, doc.LayerSentences, doc.LayerTokens, doc.LayerDates,
		doc.LayerQuantities, doc.LayerPlaces, doc.LayerActors, doc.LayerAttribution}
}
func (*Stage) Assigns() []doc.Layer { return []doc.Layer{doc.LayerEvents} }

// chemical is the sub-event that absorbs the delivery it rode on.
const chemical = "Chemical weapon"

// found is a trigger in the text.
type found struct {
	t          trigger
	start, end int // tokens
}

// Process fills d.Events.
func (s *Stage) Process(_ context.Context, d *doc.Doc) error {
	d.Events = d.Events[:0]
	var kills []bool // events made by a bare verb of killing
	for si, st := range d.Sents {
		if st.Article < 0 {
			continue
		}
		lo, hi := d.TokensIn(st.Span)
		best, ok := s.bestTrigger(d, lo, hi, fatalAt(d, st.Span))
		if !ok {
			if toll(d, si) {
				kills = append(kills, false)
			}
			continue
		}
		if e, ok := s.build(d, si, lo, hi, best); ok {
			// "The strikes hit a residential building": the deed just told,
			// told again; its details join it.
			// "The army said 12 soldiers were killed": a bare killing with
			// no place or day of its own, told after a deed, is another
			// count of that deed — its place and day, so the record can set
			// the two figures side by side.
			if n := len(d.Events); n > 0 && best.t.kill && e.PlaceFrom != "sentence" && !(st.Span.Contains(e.DateSpan) && !e.DateSpan.Empty()) {
				if o := d.Events[n-1]; o.Article == e.Article && violent(o.Type) && e.Fatalities.Valid() && o.Fatalities.Valid() {
					e.Place, e.PlaceFrom = o.Place, "paragraph"
					e.DateStart, e.DateEnd, e.DatePrecision, e.DateSpan = o.DateStart, o.DateEnd, o.DatePrecision, o.DateSpan
				}
			}
			// "The assault took place on Thursday in Koumbri": a retelling
			// that says where and when the deed told without them was.
			if n := len(d.Events); n > 0 && (anaphoric(d, lo, best.start) || best.t.weak && best.start > lo && d.TokenNorm(best.start-1) == "the" && e.PlaceFrom != "sentence") {
				if o := &d.Events[n-1]; o.Article == e.Article && violent(o.Type) && violent(e.Type) && (e.PlaceFrom != "sentence" || o.PlaceFrom != "sentence" && o.PlaceFrom != "paragraph" || within(d, e.Place, o.Place)) {
					if within(d, e.Place, o.Place) {
						o.Place = e.Place // "The attack on Pazigyi village" in the Sagaing region
					}
					retell(o, &e)
					continue
				}
			}
			d.Events = append(d.Events, e)
			// A bare killing, or a weak word with no figure of its own
			// ("the attack hit a ceremony"), retells a deed near it.
			kills = append(kills, best.t.kill || best.t.weak && !e.Fatalities.Valid() && len(e.Affected) == 0)
		} else if best.t.kill && toll(d, si) {
			kills = append(kills, false)
		}
	}
	s.merge(d, kills)
	s.claimed(d)
	// One side is not both, after merging and claims too.
	for i := range d.Events {
		e := &d.Events[i]
		if e.Actor1.Valid() && e.Actor2.Valid() && d.Actors[e.Actor1.Get()].Name == d.Actors[e.Actor2.Get()].Name {
			e.Actor2 = 0
		}
	}
	sortActors(d)
	return nil
}

// claimed makes a group that owns an attack ("Al Shabaab claimed
// responsibility") the perpetrator of its paragraph's events that name
// none, or only an unidentified group.
func (s *Stage) claimed(d *doc.Doc) {
	if len(d.Events) == 0 {
		return
	}
	for i := range d.Tokens {
		if !s.claimFirst.Has(d.Tokens[i].Hash) {
			continue
		}
		for _, c := range s.claims {
			if _, ok := s.match(d, i, len(d.Tokens), c); !ok {
				continue
			}
			si := sort.Search(len(d.Sents), func(k int) bool { return d.Sents[k].Span.End > d.Tokens[i].Span.Start })
			if si >= len(d.Sents) {
				return
			}
			st := d.Sents[si]
			// The claimant: the last armed actor before the phrase.
			who := doc.Index(0)
			for k, a := range d.Actors {
				if a.Span.Start >= st.Span.Start && a.Span.End <= d.Tokens[i].Span.Start && a.Type != "civilians" && a.Type != "media" && !a.Generic {
					who = doc.MakeIndex(k)
				}
			}
			if !who.Valid() {
				break
			}
			for k := range d.Events {
				e := &d.Events[k]
				if e.Article != int(st.Article) || !sameParagraph(d, e, &doc.Event{Evidence: []doc.Span{st.Span}}) {
					continue
				}
				if !e.Actor1.Valid() || d.Actors[e.Actor1.Get()].Generic && strings.HasPrefix(d.Actors[e.Actor1.Get()].Name, "Unidentified") {
					e.Actor1 = who
					if e.Actor2 == who {
						e.Actor2 = 0
					}
				}
			}
			break
		}
	}
}

// toll gives the figure of the dead in sentence si, which names no deed,
// to the event just before it in the paragraph when that one counts
// none: "Russian forces carried out air strikes on Mariupol. Officials
// reported that at least 20 people were killed." Another source's
// different count of it is a report of its own, appended (added).
func toll(d *doc.Doc, si int) (added bool) {
	st := d.Sents[si]
	var fatal doc.Index
	for k, q := range d.Quantities {
		if q.Span.Start >= st.Span.Start && q.Span.End <= st.Span.End && q.Class == "fatal" && q.Role != "part" && q.Role != "aggregate" {
			fatal = doc.MakeIndex(k)
			break
		}
	}
	if !fatal.Valid() || len(d.Events) == 0 {
		return false
	}
	e := &d.Events[len(d.Events)-1]
	if e.Type == "Strategic developments" || e.Subtype == "Peaceful protest" {
		return false
	}
	// The paragraph of the deed's latest telling ("The attack on Pazigyi
	// village came as ..." retells the lead's strike).
	last := sort.Search(len(d.Sents), func(k int) bool { return d.Sents[k].Span.End > e.Evidence[len(e.Evidence)-1].Start })
	if e.Article != int(st.Article) || last >= len(d.Sents) || d.Sents[last].Para != st.Para && !(e.Fatalities.Valid() && d.Sents[last].Para+1 == st.Para) {
		return false
	}
	q := d.Quantities[fatal.Get()]
	if e.Fatalities.Valid() && d.Sents[last].Para != st.Para {
		// The next paragraph's count can only be another source's:
		// "The Houthi-run health ministry put the death toll at 82".
		if src := attrib.Covering(d, q.Span); !src.Valid() || src == e.Source || q.Stated == d.Quantities[e.Fatalities.Get()].Stated || also(d, st.Span, q.Span) {
			return false
		}
	}
	if e.Fatalities.Valid() {
		// "3 Taliban were also killed": more dead of the same deed.
		if also(d, st.Span, q.Span) && !slices.Contains(e.MoreFatal, fatal) {
			e.MoreFatal = append(e.MoreFatal, fatal)
			e.MoreFatal = append(e.MoreFatal, coordinated(d, fatal, st.Span)...)
			e.Evidence = append(e.Evidence, st.Span)
			return false
		}
		// "The National Unity Government put the toll at more than 100":
		// another source's count of the same deed, a report of its own
		// for the record to set beside the first.
		if src := attrib.Covering(d, q.Span); src.Valid() && src != e.Source && q.Stated != d.Quantities[e.Fatalities.Get()].Stated {
			c := *e
			c.Fatalities, c.Victims, c.MoreFatal = fatal, q.Who, coordinated(d, fatal, st.Span)
			c.Source, c.Evidence = src, []doc.Span{st.Span}
			c.Affected = nil
			d.Events = append(d.Events, c)
			return true
		}
		return false
	}
	e.Fatalities, e.Victims = fatal, q.Who
	e.MoreFatal = coordinated(d, fatal, st.Span)
	e.Evidence = append(e.Evidence, st.Span)
	if !e.Source.Valid() {
		e.Source = attrib.Covering(d, q.Span)
	}
	return false
}

// sortActors puts the actors nationalForces added back in text order,
// the order every layer keeps, and renumbers the events' references.
func sortActors(d *doc.Doc) {
	if sort.SliceIsSorted(d.Actors, func(i, j int) bool { return d.Actors[i].Span.Start < d.Actors[j].Span.Start }) {
		return
	}
	order := make([]int, len(d.Actors))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return d.Actors[order[i]].Span.Start < d.Actors[order[j]].Span.Start })
	where := make([]int, len(order))
	sorted := make([]doc.ActorMention, len(order))
	for to, from := range order {
		where[from] = to
		sorted[to] = d.Actors[from]
	}
	copy(d.Actors, sorted)
	renumber := func(x doc.Index) doc.Index {
		if !x.Valid() {
			return x
		}
		return doc.MakeIndex(where[x.Get()])
	}
	for i := range d.Events {
		d.Events[i].Actor1 = renumber(d.Events[i].Actor1)
		d.Events[i].Actor2 = renumber(d.Events[i].Actor2)
	}
}

// fatalAt returns the offset of the first figure of the dead in sent, or
// -1.
func fatalAt(d *doc.Doc, sent doc.Span) int32 {
	for _, q := range d.Quantities {
		if q.Class == "fatal" && q.Span.Start >= sent.Start && q.Span.End <= sent.End {
			return q.Span.Start
		}
	}
	return -1
}

// bestTrigger returns the trigger of tokens [lo, hi) that makes the
// event: a strong one over a weak one; when the sentence counts dead
// (at offset fatal), the one nearest the figure — the deed that killed;
// else the highest in ACLED's order.
func (s *Stage) bestTrigger(d *doc.Doc, lo, hi int, fatal int32) (found, bool) {
	var best found
	var bestDist int32
	ok := false
	for i := lo; i < hi; i++ {
		if !s.first.Has(d.Tokens[i].Hash) {
			continue
		}
		for _, t := range s.byFirst[d.TokenNorm(i)] {
			end, match := s.match(d, i, hi, t.words)
			if !match || s.inForce(d, lo, i, t.sub) {
				continue
			}
			if t.typ == "-" {
				break // "the ceasefire line": no trigger starts here
			}
			dist := int32(0)
			if fatal >= 0 {
				dist = d.Tokens[i].Span.Start - fatal
				if dist < 0 {
					dist = -dist
				}
			}
			// Strong over weak, and a bare verb of killing last of all.
			better := !ok || best.t.weak && !t.weak || best.t.kill && !t.kill && t.weak
			if ok && t.weak == best.t.weak && t.kill == best.t.kill {
				if t.sub == chemical || best.t.sub == chemical {
					// Gas is what the strike that carried it did: "an
					// airstrike that released toxic gas" is a chemical
					// attack, wherever the toll stands.
					better = t.rank < best.t.rank
				} else if fatal >= 0 && dist != bestDist {
					better = dist < bestDist
				} else {
					better = t.rank < best.t.rank
				}
			}
			if better {
				best, bestDist, ok = found{t, i, end}, dist, true
			}
			break
		}
	}
	return best, ok
}

// match reports whether words match at token i (hyphens skipped).
func (s *Stage) match(d *doc.Doc, i, hi int, words []string) (int, bool) {
	k := i
	for _, w := range words {
		for k < hi && d.TokenNorm(k) == "-" {
			k++
		}
		if k >= hi || d.TokenNorm(k) != w {
			return i, false
		}
		k++
	}
	return k, true
}

// build fills an event's arguments from its sentence, paragraph and
// article.
func (s *Stage) build(d *doc.Doc, si, lo, hi int, f found) (doc.Event, bool) {
	st := d.Sents[si]
	trig := doc.Span{Start: d.Tokens[f.start].Span.Start, End: d.Tokens[f.end-1].Span.End}
	e := doc.Event{Article: int(st.Article), Type: f.t.typ, Subtype: f.t.sub, Trigger: trig, Evidence: []doc.Span{st.Span}}
	e.Modality = s.modality(d, lo, f.start, f.end, hi)

	// The figures of the sentence.
	var fatal, anyFatal doc.Index
	for k, q := range d.Quantities {
		if q.Span.Start < st.Span.Start || q.Span.End > st.Span.End {
			continue
		}
		switch {
		case q.Class == "fatal" && q.Role != "part" && !fatal.Valid():
			if q.Role != "aggregate" {
				fatal = doc.MakeIndex(k)
			} else if !anyFatal.Valid() {
				anyFatal = doc.MakeIndex(k)
			}
		case q.Class == "affected":
			e.Affected = append(e.Affected, doc.MakeIndex(k))
		}
	}
	if !fatal.Valid() {
		fatal = anyFatal
	}
	e.Fatalities = fatal
	if fatal.Valid() {
		e.MoreFatal = coordinated(d, fatal, st.Span)
	}
	if fatal.Valid() {
		e.Victims = d.Quantities[fatal.Get()].Who
	}
	// A sentence that only totals a war is background, not an event: a
	// toll over a stated period ("over the last 27 days") stays, a whole
	// war's ("the conflict has killed more than 300,000") does not.
	if fatal.Valid() && d.Quantities[fatal.Get()].Role == "aggregate" && (f.t.typ == "" || !d.Quantities[fatal.Get()].Period.Valid() && violent(f.t.typ)) {
		return e, false
	}
	// So is a war's displacement beside its toll: "The violence has
	// killed more than 20,000 people and displaced over two million."
	if e.Subtype == "Displacement" && fatal.Valid() && d.Quantities[fatal.Get()].Role == "aggregate" && !d.Quantities[fatal.Get()].Period.Valid() {
		return e, false
	}
	// A peaceful protest, a deal, a displacement kill no one: a figure of
	// the dead beside them ("protests began in 2011 in a war that has
	// killed 330,000") is another story's.
	if e.Type == "Strategic developments" || e.Subtype == "Peaceful protest" {
		e.Fatalities, e.Victims, e.MoreFatal = 0, "", nil
	}

	// "Police arrested 15 protesters during a demonstration": a protest
	// the authorities broke up, as ACLED codes arrests at one.
	if e.Subtype == "Peaceful protest" && s.arrestsProtesters(d, lo, hi) {
		e.Subtype = "Protest with intervention"
	}
	s.pickActors(d, &e, lo, hi, f)
	// "Fano militia attacked Qemant civilians": civilians fight no one;
	// an armed attack on them is violence against civilians.
	if e.Subtype == "Armed clash" && e.Actor1.Valid() && e.Actor2.Valid() && d.Actors[e.Actor2.Get()].Type == "civilians" {
		if t := d.Actors[e.Actor1.Get()].Type; t != "civilians" && t != "protesters" {
			e.Type, e.Subtype = "Violence against civilians", "Attack"
		}
	}
	// "The attackers fled": an armed group's retreat, not people driven
	// from their homes.
	if e.Subtype == "Displacement" && e.Actor1.Valid() && d.Actors[e.Actor1.Get()].Span.End <= trig.Start {
		if t := d.Actors[e.Actor1.Get()].Type; t != "civilians" && t != "protesters" {
			switch d.TokenNorm(f.start) {
			case "fled", "fleeing", "flee", "flees":
				return e, false
			}
		}
	}
	if f.t.kill {
		// "CJNG gunmen killed 4 people": a killing by an armed actor
		// named in the sentence; an attack on the armed ("killing 5
		// policemen") is a clash, on anyone else an attack on civilians.
		if !e.Actor1.Valid() {
			return e, false
		}
		// "23 Daesh members were killed": in the passive, the actor
		// before the verb is the victim; only a "by" names the killer.
		if d.Actors[e.Actor1.Get()].Span.End <= trig.Start {
			for k := f.start - 1; k >= lo && k >= f.start-3; k-- {
				switch d.TokenNorm(k) {
				case "was", "were", "been", "being", "is", "are", "be":
					return e, false
				}
			}
		}
		switch d.Actors[e.Actor1.Get()].Type {
		case "civilians", "protesters", "organization", "media", "monitor":
			return e, false
		}
		combatants := false
		switch e.Victims {
		case "soldiers", "fighters", "police", "militants", "rebels", "troops", "guards":
			combatants = true
		}
		if e.Fatalities.Valid() && d.Quantities[e.Fatalities.Get()].Civilian == "combatant" {
			combatants = true // "23 DAESH members", "60 foreign mercenaries"
		}
		if !e.Fatalities.Valid() && e.Actor2.Valid() {
			switch d.Actors[e.Actor2.Get()].Type {
			case "state", "external", "rebel", "political militia", "identity militia":
				combatants = true // "killing and injuring many terrorists"
			}
		}
		if !combatants {
			e.Type, e.Subtype = "Violence against civilians", "Attack"
		}
	}
	if (e.Type == "Protests" || e.Type == "Riots") && e.Subtype != "Excessive force against protesters" {
		// ACLED codes the demonstrators first; the force that
		// intervened is the other side.
		if e.Actor1.Valid() && d.Actors[e.Actor1.Get()].Type != "protesters" {
			switch {
			case !e.Actor2.Valid():
				e.Actor2, e.Actor1 = e.Actor1, 0
			case d.Actors[e.Actor2.Get()].Type == "protesters":
				// "police fired rubber bullets at protesters"
				e.Actor1, e.Actor2 = e.Actor2, e.Actor1
			default:
				e.Actor1 = 0
			}
		}
		if !e.Actor1.Valid() {
			e.Actor1 = protesters(d, trig, st, e.Type == "Riots")
		}
		// The force that broke it up, wherever the sentence names it.
		if e.Subtype == "Protest with intervention" && !e.Actor2.Valid() {
			for k, a := range d.Actors {
				if a.Span.Start >= st.Span.Start && a.Span.End <= st.Span.End && a.Type == "state" {
					e.Actor2 = doc.MakeIndex(k)
					break
				}
			}
		}
	}
	if !e.Actor1.Valid() {
		e.Actor1 = s.speakerActor(d, st, f, trig)
	}
	if !e.Actor1.Valid() {
		e.Actor1 = s.nationalForces(d, f)
	}
	// "its forces had repelled a Ukrainian attack": the other side of a
	// clash is the country whose attack it was.
	if e.Subtype == "Armed clash" && e.Actor1.Valid() && !e.Actor2.Valid() {
		for k := lo; k < hi; k++ {
			switch d.TokenNorm(k) {
			case "attack", "attacks", "offensive", "assault", "counteroffensive", "counter-offensive", "incursion":
				if k == f.start {
					continue
				}
				if other := s.nationalForces(d, found{start: k}); other.Valid() && d.Actors[other.Get()].Name != d.Actors[e.Actor1.Get()].Name {
					e.Actor2 = other
				}
			}
			if e.Actor2.Valid() {
				break
			}
		}
	}
	if !e.Actor1.Valid() && (e.Subtype == "Remote explosive/landmine/IED" || e.Subtype == "Grenade") {
		e.Actor1 = genericOn(d, trig, st, "Unidentified Armed Group", "rebel") // the unknown hand, as ACLED names it
	}
	if !e.Actor2.Valid() {
		e.Actor2 = victims(d, &e, st)
	}
	if !e.Actor2.Valid() && e.Type == "Violence against civilians" && !f.t.weak {
		// Violence against civilians is done to civilians, counted or
		// not: "raped a woman", "kidnapped a businessman".
		e.Actor2 = genericOn(d, trig, st, "Civilians", "civilians")
	}
	// One side is not both.
	if e.Actor1.Valid() && e.Actor2.Valid() && d.Actors[e.Actor1.Get()].Name == d.Actors[e.Actor2.Get()].Name {
		e.Actor2 = 0
	}
	if !e.Actor1.Valid() {
		e.Actor1 = lastActor(d, st)
	}
	// A building stormed is an attack on those inside, not ground taken:
	// "al-Shabaab gunmen stormed the Asasey hotel, killing 26 people".
	if e.Subtype == "Territory" && s.buildingAfter(d, f.end, hi) {
		e.Type, e.Subtype = "Battles", "Armed clash"
		if e.Victims == "civilians" || e.Victims == "people" {
			e.Type, e.Subtype = "Violence against civilians", "Attack"
		}
	}
	// Territory: who took it decides the sub-event.
	if e.Subtype == "Territory" {
		e.Subtype = "Non-state actor overtakes territory"
		if e.Actor1.Valid() {
			if t := d.Actors[e.Actor1.Get()].Type; t == "state" || t == "external" {
				e.Subtype = "Government regains territory"
			}
		}
	}
	// Killings of civilians with no weapon named are attacks on them:
	// a clash, or a camp stormed, that kills civilians and no fighters.
	if (e.Subtype == "Armed clash" || e.Subtype == "Non-state actor overtakes territory" || e.Subtype == "Government regains territory") &&
		e.Victims == "civilians" && len(e.MoreFatal) == 0 && (!e.Actor2.Valid() || d.Actors[e.Actor2.Get()].Type == "civilians") {
		e.Type, e.Subtype = "Violence against civilians", "Attack"
	}

	e.Place, e.PlaceFrom = s.place(d, si, st, e.Article)
	// Civilians are the country's where they were hit: "rockets from Gaza
	// towards Ashkelon, killing 2 civilians" are Civilians (Israel).
	if e.Place.Valid() && e.PlaceFrom == "sentence" {
		if cc := d.Places[e.Place.Get()].Country; cc != "" {
			for _, ix := range []doc.Index{e.Actor1, e.Actor2} {
				if ix.Valid() {
					if a := &d.Actors[ix.Get()]; a.Generic && a.Type == "civilians" && a.Country != cc {
						a.Name, a.Country = "Civilians ("+actors.CountryName(cc)+")", cc
					}
				}
			}
		}
	}
	if g, ok := dates.Governing(d, trig); ok {
		e.DateStart, e.DateEnd, e.DatePrecision, e.DateSpan = g.Start, g.End, g.Precision, g.Span
		// News reports what happened: a date more than a year after the
		// publication date is a plan or a misreading, not this event's.
		if pub := d.ArticleDates[e.Article].Published; pub != 0 && g.Start > pub+366 {
			p := d.ArticleDates[e.Article].Published
			e.DateStart, e.DateEnd, e.DatePrecision, e.DateSpan = p, p, doc.PrecDay, doc.Span{}
		}
	}
	e.Source = attrib.Covering(d, trig)
	// A country's forces under the name of the government of the day.
	if e.DateStart != 0 {
		day := dates.Time(e.DateStart)
		for _, ix := range []doc.Index{e.Actor1, e.Actor2} {
			if ix.Valid() {
				a := &d.Actors[ix.Get()]
				a.Name = s.actors.NameAt(a.Name, day)
			}
		}
	}
	return e, true
}

// modality reads the clause before a trigger for words that keep it
// from being asserted.
func (s *Stage) modality(d *doc.Doc, lo, trig, end, hi int) string {
	for k := trig - 1; k >= lo && k >= trig-6; k-- {
		w := d.TokenNorm(k)
		if w == "," || w == ";" || w == "and" || w == "but" {
			break
		}
		if m, ok := s.modal[w]; ok {
			return m
		}
	}
	// A deed named by a noun, its verb after it: "Russian jets may have
	// struck", "the strike could not be confirmed".
	for k := end; k < hi && k < end+2; k++ {
		switch w := d.TokenNorm(k); w {
		case "may", "might", "could", "would", "allegedly":
			if !d.Tokens[k].Upper {
				return s.modal[w]
			}
		}
	}
	return ""
}

// actors picks actor1 (who acts) and actor2 (who is acted on) by the
// voice of the trigger: "regime forces captured X" (active), "civilians
// were executed by regime forces" (passive), "Russian air strikes"
// (nominal, the actor before it).
func (s *Stage) pickActors(d *doc.Doc, e *doc.Event, lo, hi int, f found) {
	st := d.Tokens[lo].Span.Start
	en := d.Tokens[hi-1].Span.End
	var before, after []int
	for k, a := range d.Actors {
		if a.Span.Start < st || a.Span.End > en || a.Type == "media" || inSource(d, a.Span) {
			continue
		}
		// Monitors, the UN, NGOs neither fight nor shell: ACLED names
		// them only as parties to agreements and the like.
		if a.Type == "organization" && e.Type != "Strategic developments" {
			continue
		}
		if a.Span.End <= e.Trigger.Start {
			before = append(before, k)
		} else if a.Span.Start >= e.Trigger.End {
			after = append(after, k)
		}
	}
	passive := false
	for k := f.start - 1; k >= lo && k >= f.start-3; k-- {
		switch d.TokenNorm(k) {
		case "was", "were", "been", "being", "is", "are":
			passive = true
		}
	}
	byActor := -1
	for _, k := range after {
		a := d.Actors[k]
		if pt := wordBefore(d, a.Span.Start); pt == "by" || pt == "of" && a.Type != "civilians" || a.Type != "civilians" && operationOf(d, a.Span) {
			byActor = k
			break
		}
	}
	// The counted dead and hurt are acted on, whoever they are: "Some 120
	// ISIS fighters were killed in a series of Russian air strikes".
	victim := func(k int) bool {
		a := d.Actors[k].Span
		for _, q := range d.Quantities {
			if q.Span.Start > en {
				break
			}
			if (q.Class == "fatal" || q.Class == "injured") && q.Span.End >= st && (q.Span.Start <= a.Start && a.End <= q.Span.End || q.Group.Start <= a.Start && a.End <= q.Group.End && !q.Group.Empty()) {
				return true
			}
		}
		return false
	}
	var victims []int
	kept := before[:0:0]
	for _, k := range before {
		if d.Actors[k].Type != "civilians" && victim(k) {
			victims = append(victims, k)
		} else {
			kept = append(kept, k)
		}
	}
	before = kept
	defer func() {
		if !e.Actor2.Valid() && len(victims) > 0 && doc.MakeIndex(victims[0]) != e.Actor1 {
			e.Actor2 = doc.MakeIndex(victims[0])
		}
	}()
	agentBefore := false
	for _, k := range before {
		agentBefore = agentBefore || d.Actors[k].Type != "civilians"
	}
	switch {
	case byActor >= 0 && (passive || !agentBefore):
		// "civilians were executed by regime forces", "attacks by the
		// Assad regime", "air strikes by Russian jets killed …"
		e.Actor1 = doc.MakeIndex(byActor)
		if len(before) > 0 {
			e.Actor2 = doc.MakeIndex(before[len(before)-1])
		}
	default:
		// ", killing and injuring many terrorists": a participle's doer is
		// the subject of the clause it hangs on, the first actor of the
		// sentence, not the nearest ("army units destroyed terrorists'
		// dens ..., killing").
		if f.start > lo && d.TokenNorm(f.start-1) == "," && strings.HasSuffix(d.TokenNorm(f.start), "ing") {
			for _, k := range before {
				if d.Actors[k].Type != "civilians" {
					before = []int{k}
					break
				}
			}
		}
		// The nearest actor before the trigger acts; the first after it is
		// acted on.
		for i := len(before) - 1; i >= 0; i-- {
			if d.Actors[before[i]].Type != "civilians" {
				// "Regime forces and Russian warplanes shelled": the
				// first of joined actors leads, as ACLED codes it.
				last := i
				for i > 0 && d.Actors[before[i-1]].Type != "civilians" && joined(d, d.Actors[before[i-1]].Span, d.Actors[before[i]].Span) {
					i--
				}
				e.Actor1 = doc.MakeIndex(before[i])
				// "CJNG and Sinaloa Cartel gunmen clashed": a clash's
				// joined subjects are its two sides.
				if e.Subtype == "Armed clash" && last > i && d.Actors[before[i+1]].Name != d.Actors[before[i]].Name {
					e.Actor2 = doc.MakeIndex(before[i+1])
					return
				}
				break
			}
		}
		// "Boko Haram suicide bombers attacked": the actor that holds the
		// trigger's words does the deed.
		if !e.Actor1.Valid() {
			for k, a := range d.Actors {
				if a.Span.Start <= e.Trigger.Start && e.Trigger.End <= a.Span.End && a.Type != "civilians" && a.Type != "media" {
					e.Actor1 = doc.MakeIndex(k)
					break
				}
			}
		}
		// "Clashes broke out between HTS and Hurras al-Din": both sides
		// after the deed.
		if !e.Actor1.Valid() && len(after) >= 2 && betweenBefore(d, d.Actors[after[0]].Span.Start) && joined(d, d.Actors[after[0]].Span, d.Actors[after[1]].Span) {
			e.Actor1, e.Actor2 = doc.MakeIndex(after[0]), doc.MakeIndex(after[1])
			return
		}
		// "Shelling and airstrikes have been non-stop, as Assad's forces
		// close in": the subject of the clause after the deed does it.
		if !e.Actor1.Valid() && len(after) > 0 && d.Actors[after[0]].Type != "civilians" && clauseSubject(d, d.Actors[after[0]].Span.Start) {
			e.Actor1 = doc.MakeIndex(after[0])
			after = after[1:]
		}
		for _, k := range after {
			// One side is not both: "regime forces … regime capture".
			if doc.MakeIndex(k) != e.Actor1 && (!e.Actor1.Valid() || d.Actors[k].Name != d.Actors[e.Actor1.Get()].Name) {
				e.Actor2 = doc.MakeIndex(k)
				break
			}
		}
	}
}

// nationalForces makes the acting actor of a trigger a country names
// right before it: "U.S. raids", "Russian airstrikes", "Turkish shelling"
// are that country's forces (in Syria, the US's strikes are the
// coalition's).
func (s *Stage) nationalForces(d *doc.Doc, f found) doc.Index {
	start := d.Tokens[f.start].Span.Start
	for _, p := range d.Places {
		if p.Kind == "metonym" || p.Precision != "country" || p.Span.End > start || start-p.Span.End > 12 {
			continue
		}
		if gap := d.Text[p.Span.End:start]; strings.TrimSpace(strings.Trim(gap, " -")) != "" && len(strings.Fields(gap)) > 1 {
			continue
		}
		// The country's name may already stand for an actor: reuse it
		// rather than layer a second mention over the same words.
		for k, a := range d.Actors {
			if a.Span.Start < p.Span.End && p.Span.Start < a.Span.End {
				return doc.MakeIndex(k)
			}
		}
		name, typ := s.actors.State(p.Country)
		focus, _ := actors.FocusAt(d, start)
		if p.Country == "US" && (focus == "SY" || focus == "IQ") {
			name, typ = "International Coalition against Daesh", "external"
		}
		if focus != p.Country && typ == "state" {
			typ = "external"
		}
		d.Actors = append(d.Actors, doc.ActorMention{Span: p.Span, Name: name, Type: typ, Country: p.Country})
		return doc.MakeIndex(len(d.Actors) - 1)
	}
	return 0
}

// based reports whether the place at sp says where a source sits, not
// where a deed was: "the London-based monitor". ("The Saudi-led
// coalition" names a side: the place stage reads it as a demonym.)
func based(d *doc.Doc, sp doc.Span) bool {
	rest := d.Text[sp.End:min(len(d.Text), int(sp.End)+7)]
	return strings.HasPrefix(rest, "-based") || strings.HasPrefix(rest, " based")
}

// speakerActor returns the actor who speaks of its own deed: "Ukraine's
// air force said it shot down 30 drones" — the pronoun just before the
// deed is the source, and the source an actor.
func (s *Stage) speakerActor(d *doc.Doc, st doc.Sent, f found, trig doc.Span) doc.Index {
	if f.start == 0 || !ownDeed(d, f.start) {
		return 0
	}
	src := attrib.Covering(d, trig)
	if !src.Valid() {
		return 0
	}
	sp := d.Sources[src.Get()].Span
	for k, a := range d.Actors {
		if a.Span.Start >= sp.Start && a.Span.End <= sp.End {
			switch a.Type {
			case "state", "external", "rebel", "political militia", "identity militia":
				return doc.MakeIndex(k)
			}
		}
	}
	// "Russia's Defence Ministry said its forces had repelled": the
	// forces of the country the speaking office belongs to.
	for _, p := range d.Places {
		if p.Span.Start >= sp.Start && p.Span.End <= sp.End && p.Precision == "country" && p.Kind != "demonym" {
			name, typ := s.actors.State(p.Country)
			if focus, _ := actors.FocusAt(d, trig.Start); focus != p.Country && typ == "state" {
				typ = "external"
			}
			d.Actors = append(d.Actors, doc.ActorMention{Span: p.Span, Name: name, Type: typ, Country: p.Country})
			return doc.MakeIndex(len(d.Actors) - 1)
		}
	}
	return 0
}

// ownDeed reports whether the deed at token i is told as the speaker's
// own: "it shot down", "they captured", "its forces had repelled".
func ownDeed(d *doc.Doc, i int) bool {
	switch d.TokenNorm(i - 1) {
	case "it", "they", "we":
		return true
	}
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		switch d.TokenNorm(k) {
		case "forces", "troops", "army", "units", "military", "fighters":
			switch d.TokenNorm(k - 1) {
			case "its", "their", "our":
				return true
			}
		}
	}
	return false
}

// genericOn adds the actor "Kind (Country)" — in the country of the story
// sentence st is in — on the words at sp, unless an actor holds them.
func genericOn(d *doc.Doc, sp doc.Span, st doc.Sent, kind, typ string) doc.Index {
	for _, a := range d.Actors {
		if a.Span.Start < sp.End && sp.Start < a.Span.End {
			return 0
		}
	}
	return newGeneric(d, sp, st, kind, typ)
}

// newGeneric adds the actor "Kind (Country)" on sp, which no actor holds.
func newGeneric(d *doc.Doc, sp doc.Span, st doc.Sent, kind, typ string) doc.Index {
	cc, name := actors.FocusAt(d, st.Span.Start) // the name is set whenever cc is
	if cc == "" {
		return 0
	}
	d.Actors = append(d.Actors, doc.ActorMention{Span: sp, Name: kind + " (" + name + ")", Type: typ, Country: cc, Generic: true})
	return doc.MakeIndex(len(d.Actors) - 1)
}

// protesters returns the demonstrators of a protest: the protesters named
// in its sentence or paragraph before it, else Protesters (Country) on the
// figure of the crowd ("around 200 people demonstrated") or the deed.
func protesters(d *doc.Doc, trig doc.Span, st doc.Sent, riot bool) doc.Index {
	para := d.Paras[st.Para]
	for k := len(d.Actors) - 1; k >= 0; k-- {
		if a := d.Actors[k]; a.Type == "protesters" && a.Span.Start >= para.Start && a.Span.End <= st.Span.End {
			return doc.MakeIndex(k)
		}
	}
	at := trig
	for _, q := range d.Quantities {
		if q.Span.Start >= st.Span.Start && q.Span.End <= trig.Start {
			at = q.Span
		}
	}
	kind := "Protesters"
	if riot {
		kind = "Rioters" // ACLED's name for those who riot or lynch
	}
	return genericOn(d, at, st, kind, "protesters")
}

// victims names the civilians an attack or arrest was done to when the
// sentence counts them but names no actor for them: "killed 4 people in
// a bar" is an attack on Civilians (Mexico), as ACLED codes it.
func victims(d *doc.Doc, e *doc.Event, st doc.Sent) doc.Index {
	var q *doc.Quantity
	if e.Type == "Explosions/Remote violence" && e.Fatalities.Valid() && d.Quantities[e.Fatalities.Get()].Civilian == "civilian" {
		// An air strike or shelling that killed civilians: ACLED names
		// them the other side.
		q = &d.Quantities[e.Fatalities.Get()]
	}
	switch e.Subtype {
	case "Attack", "Abduction/forced disappearance", "Arrests", "Mob violence":
		if e.Fatalities.Valid() {
			q = &d.Quantities[e.Fatalities.Get()]
			break
		}
		for k := range d.Quantities {
			x := &d.Quantities[k]
			if x.Span.Start >= st.Span.Start && x.Span.End <= st.Span.End && x.Class == "detained" {
				q = x
				break
			}
		}
	}
	if q == nil || q.Civilian == "combatant" {
		return 0
	}
	for k, a := range d.Actors {
		if a.Span.Start < q.Span.End && q.Span.Start < a.Span.End {
			if a.Type == "civilians" && doc.MakeIndex(k) != e.Actor1 {
				return doc.MakeIndex(k) // "killing 9 civilians"
			}
			return 0
		}
	}
	return newGeneric(d, q.Span, st, "Civilians", "civilians")
}

// lastActor returns the last armed actor named before a sentence in its
// paragraph, or in its article's headline: the one the story is about
// when the sentence names none.
func lastActor(d *doc.Doc, st doc.Sent) doc.Index {
	para := d.Paras[st.Para]
	lo := para.Start
	if a := d.Articles[st.Article]; !a.Title.Empty() {
		lo = min(lo, a.Title.Start)
	}
	for k := len(d.Actors) - 1; k >= 0; k-- {
		a := d.Actors[k]
		if a.Span.Start >= st.Span.Start || a.Span.End < lo {
			continue
		}
		if a.Span.Start >= para.Start || a.Span.End <= d.Articles[st.Article].Title.End {
			switch a.Type {
			case "state", "rebel", "political militia", "identity militia", "external":
				if !inSource(d, a.Span) {
					return doc.MakeIndex(k)
				}
			}
		}
	}
	return 0
}

// clauseSubject reports whether the actor at off opens a clause of its
// own after the deed: "…, as (Bashar) Assad's forces close in".
func clauseSubject(d *doc.Doc, off int32) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= off })
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch w := d.TokenNorm(k); {
		case w == "as" || w == "while" || w == "when" || w == "where":
			return true
		case w == "the" || d.Tokens[k].Upper && d.Tokens[k].Kind == doc.Word:
			continue
		}
		return false
	}
	return false
}

// operations are the nouns of a deed whose doer is named before them:
// "in a Turkish Armed Forces and U.S.-led coalition operation".
var operations = map[string]bool{"operation": true, "operations": true, "attack": true, "attacks": true, "raid": true,
	"raids": true, "strike": true, "strikes": true, "airstrike": true, "airstrikes": true, "offensive": true,
	"ambush": true, "assault": true, "bombardment": true, "shelling": true, "campaign": true}

// operationOf reports whether the actor at sp is the doer of a deed noun
// it stands before in a phrase opened by "in a" or "during an": "killed
// in a Turkish Armed Forces (TSK) and U.S.-led coalition operation".
func operationOf(d *doc.Doc, sp doc.Span) bool {
	lo, hi := d.TokensIn(sp)
	if lo < 2 || hi <= lo {
		return false
	}
	switch d.TokenNorm(lo - 1) {
	case "a", "an", "the":
	default:
		return false
	}
	switch d.TokenNorm(lo - 2) {
	case "in", "during", "amid":
	default:
		return false
	}
	for k := hi; k < len(d.Tokens) && k < hi+10; k++ {
		w := d.TokenNorm(k)
		if operations[w] {
			return true
		}
		if d.Tokens[k].Kind == doc.Punct && w != "(" && w != ")" && w != "-" && w != "." || w == "which" || w == "that" || w == "who" {
			return false
		}
	}
	return false
}

// betweenBefore reports whether "between" comes within three words before
// off: "between the Syrian government and rebels".
func betweenBefore(d *doc.Doc, off int32) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= off })
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if d.TokenNorm(k) == "between" {
			return true
		}
	}
	return false
}

// joined reports whether only "and", "," or "the" lie between spans a
// and b.
func joined(d *doc.Doc, a, b doc.Span) bool {
	if a.End > b.Start {
		return false
	}
	var words []string
	for _, w := range strings.Fields(strings.ReplaceAll(d.Text[a.End:b.Start], ",", " ")) {
		// "RSF forces and SAF": the first side's kind word.
		switch strings.ToLower(w) {
		case "the", "forces", "fighters", "militants", "troops", "militias", "militiamen", "gunmen", "soldiers":
			continue
		}
		words = append(words, w)
	}
	return len(words) == 1 && (words[0] == "and" || words[0] == "&") || len(words) == 0 && strings.Contains(d.Text[a.End:b.Start], ",")
}

// wordBefore returns the word before off, past determiners: "by the
// Assad regime" gives "by".
func wordBefore(d *doc.Doc, off int32) string {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= off }) - 1
	for i >= 0 && (d.TokenNorm(i) == "the" || d.TokenNorm(i) == "a" || d.TokenNorm(i) == "an") {
		i--
	}
	if i >= 0 {
		return d.TokenNorm(i)
	}
	return ""
}

// inSource reports whether sp lies in a source phrase ("activists said").
func inSource(d *doc.Doc, sp doc.Span) bool {
	for _, s := range d.Sources {
		if sp.Start >= s.Span.Start && sp.End <= s.Span.End {
			return true
		}
	}
	return false
}

// place picks the event's place: the first place of its sentence finer
// than a country, else the last such place earlier in its paragraph,
// else its article's dateline place, else the article's main place,
// else a country named in the sentence.
func (s *Stage) place(d *doc.Doc, si int, st doc.Sent, article int) (doc.Index, string) {
	var country, foreign doc.Index
	focus, _ := actors.FocusAt(d, st.Span.Start)
	// "Hamas fired rockets from Gaza towards Ashkelon": where the fire
	// came from is not where it struck.
	if k, ok := target(d, st); ok {
		return k, "sentence"
	}
	var region doc.Index // "In the occupied West Bank, ... in the city of Jenin": the finer
	for k, p := range d.Places {
		if p.Span.Start < st.Span.Start || p.Span.End > st.Span.End || p.Kind != "place" || based(d, p.Span) {
			continue
		}
		switch {
		case p.Precision == "region" && p.Country == focus && !region.Valid():
			region = doc.MakeIndex(k)
			// "strikes across the Gaza Strip, including 10 in Jabalia":
			// the deed is the region's, its parts elsewhere.
			if w := wordBefore(d, p.Span.Start); w == "across" || w == "throughout" {
				return region, "sentence"
			}
		case p.Precision != "country" && p.Precision != "region" && p.Country == focus:
			return doc.MakeIndex(k), "sentence"
		case p.Precision != "country" && !foreign.Valid():
			foreign = doc.MakeIndex(k) // "BEIRUT" before a story from Syria
		case p.Precision == "country" && !country.Valid():
			country = doc.MakeIndex(k)
		}
	}
	if region.Valid() {
		return region, "sentence"
	}
	// A place abroad where the deed is: "air strikes on Mariupol" in a
	// digest of stories from several countries. Not a place that opens
	// the sentence as a dateline would ("BEIRUT —"), nor one things come
	// from.
	if foreign.Valid() {
		p := d.Places[foreign.Get()]
		if (!country.Valid() || d.Places[country.Get()].Country == p.Country) && p.Span.Start > st.Span.Start && strings.ToUpper(p.Span.In(d.Text)) != p.Span.In(d.Text) && !inSource(d, p.Span) {
			switch wordBefore(d, p.Span.Start) {
			case "in", "on", "near", "at", "into", "outside", "around", "across", "targeting", "struck", "hit", "shelled", "bombed", "attacked", "besieged", "entered", "captured", "seized":
				return foreign, "sentence"
			}
		}
	}
	para := d.Paras[st.Para]
	var dateline doc.Span // where the reporter files from is no place in the story
	if a := d.Articles[article]; a.Dateline.Valid() {
		dateline = d.Datelines[a.Dateline.Get()].Span
	}
	for k := len(d.Places) - 1; k >= 0; k-- {
		p := d.Places[k]
		if p.Span.Start >= st.Span.Start || p.Span.End <= para.Start || dateline.Contains(p.Span) {
			continue
		}
		if p.Kind == "place" && p.Precision != "country" && !based(d, p.Span) && !inSource(d, p.Span) {
			return doc.MakeIndex(k), "paragraph"
		}
	}
	// The dateline, unless it is where the reporter sits abroad ("BEIRUT"
	// over a story from Syria).
	if a := d.Articles[article]; a.Dateline.Valid() {
		dl := d.Datelines[a.Dateline.Get()]
		for k, p := range d.Places {
			if p.Span.Start >= dl.Place.Start && p.Span.End <= dl.Place.End && p.Kind == "place" && p.Country == focus {
				return doc.MakeIndex(k), "dateline"
			}
		}
	}
	if k := places.Main(d, article); k >= 0 {
		return doc.MakeIndex(k), "article"
	}
	if foreign.Valid() {
		return foreign, "sentence"
	}
	if country.Valid() {
		return country, "sentence"
	}
	return 0, ""
}

// target returns the place a sentence's fire is aimed at when it also
// names where the fire came from: the place after "towards", "at", "on" or
// "into" in a sentence with a place after "from".
func target(d *doc.Doc, st doc.Sent) (doc.Index, bool) {
	origin := false
	to := -1
	for k, p := range d.Places {
		if p.Span.Start < st.Span.Start || p.Span.End > st.Span.End || p.Kind != "place" || p.Precision == "country" {
			continue
		}
		switch wordBefore(d, p.Span.Start) {
		case "from":
			origin = true
		case "towards", "toward", "at", "on", "into", "against":
			if to < 0 {
				to = k
			}
		}
	}
	if origin && to >= 0 {
		return doc.MakeIndex(to), true
	}
	return 0, false
}

// merge joins restatements of one happening within an article: the same
// type, place and overlapping dates, and no two figures from two
// sources. The first statement leads; the others add evidence and fill
// what it lacks.
func (s *Stage) merge(d *doc.Doc, kills []bool) {
	out := d.Events[:0]
	outKill := make([]bool, 0, len(d.Events))
	for i, e := range d.Events {
		joined := false
		for k := range out {
			o := &out[k]
			if o.Article != e.Article || !overlap(o, &e) || !samePlace(d, o.Place, e.Place) && !sameCount(d, o, &e) {
				continue
			}
			if o.Subtype != e.Subtype && (outKill[k] || kills[i]) && violent(o.Type) && violent(e.Type) && sameParagraph(d, o, &e) {
				// "Regime forces killed 10 people. The shelling hit the
				// market": the killing is the shelling's toll.
				if outKill[k] && !kills[i] {
					o.Type, o.Subtype, o.Trigger = e.Type, e.Subtype, e.Trigger
					// The deed's own statement names its actors best.
					if e.Actor1.Valid() {
						o.Actor1 = e.Actor1
					}
					if e.Actor2.Valid() {
						o.Actor2 = e.Actor2
					}
					outKill[k] = false
				}
			} else if o.Subtype != e.Subtype {
				// One protest told in steps — "protesters gathered …
				// police fired tear gas to disperse them" — is one event
				// of the higher sub-event (ACLED's absorption rule).
				if o.Type != "Protests" || e.Type != "Protests" || !sameParagraph(d, o, &e) {
					continue
				}
				if s.rank[e.Subtype] < s.rank[o.Subtype] {
					o.Subtype, o.Trigger = e.Subtype, e.Trigger
				}
			}
			if o.Fatalities.Valid() && e.Fatalities.Valid() && o.Source != e.Source && d.Quantities[o.Fatalities.Get()].Stated != d.Quantities[e.Fatalities.Get()].Stated {
				continue // two claims: the record shows both
			}
			o.Evidence = append(o.Evidence, e.Evidence...)
			// "An alleged chemical attack" told again as fact is asserted.
			if e.Modality == "" {
				o.Modality = ""
			}
			// The source goes with the figure: a restatement's source
			// does not take over a figure the first statement gave.
			if !o.Source.Valid() && (!o.Fatalities.Valid() || o.Fatalities == e.Fatalities || e.Fatalities.Valid() && d.Quantities[o.Fatalities.Get()].Stated == d.Quantities[e.Fatalities.Get()].Stated) {
				o.Source = e.Source
			}
			// The finer of the two places.
			if o.Place != e.Place && e.Place.Valid() && finer(d.Places[e.Place.Get()].Precision, d.Places[o.Place.Get()].Precision) {
				o.Place, o.PlaceFrom = e.Place, e.PlaceFrom
			}
			if !o.Fatalities.Valid() {
				o.Fatalities, o.Victims, o.MoreFatal = e.Fatalities, e.Victims, e.MoreFatal
			}
			if !o.Actor1.Valid() {
				o.Actor1 = e.Actor1
			}
			if !o.Actor2.Valid() {
				o.Actor2 = e.Actor2
			}
			o.Affected = append(o.Affected, e.Affected...)
			joined = true
			break
		}
		if !joined {
			out = append(out, e)
			outKill = append(outKill, kills[i])
		}
	}
	d.Events = out
}

// anaphoric reports whether the trigger at token i opens its sentence
// with a definite word that points back: "The strikes", "These attacks".
func anaphoric(d *doc.Doc, lo, i int) bool {
	if i == lo || i > lo+2 {
		return false
	}
	switch d.TokenNorm(i - 1) {
	case "the", "these", "those", "this", "that":
		return i-1 == lo
	}
	return false
}

// retell adds what a retelling e says to the event o it retells: its
// evidence, and the figures, actors and source o lacks.
func retell(o, e *doc.Event) {
	o.Evidence = append(o.Evidence, e.Evidence...)
	if e.PlaceFrom == "sentence" && o.PlaceFrom != "sentence" && o.PlaceFrom != "paragraph" {
		o.Place, o.PlaceFrom = e.Place, e.PlaceFrom
	}
	// Its own day, where the deed had the report's ("security sources
	// said on Friday") or a wider window: no later, at most a week before.
	if !e.DateSpan.Empty() && len(e.Evidence) > 0 && e.Evidence[0].Contains(e.DateSpan) && e.DateEnd <= o.DateEnd && o.DateStart-e.DateStart <= 7 && e.DateEnd-e.DateStart <= o.DateEnd-o.DateStart {
		o.DateStart, o.DateEnd, o.DatePrecision, o.DateSpan = e.DateStart, e.DateEnd, e.DatePrecision, e.DateSpan
	}
	if !o.Fatalities.Valid() {
		o.Fatalities, o.Victims, o.MoreFatal = e.Fatalities, e.Victims, e.MoreFatal
		if !o.Source.Valid() {
			o.Source = e.Source
		}
	}
	if !o.Actor1.Valid() {
		o.Actor1 = e.Actor1
	}
	if !o.Actor2.Valid() {
		o.Actor2 = e.Actor2
	}
	o.Affected = append(o.Affected, e.Affected...)
}

// violent reports whether an event type is political violence.
func violent(typ string) bool {
	return typ == "Battles" || typ == "Explosions/Remote violence" || typ == "Violence against civilians"
}

// coordinated returns the figures of the dead joined to the one at fatal
// in its sentence by "and" or a comma: "9 militants and 2 soldiers",
// "killing 3 civilians and 2 policemen". Breakdowns ("including 8
// children") and whole-war tolls are not added.
func coordinated(d *doc.Doc, fatal doc.Index, sent doc.Span) []doc.Index {
	var out []doc.Index
	prev := d.Quantities[fatal.Get()].Span
	for k := fatal.Get() + 1; k < len(d.Quantities); k++ {
		q := d.Quantities[k]
		if q.Span.Start >= sent.End {
			break
		}
		if q.Class != "fatal" || q.Role == "part" || q.Role == "aggregate" {
			continue
		}
		gap := strings.Fields(strings.ReplaceAll(d.Text[prev.End:q.Span.Start], ",", " , "))
		if len(gap) == 0 || len(gap) > 2 || !(gap[0] == "and" || gap[0] == "," && (len(gap) == 1 || gap[1] == "and")) {
			break
		}
		out = append(out, doc.MakeIndex(k))
		prev = q.Span
	}
	return out
}

// also reports whether "also", "another" or "more" comes before the
// figure at fig in its sentence: more dead, not the same ones retold.
func also(d *doc.Doc, sent, fig doc.Span) bool {
	words := strings.Fields(strings.ToLower(d.Text[sent.Start:min(sent.End, fig.End+40)]))
	for k, w := range words {
		switch strings.Trim(w, ".,;") {
		case "also", "another", "further", "additional":
			return true
		case "more":
			// "more than 100" qualifies a figure; "two more", "more
			// people" add to one.
			if k+1 >= len(words) || words[k+1] != "than" {
				return true
			}
		}
	}
	return false
}

// sameParagraph reports whether two events are stated in one paragraph.
func sameParagraph(d *doc.Doc, a, b *doc.Event) bool {
	para := func(e *doc.Event) int32 {
		k := sort.Search(len(d.Sents), func(k int) bool { return d.Sents[k].Span.End > e.Evidence[0].Start })
		if k >= len(d.Sents) {
			return -1
		}
		return d.Sents[k].Para
	}
	pa := para(a)
	return pa >= 0 && pa == para(b)
}

func samePlace(d *doc.Doc, a, b doc.Index) bool {
	if !a.Valid() || !b.Valid() {
		return a == b
	}
	p, q := d.Places[a.Get()], d.Places[b.Get()]
	if p.ID == q.ID {
		return true
	}
	// A region and a place inside it: "Damascus Governorate" (written
	// "Damascus city") and "Damascus", told twice at two grains.
	if p.Country != q.Country {
		return false
	}
	// "in northwestern Syria" and "in Khan Sheikhun": the country is the
	// coarsest grain of the same telling.
	if p.Precision == "country" || q.Precision == "country" {
		return true
	}
	if p.Precision == "region" {
		p, q = q, p
	}
	return q.Precision == "region" && p.Admin1 != "" && p.Admin1 == q.Admin1
}

// within reports whether place a lies inside the region or district b
// and is finer: Pazigyi village in the Sagaing region.
func within(d *doc.Doc, a, b doc.Index) bool {
	if !a.Valid() || !b.Valid() || a == b {
		return false
	}
	p, q := d.Places[a.Get()], d.Places[b.Get()]
	return (q.Precision == "region" || q.Precision == "district") && p.Country == q.Country && p.Admin1 != "" && p.Admin1 == q.Admin1 && (p.ID != q.ID)
}

// sameCount reports whether two events of one sub-event count the same
// dead in one province: "At least 72 people were killed in Khan Sheikhun"
// and "killed at least 72 people in a town in Idlib" tell one deed.
func sameCount(d *doc.Doc, a, b *doc.Event) bool {
	if a.Subtype != b.Subtype || !a.Fatalities.Valid() || !b.Fatalities.Valid() || !a.Place.Valid() || !b.Place.Valid() {
		return false
	}
	n, m := d.Quantities[a.Fatalities.Get()].Stated, d.Quantities[b.Fatalities.Get()].Stated
	p, q := d.Places[a.Place.Get()], d.Places[b.Place.Get()]
	return n > 0 && n == m && p.Country == q.Country && p.Admin1 != "" && p.Admin1 == q.Admin1
}

// finer reports whether precision a is finer than b among country,
// region and anything finer.
func finer(a, b string) bool {
	grain := func(p string) int {
		switch p {
		case "country":
			return 0
		case "region":
			return 1
		}
		return 2
	}
	return grain(a) > grain(b)
}

func overlap(a, b *doc.Event) bool {
	if a.DateStart == 0 || b.DateStart == 0 {
		return a.DateStart == b.DateStart
	}
	return a.DateStart <= b.DateEnd && b.DateStart <= a.DateEnd
}
