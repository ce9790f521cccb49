package casualties

import (
	"math"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/numbers"
)

// figure is a count read at a token: qualifier, number or range, or a
// vague word.
type figure struct {
	start, end int // tokens
	stated     int64
	low, best  int64
	high       int64
	vague      bool
}

// unit is a stretch of text read on its own: a sentence or a headline.
type unit struct {
	span    doc.Span
	sent    doc.Index
	lo, hi  int // tokens
	article int
}

func (s *Stage) units(d *doc.Doc) []unit {
	out := make([]unit, 0, len(d.Sents)+len(d.Articles))
	for ai, a := range d.Articles {
		if !a.Title.Empty() {
			out = append(out, unit{span: a.Title, article: ai})
		}
	}
	for si, st := range d.Sents {
		out = append(out, unit{span: st.Span, sent: doc.MakeIndex(si), article: int(st.Article)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].span.Start < out[j].span.Start })
	for k := range out {
		u := &out[k]
		u.lo = sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= u.span.Start })
		u.hi = u.lo
		for u.hi < len(d.Tokens) && d.Tokens[u.hi].Span.End <= u.span.End {
			u.hi++
		}
	}
	return out
}

// inDate reports whether token i lies inside a temporal expression.
func inDate(d *doc.Doc, i int) bool {
	sp := d.Tokens[i].Span
	k := sort.Search(len(d.Dates), func(k int) bool { return d.Dates[k].Span.End > sp.Start })
	return k < len(d.Dates) && d.Dates[k].Span.Start <= sp.Start
}

func (s *Stage) norm(d *doc.Doc, i int) string {
	if i < 0 || i >= len(d.Tokens) {
		return ""
	}
	return d.TokenNorm(i)
}

// number reads a cardinal at i: digits (the tokenizer keeps "300,000" and
// "1.5" whole), words, "2.3m".
func (s *Stage) number(d *doc.Doc, i, end int) (int64, int, bool) {
	if i >= end {
		return 0, i, false
	}
	v, k, ok := numbers.Read(d, i)
	if !ok || k > end || v < 0 || v != math.Trunc(v) || v > 1e12 {
		return 0, i, false
	}
	if d.Tokens[i].Kind == doc.Number && k < end && !d.Tokens[k].SpaceBefore {
		switch s.norm(d, k) {
		case "m":
			v, k = v*1e6, k+1
		case "k":
			v, k = v*1e3, k+1
		}
	}
	return int64(v), k, true
}

// figureAt reads a count at token i: "over 180", "at least 70", "some
// 990", "between 20 and 30", "20-30", "dozens", "a hundred and eighty".
func (s *Stage) figureAt(d *doc.Doc, i, end int) (figure, bool) {
	f := figure{start: i, low: doc.NoCount, best: doc.NoCount, high: doc.NoCount}
	j := i
	qual, k, hasQual := numbers.QualifierAt(d, j, end)
	if hasQual {
		j = k
		// "at at least 70" and "some more than" are read by their last qualifier.
		if q2, k2, ok := numbers.QualifierAt(d, j, end); ok {
			qual, j = q2, k2
		}
	}
	if s.norm(d, j) == "between" {
		if a, k, ok := s.number(d, j+1, end); ok && s.norm(d, k) == "and" {
			if b, k2, ok := s.number(d, k+1, end); ok && b > a {
				f.stated, f.low, f.best, f.high, f.end = a, a, a, b, k2
				return f, s.countable(d, i, j+1, k2, end)
			}
		}
	}
	if v, k, ok := s.v.vague.at(d, j, end); ok {
		// "dozens of people", "several civilians"; "a few" needs its noun.
		f.stated, f.low, f.best, f.vague, f.end = v.best, v.low, v.best, true, k
		if s.norm(d, k) == "of" {
			f.end = k + 1
		}
		return f, true
	}
	n, k, ok := s.number(d, j, end)
	if !ok {
		return f, false
	}
	// "20 to 30", "20-30", "two or three"
	if w := s.norm(d, k); w == "to" || w == "-" || w == "or" {
		if b, k2, ok := s.number(d, k+1, end); ok && b > n && (w != "-" || !d.Tokens[k].SpaceBefore) {
			f.stated, f.low, f.best, f.high, f.end = n, n, n, b, k2
			return f, s.countable(d, i, j, k2, end)
		}
	}
	f.stated, f.end = n, k
	switch qual {
	case numbers.More:
		f.low, f.best = n+1, n+1
	case numbers.AtLeast:
		f.low, f.best = n, n
	case numbers.Approx:
		f.best = n
	case numbers.AtMost:
		f.best, f.high = n, n
	case numbers.Less:
		f.best, f.high = max(n-1, 0), max(n-1, 0)
	default:
		f.low, f.best, f.high = n, n, n
	}
	return f, s.countable(d, i, j, k, end)
}

// countable rejects numbers that count no people: dates, ages, money,
// percentages, distances, things, resolutions and routes.
func (s *Stage) countable(d *doc.Doc, start, numStart, numEnd, end int) bool {
	if inDate(d, numStart) || inDate(d, numEnd-1) {
		return false
	}
	if prev := s.norm(d, numStart-1); s.v.notBefore[prev] || d.Tokens[numStart].Kind == doc.Number && numStart > 0 && d.Tokens[numStart-1].Kind == doc.Symbol {
		return false
	}
	if _, _, ok := s.v.notAfter.at(d, numEnd, end); ok {
		return false
	}
	// Compounds: "seven-year-old", "five-storey", "12-hour".
	if s.norm(d, numEnd) == "-" && numEnd+1 < end && d.Tokens[numEnd+1].Kind == doc.Word {
		if _, _, isVictim := s.victimAt(d, numEnd+1, end); !isVictim {
			if _, _, isOutcome := s.v.outcome.at(d, numEnd+1, end); !isOutcome {
				return false
			}
		}
	}
	// "1,2,3": a list, and ordinals ("the 2nd").
	if w := s.norm(d, numEnd); w == "th" || w == "st" || w == "nd" || w == "rd" {
		return false
	}
	return true
}

// modifier reports whether the lower-case word at j may qualify a
// victim after it: no stop word, outcome or victim of its own.
func (s *Stage) modifier(d *doc.Doc, j, hi int) bool {
	// (Not a count: "a dozen soldiers", "a few civilians".)
	if s.v.stop[d.TokenNorm(j)] || s.startSet.Has(d.Tokens[j].Hash) {
		return false
	}
	if _, _, ok := s.v.outcome.at(d, j, hi); ok {
		return false
	}
	_, _, ok := s.victimAt(d, j, hi)
	return !ok
}

// deedBefore reports whether an outcome ends right before token i:
// "killing the driver", "shot dead the village chief".
func (s *Stage) deedBefore(d *doc.Doc, u unit, i int) bool {
	if i == u.lo || !s.outcomeLast.Has(d.Tokens[i-1].Hash) {
		return false
	}
	for j := i - 1; j >= u.lo && j >= i-2; j-- {
		if _, e, ok := s.v.outcome.at(d, j, u.hi); ok && e == i {
			return true
		}
	}
	return false
}

// unit reads every figure of one sentence or headline.
func (s *Stage) unit(d *doc.Doc, u unit) {
	first := len(d.Quantities)
	for i := u.lo; i < u.hi; {
		if d.Tokens[i].Kind != doc.Number && !s.startSet.Has(d.Tokens[i].Hash) && !(d.TokenNorm(i) == "the" && s.deedBefore(d, u, i)) {
			i++
			continue
		}
		q, next, ok := s.read(d, u, i)
		if !ok && len(d.Quantities) > first {
			q, next, ok = s.breakdown(d, u, i, len(d.Quantities)-1)
		}
		if !ok {
			i++
			continue
		}
		// The named victim before "and at least 6 others" is one more.
		if q.Class == "fatal" && i > u.lo && s.norm(d, i-1) == "and" {
			if o, ws, we, name, v, found := s.namedVictim(d, u, i-1); found && q.WhatSpan.Start == d.Tokens[ws].Span.Start {
				// (Counted already as one, after its article: "killing
				// the minister Khalil Haqqani and 5 others" — the two
				// add up.)
				if n := len(d.Quantities); n > first && d.Quantities[n-1].Span.End > d.Tokens[name].Span.Start {
					d.Quantities[n-1].And = doc.MakeIndex(n)
					d.Quantities = append(d.Quantities, q)
					i = next
					continue
				}
				nq := s.quantity(d, figure{start: name, end: i - 1, stated: 1, low: 1, best: 1, high: 1}, v, doc.Span{}, doc.Span{}, o, ws, we)
				nq.Sent = u.sent
				nq.And = doc.MakeIndex(len(d.Quantities) + 1)
				d.Quantities = append(d.Quantities, nq)
			}
		}
		// So is the bomber before "and 3 policemen" ("killing himself").
		if q.Class == "fatal" && i > u.lo && s.norm(d, i-1) == "and" {
			if o, ws, we, found := s.reflexive(d, u, i-1); found && q.WhatSpan.Start == d.Tokens[ws].Span.Start {
				nq := s.quantity(d, figure{start: i - 2, end: i - 1, stated: 1, low: 1, best: 1, high: 1}, victim{who: "fighters", civilian: "combatant"}, doc.Span{}, doc.Span{}, o, ws, we)
				nq.Sent = u.sent
				nq.And = doc.MakeIndex(len(d.Quantities) + 1)
				d.Quantities = append(d.Quantities, nq)
			}
		}
		d.Quantities = append(d.Quantities, q)
		i = next
		// "killing five women and a child": the outcome reaches over "and".
		for s.norm(d, i) == "and" && q.WhatSpan.End <= q.Span.Start {
			q2, next2, ok := s.coordinated(d, u, i+1, q)
			if !ok {
				break
			}
			d.Quantities[len(d.Quantities)-1].And = doc.MakeIndex(len(d.Quantities))
			d.Quantities = append(d.Quantities, q2)
			q, i = q2, next2
		}
	}
	s.relate(d, u, first)
	// "No casualties were reported": a figure of none, in a sentence that
	// counts no one else (where others are counted, it is theirs alone).
	if len(d.Quantities) == first {
		s.none(d, u)
	}
}

// none adds the figures of none in unit u: "No casualties were
// reported", "no one was killed", "causing no fatalities".
func (s *Stage) none(d *doc.Doc, u unit) {
	for i := u.lo; i < u.hi; i++ {
		if !s.noneFirst.Has(d.Tokens[i].Hash) {
			continue
		}
		what, end, ok := s.v.none.at(d, i, u.hi)
		// (Not one side's: "no casualties among the militants".)
		if !ok || end < u.hi && (s.norm(d, end) == "among" || s.norm(d, end) == "amongst") {
			continue
		}
		sp := doc.Span{Start: d.Tokens[i].Span.Start, End: d.Tokens[end-1].Span.End}
		d.Quantities = append(d.Quantities, doc.Quantity{Span: sp, Figure: d.Tokens[i].Span, Civilian: "unknown",
			What: what, Class: "none", WhatSpan: sp, Sent: u.sent})
		return
	}
}

// single reads the victim of a singular phrase after its article, from
// token i up to hi: "a 45-year-old woman", "a Palestinian teenager", "a
// senior Hezbollah commander", "a municipal police officer", "an
// ex-soldier". It returns the victim and the token after it.
func (s *Stage) single(d *doc.Doc, u unit, i, hi int) (victim, int, bool) {
	// An age first: "a 45-year-old woman".
	at := ageEnd(d, i, hi)
	from := at
	if s.v.former[s.norm(d, at)] && s.norm(d, at+1) == "-" {
		at += 2 // "an ex-soldier"
	}
	v, k, ok := s.victimAt(d, at, hi)
	// One or two words may stand before the victim: a capitalized
	// one ("a Palestinian teenager", "a Ukrainian soldier") and a
	// rank ("a senior Hezbollah commander").
	// (Or a word that qualifies the victim: "a municipal police
	// officer", "a mayoral candidate".)
	// (A hyphenated name is one word: "an al-Shabaab commander".)
	for j, n := at, 0; !ok && j+1 < hi && n < 2 && d.Tokens[j].Kind == doc.Word; n++ {
		e, upper := compoundEnd(d, j, hi)
		// (Two such words: "a polio vaccination worker".)
		qualifies := e == j+1 && s.modifier(d, j, hi) && (s.victimFirst.Has(d.Tokens[j+1].Hash) || n == 0 && j+2 < hi && s.victimFirst.Has(d.Tokens[j+2].Hash) && d.Tokens[j+1].Kind == doc.Word && !d.Tokens[j+1].Upper && s.modifier(d, j+1, hi))
		if !(upper || s.v.rank[d.TokenNorm(j)] || qualifies) || e >= hi {
			break
		}
		v, k, ok = s.victimAt(d, e, hi)
		j = e
	}
	if !ok {
		return victim{}, i, false
	}
	return s.exCombatant(d, from, k, v), k, true
}

// pronoun reads one person killed, told by a pronoun right after an
// active verb of death, as the single victim named before it in the
// sentence: "a landmine exploded under a shepherd, killing him" is one
// civilian dead, whose words are the antecedent's ("shepherd"). With no such antecedent it reads nothing: "killing her"
// after only a name says no more than the name does.
func (s *Stage) pronoun(d *doc.Doc, u unit, i int) (doc.Quantity, int, bool) {
	o, ws, we, ok := s.before(d, u, i)
	if !ok || we != i || o.class != "fatal" || !active(d.TokenNorm(ws)) {
		return doc.Quantity{}, i, false
	}
	for k := ws - 1; k >= u.lo; k-- {
		if w := d.TokenNorm(k); w != "a" && w != "an" {
			continue
		}
		if v, e, isV := s.single(d, u, k+1, ws); isV {
			who := doc.Span{Start: d.Tokens[k+1].Span.Start, End: d.Tokens[e-1].Span.End}
			q := s.quantity(d, figure{start: i, end: i + 1, stated: 1, low: 1, best: 1, high: 1}, v, who, doc.Span{}, o, ws, we)
			q.Sent = u.sent
			return q, i + 1, true
		}
	}
	return doc.Quantity{}, i, false
}

// coordinated reads a figure and its victims at i that share prev's
// outcome: "and a child", "and 3 women".
func (s *Stage) coordinated(d *doc.Doc, u unit, i int, prev doc.Quantity) (doc.Quantity, int, bool) {
	var f figure
	// "a woman and her two children"
	possessive := false
	if w := s.norm(d, i); (w == "her" || w == "his" || w == "their") && i+1 < u.hi {
		i++
		possessive = true
	}
	if w := s.norm(d, i); w == "a" || w == "an" || w == "one" {
		f = figure{start: i, end: i + 1, stated: 1, low: 1, best: 1, high: 1}
	} else {
		var ok bool
		if f, ok = s.figureAt(d, i, u.hi); !ok {
			// "5 Chinese nationals and their Pakistani driver": one
			// person, named in the singular after the possessive.
			v, e, ok := s.single(d, u, i, u.hi)
			if w := s.norm(d, e-1); !possessive || !ok || strings.HasSuffix(w, "s") || w == "children" || w == "men" || w == "women" || w == "people" {
				return doc.Quantity{}, i, false
			}
			f = figure{start: i - 1, end: i, stated: 1, low: 1, best: 1, high: 1}
			q := s.quantity(d, f, v, doc.Span{Start: d.Tokens[i].Span.Start, End: d.Tokens[e-1].Span.End}, doc.Span{}, outcome{what: prev.What, class: prev.Class}, 0, 0)
			q.WhatSpan, q.Sent = prev.WhatSpan, u.sent
			return q, e, true
		}
	}
	for k := f.end; k < u.hi && k <= f.end+3; k++ {
		if v, e, ok := s.victimAt(d, k, u.hi); ok {
			q := s.quantity(d, f, v, doc.Span{Start: d.Tokens[k].Span.Start, End: d.Tokens[e-1].Span.End}, doc.Span{}, outcome{what: prev.What, class: prev.Class}, 0, 0)
			q.WhatSpan, q.Sent = prev.WhatSpan, u.sent
			return q, e, true
		}
		if s.v.stop[s.norm(d, k)] || d.Tokens[k].Kind != doc.Word {
			break
		}
		if _, e, isOut := s.v.outcome.at(d, k, u.hi); isOut {
			if _, _, ok := s.victimAt(d, e, u.hi); ok && s.norm(d, e) != "others" && s.norm(d, e) != "other" {
				continue // "26 displaced people": a modifier, not "2 killed others injured"
			}
			break
		}
	}
	return doc.Quantity{}, i, false
}

// breakdown reads a part of the figure at index parent that states no
// outcome of its own: "killed 18 people including five children", "86, 30
// of them children".
func (s *Stage) breakdown(d *doc.Doc, u unit, i, parent int) (doc.Quantity, int, bool) {
	p := d.Quantities[parent]
	if w := s.norm(d, i-1); !s.v.partCue[w] && w != "," {
		if i > u.lo && d.Tokens[i-1].Kind != doc.Number {
			return doc.Quantity{}, i, false
		}
	}
	f, ok := s.figureAt(d, i, u.hi)
	if !ok {
		return doc.Quantity{}, i, false
	}
	j := f.end
	ofThem := s.norm(d, j) == "of" && (s.norm(d, j+1) == "them" || s.norm(d, j+1) == "whom")
	if ofThem {
		j += 2
	} else if !s.v.partCue[s.norm(d, i-1)] {
		return doc.Quantity{}, i, false
	}
	v, e, ok := s.victimAt(d, j, u.hi)
	if !ok {
		return doc.Quantity{}, i, false
	}
	q := s.quantity(d, f, v, doc.Span{Start: d.Tokens[j].Span.Start, End: d.Tokens[e-1].Span.End}, doc.Span{}, outcome{what: p.What, class: p.Class}, 0, 0)
	q.WhatSpan, q.Sent, q.Role, q.Parent = p.WhatSpan, u.sent, "part", doc.MakeIndex(parent)
	return q, e, true
}

// exCombatant returns v as a civilian when it is a combatant with a
// former word among the tokens [from, to) of its phrase: "a former
// opposition fighter", "two retired police officers".
func (s *Stage) exCombatant(d *doc.Doc, from, to int, v victim) victim {
	if v.civilian != "combatant" {
		return v
	}
	for k := from; k < to; k++ {
		if s.v.former[d.TokenNorm(k)] {
			v.civilian = "civilian"
			return v
		}
	}
	return v
}

// groupName returns the end of the group's name that starts at token k
// (k itself when none does): capitalized words, small words inside, and
// its initials after — "the Volunteers for the Defence of the Homeland
// (VDP)"; an article before it is skipped.
func (s *Stage) groupName(d *doc.Doc, k, hi int) int {
	if s.norm(d, k) == "the" && k+1 < hi && d.Tokens[k+1].Upper {
		k++
	}
	e := k
	for e < hi {
		w := s.norm(d, e)
		switch {
		case d.Tokens[e].Upper:
			e++
			continue
		case e > k && (w == "for" || w == "of" || w == "the" || w == "and") && e+1 < hi && (d.Tokens[e+1].Upper || s.norm(d, e+1) == "the" && e+2 < hi && d.Tokens[e+2].Upper):
			e++
			continue
		}
		break
	}
	if e > k && e+2 < hi && s.norm(d, e) == "(" && d.Tokens[e+1].Upper && s.norm(d, e+2) == ")" {
		e += 3
	}
	return e
}

// compoundEnd returns the end of the word at token j, past hyphens that
// join it to the next without spaces ("al-Shabaab", "Kurdish-led"), and
// whether a part of it is capitalized.
func compoundEnd(d *doc.Doc, j, hi int) (int, bool) {
	upper := d.Tokens[j].Upper
	e := j + 1
	for e+1 < hi && d.TokenNorm(e) == "-" && !d.Tokens[e].SpaceBefore && !d.Tokens[e+1].SpaceBefore && d.Tokens[e+1].Kind == doc.Word {
		upper = upper || d.Tokens[e+1].Upper
		e += 2
	}
	return e, upper
}

// read tries a casualty figure at token i.
func (s *Stage) read(d *doc.Doc, u unit, i int) (doc.Quantity, int, bool) {
	t := d.Tokens[i]
	n := d.TokenNorm(i)
	// Singular victims: "a child was among the dead", "one woman was killed"
	// — and one named by his role right after the deed: "killing the
	// driver", "shot dead the village chief".
	if n == "him" || n == "her" {
		return s.pronoun(d, u, i)
	}
	definite := n == "the"
	// ("Another person died in a strike on Dnipro": one more, one.)
	if n == "a" || n == "an" || n == "one" || n == "another" || definite {
		v, k, ok := s.single(d, u, i+1, u.hi)
		if ok {
			// "a woman and child", "a man and a boy": two people. (So
			// is "a couple".)
			n := int64(1)
			if s.norm(d, k-1) == "couple" && !definite {
				n = 2
			}
			if s.norm(d, k) == "and" && n == 1 {
				m := k + 1
				if w := s.norm(d, m); w == "a" || w == "an" || w == "one" || w == "her" || w == "his" || w == "their" {
					m++
				}
				if s.v.rank[s.norm(d, m)] {
					m++ // "a man and his young daughter"
				}
				if v2, e, ok := s.victimAt(d, m, u.hi); ok {
					n, k, v = 2, e, joined(v, v2)
				} else if f, ok := s.figureAt(d, m, u.hi); ok && m > k+1 && !f.vague {
					// "a woman and her three children": one and three.
					if v2, e, ok := s.victimAt(d, f.end, u.hi); ok {
						n, k, v = 1+f.best, e, joined(v, v2)
					}
				}
			}
			// "… as well as another child": one more.
			if n >= 1 && s.norm(d, k) == "as" && s.norm(d, k+1) == "well" && s.norm(d, k+2) == "as" {
				if w := s.norm(d, k+3); w == "a" || w == "an" || w == "another" || w == "one" {
					if v2, e, ok := s.single(d, u, k+4, u.hi); ok {
						n, k, v = n+1, e, joined(v, v2)
					}
				}
			}
			// A person's own fate, not the witness "a civilian trapped
			// there"; or the object of the verb right before ("killing a
			// child", "wounded a soldier").
			o, ws, we, ok := s.before(d, u, i)
			if ok && (we != i || !active(d.TokenNorm(ws))) {
				ok = false
			}
			// "beat a suspected kidnapper to death": the end told after
			// the victim decides.
			if ok && s.norm(d, k) == "to" && s.norm(d, k+1) == "death" {
				if o2, ws2, we2, ok2 := s.after(d, k, u.hi); ok2 {
					o, ws, we = o2, ws2, we2
				}
			}
			// "a mob burned a suspected witch alive": the verb before and
			// "alive" after tell the death (data: alive).
			if !ok && s.norm(d, k) == "alive" && i-1 >= u.lo && s.v.alive[s.norm(d, i-1)] {
				o, ws, we, ok = outcome{what: d.TokenNorm(i-1) + " alive", class: "fatal"}, i-1, i, true
			}
			if definite && (!ok || n != 1 || strings.HasSuffix(d.TokenNorm(k-1), "s")) {
				return doc.Quantity{}, i, false
			}
			if !ok {
				o, ws, we, ok = s.after(d, k, u.hi)
			}
			if ok && o.class != "affected" {
				q := s.quantity(d, figure{start: i, end: i + 1, stated: n, low: n, best: n, high: n}, v, doc.Span{Start: d.Tokens[i+1].Span.Start, End: d.Tokens[k-1].Span.End}, doc.Span{}, o, ws, we)
				q.Sent = u.sent
				return q, k, true
			}
		}
	}
	if t.Kind != doc.Number && !s.mayStart(d, i, u.hi) {
		return doc.Quantity{}, i, false
	}
	f, ok := s.figureAt(d, i, u.hi)
	if !ok {
		return doc.Quantity{}, i, false
	}
	// Victims: up to three modifiers, then a victim noun ("six Nusra Front
	// fighters", "eight Syrian civil defence workers").
	j := f.end
	if s.norm(d, j) == "of" && (s.norm(d, j+1) == "them" || s.norm(d, j+1) == "whom") {
		j += 2 // "six of them children"
	} else if s.norm(d, j) == "of" {
		// "6 of its fighters", "12 of their soldiers", "3 of the
		// wounded": the part of a group named after.
		switch s.norm(d, j+1) {
		case "its", "their", "his", "her", "our", "the":
			if _, _, ok := s.victimAt(d, j+2, u.hi); ok {
				j += 2
			}
		}
	}
	vic, whoSpan, group, e := s.victimFrom(d, u, j, 4)
	if vic.who != "" {
		j = e
	}
	// "members of one family", "members of the same family": civilians.
	if vic.who == "members" && s.norm(d, j) == "of" {
		k := j + 1
		if w := s.norm(d, k); w == "one" || w == "a" || w == "the" || w == "their" || w == "his" || w == "her" {
			k++
		}
		if s.norm(d, k) == "same" {
			k++
		}
		if w := s.norm(d, k); w == "family" || w == "families" || w == "household" {
			vic.who, vic.civilian = "family members", "civilian"
			j = k + 1
		}
	}
	// "members of the Islamic State": the group after.
	if vic.who == "members" && s.norm(d, j) == "of" {
		k := j + 1
		if s.norm(d, k) == "the" {
			k++
		}
		e := s.groupName(d, k, u.hi)
		if e > k {
			group = doc.Span{Start: d.Tokens[k].Span.Start, End: d.Tokens[e-1].Span.End}
			j = e
		}
		// "members of the Kenyan security forces": the kind of force
		// after the name is who they are.
		if v, ve, ok := s.victimAt(d, e, u.hi); ok && v.civilian == "combatant" {
			vic, j = v, ve
			if e > k {
				group.End = d.Tokens[ve-1].Span.End
			} else {
				group = doc.Span{Start: d.Tokens[e].Span.Start, End: d.Tokens[ve-1].Span.End}
			}
		}
	}
	// The outcome: after ("were killed", "dead", "were among the dead"),
	// before ("killing 3 civilians", "the death toll rose to 112").
	// With victims named, the outcome is more often after them ("six
	// civilians were killed"); without, before ("killing at least 100 and
	// wounding hundreds" kills 100).
	var o outcome
	var ws, we int
	if vic.who != "" {
		if o, ws, we, ok = s.after(d, j, u.hi); !ok {
			o, ws, we, ok = s.before(d, u, f.start)
		}
	} else if o, ws, we, ok = s.passive(d, j, u.hi); !ok {
		// Headline style: an outcome right after the bare figure wins
		// over one before it ("Civilian killed 3 injured").
		// Not when the word is an adjective ("26 displaced people") or
		// has a figure of its own ("kidnapped 900 Executed 18").
		if o2, ws2, we2, ok2 := s.after(d, j, u.hi); ok2 && ws2 == j && !s.adjectival(d, we2, u.hi) {
			o, ws, we, ok = o2, ws2, we2, true
		} else if o, ws, we, ok = s.before(d, u, f.start); !ok {
			o, ws, we, ok = s.after(d, j, u.hi)
		}
	}
	if !ok {
		// No outcome: not a casualty figure.
		return doc.Quantity{}, i, false
	}
	// "resulting in 5 fatalities among CSP-PSD fighters": who they were,
	// after the outcome.
	if vic.who == "" && we == j+1 && s.norm(d, we) == "among" {
		k := we + 1
		switch s.norm(d, k) {
		case "the", "its", "their":
			k++
		}
		if v, ws, g, e := s.victimFrom(d, u, k, 3); v.who != "" {
			vic, whoSpan, group, j = v, ws, g, e
		}
	}
	q := s.quantity(d, f, vic, whoSpan, group, o, ws, we)
	q.Sent = u.sent
	return q, max(j, f.end), true
}

// victimFrom reads who a figure counts from token j: up to span
// modifiers, then a victim noun ("six Nusra Front fighters", "5
// fatalities among CSP-PSD fighters"). It returns the victim (who is ""
// when there is none), the words that name it, the group's name before
// them when capitalized, and the token after them.
func (s *Stage) victimFrom(d *doc.Doc, u unit, j, span int) (vic victim, whoSpan, group doc.Span, end int) {
	for k := j; k < u.hi && k <= j+span; k++ {
		if v, e, ok := s.victimAt(d, k, u.hi); ok {
			// A nationality that is also a noun modifies the victims
			// after it: "two Lebanese soldiers".
			for {
				v2, e2, ok2 := s.victimAt(d, e, u.hi)
				if !ok2 {
					break
				}
				k, e, v = e, e2, v2
			}
			vic, whoSpan = s.exCombatant(d, j, e, v), doc.Span{Start: d.Tokens[k].Span.Start, End: d.Tokens[e-1].Span.End}
			if k > j && d.Tokens[j].Upper {
				group = doc.Span{Start: d.Tokens[j].Span.Start, End: d.Tokens[k-1].Span.End}
			}
			return vic, whoSpan, group, e
		}
		w := s.norm(d, k)
		if w == "-" && !d.Tokens[k].SpaceBefore && k+1 < u.hi && !d.Tokens[k+1].SpaceBefore {
			continue // "Al-Qaeda militants"
		}
		if s.v.stop[w] || d.Tokens[k].Kind != doc.Word {
			break
		}
		if _, e, isOut := s.v.outcome.at(d, k, u.hi); isOut {
			if _, _, ok := s.victimAt(d, e, u.hi); ok && s.norm(d, e) != "others" && s.norm(d, e) != "other" {
				continue // "26 displaced people": a modifier, not "2 killed others injured"
			}
			break
		}
	}
	return victim{}, doc.Span{}, doc.Span{}, j
}

// ageEnd returns the token after an age that starts at i ("45-year-old",
// "six-month-old", "12 year old"), or i when none does.
func ageEnd(d *doc.Doc, i, end int) int {
	k := i
	if k < end && (d.Tokens[k].Kind == doc.Number || d.Tokens[k].Kind == doc.Word) {
		k++
	}
	if k < end && d.TokenNorm(k) == "-" {
		k++
	}
	if k >= end {
		return i
	}
	switch d.TokenNorm(k) {
	case "year", "month", "week", "day":
	default:
		return i
	}
	k++
	if k < end && d.TokenNorm(k) == "-" {
		k++
	}
	if k < end && d.TokenNorm(k) == "old" {
		return k + 1
	}
	return i
}

// adjectival reports whether the outcome word ending before k modifies
// what follows it: a victim noun, or a figure.
func (s *Stage) adjectival(d *doc.Doc, k, end int) bool {
	if k >= end {
		return false
	}
	if _, _, ok := s.victimAt(d, k, end); ok {
		return true
	}
	_, ok := s.figureAt(d, k, end)
	return ok || d.Tokens[k].Kind == doc.Number
}

// mayStart reports whether a non-digit token can begin a figure.
func (s *Stage) mayStart(d *doc.Doc, i, end int) bool {
	if _, _, ok := numbers.QualifierAt(d, i, end); ok {
		return true
	}
	if _, _, ok := s.v.vague.at(d, i, end); ok {
		return true
	}
	if s.norm(d, i) == "between" {
		return true
	}
	_, _, ok := numbers.Read(d, i)
	return ok
}

func (s *Stage) quantity(d *doc.Doc, f figure, v victim, whoSpan, group doc.Span, o outcome, ws, we int) doc.Quantity {
	fig := doc.Span{Start: d.Tokens[f.start].Span.Start, End: d.Tokens[f.end-1].Span.End}
	sp := fig
	if whoSpan.Start >= fig.End && !whoSpan.Empty() {
		sp.End = whoSpan.End
	}
	q := doc.Quantity{
		Span: sp, Figure: fig,
		Stated: f.stated, Low: f.low, Best: f.best, High: f.high, Vague: f.vague,
		Who: v.who, Civilian: v.civilian, WhoSpan: whoSpan, Group: group,
		What: o.what, Class: o.class,
	}
	if o.among {
		q.Role = "part" // its parent is settled in relate
	}
	if q.Civilian == "" {
		q.Civilian = "unknown"
	}
	if ws < we {
		q.WhatSpan = doc.Span{Start: d.Tokens[ws].Span.Start, End: d.Tokens[we-1].Span.End}
	}
	return q
}

// after looks for the outcome after token j: "were killed", "dead", "have
// been wounded", "were among the dead", "under siege". It returns the
// outcome and its tokens.
func (s *Stage) after(d *doc.Doc, j, end int) (outcome, int, int, bool) {
	for k := j; k < end && k <= j+5; k++ {
		// (j moves past a breakdown; see below)
		if o, e, ok := s.v.outcome.at(d, k, end); ok {
			return o, k, e, true
		}
		w := s.norm(d, k)
		// (whose members they were, past a joined figure: "15 soldiers
		// and 20 members of the VDP were killed")
		if w == "of" && k > 0 && (s.norm(d, k-1) == "members" || s.norm(d, k-1) == "fighters") {
			if e := s.groupName(d, k+1, end); e > k+1 {
				j, k = e, e-1
				continue
			}
		}
		// (whose side they were on: "40 fighters from both sides were
		// killed", "on each side")
		if (w == "from" || w == "on") && k+2 < end {
			n := k + 1
			if s.norm(d, n) == "the" {
				n++
			}
			if q := s.norm(d, n); (q == "both" || q == "each" || q == "either" || q == "two" || q == "all") && (s.norm(d, n+1) == "sides" || s.norm(d, n+1) == "side") {
				j, k = n+2, n+1
				continue
			}
		}
		// (whose body they were from: "10 humanitarian workers from
		// Relief International were killed")
		if w == "from" && k+1 < end && d.Tokens[k+1].Upper && d.Tokens[k+1].Kind == doc.Word {
			m := k + 1
			for m < end && m <= k+6 && (d.Tokens[m].Upper && d.Tokens[m].Kind == doc.Word || s.norm(d, m) == "of" || s.norm(d, m) == "for") {
				m++
			}
			if m < end && s.v.aux[s.norm(d, m)] {
				j, k = m, m-1
				continue
			}
		}
		// (set off by commas: "9 civilians, including 4 children, were
		// killed")
		if w == "," && k+1 < end {
			switch s.norm(d, k+1) {
			case "including", "among", "mostly", "mainly", "most", "some", "many":
				continue
			}
		}
		// A breakdown between the victims and the outcome: "11 civilians
		// including two children were killed", "15 civilians among them 11
		// children were killed".
		some := (w == "some" || w == "most" || w == "many") && s.norm(d, k+1) == "of" && s.norm(d, k+2) == "them"
		if w == "including" || some || w == "mostly" || w == "mainly" || w == "among" && (s.norm(d, k+1) == "them" || s.norm(d, k+1) == "whom") {
			// (Set off by commas, it may name a list: "17 peacekeepers,
			// including soldiers from South Africa, Malawi and Uruguay,
			// had been killed".)
			reach := k + 8
			if k > j && s.norm(d, k-1) == "," {
				reach = k + 14
			}
			m := k + 1
			for m < end && m <= reach && !s.v.aux[s.norm(d, m)] {
				if _, _, ok := s.v.outcome.at(d, m, end); ok {
					break
				}
				if w := s.norm(d, m); w == "." || w == ";" {
					m = end
					break
				}
				m++
			}
			// "and" before the verb opens another clause: "killed at least
			// 18 people mostly children and wounded 40 others".
			if m < end && m <= reach && s.norm(d, m-1) != "and" && (m <= k+8 || s.norm(d, m-1) == ",") {
				j, k = m, m-1
				continue
			}
			return outcome{}, 0, 0, false
		}
		// Coordinated victims share the outcome: "five women and a child
		// were killed", "50 militants and eight civilians".
		if w == "and" && k+1 < end {
			// (The outcome is looked for after the joined victims, as
			// after the first: "Five Fano fighters and an unknown number
			// of soldiers were killed".)
			if _, ve, ok := s.victimAt(d, k+1, end); ok {
				j, k = ve, ve-1 // "a woman and child were killed"
				continue
			}
			// "15 soldiers and volunteer fighters were killed": a word
			// before the joined victim.
			if k+2 < end && d.Tokens[k+1].Kind == doc.Word && !s.v.stop[s.norm(d, k+1)] {
				if _, ve, ok := s.victimAt(d, k+2, end); ok {
					j, k = ve, ve-1
					continue
				}
			}
			f, ok := s.figureAt(d, k+1, end)
			if !ok && s.norm(d, k+1) != "a" && s.norm(d, k+1) != "an" {
				// "and" opens another clause: "killing 100 and wounding hundreds".
				return outcome{}, 0, 0, false
			}
			{
				m := k + 2
				if ok {
					m = f.end
				}
				for e := m; e < end && e <= m+3; e++ {
					if _, ve, isVictim := s.victimAt(d, e, end); isVictim {
						j, k = ve, ve-1
						break
					}
				}
				if k >= m-1 {
					continue
				}
			}
		}
		// A relative clause between the victims and their fate: "Six
		// militants who attacked the post in Daraban … after the blast
		// were killed in a firefight"; a participle's clause too: "At
		// least 23 civilians sheltering in the monastery were killed".
		if k == j && (w == "who" || w == "whom" || participle(d, k, w)) {
			for m := k + 1; m+1 < end && m <= k+20; m++ {
				if d.Tokens[m].Kind == doc.Punct && (s.norm(d, m) == "." || s.norm(d, m) == ";") {
					break
				}
				if !s.v.aux[s.norm(d, m)] {
					continue
				}
				n := m + 1
				if s.norm(d, n) == "been" {
					n++
				}
				// (The dead and the wounded only: "A man who killed a
				// child was arrested" counts the child.)
				if o, e, ok := s.v.outcome.at(d, n, end); ok && (o.class == "fatal" || o.class == "injured") {
					return o, n, e, true
				}
			}
			return outcome{}, 0, 0, false
		}
		if w == "among" {
			// "were among the dead", "among those killed", "among at least 22 people killed"
			for m := k + 1; m < end && m <= k+8; m++ {
				if o, e, ok := s.v.outcome.at(d, m, end); ok {
					o.among = true
					return o, m, e, true
				}
			}
			return outcome{}, 0, 0, false
		}
		if !s.v.filler[w] {
			return outcome{}, 0, 0, false
		}
	}
	return outcome{}, 0, 0, false
}

// participle reports whether token k, whose folded form is w, is a
// lower-case present participle: "sheltering", "playing", "fleeing".
func participle(d *doc.Doc, k int, w string) bool {
	return d.Tokens[k].Kind == doc.Word && !d.Tokens[k].Upper && len(w) > 5 && strings.HasSuffix(w, "ing")
}

// passive reads an outcome in the passive right after the figure: "25
// were wounded", "17 have been killed" (which wins over a verb before it
// in text that lost its commas: "killed 14 people 25 were wounded").
func (s *Stage) passive(d *doc.Doc, j, end int) (outcome, int, int, bool) {
	k := j
	for k < end && k <= j+2 && s.v.aux[s.norm(d, k)] {
		k++
	}
	if k == j {
		return outcome{}, 0, 0, false
	}
	if o, e, ok := s.v.outcome.at(d, k, end); ok {
		return o, k, e, true
	}
	return outcome{}, 0, 0, false
}

// before looks for an outcome verb or a toll right before the figure:
// "killing 3 civilians", "killed six people", "massacring dozens", "the
// death toll rose to 112", "put the toll at at least 70".
func (s *Stage) before(d *doc.Doc, u unit, start int) (outcome, int, int, bool) {
	k := start - 1
	if k < u.lo {
		return outcome{}, 0, 0, false
	}
	// Active verbs: the figure is their object.
	for back := 1; back <= 2 && start-back >= u.lo; back++ {
		for ws := start - back; ws >= max(u.lo, start-back-2); ws-- {
			if o, e, ok := s.v.outcome.at(d, ws, u.hi); ok && e == start-back+1 && active(d.TokenNorm(ws)) {
				if p := s.norm(d, start-1); back == 2 && p != "all" && p != "another" && p != "\"" && p != "”" {
					continue // "killed all five", "wounding another 20", "\"neutralised\" 12"
				}
				return o, ws, e, true
			}
		}
	}
	// "killing Hezbollah leader Hassan Nasrallah and at least 6 others":
	// the verb reaches over a named victim.
	if s.norm(d, start-1) == "and" {
		if o, ws, we, _, _, ok := s.namedVictim(d, u, start-1); ok {
			return o, ws, we, true
		}
		// "killing himself and 3 policemen": and over the bomber.
		if o, ws, we, ok := s.reflexive(d, u, start-1); ok {
			return o, ws, we, true
		}
	}
	// A label: "Fatalities: 14", "Deaths: 3", "Injured: 7" (ACLED's notes
	// and reports' tables).
	if start-2 >= u.lo && s.norm(d, start-1) == ":" {
		if o, e, ok := s.v.outcome.at(d, start-2, u.hi); ok && e == start-1 {
			return o, start - 2, e, true
		}
	}
	// … and ACLED's coding of them: "Fatalities coded as 10".
	if start-3 >= u.lo && s.norm(d, start-1) == "as" && s.norm(d, start-2) == "coded" {
		if o, e, ok := s.v.outcome.at(d, start-3, u.hi); ok && e == start-2 {
			return o, start - 3, e, true
		}
	}
	// Tolls: "toll rose to", "toll at", "toll of", "toll to", "toll
	// reached", "toll stood at", "toll climbed to", "toll is now"; or
	// further back, "the death toll from rocket attacks on Aleppo rose to".
	if w := s.norm(d, start-1); w == "to" || w == "at" || w == "reached" || w == "hit" || w == "topped" || w == "exceeded" || w == "surpassed" || w == "passed" || w == "was" || w == "is" || w == "stood" {
		for ws := start - 2; ws >= u.lo && ws >= start-20; ws-- {
			if what, e, ok := s.v.toll.at(d, ws, u.hi); ok {
				v := s.norm(d, start-2)
				rose := v == "rose" || v == "risen" || v == "rises" || v == "climbed" || v == "climbs" || v == "jumped" || v == "increased" || v == "stood" || v == "stands" || v == "toll"
				// "raised the death toll from airstrikes on a market to 61"
				set := false
				for m := ws - 1; m >= u.lo && m >= ws-2; m-- {
					switch s.norm(d, m) {
					case "raised", "raising", "put", "putting", "puts", "bringing", "brought", "brings", "pushing", "pushed", "taking", "took", "updated", "revised":
						set = true
					}
				}
				if w != "to" && w != "at" || rose || set {
					return outcome{what: what, class: "fatal"}, ws, e, true
				}
			}
		}
	}
	for ws := start - 1; ws >= u.lo && ws >= start-6; ws-- {
		if what, e, ok := s.v.toll.at(d, ws, u.hi); ok {
			link := true
			for m := e; m < start; m++ {
				switch s.norm(d, m) {
				case "rose", "risen", "rises", "climbed", "climbs", "jumped", "reached", "reaches", "stood", "stands", "is", "was", "has", "had", "now", "to", "at", "of", "hit", "topped", "surpassed", "passed", "increased", "mounted", "more", "than", "over", "been", "put", "",
					"from", "the":
				default:
					link = false
				}
			}
			if link {
				return outcome{what: what, class: "fatal"}, ws, e, true
			}
		}
	}
	return outcome{}, 0, 0, false
}

// namedVictim finds a person named as the object of an active verb of
// death just before token and, the "and" before a figure: "killing
// Hezbollah leader Hassan Nasrallah and at least 6 others". It returns the
// outcome and its tokens, the name's first token and the kind of victim
// the name's words say ("leader"; else people).
func (s *Stage) namedVictim(d *doc.Doc, u unit, and int) (o outcome, ws, we, name int, v victim, ok bool) {
	// A name ends the phrase: not "killing Israeli soldiers and 3 others".
	// (Or one victim after its article: "killing the minister and 5
	// others".)
	if and-1 < u.lo || d.Tokens[and-1].Kind != doc.Word || !d.Tokens[and-1].Upper && !s.singleBefore(d, u, and) {
		return
	}
	v = victim{who: "people", civilian: "unknown"}
	for k := and - 1; k >= u.lo && k >= and-8; k-- {
		t := d.Tokens[k]
		if t.Kind != doc.Word {
			return
		}
		if t.Upper {
			continue
		}
		if w := d.TokenNorm(k); w == "the" || w == "a" || w == "an" {
			continue
		}
		if vv, e, isV := s.victimAt(d, k, u.hi); isV && e <= and {
			v = vv
			continue
		}
		if s.v.rank[d.TokenNorm(k)] {
			continue
		}
		// Not the name's: the verb, or nothing.
		for w0 := k; w0 >= max(u.lo, k-2); w0-- {
			if oo, e, isOut := s.v.outcome.at(d, w0, u.hi); isOut && e == k+1 && oo.class == "fatal" && active(d.TokenNorm(w0)) {
				return oo, w0, e, k + 1, v, true
			}
		}
		return
	}
	return
}

// singleBefore reports whether a victim noun after its article ends at
// token and: "the minister", "a senior commander".
func (s *Stage) singleBefore(d *doc.Doc, u unit, and int) bool {
	for k := and - 1; k >= u.lo && k >= and-4; k-- {
		switch d.TokenNorm(k) {
		case "the", "a", "an":
			_, e, ok := s.victimAt(d, k+1, and)
			if !ok && k+2 < and {
				_, e, ok = s.victimAt(d, k+2, and) // past a rank: "a senior commander"
			}
			return ok && e == and
		}
	}
	return false
}

// reflexive finds an attacker who died in his own attack before token
// and, the "and" before a figure: "blew himself up" no, "killing himself
// and 3 policemen" yes. It returns the verb's outcome and tokens.
func (s *Stage) reflexive(d *doc.Doc, u unit, and int) (outcome, int, int, bool) {
	if and-2 < u.lo {
		return outcome{}, 0, 0, false
	}
	if w := s.norm(d, and-1); w != "himself" && w != "herself" {
		return outcome{}, 0, 0, false
	}
	if o, e, ok := s.v.outcome.at(d, and-2, u.hi); ok && e == and-1 && o.class == "fatal" && active(d.TokenNorm(and-2)) {
		return o, and - 2, e, true
	}
	return outcome{}, 0, 0, false
}

// active reports whether an outcome word is a verb that takes the figure
// as its object: "killed", "killing", "kills", "executed", "wounding".
func active(w string) bool {
	switch w {
	case "dead", "died", "die", "dies", "dying", "deaths", "death", "body", "bodies", "corpses", "fatalities",
		"casualties", "martyrs", "injuries", "missing", "refugees", "homeless", "executions", "arrests":
		return false
	}
	return true
}

// relate marks breakdowns, tolls and aggregates among the figures of one
// unit, from the words around them.
func (s *Stage) relate(d *doc.Doc, u unit, first int) {
	qs := d.Quantities[first:]
	if len(qs) == 0 {
		return
	}
	// Aggregates: a period or the whole war in the sentence.
	// A period of more than three days makes a total an aggregate ("over
	// the last 27 days"); a day or two ("in the past 24 hours") is still
	// one event's count.
	//
	// A deed's own day, told in the simple past, keeps its toll its own
	// whatever "since" qualifies: "Israeli air strikes killed at least 22
	// people … on Monday, … in the first such strike … since the war
	// escalated". (The perfect totals: "has killed 300 since".)
	var period doc.Index
	long, day, perfect := false, false, false
	for k, t := range d.Dates {
		if t.Span.Start < u.span.Start || t.Span.End > u.span.End {
			continue
		}
		switch {
		case t.Type == "DURATION" && t.Start != 0:
			period, long = doc.MakeIndex(k), t.End-t.Start >= 3
		case t.Type == "SET":
			long = true // a rate ("25 children die every day") counts no one deed
		case t.Type == "DATE" && (t.Precision == doc.PrecDay || t.Start == 0) && !t.Told:
			// (A weekday with no publication date to resolve it by is a
			// day too.)
			day = true
		}
	}
	// "had killed 120 civilians since the start of the year": a stretch
	// of more than three days since a date, told in the perfect.
	sinceLong := false
	for _, r := range d.DateRanges {
		if r.Kind == "since" && r.Span.Start >= u.span.Start && r.Span.End <= u.span.End && r.Start != 0 && r.End-r.Start > 3 {
			sinceLong = true
		}
	}
	since, war, warLong := false, false, -1 // warLong: the token of a war of stated length
	campaign, fromStart := false, false     // a campaign's word, and "since the start of": a campaign's total
	for i := u.lo; i < u.hi; i++ {
		w := d.TokenNorm(i)
		perfect = perfect || w == "has" || w == "have" || w == "had"
		c := s.cues.Of(d.Tokens[i].Hash)
		since = since || w == "since" || c&cueOnset != 0 && (w != "broke" || i+1 < u.hi && d.TokenNorm(i+1) == "out")
		// "so far", "thus far", "to date": up to now, as "since" then.
		if i > u.lo && (w == "far" && (d.TokenNorm(i-1) == "so" || d.TokenNorm(i-1) == "thus") || w == "date" && d.TokenNorm(i-1) == "to") {
			since = true
		}
		war = war || c&cueWar != 0
		campaign = campaign || c&cueCampaign != 0
		if w == "since" && i+2 < u.hi && d.TokenNorm(i+1) == "the" {
			switch d.TokenNorm(i + 2) {
			case "start", "beginning", "launch", "outset":
				fromStart = true
			}
		}
		// "in Syria's 30-month war", "the decade-long conflict": a war
		// of a stated length totals its dead.
		if c&(cueWar|cueCampaign) != 0 && i-1 > u.lo {
			p := d.TokenNorm(i - 1)
			if k := strings.LastIndexByte(p, '-'); k >= 0 {
				p = p[k+1:] // "30-month" as one token
			} else if d.TokenNorm(i-2) != "-" {
				p = ""
			}
			switch p {
			case "month", "months", "year", "years", "decade", "decades", "long":
				warLong = i
			}
		}
		// "in recent years", "over the past decades": a long period.
		if (w == "years" || w == "decades" || w == "decade") && i > u.lo {
			if p := d.TokenNorm(i - 1); p == "recent" || p == "past" {
				war = true
			}
		}
	}
	warTotal := false // a war's total told in this unit: the counts after it are too
	for k := range qs {
		q := &qs[k]
		ti := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= q.Span.Start })
		// Tolls that accumulate: "bringing the toll to 45".
		for m := ti - 1; m >= u.lo && m >= ti-5; m-- {
			if w := d.TokenNorm(m); w == "bringing" || w == "raising" || w == "taking" || w == "pushing" {
				if q.WhatSpan.Start < q.Span.Start && q.WhatSpan.End > 0 {
					q.Role = "toll"
				}
			}
		}
		q.Period = period
		// (And thousands a deed "has killed": "Israel's offensive has
		// killed more than 43,000 Palestinians" — not "have been killed
		// in a nerve gas attack".)
		activePerfect := false
		if w := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= q.WhatSpan.Start }); q.WhatSpan.End > 0 && w > u.lo {
			p := d.TokenNorm(w - 1)
			activePerfect = (p == "has" || p == "have") && q.WhatSpan.End <= q.Span.Start
		}
		// (So are the dead of a campaign since its start, told in the
		// perfect, however short: "eight soldiers had been killed in
		// fighting in southern Lebanon since the start of the ground
		// operation on Tuesday" — not "since 16 January", a few days'
		// count of one deed.)
		if q.Class == "fatal" && q.Role == "" && (long || since && (war || q.Best >= 1000) && (perfect || !day) || fromStart && campaign && perfect || war && q.Best >= 1000 || warLong >= 0 && (killedIn(d, q, warLong) || warTotal) || sinceLong && perfect || activePerfect && q.Best >= 1000 && !day) {
			q.Role = "aggregate"
			// (And the counts told after it: "… as well as the death
			// of at least 58 citizen journalists".)
			warTotal = warTotal || warLong >= 0
		}
		// A war's displaced: "The war … has displaced more than 10
		// million people".
		// So are hundreds of thousands fled since a day: "more than
		// 900,000 people had fled Mosul since the offensive began".
		// So are millions "displaced", told in the perfect with no day:
		// "More than 3.5 million people have been displaced, according to
		// the United Nations".
		if q.Class == "affected" && q.Role == "" && (long || war && (since || q.Best >= 100000) || since && q.Best >= 100000 || perfect && !day && q.Best >= 100000) {
			q.Role = "aggregate"
		}
		// Breakdowns: "including 8 children", "among them 10 children",
		// "six of them children", "Ten children were among at least 48".
		cue := ti > u.lo && s.v.partCue[d.TokenNorm(ti-1)] || ti > u.lo+1 && d.TokenNorm(ti-2) == "among" && d.TokenNorm(ti-1) == "them"
		ofThem := q.WhoSpan.Start > q.Figure.End && containsWord(d, q.Figure.End, q.WhoSpan.Start, "of")
		if cue || ofThem {
			if p := lastBefore(qs[:k]); p >= 0 {
				q.Role, q.Parent = "part", doc.MakeIndex(first+p)
			}
		}
		if q.Role == "part" && !q.Parent.Valid() && k+1 < len(qs) && q.WhatSpan == qs[k+1].WhatSpan {
			// "Ten children were among at least 48 people killed": the
			// later figure owns the outcome; this one is part of it.
			q.Parent = doc.MakeIndex(first + k + 1)
		}
		if q.Role == "part" && !q.Parent.Valid() {
			// "20 women among the dead": part of the last total before.
			for p := first + k - 1; p >= 0; p-- {
				if o := d.Quantities[p]; o.Class == q.Class && o.Role != "part" {
					q.Parent = doc.MakeIndex(p)
					break
				}
			}
		}
		if k+1 < len(qs) && q.WhatSpan == qs[k+1].WhatSpan && !q.WhatSpan.Empty() && q.Role != "part" {
			end := q.Span.End
			if q.WhoSpan.End > end {
				end = q.WhoSpan.End
			}
			if onlyWords(d, end, qs[k+1].Span.Start, "and", ",") {
				// "five women and a child were killed": they add up.
				q.And = doc.MakeIndex(first + k + 1)
			}
		}
		// More dead of the same sentence, said to be more: "crucifying
		// two people and executing 23 others", "killed three rescuers
		// while six children were also killed".
		if !q.And.Valid() && q.Class == "fatal" && q.Role != "part" && q.Role != "aggregate" && k+1 < len(qs) {
			n := qs[k+1]
			if n.Class == q.Class && n.Role != "part" && n.Role != "aggregate" && n.Sent == q.Sent && q.Sent.Valid() &&
				(n.WhoSpan.In(d.Text) == "others" || strings.HasSuffix(n.Span.In(d.Text), " others") || !n.WhatSpan.Empty() && n.WhatSpan.Start > n.Span.End && containsWord(d, n.Span.End, n.WhatSpan.Start, "also")) {
				q.And = doc.MakeIndex(first + k + 1)
			}
		}
	}
	// A people named by its name, added to civilians, are civilians too:
	// "killing 3 Spanish nationals and 3 Afghans".
	for k := range qs {
		q := &qs[k]
		if !q.And.Valid() || q.And.Get() < first+1 || q.And.Get() >= first+len(qs) {
			continue
		}
		n := &qs[q.And.Get()-first]
		for _, p := range [][2]*doc.Quantity{{q, n}, {n, q}} {
			if p[0].Civilian == "civilian" && p[1].Civilian == "unknown" && p[1].Who == "people" && namedPeople(d, p[1].WhoSpan) {
				p[1].Civilian = "civilian"
			}
		}
	}
	// People killed "including women and children", or with children
	// among them, are civilians: "Israeli strikes killed at least 32
	// people …, including women and children".
	for k := range qs {
		q := &qs[k]
		if q.Civilian != "unknown" || q.Role == "part" {
			continue
		}
		if s.civilianBreakdown(d, *q) {
			q.Civilian = "civilian"
			continue
		}
		for _, o := range qs {
			if o.Role == "part" && o.Parent == doc.MakeIndex(first+k) && o.Civilian == "civilian" && (o.Who == "children" || o.Who == "women") {
				q.Civilian = "civilian"
				break
			}
		}
	}
}

// namedPeople reports whether sp is one capitalized plural word: a
// nation's or a community's name ("Afghans", "Hazaras").
func namedPeople(d *doc.Doc, sp doc.Span) bool {
	w := sp.In(d.Text)
	return len(w) > 3 && w[0] >= 'A' && w[0] <= 'Z' && w[len(w)-1] == 's' && w[1] >= 'a' && w[1] <= 'z' && !strings.ContainsAny(w, " -")
}

// civilianBreakdown reports whether "including", "mostly" or "among
// them" and women or children with no figure follow q: ", including
// women and children".
func (s *Stage) civilianBreakdown(d *doc.Doc, q doc.Quantity) bool {
	end := max(q.Span.End, q.WhoSpan.End)
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= end })
	// (past the place and time between: "32 people across the Gaza
	// Strip overnight, including …")
	found := false
	for k := i; k < len(d.Tokens) && k < i+10 && !found; k++ {
		switch w := d.TokenNorm(k); {
		case w == "." || w == ";" || d.Tokens[k].Kind == doc.Number && !inDate(d, k):
			return false
		case w == "including" || w == "mostly" || w == "mainly":
			i, found = k+1, k == i || d.TokenNorm(k-1) == ","
		case w == "among" && s.norm(d, k+1) == "them":
			i, found = k+2, true
		case (w == "most" || w == "many" || w == "some") && s.norm(d, k+1) == "of" && s.norm(d, k+2) == "them":
			i, found = k+3, true
		}
	}
	if !found {
		return false
	}
	for k := i; k < len(d.Tokens) && k < i+4; k++ {
		switch d.TokenNorm(k) {
		case "women", "children", "child", "woman", "girls", "boys", "babies", "infants", "elderly":
			return true
		}
		if d.Tokens[k].Kind == doc.Number {
			return false // a figure of its own: a part, settled above
		}
	}
	return false
}

// lastBefore returns the index of the last figure in qs that can hold a
// breakdown, or -1.
func lastBefore(qs []doc.Quantity) int {
	for k := len(qs) - 1; k >= 0; k-- {
		if qs[k].Role != "part" {
			return k
		}
	}
	return -1
}

// onlyWords reports whether the tokens between from and to are all in ws
// (and there is at least one).
func onlyWords(d *doc.Doc, from, to int32, ws ...string) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= from })
	n := 0
	for ; i < len(d.Tokens) && d.Tokens[i].Span.End <= to; i++ {
		ok := false
		for _, w := range ws {
			ok = ok || d.TokenNorm(i) == w
		}
		if !ok {
			return false
		}
		n++
	}
	return n > 0
}

func containsWord(d *doc.Doc, from, to int32, w string) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= from })
	for ; i < len(d.Tokens) && d.Tokens[i].Span.End <= to; i++ {
		if d.TokenNorm(i) == w {
			return true
		}
	}
	return false
}

// victimAt finds the victims a phrase at token k names (see victim), and
// the token after them; a word that names them only at its phrase's end
// ("a Palestinian was killed") names none before another word ("an
// Israeli soldier": the soldier).
func (s *Stage) victimAt(d *doc.Doc, k, hi int) (victim, int, bool) {
	v, e, ok := s.v.victim.at(d, k, hi)
	if ok && v.alone && e < hi && d.Tokens[e].Kind == doc.Word && !s.v.filler[s.norm(d, e)] && !s.v.stop[s.norm(d, e)] {
		return victim{}, k, false
	}
	// "killed a militant cell": the word names a thing of theirs.
	if ok && e < hi && s.v.attributive[s.norm(d, e)] {
		return victim{}, k, false
	}
	// "four National Guard members": a capitalized word of a name that
	// goes on to the victims' own noun is the name's, not that noun (not
	// a headline's "Over 20 Daesh Terrorists Killed"). So is one whose
	// name goes on to a thing of theirs: "captured the Border Guard
	// Police headquarters".
	if ok && e == k+1 && e < hi && d.Tokens[k].Upper && d.Tokens[e].Upper && d.Tokens[e].Kind == doc.Word {
		m := e
		for m < hi && m <= e+3 && d.Tokens[m].Upper && d.Tokens[m].Kind == doc.Word {
			m++
		}
		if m < hi && !d.Tokens[m].Upper {
			if _, _, named := s.v.victim.at(d, m, hi); named || s.v.attributive[s.norm(d, m)] {
				return victim{}, k, false
			}
		}
	}
	return v, e, ok
}

// killedIn reports whether the war at token w is where q's dead were
// killed, told right after the verb: "23 journalists killed in Syria's
// 30-month war".
func killedIn(d *doc.Doc, q *doc.Quantity, w int) bool {
	if q.WhatSpan.End == 0 {
		return false
	}
	k := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= q.WhatSpan.End })
	if w >= k && w-k <= 6 && k < len(d.Tokens) && (d.TokenNorm(k) == "in" || d.TokenNorm(k) == "during" || d.TokenNorm(k) == "since") {
		return true
	}
	// Or the war's own relative clause: "a nine-month battle that left
	// the Old City in ruins and killed thousands of civilians".
	v := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= q.WhatSpan.Start })
	if w+1 < v && v-w <= 14 && (d.TokenNorm(w+1) == "that" || d.TokenNorm(w+1) == "which") {
		for j := w + 2; j < v; j++ {
			if t := d.TokenNorm(j); t == "." || t == ";" {
				return false
			}
		}
		return true
	}
	return false
}

// joined is the victims of a group told in two parts ("a woman and her
// three children"): of one kind, that kind; else civilians when both
// parts are, or people.
func joined(a, b victim) victim {
	switch {
	case a.who == b.who:
		return a
	case a.civilian == "civilian" && b.civilian == "civilian":
		return victim{who: "civilians", civilian: "civilian"}
	}
	return victim{who: "people", civilian: "unknown"}
}
