package events

// This file picks an event's place: the sentence's finest, its target,
// the paragraph's, the dateline's, the article's main place.

import (
	"slices"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/actors"
	"github.com/sitrep-dev/sitrep/internal/dates"
	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/numbers"
	"github.com/sitrep-dev/sitrep/internal/places"
)

// place picks the event's place: the place its sentence's fire is aimed
// at, else the sentence's first place finer than a region in the story's
// country (its region if the deed spread "across" it), else the last such
// place earlier in its paragraph, else its article's dateline place, else
// the article's main place, else a country named in the sentence.
//
// clause is the part of the sentence that is the deed's: the sentence, or
// less when another actor's clause follows the trigger (see clauseOf).
func (s *Stage) place(d *doc.Doc, si int, st doc.Sent, clause doc.Span, article int, f found) (doc.Index, string) {
	var country, foreign, foreignRegion, against doc.Index
	countryIn := false
	focus, _ := actors.FocusAt(d, st.Span.Start)
	// "Hamas fired rockets from Gaza towards Ashkelon": where the fire
	// came from is not where it struck.
	if k, ok := target(d, clause); ok {
		return k, "sentence"
	}
	// A deed named by a noun says where it struck after it: "Air strikes
	// on a market in Syria's Al Qaeda-held city of Idlib killed …",
	// whatever town an earlier clause named.
	if k, ok := struckAt(d, clause, f, focus); ok {
		return k, "sentence"
	}
	foreignCued := false
	var region, road doc.Index // "In the occupied West Bank, ... in the city of Jenin": the finer
	// Where the reporter files from is no place in the story: "GOMA,
	// Congo (Reuters) - M23 rebels took …".
	var dateline doc.Span
	if a := d.Articles[article]; a.Dateline.Valid() {
		dateline = d.Datelines[a.Dateline.Get()].Span
	}
	trig := doc.Span{Start: d.Tokens[f.start].Span.Start, End: d.Tokens[f.end-1].Span.End}
	for k, p := range d.Places {
		// Not where a source sits or what it is named after: "The Wad
		// Madani Resistance Committee … said RSF fighters stormed …".
		if p.Span.Start < clause.Start || p.Span.End > clause.End || p.Kind != "place" || based(d, p.Span) || inSource(d, p.Span) || inName(d, p.Span) || dateline.Contains(p.Span) || actsAt(d, p) || s.toldIn(d, p.Span) {
			continue
		}
		// Nor what an aside says of the doer: "The RSF, which has
		// besieged El Fasher for more than a year, fired … shells into
		// the Abu Shouk camp".
		if dates.Aside(d, p.Span, trig) {
			continue
		}
		if qualifiesOnly(d, k, clause) {
			continue
		}
		// A country after "by" acts: "a ceasefire mediated by the US and
		// France" was not agreed in the US. Nor is a country's initials
		// before a noun a place: "the US aircraft carrier".
		if p.Precision == "country" && (byAgent(d, p.Span) || initialsBeforeNoun(d, p.Span)) {
			continue
		}
		// "the Torkham border crossing (Nangarhar)" in a digest.
		if p.Precision == "region" && p.Country != focus && !strings.HasPrefix(p.ID, "unlisted:") && !foreignRegion.Valid() {
			foreignRegion = doc.MakeIndex(k)
		}
		switch {
		case p.Precision == "country" && (wordBefore(d, p.Span.Start) == "across" || wordBefore(d, p.Span.Start) == "throughout"):
			// "Russian attacks across Ukraine killed seven civilians":
			// the whole country's toll.
			return doc.MakeIndex(k), "sentence"
		case p.Precision == "region" && p.Country == focus && !region.Valid() && !unlisted(p):
			region = doc.MakeIndex(k)
			// "strikes across the Gaza Strip, including 10 in Jabalia":
			// the deed is the region's, its parts elsewhere.
			if w := wordBefore(d, p.Span.Start); w == "across" || w == "throughout" {
				return region, "sentence"
			}
		case (p.Precision != "country" && p.Precision != "region" || unlisted(p)) && p.Country == focus && alongRoad(d, p.Span):
			// "on the Kaduna-Abuja highway in Kajuru LGA": a road's ends
			// name the road; the town after it, if any, is the place,
			// else the road's second end.
			road = doc.MakeIndex(k)
		case (p.Precision != "country" && p.Precision != "region" || unlisted(p)) && p.Country == focus && !alongRoad(d, p.Span):
			// "In Idlib, Russian warplanes carried out 12 airstrikes on
			// the outskirts of Jisr Al-Shughur": a scene set at the
			// sentence's start gives way to the place the deed names.
			// So does a destination: "supporters marching towards
			// Islamabad near Attock" are near Attock.
			// A note's town is the one it gives its divisions in
			// brackets: "demonstrators protesting the fall of Goma in
			// Bukavu (Sud-Kivu)".
			// (Only past a place a noun owns — "the fall of Goma" — not
			// one the town is near: "Nur Shams camp near Tulkarm
			// (Tulkarm)".)
			if j, ok := bracketedAfter(d, k, clause); ok && cueBefore(d, p.Span.Start) == "of" && locative(cueBefore(d, d.Places[j].Span.Start)) {
				return doc.MakeIndex(j), "sentence"
			}
			w := cueBefore(d, p.Span.Start)
			aside := w == "towards" || w == "toward"
			if sceneSetter(d, clause, p) || aside {
				for j := k + 1; j < len(d.Places) && d.Places[j].Span.Start < clause.End; j++ {
					if q := d.Places[j]; q.Kind == "place" && q.Country == p.Country && q.Precision != "country" && q.Precision != "region" && !inSource(d, q.Span) && (!aside || locative(cueBefore(d, q.Span.Start))) {
						return doc.MakeIndex(j), "sentence"
					}
				}
				// (Or "the city" before it, named before: "seizing the
				// city and then sweeping south towards Baghdad".)
				if aside {
					if j, ok := definiteTown(d, doc.Span{Start: clause.Start, End: p.Span.Start}, st.Para, dateline); ok {
						return j, "paragraph"
					}
				}
			}
			return doc.MakeIndex(k), "sentence"
		case p.Precision != "country" && (!foreign.Valid() || !foreignCued && placeCue(cueBefore(d, p.Span.Start))):
			// "BEIRUT" before a story from Syria; the first place abroad
			// the deed is at, past one that only describes ("the
			// governor of Russia's Samara region said … a fire at the
			// Syzran oil refinery").
			foreign, foreignCued = doc.MakeIndex(k), placeCue(cueBefore(d, p.Span.Start))
		case p.Precision == "country" && aimedAt(d, p) && !against.Valid():
			// "Russian forces launched 62 drones … against Ukraine
			// overnight": the country struck, if nothing finer is named.
			against = doc.MakeIndex(k)
		case p.Precision == "country" && (!country.Valid() || !countryIn && locative(cueBefore(d, p.Span.Start))):
			// A country the deed is in outranks one that modifies a
			// noun before it: "killed 3 US soldiers at Tower 22 in
			// Jordan".
			country, countryIn = doc.MakeIndex(k), locative(cueBefore(d, p.Span.Start))
		}
	}
	if road.Valid() {
		return road, "sentence"
	}
	// "… killing at least nine people … across the country": the whole
	// country's toll, not the dateline's city's.
	// (The country struck, when the clause names one: "Russia launched
	// 653 drones … at Ukraine, in an attack that targeted energy
	// facilities across the country".)
	if !region.Valid() && acrossTheCountry(d, clause) {
		if against.Valid() {
			return against, "country"
		}
		for k, p := range d.Places {
			if p.Precision == "country" && p.Country == focus && (p.Kind == "place" || p.Kind == "metonym") {
				return doc.MakeIndex(k), "country"
			}
		}
	}
	if region.Valid() {
		// "The city, the last major urban center in Darfur not under RSF
		// control, has been besieged": the region describes the city
		// named before, which is where the deed is.
		if lo, hi := d.TokensIn(clause); hi-lo > 2 && d.TokenNorm(lo) == "the" && (d.TokenNorm(lo+1) == "city" || d.TokenNorm(lo+1) == "town") {
			if k, ok := definiteTown(d, clause, st.Para, dateline); ok && d.Places[k.Get()].Country == d.Places[region.Get()].Country {
				return k, "paragraph"
			}
		}
		return region, "sentence"
	}
	// A place abroad where the deed is: "air strikes on Mariupol" in a
	// digest of stories from several countries. Not a place that opens
	// the sentence as a dateline would ("BEIRUT —"), nor one things come
	// from.
	if foreign.Valid() {
		p := d.Places[foreign.Get()]
		if (!country.Valid() || d.Places[country.Get()].Country == p.Country) && p.Span.Start > st.Span.Start && strings.ToUpper(p.Span.In(d.Text)) != p.Span.In(d.Text) && !inSource(d, p.Span) {
			if placeCue(cueBefore(d, p.Span.Start)) || betweenEnd(d, p.Span.Start) {
				return foreign, "sentence"
			}
		}
	}
	// A region abroad the deed is in, or that holds where it is in
	// ACLED's way, when no finer place is named: "… at the Torkham border
	// crossing (Nangarhar)".
	if foreignRegion.Valid() && (!foreign.Valid() || foreign == foreignRegion) {
		p := d.Places[foreignRegion.Get()]
		if (!country.Valid() || d.Places[country.Get()].Country == p.Country) && (placeCue(cueBefore(d, p.Span.Start)) || wordBefore(d, p.Span.Start) == "(") && !inSource(d, p.Span) {
			return foreignRegion, "sentence"
		}
	}
	if against.Valid() {
		return against, "sentence"
	}
	// A town's or a province's own official tells what happened there:
	// "Belgorod Gov. Vyacheslav Gladkov said a woman was injured when a
	// drone struck her car".
	if k, ok := s.officialsPlace(d, st.Span); ok {
		return k, "sentence"
	}
	if k, ok := definiteCamp(d, clause, st.Para, dateline); ok {
		return k, "paragraph"
	}
	para := d.Paras[st.Para]
	for k := len(d.Places) - 1; k >= 0; k-- {
		p := d.Places[k]
		// (For the second deed of a sentence, the places of the first
		// clause are its paragraph's too.)
		// (Nor the headline's, when no blank line parts it from the
		// body: it tells the story's deeds, not this one's place.)
		if p.Span.Start >= clause.Start || p.Span.End <= para.Start || dateline.Contains(p.Span) || d.Articles[article].Title.Contains(p.Span) {
			continue
		}
		// Not where people come from: "shot dead 11 men from Punjab
		// province. They also set fire to 10 vehicles."
		if p.Kind == "place" && p.Precision != "country" && !based(d, p.Span) && !inSource(d, p.Span) && !inName(d, p.Span) && cueBefore(d, p.Span.Start) != "from" && !actsAt(d, p) {
			// "in Boulkessi (Douentza, Mopti)": the brackets hold the
			// town's district and region, not another place.
			if j, ok := bracketedAdmin(d, k); ok {
				k, p = j, d.Places[j]
			}
			// A region stated as the container of the place just
			// before it ("near El Fasher in North Darfur") is that
			// place's.
			if p.Precision == "region" && k > 0 {
				if q := d.Places[k-1]; q.Kind == "place" && q.Country == p.Country && q.Admin1 == p.Admin1 && (q.Precision != "region" || strings.HasPrefix(q.ID, "unlisted:")) &&
					q.Span.Start > para.Start && p.Span.Start-q.Span.End < 24 {
					return doc.MakeIndex(k - 1), "paragraph"
				}
			}
			return doc.MakeIndex(k), "paragraph"
		}
	}
	// "the city", "the town", "the village", "the area": the last city
	// the story named before, in this paragraph or the two before ("…
	// east of the city" after "the besieged city of El Fasher").
	if k, ok := definiteTown(d, clause, st.Para, dateline); ok {
		return k, "paragraph"
	}
	// "near Tawori, in the same region": the region named before.
	if k, ok := sameRegionAs(d, clause, article, dateline); ok {
		return k, "paragraph"
	}
	// The dateline, unless it is where the reporter sits abroad ("BEIRUT"
	// over a story from Syria), or lies outside the part of the country
	// the sentence names ("BEIRUT (Reuters) - … in southern Lebanon").
	if a := d.Articles[article]; a.Dateline.Valid() {
		dl := d.Datelines[a.Dateline.Get()]
		for k, p := range d.Places {
			if p.Span.Start >= dl.Place.Start && p.Span.End <= dl.Place.End && p.Kind == "place" && p.Country == focus {
				if country.Valid() && d.Places[country.Get()].Country == p.Country && !inPart(p, d.Places[country.Get()]) {
					return country, "country"
				}
				return doc.MakeIndex(k), "dateline"
			}
		}
	}
	// A part of a country the sentence puts the deed in, not the story's
	// main place in another: "Israeli air strikes on villages in south
	// Lebanon killed at least 12 people" in a story of Hezbollah's drones
	// on Beit Hillel.
	mainPlace := places.Main(d, article)
	if country.Valid() {
		c := d.Places[country.Get()]
		if c.Qualifier != "" && !strings.Contains(c.Qualifier, "countryside") && countryIn && mainPlace >= 0 && d.Places[mainPlace].Country != c.Country {
			return country, "sentence"
		}
	}
	// (Not the capital that acted, when the sentence names where:
	// "Ankara carried out airstrikes … in northern Iraq".)
	if mainPlace >= 0 && !(actsAt(d, d.Places[mainPlace]) && (foreign.Valid() || country.Valid())) {
		return doc.MakeIndex(mainPlace), "article"
	}
	if foreign.Valid() {
		return foreign, "sentence"
	}
	if country.Valid() {
		return country, "sentence"
	}
	return 0, ""
}

// officialsPlace returns the place, in a source of sentence sp, that
// names the office of the one who tells: "Belgorod Gov. …", "Mykolaiv
// Mayor …", "the governor of the Kursk region" (local office words:
// triggers.tsv "office").
func (s *Stage) officialsPlace(d *doc.Doc, sp doc.Span) (doc.Index, bool) {
	for k, p := range d.Places {
		if p.Span.Start < sp.Start || p.Span.End > sp.End || p.Kind != "place" || p.Precision == "country" || !inSource(d, p.Span) {
			continue
		}
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= p.Span.End })
		// (past the place's own qualifier: "the Kursk region's governor")
		for i < len(d.Tokens) && (d.Tokens[i].Span.End <= p.QualSpan.End || d.TokenNorm(i) == "'s" || d.TokenNorm(i) == "’s") {
			i++
		}
		after := i < len(d.Tokens) && s.offices[d.TokenNorm(i)]
		// "the governor of the Kursk region"
		j := tokenBefore(d, p.Span.Start, false)
		before := j > 0 && d.TokenNorm(j) == "of" && s.offices[d.TokenNorm(tokenBefore(d, d.Tokens[j].Span.Start, false))]
		if after || before {
			return doc.MakeIndex(k), true
		}
	}
	return 0, false
}

// acrossTheCountry reports whether the clause spreads its deed over the
// whole country without naming it: "across the country", "throughout the
// country", "nationwide".
func acrossTheCountry(d *doc.Doc, clause doc.Span) bool {
	lo, hi := d.TokensIn(clause)
	for i := lo; i < hi; i++ {
		switch d.TokenNorm(i) {
		case "nationwide":
			return true
		case "across", "throughout":
			if i+2 < hi && d.TokenNorm(i+1) == "the" && d.TokenNorm(i+2) == "country" {
				return true
			}
		}
	}
	return false
}

// byAgent reports whether the place at sp, or the list it ends, follows
// "by": "mediated by the US and France".
func byAgent(d *doc.Doc, sp doc.Span) bool {
	i := tokenBefore(d, sp.Start, false)
	for i > 0 && d.TokenNorm(i) == "and" {
		i = tokenBefore(d, d.Tokens[i-1].Span.Start, false)
	}
	return i >= 0 && d.TokenNorm(i) == "by"
}

// qualifiesOnly reports whether place k, after "the" and with no
// settlement word of its own, only qualifies a thing named right after it
// in one to four words (no place's), whose place the next place says:
// "the Tambov gunpowder plant in Kotovsk" (not "the Gaza Strip overnight
// and on Wednesday, including … in the Shati camp").
func qualifiesOnly(d *doc.Doc, k int, clause doc.Span) bool {
	p := d.Places[k]
	if p.Qualifier != "" || k+1 >= len(d.Places) {
		return false
	}
	if lo, _ := d.TokensIn(p.Span); lo == 0 || d.TokenNorm(lo-1) != "the" {
		return false
	}
	q := d.Places[k+1]
	if q.Kind != "place" || q.Span.End > clause.End || q.Country != p.Country || !locative(cueBefore(d, q.Span.Start)) {
		return false
	}
	// (Not a town before the country or region that holds it: "the
	// Novokuibyshevsk oil refinery in Russia's Samara region" is in
	// Novokuibyshevsk.)
	if p.Precision != "region" && p.Precision != "country" && (q.Precision == "country" || q.Precision == "region" && q.Admin1 == p.Admin1) {
		return false
	}
	_, from := d.TokensIn(p.Span)
	to, _ := d.TokensIn(q.Span)
	to-- // the cue
	if to > 0 && d.TokenNorm(to) == "the" {
		to--
	}
	if n := to - from; n < 1 || n > 4 {
		return false
	}
	for i := from; i < to; i++ {
		// (A name's capitalized words too: "the Zaporizhzhia Nuclear
		// Power Plant in Enerhodar".)
		named := false
		if d.Tokens[i].Upper {
			_, named = placeStartingAt(d, i)
		}
		switch w := d.TokenNorm(i); {
		case d.Tokens[i].Kind != doc.Word || named, strings.HasSuffix(w, "ly"):
			return false
		case w == "and" || w == "or" || w == "overnight" || w == "on" || w == "of" || w == "to" || w == "was" || w == "were" || w == "is" || w == "has" || w == "had":
			return false
		}
	}
	return true
}

// placeStartingAt returns the place mention that starts at token i.
func placeStartingAt(d *doc.Doc, i int) (doc.PlaceMention, bool) {
	for _, p := range d.Places {
		if p.Span.Start == d.Tokens[i].Span.Start {
			return p, true
		}
	}
	return doc.PlaceMention{}, false
}

// initialsBeforeNoun reports whether the place at sp is written in
// initials ("US", "UK") right before a word in lower case: a modifier.
func initialsBeforeNoun(d *doc.Doc, sp doc.Span) bool {
	txt := sp.In(d.Text)
	if len(txt) > 3 || strings.ToUpper(txt) != txt {
		return false
	}
	_, hi := d.TokensIn(sp)
	return hi < len(d.Tokens) && d.Tokens[hi].Kind == doc.Word && !d.Tokens[hi].Upper
}

// inPart reports whether place p lies in the part of the wider place w
// that w's qualifier names — "southern" Lebanon holds no Beirut — judged
// from w's point; true when the qualifier names no direction.
func inPart(p, w doc.PlaceMention) bool {
	q := strings.ToLower(w.Qualifier)
	if p.Lat == 0 && p.Lon == 0 || w.Lat == 0 && w.Lon == 0 {
		return true
	}
	// (A point is a rough centre, so of two directions — "northwestern
	// Pakistan" — both must fail: Peshawar lies east of Pakistan's.)
	named, wrong := 0, 0
	for _, c := range [...]struct {
		dir string
		out bool
	}{{"north", p.Lat < w.Lat}, {"south", p.Lat > w.Lat}, {"east", p.Lon < w.Lon}, {"west", p.Lon > w.Lon}} {
		if strings.Contains(q, c.dir) {
			named++
			if c.out {
				wrong++
			}
		}
	}
	return named == 0 || wrong < named
}

// sameRegionAs returns the region "the same region" or "the same
// province" in the clause refers to: the last one named before it in its
// article, not in the dateline.
func sameRegionAs(d *doc.Doc, clause doc.Span, article int, dateline doc.Span) (doc.Index, bool) {
	if !anaphorIn(d, clause, "same", "region", "province", "state", "governorate") {
		return 0, false
	}
	return lastPlaceBefore(d, clause.Start, d.Articles[article].WithTitle().Start, func(p doc.PlaceMention) bool {
		return p.Kind == "place" && p.Precision == "region" && !dateline.Contains(p.Span) && !inSource(d, p.Span)
	})
}

// anaphorIn reports whether the clause holds "the" and one of nouns,
// with the word adj between when it is not empty: "the city", "the same
// region".
func anaphorIn(d *doc.Doc, clause doc.Span, adj string, nouns ...string) bool {
	lo, hi := d.TokensIn(clause)
	n := 1
	if adj != "" {
		n = 2
	}
	for k := lo; k+n < hi; k++ {
		if d.TokenNorm(k) == "the" && (adj == "" || d.TokenNorm(k+1) == adj) && slices.Contains(nouns, d.TokenNorm(k+n)) {
			return true
		}
	}
	return false
}

// lastPlaceBefore returns the last place mention that starts at or after
// from and before off and that fits: what an anaphor at off ("the city",
// "the same region") refers to.
func lastPlaceBefore(d *doc.Doc, off, from int32, fits func(doc.PlaceMention) bool) (doc.Index, bool) {
	for k := len(d.Places) - 1; k >= 0; k-- {
		p := d.Places[k]
		if p.Span.Start >= off {
			continue
		}
		if p.Span.Start < from {
			break
		}
		if fits(p) {
			return doc.MakeIndex(k), true
		}
	}
	return 0, false
}

// definiteCamp returns the last camp named before clause when clause
// says "the camp": "a ground assault on Zamzam camp, south of El Fasher
// … the RSF announced it had taken control of the camp".
func definiteCamp(d *doc.Doc, clause doc.Span, para int32, dateline doc.Span) (doc.Index, bool) {
	if !anaphorIn(d, clause, "", "camp") {
		return 0, false
	}
	return lastPlaceBefore(d, clause.Start, d.Paras[max(0, para-2)].Start, func(p doc.PlaceMention) bool {
		return p.Kind == "place" && p.Qualifier == "camp" && !dateline.Contains(p.Span) && !inSource(d, p.Span)
	})
}

// definiteTown returns the place "the city", "the town", "the village" or
// "the area" in the clause
// refers to: the last city or town named before it, in its paragraph
// (para, an index into d.Paras) or the two before (not the dateline's).
func definiteTown(d *doc.Doc, clause doc.Span, para int32, dateline doc.Span) (doc.Index, bool) {
	if !anaphorIn(d, clause, "", "city", "town", "village", "area") {
		return 0, false
	}
	fits := func(p doc.PlaceMention) bool {
		// (Not a camp: "the city" after "the Abu Shouk camp" is El
		// Fasher, named before it.)
		return p.Kind == "place" && p.Qualifier != "camp" && (p.Precision == "city" || unlisted(p) && (p.Qualifier == "" || p.Qualifier == "village" || p.Qualifier == "town")) && !dateline.Contains(p.Span) && !based(d, p.Span) && !inSource(d, p.Span) && !sourceSeat(d, p.Span)
	}
	k, ok := lastPlaceBefore(d, clause.Start, d.Paras[max(0, para-2)].Start, fits)
	// Not the town a village was placed in: "Lin Ta Lu village in
	// Sagaing township" — the village.
	if j := k.Get() - 1; ok && j >= 0 && fits(d.Places[j]) {
		if between := strings.TrimSpace(d.Text[d.Places[j].Span.End:d.Places[k.Get()].Span.Start]); between == "village in" || between == "in" || between == "," {
			return doc.MakeIndex(j), true
		}
	}
	return k, ok
}

// target returns the place a sentence's fire is aimed at when it also
// names where the fire came from: the place after "towards", "at", "on" or
// "into" (a qualifier between: "towards northern Israel") in a sentence
// with a place after "from"; a country only when no finer place is aimed at.
func target(d *doc.Doc, clause doc.Span) (doc.Index, bool) {
	origin := false
	to, toCountry := -1, -1
	for k, p := range d.Places {
		if p.Span.Start < clause.Start || p.Span.End > clause.End || p.Kind != "place" {
			continue
		}
		at := p.Span.Start
		if p.Qualifier != "" && !p.QualSpan.Empty() && p.QualSpan.End <= p.Span.Start {
			at = p.QualSpan.Start
		}
		switch w := wordBefore(d, at); w {
		case "from":
			origin = true
		case "in":
			// "terrorist organizations positioned in Jobar": where the
			// fire came from.
			i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= at })
			for i--; i >= 0 && d.TokenNorm(i) != "in"; i-- {
			}
			switch wordBefore(d, d.Tokens[max(i, 0)].Span.Start) {
			case "positioned", "stationed", "deployed", "entrenched", "holed":
				origin = true
			}
		case "towards", "toward", "at", "on", "into", "against", "targeted", "targeting", "shelled", "struck", "hit", "bombed":
			switch {
			case p.Precision != "country" && to < 0:
				to = k
			case p.Precision == "country" && toCountry < 0:
				toCountry = k
			}
		}
	}
	if to < 0 {
		to = toCountry
	}
	if origin && to >= 0 {
		return doc.MakeIndex(to), true
	}
	return 0, false
}

// toldIn reports whether the place at sp is where a deed was told, not
// done: "he told reporters in Kabul", "at a news conference in Damascus"
// (data: audience).
func (s *Stage) toldIn(d *doc.Doc, sp doc.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= sp.Start })
	return i >= 2 && d.TokenNorm(i-1) == "in" && s.audience[d.TokenNorm(i-2)]
}

// clauseOf returns the part of sentence st that belongs to the deed whose
// trigger ends at token end: the sentence up to a clause of another deed
// opened after the trigger by "as" or "while" and an armed actor (not a
// source that speaks: "as Syrian state TV said …"), with a place of its
// own or a deed of its own: "killed 43
// people on Saturday as US-backed fighters advanced in their push towards
// Raqqa": Raqqa is the advance's).
//
// It returns the clause and its end as a token index.
func (s *Stage) clauseOf(d *doc.Doc, st doc.Sent, end, hi int) (doc.Span, int) {
	sp := st.Span
	// "In response to Israeli strikes on Nabatieh, Hezbollah fired rockets
	// at northern Israel": the deed answered, set before the sentence's
	// own up to a comma, is another's, of its own place and day.
	// (Every such phrase opens with "in": see answerIn.)
	if lo, _ := d.TokensIn(st.Span); lo < hi && d.TokenNorm(lo) == "in" {
		for _, a := range s.answerIn {
			if _, ok := s.match(d, lo, hi, a); ok {
				for k := lo + len(a); k < end-1; k++ {
					if d.TokenNorm(k) == "," {
						sp.Start = d.Tokens[k].Span.End
						break
					}
				}
				break
			}
		}
	}
	for k := end; k < hi; k++ {
		switch d.TokenNorm(k) {
		case "in":
			// "… launched dozens of Katyusha rockets at Israeli positions
			// in the Galilee in response to the killing of one of its
			// commanders in an Israeli strike in Tyre on Friday": the
			// deed answered is another's, of its own place and day.
			for _, a := range s.answerIn {
				if _, ok := s.match(d, k, hi, a); ok {
					sp.End = d.Tokens[k].Span.Start
					return sp, k
				}
			}
			continue
		case "as", "while", "whereas":
		case "after":
			// "…, hours after U.S. and British warplanes struck Houthi
			// sites near … Hodeidah": a deed of its own, before this
			// one, told by how long before, set off by a comma.
			if !sinceComma(d, k) {
				continue
			}
		default:
			continue
		}
		opened := false
		for _, a := range d.Actors {
			if a.Span.Start >= d.Tokens[k].Span.End && k+1 < hi && a.Span.Start <= d.Tokens[min(k+4, hi-1)].Span.Start && armed(a.Type) {
				opened = true
				break
			}
		}
		// Or a deed named right after it: "…, while air strikes on the
		// besieged eastern districts killed 30".
		if !opened && k+1 < hi {
			if f, ok := s.bestTrigger(d, k+1, min(k+4, hi), -1); ok && !f.t.weak && !f.t.kill && f.start <= k+3 && violent(f.t.typ) {
				opened = true
			}
		}
		// A clause with a place of its own is another deed; without one
		// it tells the same ("Shelling … non-stop for days, as Bashar
		// Assad's forces close in": their shelling).
		// ", while" with a side as its subject sets another deed beside
		// this one, whatever it names: "The Peshmerga captured Bashiqa
		// …, while the army's Counter Terrorism Service entered the
		// eastern districts".
		if opened && d.TokenNorm(k) != "as" && k > 0 && d.TokenNorm(k-1) == "," {
			sp.End = d.Tokens[k-1].Span.Start
			return sp, k - 1
		}
		// (Not the target's movement when the deed struck it: "an IED
		// exploded as a Pakistani army convoy passed near Mir Ali".)
		if opened && d.TokenNorm(k) == "as" && anyIn(d, s.moving, k+1, min(k+8, hi)) {
			continue
		}
		if opened {
			rest := doc.Span{Start: d.Tokens[k].Span.End, End: st.Span.End}
			for _, p := range d.Places {
				if p.Kind == "place" && rest.Contains(p.Span) {
					sp.End = d.Tokens[k].Span.Start
					return sp, k
				}
			}
			// Or a deed of its own: "while regime forces shelled Kansafra"
			// (a village the gazetteer lacks).
			if f, ok := s.bestTrigger(d, k+1, hi, -1); ok && !f.t.weak && !f.t.kill {
				sp.End = d.Tokens[k].Span.Start
				return sp, k
			}
		}
	}
	return sp, hi
}

// sinceComma reports whether "after" at token k opens a clause set off
// by a comma and a stretch of time: ", hours after", ", a day after",
// ", two weeks after" (not "last week after RSF shelling").
func sinceComma(d *doc.Doc, k int) bool {
	j := k - 1
	if j < 1 || !dates.SpanWord(d.TokenNorm(j)) {
		return false
	}
	j--
	// (the count of the stretch: "a day", "two weeks", "only hours")
	for n := 0; n < 2 && j > 0 && d.Tokens[j].Kind != doc.Punct; n++ {
		w := d.TokenNorm(j)
		if _, end, ok := numbers.Read(d, j); !(ok && end == j+1) && w != "a" && w != "just" && w != "only" && w != "barely" {
			return false
		}
		j--
	}
	return d.TokenNorm(j) == ","
}

// cueBefore is the word before a place, past "the town of", "the city of"
// and the like: "near the town of Nabatieh" is near.
func cueBefore(d *doc.Doc, off int32) string {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= off }) - 1
	// Past a country's possessive: "in Russia's Belgorod region" is in.
	if i >= 1 && (d.TokenNorm(i) == "'s" || d.TokenNorm(i) == "’s") {
		for _, p := range d.Places {
			if p.Precision == "country" && p.Span.End == d.Tokens[i].Span.Start {
				return cueBefore(d, p.Span.Start)
			}
		}
	}
	if i >= 1 && d.TokenNorm(i) == "of" {
		switch d.TokenNorm(i - 1) {
		case "town", "city", "village", "province", "region", "district", "area", "outskirts", "suburbs",
			"neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "areas", "villages", "towns", "parts", "streets", "centre", "center",
			"port", "capital", "settlement", "township", "county", "municipality", "governorate":
			w := wordBefore(d, d.Tokens[i-1].Span.Start)
			// "shelled residential neighbourhoods of El Fasher", "In the
			// Russian border region of Belgorod": a few words between
			// the cue and the noun.
			for k := i - 2; k >= 0 && k >= i-4 && !placeCue(w) && d.Tokens[k].Kind == doc.Word; k-- {
				if w2 := wordBefore(d, d.Tokens[k].Span.Start); placeCue(w2) {
					return w2
				}
			}
			return w
		case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern":
			// "70 nautical miles southeast of Aden": near it.
			return "near"
		}
	}
	// Past a direction: "from northern Gaza" is from, "in south Lebanon"
	// in.
	if i >= 1 && d.Tokens[i].Kind == doc.Word {
		switch d.TokenNorm(i) {
		case "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west":
			return wordBefore(d, d.Tokens[i].Span.Start)
		}
	}
	return wordBefore(d, off)
}

// placeCue reports whether a word before a place abroad says the deed is
// there: a locative or a verb the place is the object of.
func placeCue(w string) bool {
	switch w {
	case "in", "on", "near", "off", "at", "into", "over", "outside", "around", "across", "towards", "toward", "targeting", "struck", "hit", "shelled", "bombed", "attacked", "besieged", "entered", "captured", "seized":
		return true
	}
	return false
}

// locative reports whether a word before a place says the deed is there.
func locative(w string) bool {
	switch w {
	case "in", "at", "near", "inside", "into", "across", "throughout":
		return true
	}
	return false
}

// sceneSetter reports whether place p opens its clause as "In X," — the
// scene of a digest's paragraph, not necessarily the deed's own place.
func sceneSetter(d *doc.Doc, clause doc.Span, p doc.PlaceMention) bool {
	lo, hi := d.TokensIn(doc.Span{Start: clause.Start, End: p.Span.End})
	if hi-lo < 2 || d.TokenNorm(lo) != "in" || d.Tokens[hi-1].Span.End != p.Span.End {
		return false
	}
	// "In" and then the place itself (or "the" place), nothing else:
	// not "In late July, regime forces attacked the Castello Road,".
	first := lo + 1
	if d.TokenNorm(first) == "the" {
		first++
	}
	if first >= hi || d.Tokens[first].Span.Start != p.Span.Start {
		return false
	}
	rest := strings.TrimLeft(d.Text[p.Span.End:clause.End], " ")
	return strings.HasPrefix(rest, ",")
}

// struckAt finds the town a deed noun's locative phrase names: the
// trigger ("strikes", "shelling") then on/in/at/of/near/targeting, and
// within a dozen words a town of the story's country.
func struckAt(d *doc.Doc, clause doc.Span, f found, focus string) (doc.Index, bool) {
	if f.end >= len(d.Tokens) || strings.HasSuffix(d.TokenNorm(f.end-1), "ed") {
		return 0, false // a verb: its object and place are read below
	}
	switch d.TokenNorm(f.end) {
	case "on", "in", "at", "of", "near", "targeting", "against":
	default:
		return 0, false
	}
	after := d.Tokens[f.end].Span.End
	limit := d.Tokens[min(f.end+14, len(d.Tokens)-1)].Span.End
	for k, p := range d.Places {
		if p.Span.Start < after || p.Span.End > clause.End || p.Span.End > limit {
			continue
		}
		if p.Kind != "place" || p.Country != focus || p.Precision == "country" || p.Precision == "region" || inSource(d, p.Span) || inName(d, p.Span) || based(d, p.Span) {
			continue
		}
		// (Past a name that qualifies what was struck: "drones at the
		// Tambov gunpowder plant in Kotovsk".)
		if qualifiesOnly(d, k, clause) {
			continue
		}
		return doc.MakeIndex(k), true
	}
	return 0, false
}

// betweenEnd reports whether the place at off is the second end of a
// "between": "on the road between Deir Qanoun al-Nahr and Tyre".
func betweenEnd(d *doc.Doc, off int32) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= off })
	if i < 1 || d.TokenNorm(i-1) != "and" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-9; k-- {
		switch w := d.TokenNorm(k); {
		case w == "between":
			return true
		case w == "," || w == ";" || w == "and" || d.Tokens[k].Kind == doc.Punct && w != "-":
			return false
		}
	}
	return false
}

// unlisted reports whether p is a place the gazetteer lacks, named at its
// container's point ("the market in Um Sumeima" in North Kordofan): as
// fine a place as the text gives, whatever its point's precision.
func unlisted(p doc.PlaceMention) bool { return strings.HasPrefix(p.ID, "unlisted:") }

// alongRoad reports whether the place at sp names one end of a road:
// "the Kaduna-Abuja highway", "the Aleppo-Damascus road".
func alongRoad(d *doc.Doc, sp doc.Span) bool {
	rest := d.Text[sp.End:min(int(sp.End)+40, len(d.Text))]
	// The road's second end: "-Abuja highway".
	if before := d.Text[:sp.Start]; strings.HasSuffix(before, "-") || strings.HasSuffix(before, "–") {
		if f := strings.Fields(rest); len(f) > 0 && roadWord(f[0]) {
			return true
		}
	}
	if !strings.HasPrefix(rest, "-") && !strings.HasPrefix(rest, "–") {
		return false
	}
	f := strings.Fields(strings.TrimLeft(rest, "-– "))
	return len(f) >= 2 && roadWord(f[1])
}

func roadWord(w string) bool {
	switch strings.ToLower(strings.Trim(w, ".,;")) {
	case "highway", "road", "expressway", "motorway", "route":
		return true
	}
	return false
}

// aimedAt reports whether a country is named as what fire was aimed at:
// "against Ukraine", "at northern Israel", "towards Israel".
func aimedAt(d *doc.Doc, p doc.PlaceMention) bool {
	switch wordBefore(d, p.Span.Start) {
	case "against", "at", "towards", "toward", "attacked", "invaded":
		return true
	}
	// "fired rockets at northern Israel", "attacked southern Israel"
	// (not "… involved in rocket launches towards northern Israel",
	// which describes someone).
	if p.Qualifier != "" && !p.QualSpan.Empty() && p.QualSpan.End <= p.Span.Start {
		w := wordBefore(d, p.QualSpan.Start)
		return w == "at" || w == "against" || w == "attacked" || w == "invaded"
	}
	return false
}

// bracketedAdmin reports whether place k is one of the divisions listed in
// brackets after another place, as notes write a town's district and
// region ("Boulkessi (Douentza, Mopti)"), and returns that place.
func bracketedAdmin(d *doc.Doc, k int) (int, bool) {
	at := d.Places[k].Span.Start
	for j := k - 1; j >= 0; j-- {
		q := d.Places[j]
		if q.Span.End > at {
			continue
		}
		gap := strings.TrimSpace(d.Text[q.Span.End:at])
		switch {
		case gap == "(":
			// q is the town the brackets follow.
			if q.Kind == "place" && q.Country == d.Places[k].Country {
				return j, true
			}
			return 0, false
		case gap == ",":
			at = q.Span.Start
		default:
			return 0, false
		}
	}
	return 0, false
}

// bracketedAfter returns the place after place k in clause that has its
// divisions in brackets after it ("Bukavu (Sud-Kivu)"), when k has none.
func bracketedAfter(d *doc.Doc, k int, clause doc.Span) (int, bool) {
	bracketed := func(j int) bool {
		if j+1 >= len(d.Places) {
			return false
		}
		o, ok := bracketedAdmin(d, j+1)
		return ok && o == j
	}
	if bracketed(k) {
		return 0, false
	}
	for j := k + 1; j+1 < len(d.Places) && d.Places[j].Span.End <= clause.End; j++ {
		if d.Places[j].Kind == "place" && d.Places[j].Country == d.Places[k].Country && bracketed(j) {
			return j, true
		}
	}
	return 0, false
}

// actsAt reports whether the city at p stands for its country's forces
// that act ("Moscow launched missile strikes on Kyiv"): a state actor on
// its very words. It is no place of the deed.
func actsAt(d *doc.Doc, p doc.PlaceMention) bool {
	if p.Precision == "country" {
		return false
	}
	for _, a := range d.Actors {
		if a.Span == p.Span && stateSide(a.Type) {
			return true
		}
	}
	return false
}
