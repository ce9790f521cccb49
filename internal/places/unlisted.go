package places

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/gazetteer"
	"github.com/sitrep-dev/sitrep/internal/placename"
)

// unlisted keeps the names the gazetteer lacks that the text itself says
// are places — "Pazigyi village", "the town of Koumbri" — when a place
// that contains them is named in the same sentence ("in the Sagaing
// region", "in the Yatenga province"). Such a name takes the container's
// point, country and admin1, with the container's precision and the
// settlement word as qualifier: an analyst sees the village's name and a
// point no finer than the text supports. Coordinates are never invented.
func (s *Stage) unlisted(d *doc.Doc, wc *wordCache) {
	if len(s.settlement) == 0 || len(d.Places) == 0 {
		return
	}
	var found []doc.PlaceMention
	var strays []string         // ids of homonyms abroad that found names replace
	var inners []doc.Span       // known names inside found ones, which they replace
	main, mainDone := "", false // the story's country, found when first needed
	for _, st := range d.Sents {
		lo, hi := d.TokensIn(st.Span)
		for i := lo; i < hi; i++ {
			if !wc.is(i, wGate|wHead) {
				continue
			}
			var name doc.Span
			var qual, nb string
			var ok, isNearby bool
			if wc.is(i, wSettlement) {
				qual, ok = s.settlement[d.TokenNorm(i)]
			}
			if wc.is(i, wNearby) {
				nb, isNearby = s.nearby[d.TokenNorm(i)]
			}
			near := false    // the container must be named close by
			region := false  // and be a region or district
			bracket := false // ACLED's "Name (District, Region)"
			switch {
			case ok && i+2 < hi && d.TokenNorm(i+1) == "of" && d.Tokens[i+2].Upper:
				// "the town of Koumbri"
				name = s.nameAt(d, i+2, hi, 1)
			case ok && i-1 >= lo && d.Tokens[i-1].Upper:
				// "Pazigyi village"
				name = s.nameAt(d, i-1, lo-1, -1)
			case ok && i-2 >= lo && s.settlementKind[d.TokenNorm(i-1)] && d.Tokens[i-2].Upper:
				// "the Zamzam displacement camp"
				name = s.nameAt(d, i-2, lo-1, -1)
			case isNearby && i+1 < hi && d.Tokens[i+1].Upper && i+1 > lo && !inDate(d, i+1):
				// "in Koumbri, in the Yatenga province"
				name, qual, near, region = s.nameAt(d, i+1, hi, 1), "", true, nb == "region"
				// (Its settlement word, capitalized, is its qualifier: "in
				// Wadi al-Zahab District".)
				if a, e := d.TokensIn(name); e-1 > a && wc.is(e-1, wSettlement) {
					qual, _ = s.settlement[d.TokenNorm(e-1)]
					name.End = d.Tokens[e-2].Span.End
				}
			case wc.is(i, wHead) && d.Tokens[i].Upper && (i == lo || !d.Tokens[i-1].Upper || d.Tokens[i-1].Kind != doc.Word || sentenceStart(d, i-1)) && headedName(d, i, hi):
				// "the RSF attacked Wad al-Noura twice": a name the head
				// of an Arabic place name opens, with its article, is a
				// place's, in the place the sentence names. (One its
				// settlement word follows, or ends it, is left to that
				// word: "the Ain al-Hilweh camp", "in Wadi al-Zahab
				// District".)
				name = s.nameAt(d, i, hi, 1)
				if _, e := d.TokensIn(name); e < hi && wc.is(e, wSettlement) || e > i && wc.is(e-1, wSettlement) {
					name = doc.Span{}
				}
			case d.TokenNorm(i) == "(" && i-1 > lo && d.Tokens[i-1].Upper && i+1 < hi && d.Tokens[i+1].Upper && listAfter(d, i+1, hi):
				// ACLED's "Rubaya (Masisi, Nord-Kivu)": a name before its
				// district and region, whatever comes before it.
				name, qual, near, region, bracket = s.nameAt(d, i-1, lo-1, -1), "", true, true, true
			}
			// (Once: "in Ceel Buur (Ceel Buur, Galgaduud)" gives the name
			// after "in" and before the bracket.)
			// (Nor a word that is never a place alone: "regime-held Shia
			// villages" are the faith's, no village named Shia.)
			// (Nor an organisation's acronym: "a FAMa camp", "an
			// UNMISS base" are the Malian army's and the UN's.)
			if name.Empty() || inDate(d, i) || placeIn(found, name) || s.never[strings.ToLower(name.In(d.Text))] || acronymLike(name.In(d.Text)) {
				continue
			}
			if !mainDone {
				main, mainDone = mainCountry(d), true
			}
			// A name the gazetteer knows only as a village abroad, in a
			// country nothing else in the story is in, is the settlement
			// the text says it is at home: "Tawila town, 60 km west of El
			// Fasher", not Yemen's At Tawilah.
			stray, abroad := "", ""
			// (ACLED's bracketed name holds a known one inside it that is
			// not it: "Puerto Jordan (Arauca, Arauca)" is no Jordan.)
			inner := -1
			if bracket {
				inner = s.innerName(d, name)
			}
			if inner < 0 && s.known(d, name) {
				if stray, abroad = s.stray(d, name, strayLimit(qual)); stray == "" {
					continue
				}
			}
			// "the southern Lebanese village of Kawkaba": the country its
			// demonym names holds it, whatever town the sentence names.
			// Or the country named right after it: "the village of
			// Kawkaba in southern Lebanon".
			c, ok := demonymBefore(d, i)
			if !ok && qual != "" {
				c, ok = countryAfter(d, name)
			}
			if ok && qual != "" {
				c.Kind, c.Qualifier, c.QualSpan = "place", "", doc.Span{}
			} else {
				c, ok = s.container(d, st, name, near, main, qual == "district")
			}
			// (A homonym abroad gives way only to a place of the story's
			// own country.)
			// (ACLED's district may be read as its seat: "Sarmada (Harim,
			// Idlib)" — Harim the town, before its region.)
			if ok && region && c.Precision == "city" && regionAfter(d, c) {
				c.Precision = "district"
			}
			// An ACLED note's division the gazetteer lacks ("Barsalogho
			// (Sanmatenga)"): the village is somewhere in the country its
			// sentence names or a demonym in it gives ("Burkinabe
			// soldiers"), not nowhere.
			inCountry := false
			if !ok && bracket && !s.known(d, name) && divisionWords(d, i+1, hi) {
				if c, ok = countryIn(d, st.Span, false); ok {
					inCountry = true
				}
			}
			// A village or town the text plainly names, with no place
			// that holds it: somewhere in the story's country, when the
			// story names only one ("troops attacked Boko Haram fighters
			// in the village of Kirawa" in a story of Nigeria). (Not the
			// sentence's: "fighters who had arrived from Iraq were hit
			// near Hatla town" is Syria's Hatla.)
			if !ok && (qual == "village" || qual == "town") && !s.known(d, name) {
				c, ok = countryIn(d, articleSpan(d, name.Start), true)
			}
			if !ok || region && !inCountry && c.Precision != "region" && c.Precision != "district" || stray != "" && (c.Country == abroad || !s.larger(c.ID, stray) || main != "" && c.Country != main) {
				continue
			}
			if stray != "" {
				strays = append(strays, stray)
			}
			if inner >= 0 {
				inners = append(inners, d.Places[inner].Span)
			}
			m := c
			m.Span, m.Name, m.ID = name, name.In(d.Text), "unlisted:"+placename.Loose(name.In(d.Text))+"@"+c.ID
			m.Qualifier, m.QualSpan = qual, d.Tokens[i].Span
			m.GeoPrecision, m.Candidates, m.Score = 2, 0, 0
			if c.Precision == "country" {
				m.GeoPrecision = 3 // a village somewhere in the country
			}
			found = append(found, m)
		}
	}
	if len(found) == 0 {
		return
	}
	// The same name elsewhere read as that homonym abroad is this place
	// too ("households fled Tawila town" before "RSF fighters attacked
	// Tawila town, 60 km west of El Fasher").
	for _, m := range found {
		key := placename.Loose(m.Name)
		for _, p := range d.Places {
			if p.Country == m.Country || placename.Loose(p.Span.In(d.Text)) != key {
				continue
			}
			if id, _ := s.stray(d, p.Span, strayLimit(m.Qualifier)); id != "" {
				strays = append(strays, id)
			}
		}
	}
	if len(strays) > 0 || len(inners) > 0 {
		d.Places = slices.DeleteFunc(d.Places, func(p doc.PlaceMention) bool { return slices.Contains(strays, p.ID) || slices.Contains(inners, p.Span) })
	}
	found = append(found, againNamed(d, found)...)
	d.Places = append(d.Places, found...)
	slices.SortStableFunc(d.Places, func(a, b doc.PlaceMention) int { return int(a.Span.Start - b.Span.Start) })
}

// acronymLike reports whether name is one word written as an acronym:
// all capitals ("UNMISS"), or three capitals or more ("FAMa", "FARDCs").
func acronymLike(name string) bool {
	if strings.ContainsAny(name, " -") {
		return false
	}
	caps := 0
	for _, r := range name {
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return caps >= 3 || acronym(name)
}

// headedName reports whether the head word at token i opens a name with
// the Arabic article glued to its next word: "Wad al-Noura", "Kafr
// al-Hamra" (not "Tal Abyad", which the gazetteer would know, nor "Ras
// Baalbek" after a person's "Ras").
func headedName(d *doc.Doc, i, hi int) bool {
	return i+3 < hi && placename.IsArticle(d.TokenNorm(i+1)) && d.TokenNorm(i+2) == "-" && !d.Tokens[i+2].SpaceBefore && d.Tokens[i+3].Upper && d.Tokens[i+3].Kind == doc.Word
}

// againNamed finds the later mentions, in the same article, of names
// found unlisted: "the town of Rubaya" and then "the fighting around
// Rubaya". Each is the first mention's place, without its qualifier.
func againNamed(d *doc.Doc, found []doc.PlaceMention) []doc.PlaceMention {
	var more []doc.PlaceMention
	for _, m := range found {
		lo, hi := d.TokensIn(m.Span)
		n := hi - lo
		if n < 1 || n > 4 {
			continue
		}
		art := articleSpan(d, m.Span.Start)
		for i := hi; i+n <= len(d.Tokens) && d.Tokens[i].Span.Start < art.End; i++ {
			same := true
			for k := 0; k < n && same; k++ {
				same = d.TokenText(i+k) == d.TokenText(lo+k)
			}
			if !same {
				continue
			}
			sp := doc.Span{Start: d.Tokens[i].Span.Start, End: d.Tokens[i+n-1].Span.End}
			// Not part of a longer capitalized name, nor a place already.
			if i+n < len(d.Tokens) && d.Tokens[i+n].Upper && d.Tokens[i+n].Kind == doc.Word {
				continue // "Rubaya Road"
			}
			if d.Tokens[i-1].Upper && d.Tokens[i-1].Kind == doc.Word && !sentenceStart(d, i-1) {
				continue // "North Rubaya"
			}
			if placeIn(d.Places, sp) || placeIn(found, sp) || placeIn(more, sp) {
				continue
			}
			again := m
			again.Span, again.Qualifier, again.QualSpan = sp, "", doc.Span{}
			more = append(more, again)
			i += n - 1
		}
	}
	return more
}

// demonymBefore returns the demonym mention that ends right before token
// i (a settlement word): "Lebanese" in "the Lebanese village of".
func demonymBefore(d *doc.Doc, i int) (doc.PlaceMention, bool) {
	if i < 1 {
		return doc.PlaceMention{}, false
	}
	end := d.Tokens[i-1].Span.End
	for _, p := range d.Places {
		if p.Kind == "demonym" && p.Precision == "country" && p.Span.End == end {
			return p, true
		}
	}
	return doc.PlaceMention{}, false
}

// divisionWords reports whether the bracket opened before token i holds
// names as a division is written, not an acronym: "(Sanmatenga)",
// "(Soum, Sahel)", not "(KNU)" or "(WHO)".
func divisionWords(d *doc.Doc, i, hi int) bool {
	n := 0
	for k := i; k < hi; k++ {
		t := d.TokenText(k)
		switch {
		case t == ")":
			return n > 0
		case t == "," || t == "-":
			continue
		case d.Tokens[k].Kind != doc.Word || !d.Tokens[k].Upper || strings.ToUpper(t) == t:
			return false
		}
		n++
	}
	return false
}

// countryIn returns, as a place, the one country that the country names
// and demonyms in sp give — and, with metonyms, the metonyms too
// ("Nigeria's army").
func countryIn(d *doc.Doc, sp doc.Span, metonyms bool) (doc.PlaceMention, bool) {
	var c doc.PlaceMention
	found := false
	for _, p := range d.Places {
		if p.Span.Start < sp.Start || p.Span.End > sp.End || p.Precision != "country" || p.Country == "" || p.Kind != "place" && p.Kind != "demonym" && !(metonyms && p.Kind == "metonym") {
			continue
		}
		if found && p.Country != c.Country {
			return doc.PlaceMention{}, false // two countries: neither
		}
		c, found = p, true
	}
	c.Kind, c.Qualifier, c.QualSpan = "place", "", doc.Span{}
	return c, found
}

// countryAfter returns the country mention right after the name at sp,
// past a comma or "in" and the country's own qualifier: "Kawkaba in
// southern Lebanon", "Kawkaba, Lebanon".
func countryAfter(d *doc.Doc, sp doc.Span) (doc.PlaceMention, bool) {
	k := sort.Search(len(d.Places), func(k int) bool { return d.Places[k].Span.Start >= sp.End })
	if k == len(d.Places) {
		return doc.PlaceMention{}, false
	}
	p := d.Places[k]
	if p.Kind != "place" || p.Precision != "country" || p.Country == "" {
		return doc.PlaceMention{}, false
	}
	to := p.Span.Start
	if !p.QualSpan.Empty() && p.QualSpan.End <= p.Span.Start && p.QualSpan.Start >= sp.End {
		to = p.QualSpan.Start
	}
	switch strings.ToLower(strings.TrimSpace(d.Text[sp.End:to])) {
	case ",", "in", ", in", "in the":
		return p, true
	}
	return doc.PlaceMention{}, false
}

func articleSpan(d *doc.Doc, off int32) doc.Span {
	for _, a := range d.Articles {
		if a.Span.Start <= off && off < a.Span.End {
			return a.Span
		}
	}
	return doc.Span{Start: 0, End: int32(len(d.Text))}
}

// placeIn reports whether a mention of ms overlaps sp.
func placeIn(ms []doc.PlaceMention, sp doc.Span) bool {
	for _, p := range ms {
		if p.Span.Overlaps(sp) {
			return true
		}
	}
	return false
}

// nameAt returns the capitalized words of a name from token i on, forward
// (step 1) or backward (step -1) up to stop, at most four, articles and
// hyphens inside ("Tal al-Hawa"); empty if the words are common words or a
// given name alone.
func (s *Stage) nameAt(d *doc.Doc, i, stop, step int) doc.Span {
	first, last := i, i
	n := 0
	for k := i; k != stop && n < 6; k += step {
		t := d.Tokens[k]
		w := d.TokenNorm(k)
		if t.Kind == doc.Word && (t.Upper || placename.IsArticle(w)) || w == "-" && !t.SpaceBefore {
			last = k
			n++
			continue
		}
		break
	}
	if step < 0 {
		first, last = last, first
	}
	// Trim hyphens at the edges, a leading "The" and a trailing article;
	// a leading one is the name's ("Al Waer").
	// (and an English article before a space: "an ELN camp" is no
	// Arabic "an-")
	// (and any article in lower case before a space: "fired rockets at
	// Kiryat Shmona (North)" — "at" is English there)
	for first <= last && (d.TokenNorm(first) == "-" || d.TokenNorm(first) == "the" || !d.Tokens[first].Upper && first+1 <= last && d.Tokens[first+1].SpaceBefore) {
		first++
	}
	for last >= first && (d.TokenNorm(last) == "-" || placename.IsArticle(d.TokenNorm(last))) {
		last--
	}
	// Initials that end a name say what the place is: "Abu Shouk IDP
	// camp" is Abu Shouk.
	if last > first && isCaps(d.TokenText(last)) && len(d.TokenText(last)) <= 5 && !isCaps(d.TokenText(last-1)) {
		last--
	}
	if first > last || last-first > 4 {
		return doc.Span{}
	}
	if first == last {
		if w := d.TokenNorm(first); s.common[w] || s.given[w] || len(w) < 3 || isCaps(d.TokenText(first)) {
			return doc.Span{} // (nor initials: "an ELN camp", "an IDP camp")
		}
	}
	// Four capitalized words, none of them English, with no article or
	// hyphen among them are a list that lost its commas ("Ziyadiyah
	// Bahrutah Duvaybik Aktharin"), not one name ("Rocky Mountain
	// National Park").
	words := 0
	for k := first; k <= last; k++ {
		w := d.TokenNorm(k)
		if w == "-" || placename.IsArticle(w) {
			words = 0
			break
		}
		if !s.common[w] {
			words++
		}
	}
	if words >= 4 {
		return doc.Span{}
	}
	return doc.Span{Start: d.Tokens[first].Span.Start, End: d.Tokens[last].Span.End}
}

// listAfter reports whether a parenthesized list of one to three names
// opens at token i: "Masisi, Nord-Kivu)", "Sennar)" (the caller asks
// that the last be a region or district).
func listAfter(d *doc.Doc, i, hi int) bool {
	commas := 0
	for k := i; k < hi && k < i+12; k++ {
		switch w := d.TokenNorm(k); {
		case w == ")":
			return commas <= 2
		case w == ",":
			commas++
		case w == "-" || d.Tokens[k].Kind == doc.Word && (d.Tokens[k].Upper || placename.IsArticle(w)):
		default:
			return false
		}
	}
	return false
}

// known reports whether sp overlaps a place already found (d.Places is
// in text order).
func (s *Stage) known(d *doc.Doc, sp doc.Span) bool {
	k := sort.Search(len(d.Places), func(k int) bool { return d.Places[k].Span.End > sp.Start })
	if k < len(d.Places) && d.Places[k].Span.Overlaps(sp) {
		return true
	}
	if strings.ContainsAny(sp.In(d.Text), "0123456789") {
		return true
	}
	// A country is never an unlisted village.
	for _, id := range s.g.Lookup(placename.Loose(sp.In(d.Text))) {
		if s.g.Places[id].Kind == gazetteer.Country {
			return true
		}
	}
	return false
}

// innerName returns the index of the one place mention that lies inside
// the name at sp, shorter than it and ending it ("Jordan" in "Puerto
// Jordan"), when nothing else of the name is known; else -1.
func (s *Stage) innerName(d *doc.Doc, sp doc.Span) int {
	k := sort.Search(len(d.Places), func(k int) bool { return d.Places[k].Span.End > sp.Start })
	if k >= len(d.Places) || !sp.Contains(d.Places[k].Span) || d.Places[k].Span == sp || d.Places[k].Span.End != sp.End {
		return -1
	}
	if lo, _ := d.TokensIn(sp); !d.Tokens[lo].Upper {
		return -1
	}
	if k+1 < len(d.Places) && d.Places[k+1].Span.Overlaps(sp) {
		return -1
	}
	return k
}

// stray returns the id and country of the place mention at sp when it is
// a town or village abroad that nothing else in the document backs: no
// other mention — place, demonym — is in its country. Else "".
func (s *Stage) stray(d *doc.Doc, sp doc.Span, limit int) (string, string) {
	k := sort.Search(len(d.Places), func(k int) bool { return d.Places[k].Span.End > sp.Start })
	if k >= len(d.Places) || d.Places[k].Span != sp {
		return "", ""
	}
	p := d.Places[k]
	if p.Kind != "place" || p.Country == "" || p.Precision != "city" && p.Precision != "district" || strings.HasPrefix(p.ID, "unlisted:") {
		return "", ""
	}
	if i, ok := s.g.ByID(p.ID); !ok || s.g.Places[i].Pop >= limit {
		return "", ""
	}
	for _, q := range d.Places {
		if q.Country == p.Country && q.ID != p.ID {
			return "", ""
		}
	}
	return p.ID, p.Country
}

// strayLimit is the population below which a town abroad may be a stray
// reading of a name the text qualifies so: a city of up to a million is no
// "district" or "neighbourhood" of a story told elsewhere ("the al-Jadida
// district" of Mosul is not Morocco's El Jadida); a village or town, a
// hundred thousand.
func strayLimit(qual string) int {
	if qual == "district" || qual == "neighbourhood" {
		return 1_000_000
	}
	return 100_000
}

// larger reports whether the place with id a has more people than b's:
// the better attested of two readings ("El Fasher" over Yemen's At
// Tawilah, not Senegal's village Soum over Burkina Faso's Djibo).
func (s *Stage) larger(a, b string) bool {
	i, ok1 := s.g.ByID(a)
	j, ok2 := s.g.ByID(b)
	return ok1 && ok2 && s.g.Places[i].Pop > s.g.Places[j].Pop
}

// container returns the place that holds the name at sp in sentence st:
// with near, the place named right after it (", in the Yatenga province",
// "in Sagaing"); else the nearest city, district or region of the
// sentence, or failing that the last one named before it in its paragraph,
// or in the story's few paragraphs before when that place is in main, the
// country most of the document's places are in. Never a country alone.
func (s *Stage) container(d *doc.Doc, st doc.Sent, sp doc.Span, near bool, main string, district bool) (doc.PlaceMention, bool) {
	sent := st.Span
	fits := func(p doc.PlaceMention) bool {
		return p.Kind == "place" && p.Precision != "country" && p.Precision != "neighbourhood" && !strings.HasPrefix(p.ID, "unlisted:") && !p.Span.Overlaps(sp)
	}
	if near {
		// The first place after the name, if only a comma or "in (the)"
		// stands between.
		k := sort.Search(len(d.Places), func(k int) bool { return d.Places[k].Span.Start >= sp.End })
		if k < len(d.Places) {
			p := d.Places[k]
			gap := strings.TrimSpace(d.Text[sp.End:p.Span.Start])
			switch strings.ToLower(gap) {
			case ",", ", in", ", in the", "in", "in the", "of", ", of", "(":
				if fits(p) {
					return p, true
				}
			}
			// Or the country right after it: "in Pibor, South Sudan" is
			// somewhere in South Sudan, no finer.
			if (gap == "," || gap == ", in") && p.Kind == "place" && p.Precision == "country" {
				return p, true
			}
			// A district between, then its region: "Kirumba (Lubero,
			// Nord-Kivu)", "Kirumba, Lubero, Nord-Kivu" — as ACLED's notes
			// give them.
			if (strings.HasPrefix(gap, "(") || strings.HasPrefix(gap, ",")) && strings.HasSuffix(gap, ",") && len(gap) > 2 && fits(p) {
				words := strings.Fields(strings.Trim(gap, "(, "))
				ok := len(words) > 0 && len(words) <= 3
				for _, w := range words {
					r, _ := utf8.DecodeRuneInString(w)
					ok = ok && unicode.IsUpper(r)
				}
				if ok {
					return p, true
				}
			}
		}
		// Or the region the sentence opens with: "In North Kordofan, RSF
		// fighters looted the market in Um Sumeima".
		lo, _ := d.TokensIn(sent)
		if lo+4 < len(d.Tokens) && d.TokenNorm(lo) == "in" {
			for _, p := range d.Places {
				if p.Span.Start >= sp.Start || p.Span.Start < sent.Start || p.Span.Start > d.Tokens[lo+4].Span.End {
					continue
				}
				if p.Kind == "place" && (p.Precision == "region" || p.Precision == "district") && wordAfterIsComma(d, p.Span) {
					return p, true
				}
			}
		}
		return doc.PlaceMention{}, false
	}
	best, dist := -1, int32(1<<30)
	for k, p := range d.Places {
		if p.Span.Start < sent.Start || p.Span.End > sent.End || !fits(p) {
			continue
		}
		g := p.Span.Start - sp.End
		if p.Span.End <= sp.Start {
			g = sp.Start - p.Span.End
		}
		if g < dist {
			best, dist = k, g
		}
	}
	if best < 0 {
		// Earlier in the paragraph, or in the story before it when the
		// story is mostly about that place's country — not a note before
		// it in a digest of several countries' notes. (From a paragraph
		// before, a district takes a region, not a town: "the Bolan
		// district" after "from Quetta to Peshawar" is Balochistan's.)
		para := d.Paras[st.Para]
		for k := len(d.Places) - 1; k >= 0; k-- {
			if p := d.Places[k]; p.Span.End <= sent.Start && (p.Span.Start >= para.Start || p.Country == main) && sent.Start-p.Span.End < 800 && fits(p) && (!district || p.Precision == "region" || p.Span.Start >= para.Start) {
				best = k
				break
			}
		}
	}
	if best < 0 {
		return doc.PlaceMention{}, false
	}
	return d.Places[best], true
}

// mainCountry returns the country of more than half the document's place
// mentions, or "".
func mainCountry(d *doc.Doc) string {
	var n int
	count := map[string]int{}
	for _, p := range d.Places {
		// (Not where the story was filed: "BANGKOK (AP) —" over a story
		// of Myanmar.)
		if p.Kind == "place" && p.Country != "" && !d.InDateline(p.Span) {
			count[p.Country]++
			n++
		}
	}
	for cc, k := range count {
		if 2*k > n {
			return cc
		}
	}
	return ""
}

// regionAfter reports whether a region of p's country follows p after a
// comma: the second of ACLED's "(District, Region)".
func regionAfter(d *doc.Doc, p doc.PlaceMention) bool {
	k := sort.Search(len(d.Places), func(k int) bool { return d.Places[k].Span.Start >= p.Span.End })
	if k >= len(d.Places) {
		return false
	}
	q := d.Places[k]
	return q.Precision == "region" && q.Country == p.Country && strings.TrimSpace(d.Text[p.Span.End:q.Span.Start]) == ","
}

// wordAfterIsComma reports whether a comma follows sp.
func wordAfterIsComma(d *doc.Doc, sp doc.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= sp.End })
	return i < len(d.Tokens) && d.TokenNorm(i) == ","
}

// sentenceStart reports whether token i begins a sentence.
func sentenceStart(d *doc.Doc, i int) bool {
	at := d.Tokens[i].Span.Start
	k := sort.Search(len(d.Sents), func(k int) bool { return d.Sents[k].Span.Start >= at })
	return k < len(d.Sents) && d.Sents[k].Span.Start == at
}
