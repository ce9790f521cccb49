package events

// This file joins an article's restatements of one happening and the
// retellings of a deed, keeping different sources' counts apart.

import (
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/attrib"
	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/earth"
)

// merge joins restatements of one happening within an article: the same
// type, place and overlapping dates, and no two figures from two
// sources. The first statement leads; the others add evidence and fill
// what it lacks.
func (s *Stage) merge(d *doc.Doc, kills []bool) {
	out := d.Events[:0]
	outKill := make([]bool, 0, len(d.Events))
	for i, e := range d.Events {
		joined := false
		// "Separately, two militants were killed in clashes": another
		// deed, whatever it shares with the one before.
		if opensSeparately(d, e.Evidence[0]) {
			out = append(out, e)
			outKill = append(outKill, kills[i])
			continue
		}
		for k := range out {
			o := &out[k]
			// A pattern is no deed of another kind: "the dire needs
			// created by regular government bombardment of the area"
			// does not make the day's air strikes shelling.
			if (o.Modality == "habitual") != (e.Modality == "habitual") && o.Subtype != e.Subtype {
				continue
			}
			// The interception of "the missile" just launched, placed
			// only by the dateline or the article: the launch's, wherever
			// it was aimed ("Houthi rebels said they fired a ballistic
			// missile at Israel … The Israeli military said the missile
			// was intercepted").
			foiled := e.Subtype == "Disrupted weapons use" && o.Type == "Explosions/Remote violence" && weakPlace(e.PlaceFrom) &&
				nearParagraph(d, o, &e) && definiteWeapon(d, e.Evidence[0])
			// Arrests told in a protest's paragraph are its intervention,
			// as ACLED codes them: "Thousands of protesters rallied outside
			// parliament in Tbilisi … Police detained 43 people".
			arrested := e.Subtype == "Arrests" && k == len(out)-1 && atProtest(d, o, &e)
			// The attacked side's telling of the same fight: "JNIM militants
			// attacked a Malian army camp in Kobe with mortars and drones.
			// According to the Malian army, 5 attackers were killed and
			// the attack was repelled."
			repelled := k == len(out)-1 && reversed(d, o, &e)
			// A deed its sentence does not place, by the doer of one of
			// its kind told just before, is that deed told again: "… as
			// the army carried out air strikes on RSF positions in the east
			// of the city. ¶ … ¶ The army's air strikes killed 15 RSF
			// fighters" (not the dateline's Khartoum).
			again := weakPlace(e.PlaceFrom) && !weakPlace(o.PlaceFrom) && sameDoer(d, o, &e) && soonAfter(d, o, &e)
			if repelled {
				// (Its count of the attackers' dead adds to the
				// attacked's: "… killing 5 policemen. 3 attackers were
				// killed in the exchange of fire".)
				s.otherSideTold(d, o, &e)
				// (Another teller's count stays a report of its own,
				// beside the first: "… killing 30 soldiers, according to
				// security sources. The army said 5 attackers were killed
				// and the attack was repelled.")
				if o.Fatalities.Valid() && e.Fatalities.Valid() && o.Source != e.Source {
					e.Actor1, e.Actor2, e.Place, e.PlaceFrom = o.Actor1, o.Actor2, o.Place, o.PlaceFrom
					continue
				}
				o.Evidence = append(o.Evidence, e.Evidence...)
				if !o.Fatalities.Valid() && e.Fatalities.Valid() {
					o.Fatalities, o.Victims, o.MoreFatal, o.Source = e.Fatalities, e.Victims, e.MoreFatal, e.Source
				}
				joined = true
				break
			}
			// A deed its article places only at a country's grain, told
			// again by the same doer with no place but the dateline's, is
			// that deed however far on: "Russian missiles and drones
			// pounded Ukraine's energy grid …" and, three paragraphs on,
			// "Russia's defence ministry said its forces had carried out
			// a massive strike" (not a strike on the dateline's Kyiv).
			unplaced := weakPlace(o.PlaceFrom) && weakPlace(e.PlaceFrom) && sameDoer(d, o, &e)
			if o.Article != e.Article || !arrested && (!overlap(o, &e) || !(samePlace(d, o.Place, e.Place) && (sameGrain(d, o.Place, e.Place) || unplaced || closeBy(d, o, &e) && !otherTeller(d, o, &e))) && !sameCount(d, o, &e) && !foiled && !again) {
				continue
			}
			if arrested {
				if o.Type == "Protests" {
					o.Subtype = "Protest with intervention"
				}
				if !o.Actor2.Valid() && e.Actor1.Valid() {
					o.Actor2 = e.Actor1
				}
				o.Evidence = append(o.Evidence, e.Evidence...)
				joined = true
				break
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
			} else if o.Subtype != e.Subtype && e.Subtype == "Disrupted weapons use" && o.Type == "Explosions/Remote violence" && !s.seizure(d, e.Trigger) {
				// "Houthi forces launched a ballistic missile towards Tel
				// Aviv. The missile was intercepted.": one attempt, foiled
				// (ACLED codes no strike that did not land) — unless the
				// strike's own statement counts dead.
				// (The launcher is the foiled use's actor 2 when the one
				// that stopped it is named: "intercepted by the IDF".)
				name := func(x doc.Index) string {
					if !x.Valid() {
						return ""
					}
					return d.Actors[x.Get()].Name
				}
				launcher := o.Actor1.Valid() && (name(e.Actor1) == name(o.Actor1) || name(e.Actor2) == name(o.Actor1) || !e.Actor1.Valid() && !e.Actor2.Valid())
				// (Not a strike told as landing: "Ukrainian drones attacked
				// an oil depot …; air defences shot down 27 drones over
				// several regions" — the depot was hit.)
				if o.Fatalities.Valid() || e.Fatalities.Valid() || !sameParagraph(d, o, &e) && !foiled || o.Actor1.Valid() && !launcher || s.landed(d, o) {
					continue
				}
				o.Type, o.Subtype, o.Trigger = e.Type, e.Subtype, e.Trigger
				// The one that stopped it acts, on the launcher (ACLED).
				if e.Actor1.Valid() && name(e.Actor1) != name(o.Actor1) {
					o.Actor1, o.Actor2 = e.Actor1, o.Actor1
				}
			} else if o.Type == "Riots" && e.Subtype == "Excessive force against protesters" && sameParagraph(d, o, &e) {
				// "Protesters threw stones at police … Police fired live
				// ammunition, killing 3 protesters": force against a
				// violent crowd is the riot's, with its dead (ACLED keeps
				// excessive force for peaceful protests).
				if !o.Actor2.Valid() && e.Actor1.Valid() {
					o.Actor2 = e.Actor1
				}
				e.Actor1, e.Actor2 = o.Actor1, o.Actor2
			} else if o.Subtype != e.Subtype && e.Subtype == "Armed clash" && !e.Actor1.Valid() && !e.Actor2.Valid() && !e.Fatalities.Valid() && violent(o.Type) && nearParagraph(d, o, &e) {
				// "'The enemy again attacked the civilian infrastructure
				// of Odesa,' Kiper wrote", after the drone strike on
				// Odesa: an attack of no side and no toll, at the place
				// and time of a deed just told, is that deed retold.
			} else if o.Subtype != e.Subtype {
				// One protest told in steps — "protesters gathered …
				// police fired tear gas to disperse them" — is one event
				// of the higher sub-event (ACLED's absorption rule).
				if o.Type != "Protests" || e.Type != "Protests" || !sameParagraph(d, o, &e) {
					continue
				}
				if s.rank[e.Subtype] < s.rank[o.Subtype] {
					o.Subtype, o.Trigger = e.Subtype, e.Trigger
					// "Students protested in Dhaka … Police fired live
					// rounds, killing 25 protesters": the force that
					// killed them does the excessive force, to them.
					if e.Subtype == "Excessive force against protesters" && isType(d, e.Actor1, "state") {
						if e.Actor2.Valid() {
							o.Actor2 = e.Actor2
						} else if isType(d, o.Actor1, "protesters") {
							o.Actor2 = o.Actor1
						}
						o.Actor1 = e.Actor1
					}
				}
			}
			s.otherSideTold(d, o, &e)
			if o.Fatalities.Valid() && e.Fatalities.Valid() && o.Source != e.Source && d.Quantities[o.Fatalities.Get()].Stated != d.Quantities[e.Fatalities.Get()].Stated {
				// "the explosion in Salem Mosque in Ariha also killed a
				// senior … member": more dead of the deed, no rival count.
				if q := d.Quantities[e.Fatalities.Get()]; alsoKilled(d, q.Span) && o.Subtype == e.Subtype && e.PlaceFrom == "sentence" && samePlace(d, o.Place, e.Place) && !slices.Contains(o.MoreFatal, e.Fatalities) {
					o.MoreFatal = append(o.MoreFatal, e.Fatalities)
					o.MoreFatal = append(o.MoreFatal, e.MoreFatal...)
					e.Fatalities, e.MoreFatal = 0, nil
				} else {
					continue // two claims: the record shows both
				}
			}
			// A date the first telling took from the text before it —
			// a live blog's headline "Two killed in Odesa drone attack"
			// under the last entry's "overnight" — gives way to the one
			// its retelling states ("early on Thursday").
			if len(o.Evidence) > 0 && !o.Evidence[0].Contains(o.DateSpan) {
				ownDate(o, &e)
			}
			o.Evidence = append(o.Evidence, e.Evidence...)
			// "An alleged chemical attack" told again as fact is asserted.
			if e.Modality == "" {
				o.Modality = ""
			}
			// The source goes with the figure: a restatement's source
			// does not take over a figure the first statement gave.
			// (And a figure told where the first statement gave none is
			// its own teller's: figureTeller.)
			if figureTeller(o, &e) || !o.Source.Valid() && o.Fatalities.Valid() && (o.Fatalities == e.Fatalities || e.Fatalities.Valid() && d.Quantities[o.Fatalities.Get()].Stated == d.Quantities[e.Fatalities.Get()].Stated) {
				o.Source = e.Source
			}
			// (A government named by its country gives way to the office
			// that spoke for it: "Russia says …" over "Russia's defence
			// ministry said".)
			if o.Source.Valid() && e.Source.Valid() && o.Source != e.Source && attrib.Government(d.Sources[o.Source.Get()].Name) && sameTeller(d, o.Source, e.Source) {
				o.Source = e.Source
			}
			// The finer of the two places — a place the text gives the
			// deed, not the dateline's or the article's ("It did not
			// comment on the specific strikes" after strikes "across the
			// Gaza Strip" under a DEIR AL-BALAH dateline).
			// (Nor the dateline's over the country the text chose: "across
			// the country", "in southern Lebanon".)
			if o.Place != e.Place && e.Place.Valid() && (!weakPlace(e.PlaceFrom) || weakPlace(o.PlaceFrom) && o.PlaceFrom != "country") && finer(d.Places[e.Place.Get()].Precision, d.Places[o.Place.Get()].Precision) {
				o.Place, o.PlaceFrom = e.Place, e.PlaceFrom
			}
			fillMissing(o, &e)
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

// seizure reports whether the trigger at sp tells weapons taken or made
// safe on the ground ("confiscated an arms cache", "defused an explosive
// device"; seizure words in triggers.tsv), which foils no strike told
// before.
func (s *Stage) seizure(d *doc.Doc, sp doc.Span) bool {
	lo, hi := d.TokensIn(sp)
	return lo < hi && s.seizing[d.TokenNorm(lo)]
}

// opensSeparately reports whether the text at sp opens with "Separately".
func opensSeparately(d *doc.Doc, sp doc.Span) bool {
	lo, hi := d.TokensIn(sp)
	return lo < hi && d.TokenNorm(lo) == "separately"
}

// anaphoric reports whether the trigger at token i opens its sentence
// with a definite word that points back: "The strikes", "These attacks".
func anaphoric(d *doc.Doc, lo, i int) bool {
	if i == lo {
		return false
	}
	if !definiteWord(d.TokenNorm(lo)) {
		return false
	}
	if i-1 == lo {
		return true
	}
	// "The attackers stormed …", "The gunmen fled", "The gunmen arrived
	// on motorbikes on Sunday evening and opened fire": a definite
	// subject that names no one new is the deed just told, and no other
	// actor stands between it and the deed.
	var subject doc.ActorMention
	found := false
	for _, a := range d.Actors {
		if a.Span.Start <= d.Tokens[lo+1].Span.Start && a.Span.End >= d.Tokens[lo+1].Span.End && (unidentified(a) || a.Anaphor) {
			subject, found = a, true
			break
		}
	}
	if !found || i > lo+3 && subject.Span.End < d.Tokens[i-1].Span.End && actorBetween(d, subject.Span.End, d.Tokens[i].Span.Start) {
		return false
	}
	return i <= lo+3 && subject.Span.End >= d.Tokens[i-1].Span.End || i > lo+3
}

// actorBetween reports whether an actor stands in [from, to).
func actorBetween(d *doc.Doc, from, to int32) bool {
	for _, a := range d.Actors {
		if a.Span.Start >= from && a.Span.End <= to {
			return true
		}
	}
	return false
}

// confirmed reports whether the trigger at token i is the definite object
// of a verb of reporting: "A security source in Damascus confirmed the air
// strikes" tells of the strikes just told.
func confirmed(d *doc.Doc, lo, i int) bool {
	if i-2 < lo || d.TokenNorm(i-1) != "the" {
		return false
	}
	switch d.TokenNorm(i - 2) {
	case "confirmed", "confirms", "reported", "denied", "denies", "condemned", "condemns", "described", "blamed":
		return true
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
	// said on Friday") or a wider window.
	ownDate(o, e)
	if figureTeller(o, e) {
		o.Source = e.Source
	}
	fillMissing(o, e)
}

// figureTeller reports whether e's source becomes the source of o, which
// e tells again: o counts no dead, and has no teller or e brings a figure
// with a teller of its own. The source comes with the figure: "…
// shelled the Abu Shouk camp, the El Fasher Resistance Committee said.
// Medical sources at the Saudi hospital said they had received 31
// bodies" — the 31 are the medical sources' claim.
func figureTeller(o, e *doc.Event) bool {
	return !o.Fatalities.Valid() && (!o.Source.Valid() || e.Fatalities.Valid() && e.Source.Valid())
}

// ownDate gives o the date a retelling e states in its own sentence, where
// o had a wider window or the report's day: no later, at most a week
// before.
func ownDate(o, e *doc.Event) {
	if !e.DateSpan.Empty() && len(e.Evidence) > 0 && e.Evidence[0].Contains(e.DateSpan) && e.DateEnd <= o.DateEnd && o.DateStart-e.DateStart <= 7 && e.DateEnd-e.DateStart <= o.DateEnd-o.DateStart {
		o.DateStart, o.DateEnd, o.DatePrecision, o.DateSpan = e.DateStart, e.DateEnd, e.DatePrecision, e.DateSpan
	}
}

// fillMissing gives o what a second telling e of it says and o lacks: the
// figure of the dead, the actors; and the affected of both.
func fillMissing(o, e *doc.Event) {
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
		if q.Class != "fatal" || q.Role == "part" || q.Role == "aggregate" || q.Span.Start < prev.End {
			continue
		}
		gap := strings.Fields(strings.ReplaceAll(d.Text[prev.End:q.Span.Start], ",", " , "))
		// "4 policemen were killed and 3 militants died": the first
		// figure's own verb may come between.
		for len(gap) > 1 && deathVerb(gap[0]) {
			gap = gap[1:]
		}
		// "the minister Khalil Haqqani and 5 others": the name of the
		// one counted may come between.
		for len(gap) > 1 && gap[0] != "" && gap[0][0] >= 'A' && gap[0][0] <= 'Z' {
			gap = gap[1:]
		}
		// "6 members of the security forces and 4 gunmen": the group
		// the first figure's people belong to may come between.
		if len(gap) > 1 && gap[0] == "of" {
			if i := slices.Index(gap, "and"); i > 0 && i <= 6 {
				gap = gap[i:]
			}
		}
		// "12 insurgents were killed while 4 soldiers lost their lives":
		// the other side's dead, set against the first.
		contrast := len(gap) == 1 && (gap[0] == "while" || gap[0] == "whereas") && q.Who != "" && q.Who != d.Quantities[fatal.Get()].Who
		// "12 soldiers had been killed and that its troops had
		// 'neutralised' more than 40 assailants": the other side's dead,
		// with a verb of their own after "and".
		ownVerb := false
		if raw := d.Text[prev.End:q.Span.Start]; len(gap) <= 10 && !strings.ContainsAny(raw, ",;") {
			if i := strings.Index(raw, " and "); i >= 0 && q.WhatSpan.Start >= prev.End+int32(i) && q.WhatSpan.End <= q.Span.Start && otherSidesDead(d.Quantities[fatal.Get()], q) {
				ownVerb = true
			}
		}
		if !ownVerb && (len(gap) == 0 || len(gap) > 2 || !(gap[0] == "and" || gap[0] == "," && (len(gap) == 1 || gap[1] == "and") || contrast)) {
			break
		}
		out = append(out, doc.MakeIndex(k))
		prev = q.Span
	}
	return out
}

// landed reports whether e's trigger, or the verb right after it, tells
// that the strike hit its target ("drones attacked an oil depot").
func (s *Stage) landed(d *doc.Doc, e *doc.Event) bool {
	lo, hi := d.TokensIn(e.Trigger)
	return anyIn(d, s.hitVerbs, lo, min(hi+1, len(d.Tokens)))
}

// deathVerb reports whether w is a word of a passive telling of death:
// "were killed", "was shot dead".
func deathVerb(w string) bool {
	switch strings.ToLower(w) {
	case "were", "was", "had", "have", "been", "reportedly", "killed", "slain", "shot", "dead", "died":
		return true
	}
	return false
}

// also reports whether "also", "another" or "more" comes before the
// figure at fig in its sentence: more dead, not the same ones retold.
func also(d *doc.Doc, sent, fig doc.Span) bool {
	// (Up to the figure's clause's end: "put the toll at 32, with dozens
	// more wounded" adds no dead.)
	end := min(sent.End, fig.End+40)
	if k := strings.IndexAny(d.Text[min(fig.End, end):end], ",;"); k >= 0 {
		end = min(fig.End, end) + int32(k)
	}
	words := strings.Fields(strings.ToLower(d.Text[sent.Start:end]))
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

// alsoKilled reports whether "also" stands just before the figure at fig
// or its verb: "the explosion … also killed a senior member", "also
// left 3 dead" — not "the ministry also said".
func alsoKilled(d *doc.Doc, fig doc.Span) bool {
	i, _ := d.TokensIn(fig)
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch w := d.TokenNorm(k); {
		case w == "also":
			// (a verb after it, not "also said three commanders had
			// been …" nor "Also Wednesday 22 fighters were killed")
			v := d.TokenNorm(k + 1)
			return (strings.HasSuffix(v, "ed") || v == "left") && !sayVerb(v)
		case d.Tokens[k].Kind != doc.Word:
			return false
		}
	}
	return false
}

// otherSideTold adds to clash o the dead of its other side that e, the
// same clash told again in the same voice, counts: "… killing 16
// militants. 8 soldiers were killed in the ensuing firefight" (ACLED
// counts both sides). e keeps no figure of its own then.
func (s *Stage) otherSideTold(d *doc.Doc, o, e *doc.Event) {
	if o.Fatalities.Valid() && e.Fatalities.Valid() && o.Source == e.Source && o.Subtype == "Armed clash" && e.Subtype == "Armed clash" &&
		otherSidesDead(d.Quantities[o.Fatalities.Get()], d.Quantities[e.Fatalities.Get()]) && !slices.Contains(o.MoreFatal, e.Fatalities) {
		o.MoreFatal = append(o.MoreFatal, e.Fatalities)
		o.MoreFatal = append(o.MoreFatal, e.MoreFatal...)
		e.Fatalities, e.MoreFatal = 0, nil
	}
}

// otherSidesDead reports whether figure b counts dead of another kind
// than figure a, each named (soldiers, militants; not "people", which
// may hold both), neither a part nor a total of another.
func otherSidesDead(a, b doc.Quantity) bool {
	named := func(q doc.Quantity) bool {
		return q.Class == "fatal" && q.Role == "" && q.Who != "" && q.Who != "people" && q.Civilian != "unknown"
	}
	return named(a) && named(b) && a.Who != b.Who && b.Span.Start > a.Span.End
}

// sayVerb reports whether w is a verb of telling.
func sayVerb(w string) bool {
	switch w {
	case "said", "says", "stated", "reported", "added", "confirmed", "announced", "claimed", "told", "noted", "reports":
		return true
	}
	return false
}

// paraAt is the paragraph of the sentence holding offset off, -1 past
// the last sentence.
func paraAt(d *doc.Doc, off int32) int32 {
	k := d.SentAt(off)
	if k >= len(d.Sents) {
		return -1
	}
	return d.Sents[k].Para
}

// sameParagraph reports whether two events are stated in one paragraph.
func sameParagraph(d *doc.Doc, a, b *doc.Event) bool {
	pa := paraAt(d, a.Evidence[0].Start)
	return pa >= 0 && pa == paraAt(d, b.Evidence[0].Start)
}

// atProtest reports whether the arrests e are of the protest o: told in
// its paragraph, of no one or of civilians or protesters at large.
func atProtest(d *doc.Doc, o, e *doc.Event) bool {
	if !o.Actor1.Valid() || d.Actors[o.Actor1.Get()].Type != "protesters" || o.Subtype != "Peaceful protest" && o.Subtype != "Protest with intervention" && o.Subtype != "Violent demonstration" || !sameParagraph(d, o, e) {
		return false
	}
	if !e.Actor2.Valid() {
		return true
	}
	a := d.Actors[e.Actor2.Get()]
	return a.Generic && (a.Type == "civilians" || a.Type == "protesters")
}

// nearParagraph reports whether b is told in the paragraph of a's last
// evidence or the next one.
func nearParagraph(d *doc.Doc, a, b *doc.Event) bool {
	pa, pb := paraAt(d, a.Evidence[len(a.Evidence)-1].Start), paraAt(d, b.Evidence[0].Start)
	return pa >= 0 && (pb == pa || pb == pa+1)
}

// reversed reports whether e, a clash told right after the violent deed
// o in its paragraph, is o told by the side attacked: its doer o's
// target, its other side o's doer or an unidentified group.
func reversed(d *doc.Doc, o, e *doc.Event) bool {
	if o.Article != e.Article || e.Subtype != "Armed clash" || !violent(o.Type) || !sameParagraph(d, o, e) || !overlap(o, e) {
		return false
	}
	if !o.Actor1.Valid() || !o.Actor2.Valid() || !e.Actor1.Valid() {
		return false
	}
	a2, b1 := d.Actors[o.Actor2.Get()], d.Actors[e.Actor1.Get()]
	if a2.Name != b1.Name {
		return false
	}
	// "The army said it repelled the attack": no other side named, and
	// nowhere else said.
	if !e.Actor2.Valid() {
		return weakPlace(e.PlaceFrom) || samePlace(d, o.Place, e.Place)
	}
	b2 := d.Actors[e.Actor2.Get()]
	return unidentified(b2) || b2.Name == d.Actors[o.Actor1.Get()].Name
}

// soonAfter reports whether b is told in a's paragraph or one of the two
// after it.
func soonAfter(d *doc.Doc, a, b *doc.Event) bool {
	pa, pb := paraAt(d, a.Evidence[len(a.Evidence)-1].Start), paraAt(d, b.Evidence[0].Start)
	return pa >= 0 && pb >= pa && pb <= pa+2
}

// unidentified reports whether a names no one: a generic "Unidentified
// Armed Group (…)".
func unidentified(a doc.ActorMention) bool {
	return a.Generic && strings.HasPrefix(a.Name, "Unidentified")
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

// territorial reports whether a sub-event is ground changing hands.
func territorial(sub string) bool {
	switch sub {
	case "Non-state actor overtakes territory", "Government regains territory", "Non-violent transfer of territory":
		return true
	}
	return false
}

// sameDoerName reports whether o and e have one actor 1 by name.
func sameDoerName(d *doc.Doc, o, e *doc.Event) bool {
	return o.Actor1.Valid() && e.Actor1.Valid() && d.Actors[o.Actor1.Get()].Name == d.Actors[e.Actor1.Get()].Name
}

// sameSides reports whether clashes o and e have the same two sides, in
// either order: "Pakistani and Afghan forces exchanged heavy fire" and
// "the clashes, which it said began when Afghan Taliban forces … opened
// fire on Pakistani border posts".
func sameSides(d *doc.Doc, o, e *doc.Event) bool {
	if o.Subtype != "Armed clash" || e.Subtype != "Armed clash" || !o.Actor2.Valid() || !e.Actor2.Valid() || !o.Actor1.Valid() || !e.Actor1.Valid() {
		return false
	}
	name := func(x doc.Index) string { return d.Actors[x.Get()].Name }
	return name(o.Actor1) == name(e.Actor2) && name(o.Actor2) == name(e.Actor1)
}

// apart reports whether places a and b are two towns (or finer) some
// way apart: more than apartKm between their points.
func apart(d *doc.Doc, a, b doc.Index) bool {
	if !a.Valid() || !b.Valid() {
		return false
	}
	p, q := &d.Places[a.Get()], &d.Places[b.Get()]
	town := func(x *doc.PlaceMention) bool {
		return x.Precision == "city" || x.Precision == "neighbourhood"
	}
	return town(p) && town(q) && earth.Km(p.Lat, p.Lon, q.Lat, q.Lon) > apartKm
}

// apartKm is the distance past which two towns are two places of two
// deeds: past a town's suburbs and the villages across its border.
const apartKm = 15

// sameGrain reports whether two places are told at one grain: not a
// country or region beside a place inside it.
func sameGrain(d *doc.Doc, a, b doc.Index) bool {
	if !a.Valid() || !b.Valid() {
		return a == b
	}
	return d.Places[a.Get()].Precision == d.Places[b.Get()].Precision
}

// closeBy reports whether e is told within two paragraphs of o's last
// telling: a deed told at a country's or region's grain and again at a
// town's is one deed near its first telling, but in a digest of the
// day's strikes ("Russian forces launched 62 drones … against Ukraine"
// … three paragraphs on, "Russian strikes against Donetsk Oblast killed
// three civilians in Pokrovsk") two.
func closeBy(d *doc.Doc, o, e *doc.Event) bool {
	return nearParas(d, o.Evidence[len(o.Evidence)-1].Start, e.Evidence[0].Start)
}

// nearParas reports whether offsets a and b lie within two paragraphs of
// each other.
func nearParas(d *doc.Doc, a, b int32) bool {
	pa, pb := paraAt(d, a), paraAt(d, b)
	return pa >= 0 && pb >= 0 && pb-pa <= 2 && pa-pb <= 2
}

// otherTeller reports whether o and e are told by two named sources: at
// two grains of place ("62 drones … against Ukraine, the Air Force said"
// and "a Russian drone attack on the city of Sumy …, according to the
// regional military administration"), two deeds.
func otherTeller(d *doc.Doc, o, e *doc.Event) bool {
	return o.Source.Valid() && e.Source.Valid() && !sameTeller(d, o.Source, e.Source)
}

// sameTeller reports whether a and b are one teller by name, or both the
// publisher's own voice.
func sameTeller(d *doc.Doc, a, b doc.Index) bool {
	if !a.Valid() || !b.Valid() {
		return a.Valid() == b.Valid()
	}
	sa, sb := d.Sources[a.Get()], d.Sources[b.Get()]
	if sa.Name == sb.Name {
		return true
	}
	// A country that spoke ("Russia says it repelled …") and one of its
	// officials ("Russia's defence ministry said"): one government.
	if sa.Type == "official" && sb.Type == "official" && (attrib.Government(sa.Name) || attrib.Government(sb.Name)) {
		ca, cb := countryIn(d, sa.Span), countryIn(d, sb.Span)
		return ca != "" && ca == cb
	}
	return false
}

// countryIn returns the country of the first place or demonym named in
// sp, if any.
func countryIn(d *doc.Doc, sp doc.Span) string {
	for _, p := range d.Places {
		if sp.Contains(p.Span) && p.Country != "" {
			return p.Country
		}
	}
	return ""
}

// within reports whether place a lies inside the region or district b
// and is finer: Pazigyi village in the Sagaing region.
func within(d *doc.Doc, a, b doc.Index) bool {
	if !a.Valid() || !b.Valid() || a == b {
		return false
	}
	p, q := d.Places[a.Get()], d.Places[b.Get()]
	// (A village the gazetteer lacks, kept at its region's point, is no
	// region: Goma is not within "the town of Rubaya".)
	return (q.Precision == "region" || q.Precision == "district") && !strings.HasPrefix(q.ID, "unlisted:") && p.Country == q.Country && p.Admin1 != "" && p.Admin1 == q.Admin1 && (p.ID != q.ID)
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

// specify gives a deed told only as "attacks" the weapon the next
// sentences tell it with: "The death toll from terrorist attacks on
// residential neighborhoods in Aleppo city has risen to 13. … terrorist
// groups … continued targeting citizens' houses with rocket and mortar
// shells, killing 6" — the attacks were shelling. Only a vague deed on no
// armed side and of a day or two, told with its weapon within the next
// two sentences of its article, in the same region; its count stays its
// own.
func (s *Stage) specify(d *doc.Doc) {
	for i := range d.Events {
		e := &d.Events[i]
		if e.Subtype != "Armed clash" && e.Subtype != "Attack" || e.Actor2.Valid() && armed(d.Actors[e.Actor2.Get()].Type) {
			continue
		}
		// Not a toll over weeks ("some 990 civilians have been killed in
		// the last 27 days"): its deeds were many.
		if e.DateEnd-e.DateStart > 2 || e.Fatalities.Valid() && d.Quantities[e.Fatalities.Get()].Role == "aggregate" {
			continue
		}
		// Nor a country's ("Russian attacks across Ukraine killed seven
		// civilians"): its deeds were of many kinds.
		if e.Place.Valid() && d.Places[e.Place.Get()].Precision == "country" {
			continue
		}
		lo, hi := d.TokensIn(e.Trigger)
		// (Not a deed told with its weapon: "shot dead a 17-year-old boy
		// during a raid" before the army's word of an explosive device
		// the boy threw.)
		if f, ok := s.bestTrigger(d, lo, hi, -1); !ok || !f.t.weak || f.t.kill && firearm(d, lo, hi) {
			continue
		}
		si := d.SentAt(e.Trigger.Start)
		for j := i + 1; j < len(d.Events); j++ {
			n := &d.Events[j]
			sj := d.SentAt(n.Trigger.Start)
			if n.Article != e.Article || sj > si+2 {
				break
			}
			if n.Type != "Explosions/Remote violence" || !sameRegion(d, e.Place, n.Place) {
				continue
			}
			if e.Actor1.Valid() && n.Actor1.Valid() && !d.Actors[e.Actor1.Get()].Generic && d.Actors[e.Actor1.Get()].Name != d.Actors[n.Actor1.Get()].Name {
				break // another side's deed
			}
			e.Type, e.Subtype = n.Type, n.Subtype
			if !e.Actor1.Valid() {
				e.Actor1 = n.Actor1
			}
			break
		}
	}
}

// firearm reports whether the words of a killing, tokens lo to hi, say it
// was by gunfire: "shot dead", "gunned down", "shot".
func firearm(d *doc.Doc, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch d.TokenNorm(k) {
		case "shot", "gunned", "shooting", "shoot":
			return true
		}
	}
	return false
}

// sameRegion reports whether two places are one or lie in one first-level
// region of one country.
func sameRegion(d *doc.Doc, a, b doc.Index) bool {
	if samePlace(d, a, b) {
		return true
	}
	if !a.Valid() || !b.Valid() {
		return false
	}
	p, q := d.Places[a.Get()], d.Places[b.Get()]
	return p.Country == q.Country && p.Admin1 != "" && p.Admin1 == q.Admin1
}
