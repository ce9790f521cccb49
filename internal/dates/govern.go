package dates

import (
	"sort"

	"github.com/sitrep-dev/sitrep/internal/doc"
)

// Governed is the date that governs a stretch of text.
type Governed struct {
	Start, End doc.Day
	Precision  doc.Precision
	// Span is the expression the date comes from (a date or a range);
	// empty when it is the publication date.
	Span doc.Span
	// From says where it was found: "clause", "sentence", "paragraph",
	// "lead" (the article's first paragraph) or "published".
	From string
}

// before reports whether the date at sp is told as one before the date
// in focus: "the previous day", "the preceding week", "a day earlier",
// "the day before".
func before(d *doc.Doc, sp doc.Span) bool {
	lo, hi := d.TokensIn(sp)
	for k := lo; k < hi; k++ {
		switch d.TokenNorm(k) {
		case "previous", "preceding", "earlier", "before":
			return true
		}
	}
	return false
}

// Governing returns the date that governs the text at sp, for dating an
// event stated there: the nearest dated expression in the same clause,
// else in the same sentence, else the last one before it in the paragraph
// (the narrative's date), else the lead paragraph's, else the article's
// publication date — the right
// reading for statements in the present or perfect tense, which news uses
// for what has just happened. ok is false when nothing dates the text.
// It needs the dates layer.
func Governing(d *doc.Doc, sp doc.Span) (g Governed, ok bool) {
	si := d.SentAt(sp.Start)
	if si < len(d.Sents) && d.Sents[si].Span.Start <= sp.Start {
		sent := d.Sents[si]
		best, bestDist, bestClause, bestTold := -1, int32(1<<30), false, true
		for i, t := range d.Dates {
			if t.Span.End <= sent.Span.Start || t.Span.Start >= sent.Span.End || !dating(t) {
				continue
			}
			// The day a statement was made ("…, officials said on
			// Tuesday") dates the deed only when nothing else in the
			// sentence does.
			if t.Told && !bestTold {
				continue
			}
			// A feast of the lunar calendar, known to a day or two, yields
			// to the day the text states beside it: "On 29 September
			// 2023, a suicide bomber blew himself up at a Mawlid
			// procession".
			if t.Mod == "APPROX" && statedNear(d, sent.Span, t) {
				continue
			}
			// A year that names a thing ("the anniversary of the 2024
			// Finance Bill protests", "the 2019 revolution") dates no deed
			// of its sentence.
			if t.Precision == doc.PrecYear && attributive(d, t.Span) {
				continue
			}
			// A deadline ("a ceasefire until 22 April") is not the day of
			// a deed its sentence dates otherwise ("On 8 April 2025, …").
			if deadline(d, t.Span) && otherDay(d, sent.Span, t.Span) {
				continue
			}
			if deedBreak(d, t.Span, sp) || Aside(d, t.Span, sp) {
				continue
			}
			dist := gap(t.Span, sp)
			clause := !clauseBreak(d, t.Span, sp)
			// A day told after the deed as one before the sentence's own
			// ("On 12 June, JNIM claimed an attack on a FAMa camp the
			// previous day") is the deed's, however near the other.
			if clause && !t.Told && t.Span.Start >= sp.End && before(d, t.Span) {
				best, bestClause, bestTold = i, true, false
				break
			}
			if best < 0 || bestTold && !t.Told || clause && !bestClause || clause == bestClause && dist < bestDist {
				best, bestDist, bestClause, bestTold = i, dist, clause, t.Told
			}
		}
		if best >= 0 {
			g = withRange(d, best)
			g.From = "sentence"
			if bestClause {
				g.From = "clause"
			}
			return g, true
		}
		// "Separately, the Arakan Army said it had captured a military
		// base": another story, which neither the paragraph's nor the
		// lead's day dates.
		if separate(d, sent.Span) {
			if a := int(sent.Article); a >= 0 && a < len(d.ArticleDates) && d.ArticleDates[a].Published != 0 {
				p := d.ArticleDates[a].Published
				return Governed{Start: p, End: p, Precision: doc.PrecDay, From: "published"}, true
			}
			return Governed{}, false
		}
		// The paragraph's narrative: the last dated sentence before this
		// one, and in it the finest date — "On 9 January 2021, protesters
		// demanded justice for the 2019 revolution. Police fired tear
		// gas" happened on the day, not in 2019.
		para := paraOf(d, sent.Span.Start)
		if nb := narrative(d, para.Start, sent.Span.Start); nb >= 0 {
			g = withRange(d, nb)
			g.From = "paragraph"
			return g, true
		}
		// The lead's: a story's later paragraphs go on with the day its
		// first one told ("Air strikes killed 15 on Monday. ... It put the
		// death toll at 18").
		// Not a statement in the present or perfect ("At least 16 have
		// been killed"): what holds now is dated by the publication.
		if a := int(sent.Article); a >= 0 && a < len(d.Articles) && !presentTense(d, sent.Span) {
			lead := paraOf(d, d.Articles[a].Span.Start)
			// (Past a headline of its own paragraph: the lead is the
			// story's first paragraph under it.)
			if t := d.Articles[a].Title; !t.Empty() && lead.Contains(t) && lead.End < para.Start {
				if nb := narrative(d, lead.Start, lead.End); nb < 0 {
					lead = paraOf(d, lead.End)
				}
			}
			if lead.End <= para.Start {
				if nb := narrative(d, lead.Start, lead.End); nb >= 0 {
					g = withRange(d, nb)
					g.From = "lead"
					return g, true
				}
			}
		}
		if a := int(sent.Article); a >= 0 && a < len(d.ArticleDates) && d.ArticleDates[a].Published != 0 {
			p := d.ArticleDates[a].Published
			return Governed{Start: p, End: p, Precision: doc.PrecDay, From: "published"}, true
		}
	}
	return Governed{}, false
}

// dating reports whether t places an event in calendar time: dates and
// times, and durations anchored to the reference ("the last 27 days").
func dating(t doc.Timex) bool {
	return t.Precision != 0 && t.Start != 0 && t.Type != "SET"
}

// withRange returns Dates[i], or the range it belongs to.
func withRange(d *doc.Doc, i int) Governed {
	for _, r := range d.DateRanges {
		if (r.From.Valid() && r.From.Get() == i || r.To.Valid() && r.To.Get() == i) && r.Start != 0 && r.End != 0 {
			return Governed{Start: r.Start, End: r.End, Precision: r.Precision, Span: r.Span}
		}
	}
	t := d.Dates[i]
	return Governed{Start: t.Start, End: t.End, Precision: t.Precision, Span: t.Span}
}

func gap(a, b doc.Span) int32 {
	switch {
	case a.End <= b.Start:
		return b.Start - a.End
	case b.End <= a.Start:
		return a.Start - b.End
	}
	return 0
}

// clauseBreak reports whether a clause boundary (";", "but", "while",
// "whereas", "meanwhile", a dash, "hours after") lies between spans a and
// b.
func clauseBreak(d *doc.Doc, a, b doc.Span) bool {
	lo, hi := min(a.End, b.End), max(a.Start, b.Start)
	if lo >= hi {
		return false
	}
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= lo })
	for ; i < len(d.Tokens) && d.Tokens[i].Span.End <= hi; i++ {
		switch d.TokenNorm(i) {
		case ";", "but", "while", "whereas", "meanwhile", "—", "–":
			return true
		case "after":
			// "hours after": another deed's time (see deedBreak)
			if i > 0 && SpanWord(d.TokenNorm(i-1)) {
				return true
			}
		}
	}
	return false
}

// SpanWord reports whether w is a stretch of time said before "after"
// to tell another deed's time: "hours after", "days after". (The events
// stage reads the same words for the clause of that other deed.)
func SpanWord(w string) bool {
	switch w {
	case "hours", "days", "day", "weeks", "week", "minutes", "shortly", "just", "soon":
		return true
	}
	return false
}

// deedBreak reports whether a phrase that opens another deed's clause
// lies between the deed at sp and the date t after it: "in response to"
// or "in retaliation for" (the deed answered: "… launched rockets at the
// Galilee in response to the killing of one of its commanders … on
// Friday"), "hours after" (the deed before: "… early on Monday, hours
// after U.S. and British warplanes struck … over the weekend"). A date
// past it is that deed's, never the other's. (A date before the deed
// frames the sentence: "On 28 March 2025, … bombed a village …, hours
// after an earthquake, killing 7 people".)
func deedBreak(d *doc.Doc, t, sp doc.Span) bool {
	lo, hi := sp.End, t.Start
	if lo >= hi {
		return false
	}
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= lo })
	for ; i < len(d.Tokens) && d.Tokens[i].Span.End <= hi; i++ {
		switch d.TokenNorm(i) {
		case "in":
			if i+1 < len(d.Tokens) {
				switch d.TokenNorm(i + 1) {
				case "response", "retaliation", "revenge", "reprisal":
					return true
				}
			}
		case "after":
			if i > 0 && SpanWord(d.TokenNorm(i-1)) {
				return true
			}
		}
	}
	return false
}

// Aside reports whether span a lies in a clause set off from the rest of
// its sentence by ", which", ", who" or ", whose" and a comma or the
// sentence's end, and b outside it: what the clause says of someone
// named, not of the sentence's deed. "The RSF, which has besieged El
// Fasher for more than a year, fired dozens of artillery shells into the
// Abu Shouk camp": neither the year nor El Fasher is the shelling's.
func Aside(d *doc.Doc, a, b doc.Span) bool {
	ai := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= a.Start })
	open, head := int32(-1), int32(-1)
	for k := ai - 1; k >= 2 && k >= ai-20; k-- {
		w := d.TokenNorm(k)
		if w == "which" || w == "who" || w == "whose" {
			if d.TokenNorm(k-1) == "," {
				open, head = d.Tokens[k-1].Span.Start, d.Tokens[k-2].Span.End
			}
			break
		}
		if d.Tokens[k].Kind == doc.Punct && w != "-" && w != "'s" {
			return false
		}
	}
	// (Not a clause that tells of the deed itself: "The strike, which
	// hit Lin Ta Lu village … on Friday, also wounded …".)
	if open < 0 || b.End > open && b.Start < a.Start || b.End == head {
		return false
	}
	for k := ai; k < len(d.Tokens); k++ {
		if d.Tokens[k].Span.Start < a.End {
			continue
		}
		switch d.TokenNorm(k) {
		case ",", ";", ".", "!", "?", "—", "–":
			// closed before b, or b before it opened
			return b.Start >= d.Tokens[k].Span.End || b.End <= open
		}
	}
	return b.End <= open
}

// tookEffect reports whether the words before a date say when something
// came into force: "that took effect on", "which came into force on".
func tookEffect(d *doc.Doc, sp doc.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= sp.Start }) - 1
	if i >= 0 && (d.TokenNorm(i) == "on" || d.TokenNorm(i) == "in" || d.TokenNorm(i) == "since") {
		i--
	}
	if i < 1 {
		return false
	}
	switch d.TokenNorm(i) {
	case "effect", "force":
		switch d.TokenNorm(i - 1) {
		case "took", "into", "takes":
			return true
		}
	}
	return false
}

// presentTense reports whether the sentence at sp speaks in the present
// or the perfect: "has", "have", "is", "are" among its words.
func presentTense(d *doc.Doc, sp doc.Span) bool {
	lo, hi := d.TokensIn(sp)
	aside := false // inside ", which …," (what holds of someone named)
	for i := lo; i < hi; i++ {
		switch w := d.TokenNorm(i); w {
		case "which", "who", "whose":
			aside = aside || i > lo && d.TokenNorm(i-1) == ","
		case ",", ";":
			aside = false
		case "has", "have", "is", "are", "remains", "remain", "continues", "continue":
			if aside {
				continue
			}
			return true
		case "'s", "'ve":
			// "it's been", not the possessive of "the city's historic
			// citadel".
			if i+1 < hi && d.TokenNorm(i+1) == "been" {
				return true
			}
		}
	}
	return false
}

// separate reports whether a sentence opens as another story:
// "Separately, …", "In a separate development, …" — not "In a separate
// attack", which may be one of the night's.
func separate(d *doc.Doc, sp doc.Span) bool {
	lo, hi := d.TokensIn(sp)
	if lo >= hi {
		return false
	}
	if d.TokenNorm(lo) == "separately" {
		return true
	}
	return lo+3 < hi && d.TokenNorm(lo) == "in" && d.TokenNorm(lo+1) == "a" && d.TokenNorm(lo+2) == "separate" && d.TokenNorm(lo+3) == "development"
}

// narrative returns the index in d.Dates of the finest date in the last
// dated sentence of [lo, before), or -1.
func narrative(d *doc.Doc, lo, before int32) int {
	nb := -1
	var in doc.Span
	for i := len(d.Dates) - 1; i >= 0; i-- {
		t := d.Dates[i]
		if t.Span.Start >= before || !dating(t) {
			continue
		}
		if t.Span.End <= lo || nb >= 0 && t.Span.End <= in.Start {
			break
		}
		// When a truce took effect is its own date, not the story's day:
		// "Hamas accused Israel of violating the ceasefire that took
		// effect on October 10. Israel said Hamas had broken the truce
		// first by attacking its soldiers in Rafah."
		if tookEffect(d, t.Span) {
			continue
		}
		if nb < 0 {
			if k := d.SentAt(t.Span.Start); k < len(d.Sents) {
				in = d.Sents[k].Span
			}
			nb = i
		} else if cur := d.Dates[nb]; cur.Told && !t.Told || cur.Told == t.Told && t.Precision < cur.Precision {
			// The deed's day, not the day it was told: "… late Sunday,
			// killing at least 14 people, officials said Monday."
			nb = i
		}
	}
	return nb
}

func paraOf(d *doc.Doc, off int32) doc.Span {
	i := sort.Search(len(d.Paras), func(i int) bool { return d.Paras[i].End > off })
	if i < len(d.Paras) {
		return d.Paras[i]
	}
	return doc.Span{}
}

// statedNear reports whether sentence sp states a day of its own within
// a week of the approximate date t.
func statedNear(d *doc.Doc, sp doc.Span, t doc.Timex) bool {
	return dayIn(d, sp, func(o doc.Timex) bool {
		return o.Mod != "APPROX" && o.Start == o.End && o.Start >= t.Start-7 && o.Start <= t.End+7
	})
}

// dayIn reports whether sentence sent holds a date of day precision that
// keep accepts.
func dayIn(d *doc.Doc, sent doc.Span, keep func(doc.Timex) bool) bool {
	for _, o := range d.Dates {
		if sent.Contains(o.Span) && o.Precision == doc.PrecDay && o.Start != 0 && keep(o) {
			return true
		}
	}
	return false
}

// attributive reports whether the expression at sp stands between "the"
// (or a possessive) and the noun it modifies: "the 2019 revolution".
func attributive(d *doc.Doc, sp doc.Span) bool {
	lo, hi := d.TokensIn(sp)
	if lo == 0 || hi >= len(d.Tokens) || hi-lo != 1 {
		return false
	}
	switch d.TokenNorm(lo - 1) {
	case "the", "its", "their", "his", "her", "this", "that", "a":
	default:
		return false
	}
	return d.Tokens[hi].Kind == doc.Word && d.Tokens[hi].SpaceBefore
}

// deadline reports whether the expression at sp follows "until", "till"
// or "through".
func deadline(d *doc.Doc, sp doc.Span) bool {
	lo, _ := d.TokensIn(sp)
	if lo == 0 {
		return false
	}
	switch d.TokenNorm(lo - 1) {
	case "until", "till", "through":
		return true
	}
	return false
}

// otherDay reports whether sentence sent dates a day of its own outside
// sp.
func otherDay(d *doc.Doc, sent, sp doc.Span) bool {
	return dayIn(d, sent, func(o doc.Timex) bool { return o.Span != sp && !o.Told })
}
