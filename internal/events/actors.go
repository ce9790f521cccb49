package events

// This file picks an event's actors: by the voice of its trigger, the
// speaker of its own deed, the country named before it, and the generic
// kinds (civilians, protesters, an unidentified armed group).

import (
	"slices"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/actors"
	"github.com/sitrep-dev/sitrep/internal/attrib"
	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/numbers"
)

// actors picks actor1 (who acts) and actor2 (who is acted on) by the
// voice of the trigger: "regime forces captured X" (active), "civilians
// were executed by regime forces" (passive), "Russian air strikes"
// (nominal, the actor before it).
func (s *Stage) pickActors(d *doc.Doc, e *doc.Event, lo, hi int, f found) {
	st := d.Tokens[lo].Span.Start
	en := d.Tokens[hi-1].Span.End
	var before, after []int
	for k, a := range d.Actors {
		// (The one that announces an agreement is a party to it: "the
		// junta announced a ceasefire with the Arakan Army".)
		if a.Span.Start < st || a.Span.End > en || a.Type == "media" || inSource(d, a.Span) && !tellsOwnDeed(d, a.Span) && e.Subtype != "Agreement" {
			continue
		}
		// Monitors, the UN, NGOs neither fight nor shell: ACLED names
		// them only as parties to agreements and the like.
		// (Nor do they drive people from their homes: "according to the
		// IOM, 4,500 households were displaced".)
		if a.Type == "organization" && (e.Type != "Strategic developments" || e.Subtype == "Displacement") {
			continue
		}
		if a.Span.End <= e.Trigger.Start {
			before = append(before, k)
		} else if a.Span.Start >= e.Trigger.End {
			after = append(after, k)
		}
	}
	// "the Sudanese Armed Forces (SAF)": the acronym in brackets is the
	// name just given, not another side.
	before, after = unbracketed(d, before), unbracketed(d, after)
	// "FARC dissidents of the Estado Mayor Central": one side named twice
	// in a row.
	for n := len(before) - 1; n >= 1; n-- {
		a, b := d.Actors[before[n-1]], d.Actors[before[n]]
		if gap := strings.TrimSpace(d.Text[min(a.Span.End, b.Span.Start):b.Span.Start]); a.Name == b.Name && (gap == "of" || gap == "of the") {
			before = slices.Delete(slices.Clone(before), n, n+1)
		}
	}
	// An ally named beside a side is not another side: "Malian army
	// forces supported by Africa Corps clashed with JNIM" (while any
	// other side is left).
	if n := len(before); n >= 2 && slices.ContainsFunc(before, func(k int) bool { return allied(d, d.Actors[k].Span) }) {
		if kept := slices.DeleteFunc(slices.Clone(before), func(k int) bool { return allied(d, d.Actors[k].Span) }); len(kept) > 0 {
			before = kept
		}
	}
	// One who tells of the deed after it is no side of it: "…, while the
	// government put the toll at 19".
	after = slices.DeleteFunc(after, func(k int) bool { return speaks(d, d.Actors[k].Span) })
	passive := false
	for k := f.start - 1; k >= lo && k >= f.start-3; k-- {
		if isBe(d, k) {
			passive = true
		}
	}
	byActor := -1
	// "a Hezbollah member was killed by an Israeli drone strike": the
	// actor that holds the trigger's words after "by" does the deed, and
	// the sentence is told in the passive.
	for k, a := range d.Actors {
		if a.Span.Start < e.Trigger.End && e.Trigger.Start < a.Span.End && armed(a.Type) && wordBefore(d, pastDemonym(d, a.Span.Start)) == "by" {
			byActor, passive = k, true
			break
		}
	}
	for _, k := range after {
		if byActor >= 0 {
			break
		}
		a := d.Actors[k]
		// (Not whose the target is: "a checkpoint run by Hayat Tahrir
		// al-Sham".)
		if owner(d, a.Span.Start) {
			continue
		}
		if pt := wordBefore(d, a.Span.Start); pt == "by" || agentBy(d, a.Span.Start) || pt == "of" && a.Type != "civilians" && ofDeed(d, e.Trigger, a.Span) || pt == "from" && armed(a.Type) && fromDeed(d, e.Trigger, a.Span) || a.Type != "civilians" && s.operationOf(d, a.Span) {
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
			if (q.Class == "fatal" || q.Class == "injured") && q.Span.End >= st && (q.Span.Start <= a.Start && a.End <= q.Span.End || q.Group.Start <= a.Start && a.End <= q.Group.End && !q.Group.Empty() ||
				// "shot a police officer, killing him"
				q.WhoSpan.Start <= a.Start && a.End <= q.WhoSpan.End && !q.WhoSpan.Empty() ||
				// "seven members of regime forces"
				a.Start > q.Span.End && a.Start-q.Span.End <= 5 && strings.TrimSpace(d.Text[q.Span.End:a.Start]) == "of") {
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
		// "30 militants were killed in clashes with Kurdish fighters":
		// the side named is one, the counted dead the other.
		if e.Subtype == "Armed clash" && !e.Actor1.Valid() && e.Actor2.Valid() && len(victims) > 0 && d.Actors[victims[0]].Name != d.Actors[e.Actor2.Get()].Name {
			e.Actor1, e.Actor2 = e.Actor2, doc.MakeIndex(victims[0])
			return
		}
		// "three policemen and an attacker were killed in a gunfight":
		// both sides counted, none named as doer — the one that attacked
		// the state's forces first.
		if e.Subtype == "Armed clash" && !e.Actor1.Valid() && !e.Actor2.Valid() && len(victims) >= 2 {
			a, b := victims[0], -1
			for _, k := range victims[1:] {
				// (Not a state's forces and the militia beside them: "15
				// soldiers and 20 members of the VDP were killed in an
				// ambush".)
				if d.Actors[k].Name != d.Actors[a].Name && !s.oneSide(d.Actors[a], d.Actors[k]) {
					b = k
					break
				}
			}
			if b >= 0 {
				if d.Actors[a].Type == "state" {
					a, b = b, a
				}
				e.Actor1, e.Actor2 = doc.MakeIndex(a), doc.MakeIndex(b)
				return
			}
		}
		if !e.Actor2.Valid() && len(victims) > 0 && doc.MakeIndex(victims[0]) != e.Actor1 {
			e.Actor2 = doc.MakeIndex(victims[0])
		}
	}()
	// "the Burkinabe army and VDP killed 12 civilians": two doers of one
	// killing side by side are allies, not its two sides (a clash's "A
	// and B clashed" keeps both).
	if (f.t.kill || f.t.opposed) && len(before) >= 2 {
		for n := 1; n < len(before); n++ {
			a, b := d.Actors[before[n-1]], d.Actors[before[n]]
			if armed(a.Type) && armed(b.Type) && joined(d, a.Span, b.Span) {
				before = slices.Delete(slices.Clone(before), n, n+1)
				break
			}
		}
	}
	agentBefore := false
	for _, k := range before {
		agentBefore = agentBefore || d.Actors[k].Type != "civilians"
	}
	switch {
	case byActor >= 0 && (passive || !agentBefore || byRightAfter(d, e.Trigger, d.Actors[byActor].Span)):
		// "civilians were executed by regime forces", "attacks by the
		// Assad regime", "air strikes by Russian jets killed …"
		e.Actor1 = doc.MakeIndex(byActor)
		if len(before) > 0 {
			e.Actor2 = doc.MakeIndex(before[len(before)-1])
		} else {
			// "an IED planted by suspected Al Shabaab militants
			// detonated against a KDF vehicle": the target after the
			// doer, or the dead counted ("an airstrike by the Turkish
			// military …, killing 2 SDF members").
			for _, k := range after {
				a := d.Actors[k]
				if w := wordBefore(d, a.Span.Start); a.Span.Start > d.Actors[byActor].Span.End && a.Name != d.Actors[byActor].Name && (w == "against" || w == "targeting" || w == "on" || w == "near" || victim(k) || objectOfVerb(d, a.Span.Start)) {
					e.Actor2 = doc.MakeIndex(k)
					break
				}
			}
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
		// "The Russian Aerospace Forces have destroyed a Daesh command
		// center … and killed some 34 terrorists", "Azerbaijani forces
		// launched an offensive against Armenian forces …, with shelling":
		// an actor that is the object of a verb (or of "against") told
		// before the trigger is acted on, and the subject before it acts.
		var object doc.Index
		if n := len(before); n >= 2 && (objectOfVerb(d, d.Actors[before[n-1]].Span.Start) || wordBefore(d, d.Actors[before[n-1]].Span.Start) == "against") && d.Actors[before[n-2]].Type != "civilians" && armed(d.Actors[before[n-1]].Type) {
			object = doc.MakeIndex(before[n-1])
			before = before[:n-1]
			defer func() {
				// Named, it is the side rather than "terrorists" told after.
				if object != e.Actor1 && (!e.Actor2.Valid() || unidentified(d.Actors[e.Actor2.Get()]) && !unidentified(d.Actors[object.Get()])) {
					e.Actor2 = object
				}
			}()
		}
		// "pagers used by Hezbollah members exploded": whose the thing
		// was, not who set it off — the target.
		if n := len(before); n > 0 && owner(d, d.Actors[before[n-1]].Span.Start) {
			owned := doc.MakeIndex(before[n-1])
			before = before[:n-1]
			defer func() {
				if !e.Actor2.Valid() && owned != e.Actor1 {
					e.Actor2 = owned
				}
			}()
		}
		// "a new Islamist opposition alliance including Al-Qaeda's Syrian
		// affiliate attacked …": a member named after "including" is part
		// of the doer named before it.
		if n := len(before); n >= 2 && wordBefore(d, d.Actors[before[n-1]].Span.Start) == "including" && armed(d.Actors[before[n-2]].Type) {
			before = before[:n-1]
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
				// joined subjects are its two sides, as are those who
				// "exchanged artillery fire" or "agreed to a ceasefire".
				// (Not the joined doers of a killing: "Wagner Group
				// forces and Central African soldiers killed 12
				// civilians".)
				// (Unless the other side is named after it: "FARDC and
				// Wazalendo fighters clashed with M23" are allies.)
				// (Or whose attack they met: "Somali forces and ATMIS
				// troops repelled an al-Shabaab attack".)
				opponent := len(after) > 0 && d.Actors[after[0]].Type != "civilians" && (wordBefore(d, d.Actors[after[0]].Span.Start) == "with" || wordBefore(d, d.Actors[after[0]].Span.Start) == "against") &&
					d.Actors[after[0]].Span.Start-e.Trigger.End <= 6 ||
					// (Or the deed's object, right after it: "the FARDC and
					// MONUSCO troops attacked ADF positions".)
					len(after) > 0 && armed(d.Actors[after[0]].Type) && (s.assaults[wordAfter(d, d.Actors[after[0]].Span.End)] || s.assaults[lastWord(d, d.Actors[after[0]].Span)] || objectRightAfter(d, e.Trigger, d.Actors[after[0]].Span))
				// (Nor are "allied militants" joined to them: "Afghan
				// Taliban forces and allied militants opened fire".)
				if (e.Subtype == "Armed clash" && !f.t.kill || e.Subtype == "Agreement" || exchanged(d, lo, f.start)) && last > i && d.Actors[before[i+1]].Name != d.Actors[before[i]].Name && !opponent && !allied(d, d.Actors[before[i+1]].Span) {
					e.Actor2 = doc.MakeIndex(before[i+1])
					return
				}
				break
			}
		}
		// "Boko Haram suicide bombers attacked": the actor that holds the
		// trigger's words (or some: "a suicide car bomb") does the deed.
		if !e.Actor1.Valid() {
			for k, a := range d.Actors {
				if a.Span.Start < e.Trigger.End && e.Trigger.Start < a.Span.End && a.Type != "civilians" && a.Type != "media" {
					e.Actor1 = doc.MakeIndex(k)
					// "A suicide bomber from al-Qaeda's Syrian affiliate
					// al-Nusra Front": the group the doer is from.
					if a.Generic {
						if g, ok := memberOf(d, a.Span, after); ok {
							e.Actor1 = doc.MakeIndex(g)
							after = slices.DeleteFunc(slices.Clone(after), func(x int) bool { return x == g })
						}
					}
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
		// (A side named by its country is its forces: "a ceasefire
		// agreement between Israel and Hezbollah".)
		if !e.Actor1.Valid() && len(after) >= 1 {
			a := d.Actors[after[0]].Span
			for _, p := range d.Places {
				if p.Kind != "place" || p.Precision != "country" || p.Span.Start < e.Trigger.End {
					continue
				}
				switch {
				case p.Span.End <= a.Start && betweenBefore(d, p.Span.Start) && joined(d, p.Span, a):
					e.Actor1, e.Actor2 = s.forcesOf(d, p, p.Span.Start), doc.MakeIndex(after[0])
					return
				case p.Span.Start >= a.End && betweenBefore(d, a.Start) && joined(d, a, p.Span):
					e.Actor1, e.Actor2 = doc.MakeIndex(after[0]), s.forcesOf(d, p, p.Span.Start)
					return
				}
			}
		}
		// "Shelling and airstrikes have been non-stop, as Assad's forces
		// close in": the subject of the clause after the deed does it.
		// (So does the subject after a deed told in a phrase put first:
		// "In the ensuing firefight, the troops neutralised 7
		// terrorists".)
		if !e.Actor1.Valid() && len(after) > 0 && d.Actors[after[0]].Type != "civilians" && (clauseSubject(d, d.Actors[after[0]].Span.Start) || frontedDeed(d, lo, f.start, d.Actors[after[0]].Span.Start)) {
			e.Actor1 = doc.MakeIndex(after[0])
			after = after[1:]
		}
		for _, k := range after {
			// Whom someone works for or with is no side: "executed 2 men
			// accused of spying for the government", "accusing him of
			// collaborating with CODECO". (Civilians a place is for are
			// its people: "attacked Abu Shouk camp for internally
			// displaced people".)
			if wordBefore(d, d.Actors[k].Span.Start) == "for" && d.Actors[k].Type != "civilians" || associated(d, d.Actors[k].Span) || demanded(d, d.Actors[k].Span.Start) {
				continue
			}
			// (Nor is the ally named with the doer: "the clashes, which
			// began when Afghan Taliban forces and allied militants
			// opened fire on Pakistani border posts".)
			if e.Actor1.Valid() && allied(d, d.Actors[k].Span) && joined(d, d.Actors[e.Actor1.Get()].Span, d.Actors[k].Span) {
				continue
			}
			// One side is not both: "regime forces … regime capture".
			if doc.MakeIndex(k) != e.Actor1 && (!e.Actor1.Valid() || d.Actors[k].Name != d.Actors[e.Actor1.Get()].Name) {
				e.Actor2 = doc.MakeIndex(k)
				break
			}
		}
	}
	// "households fled Tawila town following RSF attacks": the armed
	// side named after the flight drove it.
	if e.Subtype == "Displacement" && !e.Actor1.Valid() && e.Actor2.Valid() && armed(d.Actors[e.Actor2.Get()].Type) {
		e.Actor1, e.Actor2 = e.Actor2, 0
	}
}

// nationalForces makes the acting actor of a trigger a country names
// right before it: "U.S. raids", "Russian airstrikes", "Turkish shelling"
// are that country's forces (in Syria, the US's strikes are the
// coalition's).
func (s *Stage) nationalForces(d *doc.Doc, f found) doc.Index {
	start := d.Tokens[f.start].Span.Start
	// A demonym modifies a deed told as a noun, not a verb's subject's
	// noun: "Al-Qaeda's Syrian affiliate attacked" is no Syrian forces'.
	if strings.HasSuffix(d.TokenNorm(f.start), "ed") {
		return 0
	}
	for _, p := range d.Places {
		if p.Kind == "metonym" || p.Precision != "country" || p.Span.End > start || start-p.Span.End > 12 {
			continue
		}
		if gap := d.Text[p.Span.End:start]; strings.TrimSpace(strings.Trim(gap, " -")) != "" && len(strings.Fields(gap)) > 1 || strings.ContainsAny(gap, "—–:,(") {
			continue
		}
		// Nor is a dateline's country the doer of the lead's deed:
		// "BOGOTA, Colombia — Fighting between …".
		if d.InDateline(p.Span) {
			continue
		}
		// "U.S. and British warplanes struck": the first of joined
		// countries leads, as ACLED codes it.
		if q, ok := s.actors.SharedDemonym(d, p); ok {
			p = q
		}
		// The country's name may already stand for an actor: reuse it
		// rather than layer a second mention over the same words.
		for k, a := range d.Actors {
			if a.Span.Start < p.Span.End && p.Span.Start < a.Span.End {
				return doc.MakeIndex(k)
			}
		}
		return s.forcesOf(d, p, start)
	}
	return 0
}

// forcesOf adds the state forces of the country p names, on p's words, as
// an actor for a deed at off: external where the story is in another
// country, and named as the data has them abroad (actors.ForcesIn: in
// Syria or Iraq the US's are the coalition's).
func (s *Stage) forcesOf(d *doc.Doc, p doc.PlaceMention, off int32) doc.Index {
	focus, _ := actors.FocusAt(d, off)
	name, typ := s.actors.ForcesIn(p.Country, focus)
	d.Actors = append(d.Actors, doc.ActorMention{Span: p.Span, Name: name, Type: typ, Country: p.Country})
	return doc.MakeIndex(len(d.Actors) - 1)
}

// ourSide returns the side of the speaker of the quotation that holds
// token i when the deed's doer before it is "our" forces or "we": the
// armed actor named right before the speaker's name where it is first
// written ("Taliban spokesman Zabihullah Mujahid").
func ourSide(d *doc.Doc, lo, i int) doc.Index {
	first := false
	for j := i - 1; j >= lo && j >= i-3; j-- {
		if w := d.TokenNorm(j); w == "our" || w == "we" {
			first = true
		}
	}
	if !first {
		return 0
	}
	at := d.Tokens[i].Span
	for _, q := range d.Quotes {
		if !q.Span.Contains(at) || q.Name == "" {
			continue
		}
		k := int32(strings.Index(d.Text, q.Name))
		if k < 0 {
			return 0
		}
		for x := len(d.Actors) - 1; x >= 0; x-- {
			if a := d.Actors[x]; a.Span.End <= k && k-a.Span.End <= 24 && armed(a.Type) {
				return doc.MakeIndex(x)
			}
		}
		return 0
	}
	return 0
}

// based reports whether the place at sp says where a source sits, not
// where a deed was: "the London-based monitor". ("The Saudi-led
// coalition" names a side: the place stage reads it as a demonym.)
func based(d *doc.Doc, sp doc.Span) bool {
	rest := d.Text[sp.End:min(len(d.Text), int(sp.End)+12)]
	if strings.HasPrefix(rest, " based") {
		return true
	}
	// (and what a name ties to a place without being there: "the
	// Merowe-linked substation", "a Khartoum-bound convoy")
	if r, ok := strings.CutPrefix(rest, "-"); ok {
		for _, w := range [...]string{"based", "linked", "affiliated", "aligned", "allied", "backed", "owned", "run", "funded", "made", "bound", "born"} {
			if strings.HasPrefix(r, w) && (len(r) == len(w) || r[len(w)] < 'a' || r[len(w)] > 'z') {
				return true
			}
		}
	}
	return false
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
		if a.Span.Start >= sp.Start && a.Span.End <= sp.End && armed(a.Type) {
			return doc.MakeIndex(k)
		}
	}
	// "Russia's Defence Ministry said its forces had repelled": the
	// forces of the country the speaking office belongs to. (By its
	// demonym too when the speaker is an office of state: "the Russian
	// Defence Ministry"; not "the Syrian Observatory".)
	office := d.Sources[src.Get()].Type == "official" || d.Sources[src.Get()].Type == "state media"
	for _, p := range d.Places {
		if p.Span.Start >= sp.Start && p.Span.End <= sp.End && p.Precision == "country" && (p.Kind != "demonym" || office) {
			return s.forcesOf(d, p, trig.Start)
		}
	}
	return 0
}

// ownDeed reports whether the deed at token i is told as the speaker's
// own: "it shot down", "they captured", "its forces had repelled".
func ownDeed(d *doc.Doc, i int) bool {
	if i <= 0 {
		return false
	}
	switch d.TokenNorm(i - 1) {
	case "it", "they", "we", "its", "their", "our":
		return true
	}
	// "JNIM claimed to have killed 20 soldiers"
	if i >= 3 && d.TokenNorm(i-1) == "have" && d.TokenNorm(i-2) == "to" {
		switch d.TokenNorm(i - 3) {
		case "claimed", "claims", "claiming", "claim":
			return true
		}
	}
	// "the Arakan Army said it had captured", "Africa Command said it
	// carried out an airstrike": the pronoun, then only verbs of doing
	// and articles before the deed.
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch w := d.TokenNorm(k); w {
		case "it", "they", "we":
			return k < i-1
		case "had", "has", "have", "carried", "out", "conducted", "launched", "staged", "a", "an", "the", "new", "several", "two", "three", "\"", "“":
		default:
			k = -1
		}
	}
	// "its forces had \"eliminated a terrorist cell\" and arrested 14":
	// the speaker's forces, a clause before.
	for k := i - 1; k >= 1 && k >= i-12; k-- {
		switch d.TokenNorm(k) {
		case ".", ";":
			return false
		case "forces", "troops", "army", "units", "military", "fighters", "defenses", "defences", "navy", "force":
			// "its forces", "its air defenses", "its air force" — not
			// forces the deed killed: "two of its fighters were killed in
			// an Israeli drone strike".
			if harmedBetween(d, k+1, i) {
				return false
			}
			for j := k - 1; j >= 0 && j >= k-2; j-- {
				switch d.TokenNorm(j) {
				case "its", "their", "our":
					return true
				}
			}
		}
	}
	return false
}

// harmedBetween reports whether tokens [lo, hi) hold the outcome of a
// figure of the dead or hurt (the casualty stage's words: "killed",
// "wounded", "martyred" …).
func harmedBetween(d *doc.Doc, lo, hi int) bool {
	if hi <= lo {
		return false
	}
	sp := doc.Span{Start: d.Tokens[lo].Span.Start, End: d.Tokens[hi-1].Span.End}
	for _, q := range d.Quantities {
		if (q.Class == "fatal" || q.Class == "injured") && !q.WhatSpan.Empty() && sp.Contains(q.WhatSpan) {
			return true
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
	// The fighters a clash killed, told apart from the deed: "ISWAP
	// fighters overran a military base in Marte. 12 soldiers were
	// killed" — the soldiers' side is the other.
	// (So are those a strike or shelling killed: "12 Russian soldiers
	// were killed".)
	if (e.Subtype == "Armed clash" || e.Type == "Explosions/Remote violence" && e.Subtype != "Suicide bomb") && e.Fatalities.Valid() {
		if q := &d.Quantities[e.Fatalities.Get()]; q.Civilian == "combatant" {
			if side := fightersSide(d, e); side.Valid() {
				return side
			}
			// "Hezbollah said two of its fighters were killed": the
			// teller's own.
			if w := strings.Fields(strings.ToLower(q.Span.In(d.Text))); slices.Contains(w, "its") || slices.Contains(w, "their") || slices.Contains(w, "our") {
				if src := attrib.Covering(d, q.Span); src.Valid() {
					ss := d.Sources[src.Get()].Span
					for k, a := range d.Actors {
						if ss.Contains(a.Span) && armed(a.Type) && (!e.Actor1.Valid() || a.Name != d.Actors[e.Actor1.Get()].Name) {
							return doc.MakeIndex(k)
						}
					}
				}
			}
		}
	}
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
			// (the held, or the hurt of an attack that killed no one:
			// "beat 3 opposition members")
			if x.Span.Start >= st.Span.Start && x.Span.End <= st.Span.End && (x.Class == "detained" || x.Class == "injured" && e.Subtype == "Attack") {
				q = x
				break
			}
		}
	}
	if q == nil || q.Civilian == "combatant" {
		return 0
	}
	// "destroyed terrorists' hideouts …, killing scores of them": the
	// dead are those just named, not civilians at large.
	if q.Civilian != "civilian" {
		rest := strings.TrimLeft(d.Text[q.Span.End:min(int(q.Span.End)+8, len(d.Text))], " ")
		if t := q.Span.In(d.Text); strings.HasSuffix(t, " them") || strings.HasPrefix(rest, "them") || strings.HasPrefix(rest, "of them") {
			// The armed group named before them in the sentence, if any.
			for k := len(d.Actors) - 1; k >= 0; k-- {
				a := d.Actors[k]
				if a.Span.End <= q.Span.Start && a.Span.Start >= st.Span.Start && doc.MakeIndex(k) != e.Actor1 && armed(a.Type) &&
					(!e.Actor1.Valid() || a.Name != d.Actors[e.Actor1.Get()].Name) {
					return doc.MakeIndex(k)
				}
			}
			return 0
		}
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
// paragraph, or else the first in its article's headline, the headline's
// subject: the one the story is about when the sentence names none ("Gangs
// kill at least 70 in Haitian town as police struggle to respond" is about
// the gangs).
func lastActor(d *doc.Doc, st doc.Sent) doc.Index {
	para := d.Paras[st.Para]
	fits := func(a doc.ActorMention) bool {
		return armed(a.Type) && !inSource(d, a.Span) && !sourceApposition(d, a.Span)
	}
	for k := len(d.Actors) - 1; k >= 0; k-- {
		a := d.Actors[k]
		// (Not sorted: generic actors named for events come last.)
		if a.Span.Start >= st.Span.Start || a.Span.Start < para.Start {
			continue
		}
		if fits(a) {
			return doc.MakeIndex(k)
		}
	}
	if title := d.Articles[st.Article].Title; !title.Empty() && title.End <= st.Span.Start {
		for k, a := range d.Actors {
			if title.Contains(a.Span) && fits(a) {
				return doc.MakeIndex(k)
			}
		}
	}
	return 0
}

// sourceApposition reports whether the actor at sp is named in the words
// that describe a source right after its name: "said Bertide Horace, a
// spokeswoman for the regional government" — whom the speaker works for,
// not the doer of what she tells.
func sourceApposition(d *doc.Doc, sp doc.Span) bool {
	for _, s := range d.Sources {
		if s.Span.End > sp.Start || sp.Start-s.Span.End > 60 {
			continue
		}
		gap := d.Text[s.Span.End:sp.Start]
		if strings.HasPrefix(gap, ", ") && !strings.ContainsAny(gap[1:], ",.;!?\"“”") && (strings.Contains(gap, " for ") || strings.Contains(gap, " of ")) {
			return true
		}
	}
	return false
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

// frontedDeed reports whether the trigger at token i stands in a phrase
// that opens clause lo ("In the ensuing firefight", "During clashes in
// Bama, Borno State") and the actor at off opens the clause that follows
// the phrase's comma: that actor is the deed's subject.
func frontedDeed(d *doc.Doc, lo, i int, off int32) bool {
	k := i - 1
	for k > lo && k >= i-4 && d.TokenNorm(k) != "," {
		k--
	}
	if k < lo || k < i-4 {
		return false
	}
	if k > lo && d.TokenNorm(k) == "," {
		k++ // a phrase after the dateline or the date: "On 12 March, in …"
	}
	switch d.TokenNorm(k) {
	case "in", "during", "amid":
	default:
		return false
	}
	a := sort.Search(len(d.Tokens), func(j int) bool { return d.Tokens[j].Span.Start >= off })
	if a > 0 && d.TokenNorm(a-1) == "the" {
		a--
	}
	if a == 0 || d.TokenNorm(a-1) != "," {
		return false
	}
	// (No verb between: the comma closes the phrase.)
	for j := i + 1; j < a-1; j++ {
		if d.Tokens[j].Kind == doc.Word && !d.Tokens[j].Upper && strings.HasSuffix(d.TokenNorm(j), "ed") {
			return false
		}
	}
	return true
}

// operationOf reports whether the actor at sp is the doer of a deed noun
// it stands before in a phrase opened by "in a" or "during an": "killed
// in a Turkish Armed Forces (TSK) and U.S.-led coalition operation".
func (s *Stage) operationOf(d *doc.Doc, sp doc.Span) bool {
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
		if s.operations[w] {
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
	// (Past a side's description: "between rival factions of the
	// Lebanese Fatah movement and …".)
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		if d.TokenNorm(k) == "between" {
			return true
		}
		if d.Tokens[k].Kind != doc.Word {
			return false
		}
	}
	return false
}

// objectRightAfter reports whether the actor at a is the object of the
// trigger at trig: right after it, past an article at most.
func objectRightAfter(d *doc.Doc, trig, a doc.Span) bool {
	if a.Start < trig.End {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(d.Text[trig.End:a.Start])) {
	case "", "the", "a", "an":
		return true
	}
	return false
}

// joined reports whether only "and", "," or an article lie between spans a
// and b.
func joined(d *doc.Doc, a, b doc.Span) bool {
	if a.End > b.Start {
		return false
	}
	gap := d.Text[a.End:b.Start]
	// "Wagner Group forces and Central African soldiers": the second
	// side's demonym.
	for _, p := range d.Places {
		if p.Kind == "demonym" && p.Span.Start >= a.End && p.Span.End <= b.Start {
			gap = gap[:p.Span.Start-a.End] + strings.Repeat(" ", int(p.Span.End-p.Span.Start)) + gap[p.Span.End-a.End:]
		}
	}
	// "the Sudanese Armed Forces (SAF) and the Rapid Support Forces": an
	// acronym in brackets is the first side's.
	for {
		o := strings.IndexByte(gap, '(')
		c := strings.IndexByte(gap, ')')
		if o < 0 || c < o {
			break
		}
		gap = gap[:o] + " " + gap[c+1:]
	}
	var words []string
	for _, w := range strings.Fields(strings.ReplaceAll(gap, ",", " ")) {
		// "RSF forces and SAF": the first side's kind word.
		switch strings.ToLower(w) {
		case "the", "a", "an", "forces", "fighters", "militants", "troops", "militias", "militiamen", "gunmen", "soldiers", "guerrillas", "guerrilla", "insurgents", "rebels", "members":
			continue
		// the second side's description: "the Sudanese army and the
		// paramilitary RSF"
		case "paramilitary", "rebel", "militant", "jihadist", "armed", "rival", "allied", "separatist", "islamist", "insurgent", "opposition", "government", "pro-government":
			continue
		}
		// ("Syrian government forces and Kurdish-led SDF fighters")
		if i := strings.LastIndexByte(w, '-'); i >= 0 {
			switch strings.ToLower(w[i+1:]) {
			case "led", "backed", "allied", "aligned", "affiliated", "linked", "dominated", "majority", "based", "supported":
				continue
			}
		}
		words = append(words, w)
	}
	return len(words) == 1 && (words[0] == "and" || words[0] == "&") || len(words) == 0 && strings.Contains(gap, ",")
}

// pastDemonym returns the start of a demonym that ends right before off
// ("Israeli drone strike"), else off.
func pastDemonym(d *doc.Doc, off int32) int32 {
	for _, p := range d.Places {
		if p.Kind == "demonym" && p.Span.End <= off && strings.TrimSpace(d.Text[p.Span.End:off]) == "" {
			return p.Span.Start
		}
	}
	return off
}

// wordBefore returns the word before off, past determiners: "by the
// Assad regime" gives "by".
func wordBefore(d *doc.Doc, off int32) string {
	if i := tokenBefore(d, off, true); i >= 0 {
		return d.TokenNorm(i)
	}
	return ""
}

// wordAfter returns the word that starts at or after off ("attack" in
// "an al-Shabaab attack" after the group's name); "" at the end.
func wordAfter(d *doc.Doc, off int32) string {
	if i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= off }); i < len(d.Tokens) {
		return d.TokenNorm(i)
	}
	return ""
}

// tokenBefore returns the index of the token before off, past articles
// and, with hedges, hedge words ("by suspected Al Shabaab"); -1 if none.
func tokenBefore(d *doc.Doc, off int32, hedges bool) int {
	return skipBack(d, sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= off })-1, hedges)
}

// skipBack returns the index of the first token from i backwards that
// is no article (nor, with hedges, a hedge word); -1 if none.
func skipBack(d *doc.Doc, i int, hedges bool) int {
	for i >= 0 {
		switch w := d.TokenNorm(i); {
		case w == "the" || w == "a" || w == "an" || hedges && hedge(w):
			i--
			continue
		}
		break
	}
	return i
}

// objectOfVerb reports whether the words right before off are a verb in
// the past and an article, or the verb alone: "destroyed a", "attacked
// the", "destroyed ISIS oil refining stations" — what follows is the
// verb's object. A participle joined to a word ("US-backed the")
// is no verb.
func objectOfVerb(d *doc.Doc, off int32) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= off }) - 1
	if i < 1 {
		return false
	}
	// (Or with no article: "destroyed ISIS oil refining stations".)
	switch d.TokenNorm(i) {
	case "a", "an", "the":
		i--
	}
	v := d.Tokens[i]
	w := d.TokenNorm(i)
	return len(w) > 3 && strings.HasSuffix(w, "ed") && v.Span.Start > 0 && d.Text[v.Span.Start-1] == ' ' && d.Text[v.Span.Start] >= 'a' && d.Text[v.Span.Start] <= 'z'
}

// memberOf returns the named armed group a generic doer at sp is said to
// be from, close after it: "a suicide bomber from … al-Nusra Front",
// "gunmen belonging to the Islamic State".
func memberOf(d *doc.Doc, sp doc.Span, after []int) (int, bool) {
	for _, k := range after {
		a := d.Actors[k]
		if a.Span.Start < sp.End || a.Span.Start-sp.End > 60 {
			break
		}
		if a.Generic || !armed(a.Type) {
			continue
		}
		between := " " + d.Text[sp.End:a.Span.Start]
		if strings.Contains(between, " from ") || strings.Contains(between, " of ") || strings.Contains(between, " belonging to ") {
			return k, true
		}
	}
	return 0, false
}

// agentBy reports whether "by" stands before off past an article and one
// or two capitalized words, or a country's possessive: "was announced by
// the Kurdish YPG militia", "an airstrike by Myanmar's military".
func agentBy(d *doc.Doc, off int32) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= off }) - 1
	// (what kind of force it is: "by Sudan's paramilitary Rapid Support
	// Forces")
	if i >= 1 {
		switch d.TokenNorm(i) {
		case "paramilitary", "rebel", "militant", "jihadist", "separatist", "islamist", "armed", "insurgent":
			i--
		}
	}
	if i >= 1 && (d.TokenNorm(i) == "'s" || d.TokenNorm(i) == "’s") && d.Tokens[i-1].Upper {
		i--
	}
	for n := 0; n < 2 && i >= 0 && d.Tokens[i].Kind == doc.Word && d.Tokens[i].Upper; n++ {
		i--
	}
	i = skipBack(d, i, true)
	// (members of it: "stabbed to death by members of a rival gang")
	if i >= 0 {
		switch d.TokenNorm(i) {
		case "rival", "local", "criminal", "armed":
			i = skipBack(d, i-1, true)
		}
	}
	if i >= 1 && d.TokenNorm(i) == "of" {
		switch d.TokenNorm(i - 1) {
		case "members", "elements", "fighters", "militants", "gunmen":
			i = skipBack(d, i-2, true)
		}
	}
	// (a count of them between: "raped by three men in military
	// uniform", "killed by 2 gunmen")
	// (with its qualifier: "set by more than 100 terrorists", "by at
	// least 20 gunmen", "by dozens of gunmen")
	if i >= 1 {
		if _, end, ok := numbers.Read(d, i); ok && end == i+1 {
			i, _ = numbers.QualifierBefore(d, 0, i)
			i = skipBack(d, i-1, true)
		} else if d.TokenNorm(i) == "of" {
			if w := d.TokenNorm(i - 1); w == "dozens" || w == "hundreds" || w == "scores" {
				i = skipBack(d, i-2, true)
			}
		}
	}
	// (or whom it is laid to: "a drone attributed to the SAF")
	return i >= 0 && (d.TokenNorm(i) == "by" || d.TokenNorm(i) == "to" && i > 0 && d.TokenNorm(i-1) == "attributed")
}

// allied reports whether the actor at sp is named as one that backs
// another: "supported by Africa Corps", "backed by Russian jets".
func allied(d *doc.Doc, sp doc.Span) bool {
	i := tokenBefore(d, sp.Start, true)
	if i < 1 {
		return false
	}
	// "Afghan Taliban forces and allied militants", "affiliated fighters"
	if lo, _ := d.TokensIn(sp); lo < len(d.Tokens) && (d.TokenNorm(lo) == "allied" || d.TokenNorm(lo) == "affiliated") {
		return true
	}
	switch d.TokenNorm(i) {
	case "allied", "affiliated":
		return true
	case "by":
		switch d.TokenNorm(i - 1) {
		case "supported", "backed", "assisted", "aided", "accompanied", "reinforced", "joined", "escorted", "protected", "guarded", "covered":
			return true
		}
	case "with":
		// "troops in conjunction with the Civilian Joint Task Force",
		// "together with", "jointly with", "in collaboration with"
		switch d.TokenNorm(i - 1) {
		case "conjunction", "together", "jointly", "collaboration", "coordination", "cooperation", "alongside":
			return true
		}
		// "the Haitian National Police, with MSS support, clashed …"
		j := sort.Search(len(d.Tokens), func(k int) bool { return d.Tokens[k].Span.Start >= sp.End })
		return j < len(d.Tokens) && supportNoun(d.TokenNorm(j))
	case "alongside":
		return true
	case "of", "from":
		// "with the support of Wagner", "with air support from Russia"
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if w := d.TokenNorm(k); w == "with" {
				return supportNoun(d.TokenNorm(i - 1))
			}
		}
	}
	return false
}

// supportNoun reports whether w names help one side lends another.
func supportNoun(w string) bool {
	switch w {
	case "support", "backing", "help", "assistance", "aid", "cover":
		return true
	}
	return false
}

// fromDeed reports whether the "from" before the actor at sp follows the
// deed's own words, or a hedge after them: "war planes from the US-led
// coalition", "jets thought to be from the coalition" are its (not the
// dead's of a verb: "125 terrorists were killed from the Nusra Front").
func fromDeed(d *doc.Doc, trigger, sp doc.Span) bool {
	if strings.HasSuffix(trigger.In(d.Text), "ed") {
		return false
	}
	i := tokenBefore(d, sp.Start, true) // "from"
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if d.Tokens[k].Span.End == trigger.End {
			return true
		}
		switch d.TokenNorm(k) {
		case "thought", "believed", "said", "reported", "suspected", "to", "be", "apparently", "likely":
		default:
			return false
		}
	}
	return false
}

// ofDeed reports whether the "of" before the actor at sp follows the
// deed's own words: "an attack of IS militants" tells the doer, "a
// vehicle carrying members of the PMF", "a convoy of the Iraqi army"
// the target.
func ofDeed(d *doc.Doc, trigger, sp doc.Span) bool {
	i := tokenBefore(d, sp.Start, true) // "of"
	if i < 1 {
		return false
	}
	t := d.Tokens[i-1].Span
	if t.Start >= trigger.Start && t.End <= trigger.End {
		return true
	}
	// "a coalition of rebels and Islamist fighters cut off …": the
	// whole the doers make up.
	switch d.TokenNorm(i - 1) {
	case "coalition", "alliance":
		return true
	}
	// Or the words before "of" are the agent's: "raped by two soldiers
	// of the FARDC", "killed by members of the RSF".
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch d.TokenNorm(k) {
		case "by":
			return true
		case ",", ".", ";", "and":
			return false
		}
	}
	return false
}

// associated reports whether the actor at sp is named as whom someone
// is tied to: "collaborating with", "links to", "supporting", "on
// suspicion of being a police informer".
func associated(d *doc.Doc, sp doc.Span) bool {
	if j := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= sp.End }); j < len(d.Tokens) {
		switch d.TokenNorm(j) {
		case "informer", "informers", "informant", "informants", "collaborator", "collaborators", "spy", "spies", "agent", "agents":
			return true
		}
	}
	i := tokenBefore(d, sp.Start, false)
	if i < 0 {
		return false
	}
	switch w := d.TokenNorm(i); w {
	case "supporting", "aiding", "joining", "sheltering", "harbouring", "harboring", "being":
		return true
	case "with", "to":
		if i == 0 {
			return false
		}
		switch d.TokenNorm(i - 1) {
		case "collaborating", "collaboration", "cooperating", "cooperation", "ties", "links", "linked", "affiliated", "allegiance", "loyalty", "loyal":
			return true
		}
	}
	return false
}

// byRightAfter reports whether the actor at sp is the agent of the deed
// noun trig, "by" between them: "(the army said its soldiers were killed)
// in an attack by the Daesh group", "fell into an ambush set by more than
// 100 terrorists".
func byRightAfter(d *doc.Doc, trig, sp doc.Span) bool {
	between := strings.Fields(d.Text[trig.End:sp.Start])
	if len(between) >= 1 && len(between) <= 3 && between[0] == "by" {
		return true
	}
	// (past the verb that made it, and a count: "an ambush set by more
	// than 100 terrorists", "an attack carried out by dozens of gunmen")
	by := slices.Index(between, "by")
	if by < 1 || by > 2 || len(between) > by+5 || !agentBy(d, sp.Start) {
		return false
	}
	switch between[0] {
	case "set", "laid", "led", "mounted", "staged", "launched", "carried", "conducted", "planted", "perpetrated", "committed":
		return by == 1 || between[0] == "carried" && between[1] == "out"
	}
	return false
}

// demanded reports whether the actor at off is what a demand is about:
// "demanding the resignation of the government", "calling for the
// release of …" — no side of the deed.
func demanded(d *doc.Doc, off int32) bool {
	i := tokenBefore(d, off, false)
	for k := i; k >= 0 && k > i-5; k-- {
		switch d.TokenNorm(k) {
		case "demanding", "demanded", "demand", "demands", "calling", "called", "urging", "urged":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// owner reports whether the actor at off is named as whose a thing is:
// "used by", "owned by", "operated by", "belonging to".
func owner(d *doc.Doc, off int32) bool {
	i := tokenBefore(d, off, false)
	if i < 1 {
		return false
	}
	switch w, v := d.TokenNorm(i), d.TokenNorm(i-1); {
	case w == "by":
		switch v {
		case "used", "owned", "operated", "run", "manned", "guarded":
			return true
		}
		return false
	case w == "to":
		return v == "belonging"
	}
	return false
}

// oneSide reports whether two actors fight on one side: a state's forces
// and a militia allied to them, or two such militias.
func (s *Stage) oneSide(a, b doc.ActorMention) bool {
	side := func(x doc.ActorMention) bool { return x.Type == "state" || s.actors.Allied(x.Name) }
	return side(a) && side(b) && (s.actors.Allied(a.Name) || s.actors.Allied(b.Name))
}

// hedge reports whether w doubts the actor after it, and stands between
// it and its preposition: "planted by suspected Al Shabaab militants".
func hedge(w string) bool {
	return w == "suspected" || w == "alleged" || w == "presumed" || w == "likely"
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

// tellsOwnDeed reports whether the source at sp tells of its own deed:
// "Houthi rebels said they fired a ballistic missile", "the army said it
// killed 30 militants" — the pronoun after its verb is the source.
func tellsOwnDeed(d *doc.Doc, sp doc.Span) bool {
	for _, s := range d.Sources {
		if sp.Start >= s.Span.Start && sp.End <= s.Span.End && s.Cue.Start >= s.Span.End {
			i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= s.Cue.End })
			if i < len(d.Tokens) && d.TokenNorm(i) == "that" {
				i++
			}
			if i < len(d.Tokens) {
				switch d.TokenNorm(i) {
				case "they", "it", "we":
					return true
				}
			}
		}
	}
	return false
}

// speaks reports whether the words at sp are, or hold, a source's: the
// actor "the government" of the source "government".
func speaks(d *doc.Doc, sp doc.Span) bool {
	for _, s := range d.Sources {
		if sp.Start < s.Span.End && s.Span.Start < sp.End {
			return true
		}
	}
	return false
}

// unbracketed drops from ks (actor indexes in text order) each actor
// that repeats the one before it in brackets: "Rapid Support Forces (RSF)".
func unbracketed(d *doc.Doc, ks []int) []int {
	repeat := func(i int) bool {
		p, a := d.Actors[ks[i-1]], d.Actors[ks[i]]
		return p.Name == a.Name && p.Span.End <= a.Span.Start && strings.TrimSpace(d.Text[p.Span.End:a.Span.Start]) == "("
	}
	var out []int
	for i, k := range ks {
		if i > 0 && repeat(i) {
			if out == nil {
				out = append(make([]int, 0, len(ks)), ks[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, k)
		}
	}
	if out == nil {
		return ks // most lists repeat nothing
	}
	return out
}

// exchanged reports whether the deed at token i is traded between its
// subjects: "exchanged artillery fire", "traded fire".
func exchanged(d *doc.Doc, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-3; k-- {
		if w := d.TokenNorm(k); w == "exchanged" || w == "exchange" || w == "traded" || w == "trade" {
			return true
		}
	}
	return false
}

// inName reports whether sp lies inside an actor's name after its start:
// "the Islamic Resistance in Iraq" names no place of the deed.
func inName(d *doc.Doc, sp doc.Span) bool {
	for _, a := range d.Actors {
		// (or opens it: "The US military fired …")
		if a.Span.Start <= sp.Start && sp.End <= a.Span.End && a.Span != sp {
			return true
		}
	}
	return false
}

// armed reports whether an actor type is an armed party: state or
// external forces, rebels, militias.
func armed(typ string) bool {
	switch typ {
	case "state", "external", "rebel", "political militia", "identity militia":
		return true
	}
	return false
}

// lastWord returns the folded last word of the text at sp: "attack" of
// an actor named with its deed ("JNIM attack").
func lastWord(d *doc.Doc, sp doc.Span) string {
	_, hi := d.TokensIn(sp)
	if hi == 0 {
		return ""
	}
	return d.TokenNorm(hi - 1)
}

// isType reports whether ix is an actor of type typ.
func isType(d *doc.Doc, ix doc.Index, typ string) bool {
	return ix.Valid() && d.Actors[ix.Get()].Type == typ
}

// fightersSide returns the armed actor named in the words of e's dead,
// when they are fighters and not e's doer's ("killing 6 soldiers": the
// army), or 0.
func fightersSide(d *doc.Doc, e *doc.Event) doc.Index {
	if !fightersDead(d, e) {
		return 0
	}
	q := &d.Quantities[e.Fatalities.Get()]
	for k, a := range d.Actors {
		if a.Span.Start < q.Span.End && q.Span.Start < a.Span.End && armed(a.Type) && (!e.Actor1.Valid() || a.Name != d.Actors[e.Actor1.Get()].Name) {
			return doc.MakeIndex(k)
		}
	}
	return 0
}
