// Package attrib finds who says what: sources ("opposition sources
// reported", "according to SOHR", "Syrian state TV said", "it said") with
// their type, and quotations with their speakers ("…," said Ibrahim
// al-Haj; Fatemah told dpa: "…"; "…," he said).
//
// A source is the noun phrase next to a reporting verb (data/
// attribution.tsv), before it ("activists said") or after it ("…, said
// Jan Egeland"), or after "according to". Its type comes from the actor
// it names (SANA: state media; SOHR: monitor) or from its words
// ("opposition sources", "residents"). Pronouns take the nearest earlier
// source or speaker that fits: "he" a person, "it" an organization.
package attrib

import (
	"context"
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/actors"
	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/lexicon"
)

// Name is the stage name.
const Name = "attribution"

//go:embed data/attribution.tsv
var src string

// Stage is the attribution stage; it is safe for concurrent use.
type Stage struct {
	// anaphor: nouns whose definite description ("the worried mother")
	// refers back to the person last quoted by name.
	anaphor map[string]bool
	say     map[string]bool
	sayCue  *lexicon.Set      // say, and "according"
	kind    map[string]string // one or two words → source type

	// Word classes of source phrases and names (attribution.tsv):
	// modifier ("senior"), placeWord ("occupied"), boundary ("which"),
	// particles ("al"), notName ("the"), institution ("Organization":
	// no personal name holds it), whenWhere ("statement", "telegram":
	// the words of where and when a thing was said), one ("official": a
	// teller of one person, whom "he" may be).
	modifier, placeWord, boundary, particles, notName, institution, whenWhere, one map[string]bool
}

// New returns the stage with its embedded word lists.
func New() (*Stage, error) {
	s := &Stage{say: map[string]bool{}, kind: map[string]string{}, anaphor: map[string]bool{},
		modifier: map[string]bool{}, placeWord: map[string]bool{}, boundary: map[string]bool{},
		particles: map[string]bool{}, notName: map[string]bool{}, institution: map[string]bool{}, whenWhere: map[string]bool{}, one: map[string]bool{}}
	classes := map[string]map[string]bool{"modifier": s.modifier, "placeword": s.placeWord,
		"boundary": s.boundary, "particle": s.particles, "notname": s.notName, "institution": s.institution, "whenwhere": s.whenWhere, "one": s.one}
	err := lexicon.ScanLines("attribution.tsv", strings.NewReader(src), func(_ int, f []string) error {
		switch {
		case f[0] == "say" && len(f) == 2:
			s.say[f[1]] = true
		case f[0] == "kind" && len(f) == 3:
			s.kind[f[1]] = f[2]
		case f[0] == "anaphor" && len(f) == 2:
			s.anaphor[f[1]] = true
		case classes[f[0]] != nil && len(f) == 2:
			classes[f[0]][f[1]] = true
		default:
			return fmt.Errorf("bad line %q", strings.Join(f, "\t"))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("attribution: %w", err)
	}
	for name, c := range classes {
		if len(c) == 0 {
			return nil, fmt.Errorf("attribution: attribution.tsv lists no %s words", name)
		}
	}
	cues := []string{"according"}
	for w := range s.say {
		cues = append(cues, w)
	}
	s.sayCue = lexicon.NewSet(cues)
	return s, nil
}

func (*Stage) Name() string { return Name }
func (*Stage) Requires() []doc.Layer {
	return []doc.Layer{doc.LayerText, doc.LayerArticles, doc.LayerSentences, doc.LayerTokens, doc.LayerPlaces, doc.LayerActors}
}
func (*Stage) Assigns() []doc.Layer { return []doc.Layer{doc.LayerAttribution} }

// Process fills d.Sources and d.Quotes.
func (s *Stage) Process(_ context.Context, d *doc.Doc) error {
	d.Sources, d.Quotes = d.Sources[:0], d.Quotes[:0]
	// Personal names are only needed where something is said or quoted.
	if !s.anyCue(d) && !hasQuote(d.Text) {
		return nil
	}
	names := s.people(d)
	for si, st := range d.Sents {
		lo, hi := d.TokensIn(st.Span)
		for i := lo; i < hi; i++ {
			if !s.sayCue.Has(d.Tokens[i].Hash) {
				continue
			}
			w := d.TokenNorm(i)
			var m doc.SourceMention
			ok := false
			switch {
			case w == "according" && i+1 < hi && d.TokenNorm(i+1) == "to":
				m, ok = s.after(d, i+2, hi)
				m.Cue = doc.Span{Start: d.Tokens[i].Span.Start, End: d.Tokens[i+1].Span.End}
			case s.say[w] && (!d.Tokens[i].Upper || i == lo || isCapsWord(d.TokenText(i))) && !claimedLives(d, i, hi):
				// A capitalized "Said" inside a sentence is a name:
				// "in Arab Said, Idlib", "Edward Said".
				// (Not the object of a word that ties the subject to it:
				// "The Joint Forces of armed movements allied with the
				// army said" — the Joint Forces said.)
				if m, ok = s.before(d, lo, i); ok && tiedTo(d, m.Span) {
					ok = false
				}
				if !ok {
					if m, ok = s.subject(d, lo, i, names); !ok {
						m, ok = s.subjectPhrase(d, lo, i)
					}
				}
				// "…, said a member of the local People's Defence Force":
				// after a comma or a quote, the source follows the verb
				// when no plausible one stands before it.
				if (!ok || !s.plausibleSource(d, m.Span)) && inverted(d, lo, i) {
					m, ok = s.after(d, i+1, hi)
				}
				// "battles raged in Hardatain and Ratain said the
				// Observatory" (a text that lost its commas): names after
				// "in" with no word of a source are where, and the
				// source follows the verb.
				// ("A source at Homs Governorate told SANA": the source
				// before the preposition.)
				if ok && s.located(d, lo, m.Span) {
					at, _ := d.TokensIn(m.Span)
					if h := at - 2; h >= lo && s.kind[d.TokenNorm(h)] != "" {
						m = doc.SourceMention{Span: d.Tokens[h].Span, Name: d.TokenText(h)}
					} else if w != "told" {
						if m2, ok2 := s.after(d, i+1, hi); ok2 && s.plausibleSource(d, m2.Span) {
							m = m2
						}
					}
				}
				m.Cue = d.Tokens[i].Span
			}
			// "SOHR put the toll at 31, …, and said Russian jets carried
			// out the raid": the verb joined by "and" has the subject of
			// the one before it.
			if ok && (m.Span.In(d.Text) == "and" || m.Span.In(d.Text) == "but") {
				ok = false
				if n := len(d.Sources); n > 0 && d.Sources[n-1].Span.Start >= st.Span.Start {
					prev := d.Sources[n-1]
					m.Span, m.Name, m.Type, ok = prev.Span, prev.Name, prev.Type, true
				}
			}
			if !ok {
				continue
			}
			if !s.plausibleSource(d, m.Span) {
				continue
			}
			m.Scope = s.scope(d, st.Span, m, hi)
			// (A phrase that refers to an actor is typed by it.)
			if m.Type == "" || m.Name == m.Span.In(d.Text) {
				s.typeIt(d, &m, names, si)
			}
			definite(d, &m)
			// A country vouches for what it says, not for what it is
			// said to have done around it: "after Washington accused
			// Moscow of responsibility".
			if Government(m.Name) {
				switch strings.ToLower(m.Cue.In(d.Text)) {
				case "said", "says", "say", "told", "announced", "stated", "claimed", "confirmed", "reported", "added":
				default:
					continue
				}
			}
			d.Sources = append(d.Sources, m)
		}
	}
	s.quotes(d, names)
	return nil
}

// plausibleSource rejects phrases before a verb that cannot say anything:
// a place alone ("in Deir Ezzor said"), a demonym, a number.
func (s *Stage) plausibleSource(d *doc.Doc, sp doc.Span) bool {
	text := sp.In(d.Text)
	if strings.IndexFunc(text, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 || strings.HasPrefix(text, "-") {
		return false
	}
	for _, p := range d.Places {
		// (A country that speaks is its government: "Israel said".)
		if p.Span.Start <= sp.Start && sp.End <= p.Span.End && !(p.Kind == "metonym" && p.Span == sp && subjectStart(d, sp)) {
			return false
		}
	}
	// Nor places joined: "battles raged in Hardatain and Ratain said the
	// Observatory".
	n, only := placesOnly(d, sp)
	return !only || n < 2
}

// placesOnly reports whether the phrase at sp is only words of places'
// names, joined by "and", "or" and commas, and how many such words.
func placesOnly(d *doc.Doc, sp doc.Span) (int, bool) {
	lo, hi := d.TokensIn(sp)
	places := 0
	for k := lo; k < hi; k++ {
		switch w := d.TokenNorm(k); {
		case w == "and" || w == "or" || w == ",":
		case placeAt(d, d.Tokens[k].Span):
			places++
		default:
			return places, false
		}
	}
	return places, true
}

// located reports whether the phrase at sp follows a preposition of
// place and is names of places only: the object of "in", not who speaks
// (not "near Damascus British Foreign Secretary William Hague said").
func (s *Stage) located(d *doc.Doc, lo int, sp doc.Span) bool {
	i, _ := d.TokensIn(sp)
	if i <= lo {
		return false
	}
	switch d.TokenNorm(i - 1) {
	case "in", "at", "near", "around", "outside":
	default:
		return false
	}
	_, only := placesOnly(d, sp)
	return only
}

// placeAt reports whether the token at sp lies in a place's name (not a
// demonym's).
func placeAt(d *doc.Doc, sp doc.Span) bool {
	for _, p := range d.Places {
		if p.Kind == "place" && (p.Span.Contains(sp) || !p.QualSpan.Empty() && p.QualSpan.Contains(sp)) {
			return true
		}
	}
	return false
}

// governmentOf begins the name of a country's government as a source:
// "Israel said" is "Government of Israel".
const governmentOf = "Government of "

// Government reports whether a source's name is a country's government,
// named by its country ("Israel said").
func Government(name string) bool { return strings.HasPrefix(name, governmentOf) }

// subjectStart reports whether sp opens a clause: at a sentence's start,
// after punctuation or a conjunction — "Israel said", ", Israel said" —
// not the end of a longer phrase ("which monitors violence in Syria
// said").
func subjectStart(d *doc.Doc, sp doc.Span) bool {
	k := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= sp.Start })
	if k == 0 || d.Tokens[k-1].Kind == doc.Punct {
		return true
	}
	if si := d.SentAt(sp.Start); si < len(d.Sents) && d.Sents[si].Span.Start == sp.Start {
		return true
	}
	switch d.TokenNorm(k - 1) {
	case "and", "but", "while", "as", "when", "after", "before", "meanwhile":
		return true
	}
	return false
}

// scope returns the part of a sentence a source vouches for: what
// follows its verb ("Syrian state TV said the military was …", "according
// to X, …") when enough does, else what comes before the source ("…,
// activists said").
func (s *Stage) scope(d *doc.Doc, sent doc.Span, m doc.SourceMention, hi int) doc.Span {
	// "according to" vouches for its whole sentence, wherever it stands:
	// "…, killing at least 30 people, according to local residents and an
	// opposition group".
	if c := m.Cue.In(d.Text); len(c) >= 9 && strings.EqualFold(c[:9], "according") {
		return sent
	}
	end := sent.End
	cueEnd := max(m.Cue.End, m.Span.End)
	after := 0
	for i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= cueEnd }); i < hi; i++ {
		if d.Tokens[i].Kind == doc.Word {
			after++
		}
	}
	// "…, activists and the army said, in one of the deadliest …": a
	// source set off by commas vouches for what comes before it.
	parenthetical := false
	i0 := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= cueEnd })
	// (past whom it was told: "…, medical sources told Al Jazeera, as …")
	if c := strings.ToLower(m.Cue.In(d.Text)); c == "told" {
		j := i0
		if j < hi && d.TokenNorm(j) == "the" {
			j++
		}
		for j < hi && j < i0+5 && (d.Tokens[j].Upper || d.TokenNorm(j) == "reporters" || d.TokenNorm(j) == "journalists") {
			j++
		}
		if j > i0 && j < hi && d.TokenNorm(j) == "," {
			i0 = j
		}
	}
	if i := i0; i < hi && d.TokenNorm(i) == "," {
		// (the comma before its determiner: "…, a resident said, while …")
		j := sort.Search(len(d.Tokens), func(j int) bool { return d.Tokens[j].Span.End > m.Span.Start }) - 1
		for j >= 0 && (d.TokenNorm(j) == "a" || d.TokenNorm(j) == "an" || d.TokenNorm(j) == "the") {
			j--
		}
		if j >= 0 && d.TokenNorm(j) == "," {
			parenthetical = true
		}
	}
	// "…, Governor Oleksandr Prokudin said on Telegram on Monday": what
	// follows the verb says where and when it was said, not what — the
	// source vouches for what comes before (unless a "that" opens what
	// it said: "said on Monday that 22 people were killed").
	if after >= 4 && !parenthetical && m.Span.Start < m.Cue.Start && m.Span.Start > sent.Start {
		// Past the phrases of where and when ("on Telegram", "in a
		// statement", "on Monday", "late Sunday"), does a clause follow?
		j := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= cueEnd })
		for n := 0; n < 4 && j < hi; n++ {
			switch d.TokenNorm(j) {
			case "on", "in", "at", "via", "through", "during", "late", "early", "earlier", "later":
				j++
				for k := 0; k < 3 && j < hi && (d.Tokens[j].Upper || d.Tokens[j].Kind == doc.Number || s.whenWhere[d.TokenNorm(j)]); k++ {
					j++
				}
			case "yesterday", "today", "overnight", "tonight":
				j++
			}
		}
		words := 0
		for k := j; k < hi; k++ {
			if d.Tokens[k].Kind == doc.Word {
				words++
			}
		}
		// (Nor does a clause set off by a comma past them: "…, a
		// pro-democracy activist group said on Thursday, as fighting
		// spread in the country's agricultural heartland".)
		if words < 3 || j < hi && j > i0 && d.TokenNorm(j) == "," {
			after = 0
		}
	}
	// "…, said a member of the local People's Defence Force, who …": a
	// source after its verb vouches for what comes before.
	if after >= 4 && !parenthetical && m.Span.Start < m.Cue.Start {
		return doc.Span{Start: cueEnd, End: end}
	}
	start := min(m.Span.Start, m.Cue.Start)
	// "X said 22 people had been killed, while the government put the
	// toll at 19"; "Hamas claimed to have killed 5 soldiers; the IDF
	// confirmed 2 deaths": a source opening a clause of its own vouches
	// for that clause, not for the one before it.
	if start > sent.Start && m.Span.Start < m.Cue.Start {
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= m.Span.Start }) - 1
		for i >= 0 && (d.TokenNorm(i) == "the" || d.TokenNorm(i) == "a" || d.TokenNorm(i) == "an") {
			i--
		}
		if i >= 0 {
			switch d.TokenNorm(i) {
			case "while", "whereas", "but", "although", "though":
				return doc.Span{Start: start, End: end}
			case ";":
				// (Unless the source only closes the sentence, as a
				// comma would: "…; FNA reported.")
				for k := i0; k < hi; k++ {
					if d.Tokens[k].Kind == doc.Word || d.Tokens[k].Kind == doc.Number {
						return doc.Span{Start: start, End: end}
					}
				}
			}
		}
	}
	// (Nothing before the source but its article: "The mayor of Kharkiv
	// said 3 people died" vouches for its sentence.)
	if i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= sent.Start }); start > sent.Start {
		for i < len(d.Tokens) && d.Tokens[i].Span.Start < start && (d.TokenNorm(i) == "the" || d.TokenNorm(i) == "a" || d.TokenNorm(i) == "an") {
			i++
		}
		if i < len(d.Tokens) && d.Tokens[i].Span.Start < start {
			return doc.Span{Start: sent.Start, End: start}
		}
	}
	return sent
}

// subject takes the person a sentence begins with as the speaker of a
// verb with no phrase of its own before it: "Bassam Haj Mustafa, a senior
// member of …, said Monday".
func (s *Stage) subject(d *doc.Doc, lo, v int, names []person) (doc.SourceMention, bool) {
	for _, p := range names {
		if p.span.Start == d.Tokens[lo].Span.Start && p.span.End < d.Tokens[v].Span.Start {
			return doc.SourceMention{Span: p.span, Name: p.full}, true
		}
	}
	return doc.SourceMention{}, false
}

// subjectPhrase takes a source phrase the sentence begins with, with a
// place or a clause between it and its verb: "A Reuters journalist in the
// regime-held zone said …".
func (s *Stage) subjectPhrase(d *doc.Doc, lo, v int) (doc.SourceMention, bool) {
	i := lo
	for i < v && (d.TokenNorm(i) == "a" || d.TokenNorm(i) == "an" || d.TokenNorm(i) == "the") {
		i++
	}
	for k := i; k < v && k < i+4; k++ {
		w := d.TokenNorm(k)
		if s.boundary[w] || d.Tokens[k].Kind == doc.Punct {
			return doc.SourceMention{}, false
		}
		if s.kind[w] != "" {
			sp := doc.Span{Start: d.Tokens[i].Span.Start, End: d.Tokens[k].Span.End}
			// The verb must be this phrase's: no other reporting verb and
			// no clause word between them.
			for j := k + 1; j < v; j++ {
				if nw := d.TokenNorm(j); s.say[nw] || nw == "that" || nw == "who" || nw == "which" {
					return doc.SourceMention{}, false
				}
			}
			if v-k > 10 {
				return doc.SourceMention{}, false
			}
			return doc.SourceMention{Span: sp, Name: sp.In(d.Text)}, true
		}
	}
	return doc.SourceMention{}, false
}

// tiedTo reports whether the phrase at sp is the object of a word that
// ties another to it: "allied with the army", "loyal to the government",
// "close to Hezbollah", "linked to the ministry".
func tiedTo(d *doc.Doc, sp doc.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= sp.Start })
	if i >= 1 && (d.TokenNorm(i-1) == "the" || d.TokenNorm(i-1) == "a") {
		i--
	}
	if i < 2 {
		return false
	}
	switch d.TokenNorm(i-1) + " " + d.TokenNorm(i-2) {
	case "with allied", "to loyal", "to close", "to linked", "with affiliated", "to affiliated", "with aligned", "to allied", "by backed", "by supported":
		return true
	}
	return false
}

// inverted reports whether the reporting verb at v can take its source
// after it: it follows what was said ("…," said the mother; "…" said X)
// rather than a subject of its own ("the journalist said the bombardment …").
func inverted(d *doc.Doc, lo, v int) bool {
	if v == lo {
		return true
	}
	switch d.TokenNorm(v - 1) {
	case ",", "\"", "”", "'", ":", "-", "—", "–":
		return true
	}
	return false
}

// anyCue reports whether d holds a reporting verb or "according".
func (s *Stage) anyCue(d *doc.Doc) bool {
	for i := range d.Tokens {
		if s.sayCue.Has(d.Tokens[i].Hash) {
			return true
		}
	}
	return false
}

// before reads the source phrase that ends right before the verb at v:
// "opposition sources reported", "Syrian state TV said", "he said".
func (s *Stage) before(d *doc.Doc, lo, v int) (doc.SourceMention, bool) {
	// "the UN Office for the Coordination of Humanitarian Affairs (OCHA)
	// said": the name before its acronym.
	if v-1 > lo && d.TokenNorm(v-1) == ")" {
		for j := v - 2; j > lo && j >= v-5; j-- {
			if d.TokenNorm(j) == "(" {
				return s.before(d, lo, j)
			}
		}
	}
	// "The Syrian Observatory for Human Rights, a Britain-based war
	// monitor, said", "The National Unity Government, which leads the
	// resistance, put the toll at": the name before the apposition speaks.
	if v-1 > lo && d.TokenNorm(v-1) == "," {
		for j := v - 2; j > lo && j >= v-12; j-- {
			if w := d.TokenNorm(j); w == "," {
				if a := d.TokenNorm(j + 1); (a == "a" || a == "an" || a == "the" || a == "which" || a == "who") && d.Tokens[j-1].Upper {
					if m, ok := s.before(d, lo, j); ok {
						return m, true
					}
				}
				break
			} else if d.Tokens[j].Kind == doc.Punct && w != "-" && w != "'s" {
				break
			}
		}
		// "A local civil society leader, Jean-Paul Muhindo, said": the
		// name in apposition after its description speaks.
		j := v - 2
		for j > lo && j >= v-7 && (d.Tokens[j].Upper && d.Tokens[j].Kind == doc.Word || d.TokenNorm(j) == "-" || s.particles[d.TokenNorm(j)]) {
			j--
		}
		// (Not where the description names an armed actor: "The
		// Congolese army spokesman, Lieutenant-Colonel Guillaume Ndjike,
		// said" is the army's word, which its actor carries.)
		armedIn := func(a, b int) bool {
			for k := a; k < b; k++ {
				if inArmedActor(d, d.Tokens[k].Span) {
					return true
				}
			}
			return false
		}
		if j > lo && j < v-3 && d.TokenNorm(j) == "," && d.Tokens[j+1].Upper && d.Tokens[v-2].Upper && s.hasHead(d, max(lo, j-4), j) && !placeOnly(d, j+1, v-1) && !armedIn(max(lo, j-6), j) {
			sp := doc.Span{Start: d.Tokens[j+1].Span.Start, End: d.Tokens[v-2].Span.End}
			return doc.SourceMention{Span: sp, Name: sp.In(d.Text)}, true
		}
	}
	k := v - 1
	for k >= lo && k >= v-10 {
		t := d.Tokens[k]
		w := d.TokenNorm(k)
		// "of" and "for" inside a name: "Syrian Observatory for Human
		// Rights", "Office for the Coordination of Humanitarian Affairs".
		// And "on": "Kenya National Commission on Human Rights".
		// A plural possessive modifies the source: "a doctors' group",
		// "the farmers' union".
		if tx := d.TokenText(k); (tx == "'" || tx == "’") && !t.SpaceBefore && k-1 >= lo && d.Tokens[k-1].Kind == doc.Word && strings.HasSuffix(d.TokenNorm(k-1), "s") && k+1 < v {
			k -= 2
			continue
		}
		// (But "Damascus on Monday state media said" is a day.)
		inName := (w == "of" || w == "for" || w == "on" && !inDate(d, k+1)) && k > lo && d.Tokens[k-1].Upper && k+1 < v && (d.Tokens[k+1].Upper || d.TokenNorm(k+1) == "the" && k+2 < v && d.Tokens[k+2].Upper) ||
			w == "the" && k > lo && (d.TokenNorm(k-1) == "of" || d.TokenNorm(k-1) == "for") && k+1 < v && d.Tokens[k+1].Upper
		// (A word of the boundary list in capitals is a name: "the WHO
		// said".)
		if t.Kind == doc.Punct && w != "-" && w != "'s" && w != "." || s.boundary[w] && !inName && !(len(d.TokenText(k)) > 2 && isCapsWord(d.TokenText(k))) || t.Upper && inDate(d, k) {
			break
		}
		// Lower-case words belong to a source only as its modifiers or
		// its head ("local sources", "opposition activists"), not as the
		// clause before it ("wounding dozens opposition activists").
		// (A compound's second half goes with its first: "Russian-installed
		// officials", "Kremlin-backed authorities".)
		if t.Kind == doc.Word && !t.Upper && k-2 >= lo && d.TokenNorm(k-1) == "-" && !t.SpaceBefore && !d.Tokens[k-1].SpaceBefore && d.Tokens[k-2].Kind == doc.Word {
			k -= 3
			continue
		}
		if t.Kind == doc.Word && !t.Upper && s.kind[w] == "" && !s.twoWordKind(d, k) && !s.modifier[w] && !pronoun(w) && !inName && w != "-" && !inArmedActor(d, t.Span) && !s.compoundKind(d, k) {
			break
		}
		k--
	}
	start := k + 1
	// A pronoun stands alone: "another child was killed in Harasta he
	// said" (a text that lost its commas) — he said, not "Harasta he".
	if v-1 > start && pronoun(d.TokenNorm(v-1)) {
		start = v - 1
	}
	// "…, shepherds said": an unknown word between a comma and the verb
	// is still who speaks, not the subject of the sentence before it.
	if start == v && v-2 >= lo && d.TokenNorm(v-2) == "," && d.Tokens[v-1].Kind == doc.Word && len(d.TokenText(v-1)) > 2 && !pronoun(d.TokenNorm(v-1)) {
		sp := d.Tokens[v-1].Span
		// "…, who denied it": a relative clause answers the sentence,
		// no source of it.
		if w := d.TokenNorm(v - 1); w == "who" || w == "which" {
			return doc.SourceMention{}, false
		}
		return doc.SourceMention{Span: sp, Name: sp.In(d.Text)}, true
	}
	// "officials in the occupied city of Donetsk said": past the words of
	// a place ("city of", "the occupied") to the preposition before it.
	// And "the governor of Russia's Samara region said": an office of a
	// place, named with it.
	placePhrase, office := false, false
	// "A medical source at a nearby hospital put the toll at 32": the
	// source, not the hospital.
	if k > lo && d.TokenNorm(k) == "nearby" {
		j := k - 1
		if w := d.TokenNorm(j); j > lo && (w == "a" || w == "an" || w == "the") {
			j--
		}
		if w := d.TokenNorm(j); w == "at" || w == "in" || w == "from" {
			k, placePhrase = j, true
		}
	}
	if k >= lo && s.placeWord[d.TokenNorm(k)] {
		for j := k; j >= lo && j > v-10; j-- {
			w := d.TokenNorm(j)
			ofOffice := w == "of" && j > lo && s.kind[d.TokenNorm(j-1)] == "official" && (j+1 < v && d.Tokens[j+1].Upper || j+2 < v && d.TokenNorm(j+1) == "the" && d.Tokens[j+2].Upper)
			if w == "in" || w == "from" || w == "at" || ofOffice {
				k, placePhrase, office = j, true, w == "of"
				break
			}
			if !s.placeWord[w] && w != "'s" && !(d.Tokens[j].Upper && d.Tokens[j].Kind == doc.Word) {
				break
			}
		}
	}
	// "A Reuters journalist in the regime-held zone said": past a
	// preposition to the head of the phrase.
	// ("The Resistance Committees in Wad Madani said": a place's name
	// after the preposition is where the source sits, no head.)
	if k > lo && k > v-10 && placeOnly(d, start, v) {
		switch d.TokenNorm(k) {
		case "in", "at", "from":
			if m, ok := s.before(d, lo, k); ok {
				return m, true
			}
		}
	}
	if k >= lo && k > v-10 && (d.TokenNorm(k) == "in" || d.TokenNorm(k) == "from" || d.TokenNorm(k) == "at" || office) && (placePhrase || !s.hasHead(d, start, v)) {
		j := k - 1
		for j >= lo && j >= k-5 && (d.Tokens[j].Kind == doc.Word && !s.boundary[d.TokenNorm(j)] || d.TokenNorm(j) == "-" && !d.Tokens[j].SpaceBefore) {
			j--
		}
		if s.hasHead(d, j+1, k) {
			start = j + 1
			if office {
				for start < k && (d.TokenNorm(start) == "the" || d.TokenNorm(start) == "a") {
					start++
				}
				sp := doc.Span{Start: d.Tokens[start].Span.Start, End: d.Tokens[v-1].Span.End}
				return doc.SourceMention{Span: sp, Name: sp.In(d.Text)}, true
			}
			if placePhrase && start < k {
				// The office, not where it sits: "Russian-installed
				// officials".
				for start < k-1 && (d.TokenNorm(start) == "the" || d.TokenNorm(start) == "a" || d.TokenNorm(start) == "an") {
					start++
				}
				sp := doc.Span{Start: d.Tokens[start].Span.Start, End: d.Tokens[k-1].Span.End}
				return doc.SourceMention{Span: sp, Name: sp.In(d.Text)}, true
			}
		}
	}
	for start < v && (d.TokenNorm(start) == "the" || d.TokenNorm(start) == "a" || d.TokenNorm(start) == "an") {
		start++
	}
	if start >= v || inDate(d, v-1) {
		return doc.SourceMention{}, false
	}
	// "No group claimed responsibility": nobody is no source.
	if w := d.TokenNorm(start); w == "no" || w == "none" || w == "nobody" {
		return doc.SourceMention{}, false
	}
	// A lone lower-case word that is no source word says nothing: "it was
	// said" — except pronouns.
	if start == v-1 {
		w := d.TokenNorm(start)
		if !d.Tokens[start].Upper && s.kind[w] == "" && !pronoun(w) {
			// "The committee put the death toll at 104": the source
			// named before whose head it is.
			if start > lo && d.TokenNorm(start-1) == "the" && s.modifier[w] {
				sp := doc.Span{Start: d.Tokens[start-1].Span.Start, End: d.Tokens[start].Span.End}
				// An armed group or body named earlier in the sentence
				// is nearer than any source before: "fighters from the
				// Arakan Army seized a battalion headquarters …, the
				// group said".
				for k := len(d.Actors) - 1; k >= 0; k-- {
					a := d.Actors[k]
					if a.Span.End > sp.Start {
						continue
					}
					if a.Span.Start < d.Tokens[lo].Span.Start {
						break
					}
					if !a.Generic && a.Type != "civilians" && a.Type != "protesters" {
						return doc.SourceMention{Span: sp, Name: a.Name, Type: actorKind(a)}, true
					}
				}
				for k := len(d.Sources) - 1; k >= 0; k-- {
					src := d.Sources[k]
					if d.Tokens[start].Span.Start-src.Span.End > 3000 {
						break
					}
					if headedBy(src.Name, w, 0) {
						sp := doc.Span{Start: d.Tokens[start-1].Span.Start, End: d.Tokens[start].Span.End}
						return doc.SourceMention{Span: sp, Name: src.Name, Type: src.Type}, true
					}
				}
			}
			return doc.SourceMention{}, false
		}
	}
	sp := doc.Span{Start: d.Tokens[start].Span.Start, End: d.Tokens[v-1].Span.End}
	// Two sources of one claim: "activists and the army said".
	k = start - 1
	for k > lo && (d.TokenNorm(k) == "the" || d.TokenNorm(k) == "a" || d.TokenNorm(k) == "an") {
		k--
	}
	if k > lo && d.TokenNorm(k) == "and" {
		if m, ok := s.before(d, lo, k); ok {
			if mlo, _ := d.TokensIn(m.Span); s.hasHead(d, mlo, k) || s.modifier[d.TokenNorm(k-1)] {
				sp.Start = m.Span.Start
			}
		}
	}
	return doc.SourceMention{Span: sp, Name: sp.In(d.Text)}, true
}

// twoWordKind reports whether token k and a word next to it make a
// source word of two words: "a health worker said".
func (s *Stage) twoWordKind(d *doc.Doc, k int) bool {
	w := d.TokenNorm(k)
	if k+1 < len(d.Tokens) && s.kind[w+" "+d.TokenNorm(k+1)] != "" {
		return true
	}
	return k > 0 && s.kind[d.TokenNorm(k-1)+" "+w] != ""
}

// compoundKind reports whether token k is one half of a hyphenated source
// word written without spaces: "a pro-democracy group said".
func (s *Stage) compoundKind(d *doc.Doc, k int) bool {
	joined := func(a int) bool {
		if a < 0 || a+2 >= len(d.Tokens) || d.TokenNorm(a+1) != "-" || d.Tokens[a+1].SpaceBefore || d.Tokens[a+2].SpaceBefore {
			return false
		}
		w := d.TokenNorm(a) + "-" + d.TokenNorm(a+2)
		return s.kind[w] != "" || s.modifier[w]
	}
	return joined(k) || joined(k-2)
}

// inArmedActor reports whether sp lies in the name of a state or armed
// actor: "Ukraine's air force said", "the army said".
func inArmedActor(d *doc.Doc, sp doc.Span) bool {
	k := sort.Search(len(d.Actors), func(k int) bool { return d.Actors[k].Span.End > sp.Start })
	if k < len(d.Actors) && d.Actors[k].Span.Start <= sp.Start && sp.End <= d.Actors[k].Span.End {
		switch d.Actors[k].Type {
		case "state", "external", "rebel", "political militia", "identity militia":
			return true
		}
	}
	return false
}

// after reads the source phrase after a verb or "according to": "said
// Jan Egeland", "according to the Syrian Observatory for Human Rights".
func (s *Stage) after(d *doc.Doc, i, hi int) (doc.SourceMention, bool) {
	// "confirmed that the army had carried out the attack": what is said,
	// not who says it.
	if i < hi && d.TokenNorm(i) == "that" {
		return doc.SourceMention{}, false
	}
	for i < hi && (d.TokenNorm(i) == "the" || d.TokenNorm(i) == "a" || d.TokenNorm(i) == "an") {
		i++
	}
	// "the worried mother": lower-case words before a source word, and
	// the source word's own head ("local residents").
	// (Or an institution's noun after the words that say which: "the
	// coordination committee", "the local council", past a possessive:
	// "the camp's coordination committee"; a bare "the committee" names
	// one only when one was named before, see definite.)
	for k := i; k < hi && (k < i+3 || k == i+3 && d.TokenNorm(i+1) == "'s"); k++ {
		if w := d.TokenNorm(k); (s.kind[w] != "" || k > i && s.institution[w] && d.Tokens[k-1].Kind == doc.Word) && !d.Tokens[i].Upper {
			// (Past a modifier to the head: "local health officials".)
			// (And to a body's noun that ends the phrase: "a local
			// resistance group and residents".)
			for k+1 < hi && d.Tokens[k+1].Kind == doc.Word && !d.Tokens[k+1].Upper && (s.kind[d.TokenNorm(k+1)] != "" || s.modifier[d.TokenNorm(k+1)] && k+2 < hi && d.Tokens[k+2].Kind == doc.Word && !d.Tokens[k+2].Upper && s.kind[d.TokenNorm(k+2)] != "" || s.modifier[d.TokenNorm(k+1)] && phraseEnds(d, k+2, hi)) {
				k++
			}
			sp := doc.Span{Start: d.Tokens[i].Span.Start, End: d.Tokens[k].Span.End}
			// "a member of the local People's Defence Force": the body
			// the person belongs to is part of who speaks.
			if j := k + 1; j+1 < hi && d.TokenNorm(j) == "of" {
				j++
				for j < hi && j <= k+4 && d.Tokens[j].Kind == doc.Word && !d.Tokens[j].Upper && (d.TokenNorm(j) == "the" || d.TokenNorm(j) == "a" || s.modifier[d.TokenNorm(j)] || d.TokenNorm(j) == "local") {
					j++
				}
				end := j
				for end < hi && (d.Tokens[end].Kind == doc.Word && d.Tokens[end].Upper || d.TokenNorm(end) == "'s" || d.TokenNorm(end) == "-") {
					end++
				}
				if end > j && d.Tokens[j].Upper {
					sp.End = d.Tokens[end-1].Span.End
				}
			} else if j < hi && d.Tokens[j].Kind == doc.Word && d.Tokens[j].Upper {
				// "said resident Sani Musa", "said police spokesman
				// Yazid Abubakar": the person's name after the word.
				end := j
				for end < hi && end < j+4 && d.Tokens[end].Kind == doc.Word && d.Tokens[end].Upper {
					end++
				}
				sp.End = d.Tokens[end-1].Span.End
			}
			return doc.SourceMention{Span: sp, Name: sp.In(d.Text)}, true
		}
	}
	k := i
	for k < hi && k < i+8 {
		t := d.Tokens[k]
		w := d.TokenNorm(k)
		if t.Kind == doc.Punct && w != "-" && w != "'s" || s.boundary[w] && w != "of" && w != "for" {
			break
		}
		// (A lower-case word before the source's head goes with it:
		// "Gaza's health ministry", "the Gaza health ministry".)
		// (Not an apposition the text lost its comma before: "Mohamad
		// Abu Rajab a nurse".)
		head := k > i && k+1 < hi && w != "a" && w != "an" && w != "the" && d.Tokens[k+1].Kind == doc.Word && !d.Tokens[k+1].Upper && s.kind[d.TokenNorm(k+1)] != ""
		if t.Kind == doc.Word && !t.Upper && s.kind[w] == "" && w != "of" && w != "for" && !pronoun(w) && !(s.particles[w] && k > i) && !head {
			break
		}
		if inDate(d, k) {
			break
		}
		k++
	}
	for k > i && (d.TokenNorm(k-1) == "-" || s.particles[d.TokenNorm(k-1)] || d.TokenNorm(k-1) == "of" || d.TokenNorm(k-1) == "for") {
		k--
	}
	if k == i {
		return doc.SourceMention{}, false
	}
	sp := doc.Span{Start: d.Tokens[i].Span.Start, End: d.Tokens[k-1].Span.End}
	return doc.SourceMention{Span: sp, Name: sp.In(d.Text)}, true
}

// phraseEnds reports whether a noun phrase ends before token k: at the
// clause's end, a mark, or "and"/"or".
func phraseEnds(d *doc.Doc, k, hi int) bool {
	return k >= hi || d.Tokens[k].Kind != doc.Word || d.TokenNorm(k) == "and" || d.TokenNorm(k) == "or"
}

// hasHead reports whether tokens [i, j) hold a source word or a
// capitalized name.
func (s *Stage) hasHead(d *doc.Doc, i, j int) bool {
	for k := i; k < j; k++ {
		if s.kind[d.TokenNorm(k)] != "" || d.Tokens[k].Upper {
			return true
		}
	}
	return false
}

// placeOnly reports whether tokens [i, j) are one place's name.
func placeOnly(d *doc.Doc, i, j int) bool {
	if i >= j {
		return false
	}
	sp := doc.Span{Start: d.Tokens[i].Span.Start, End: d.Tokens[j-1].Span.End}
	for _, p := range d.Places {
		if p.Kind != "demonym" && p.Span.Contains(sp) { // (or a metonym: "in Khartoum said")
			return true
		}
	}
	return false
}

// inDate reports whether token i lies inside a temporal expression.
func inDate(d *doc.Doc, i int) bool {
	sp := d.Tokens[i].Span
	k := sort.Search(len(d.Dates), func(k int) bool { return d.Dates[k].Span.End > sp.Start })
	return k < len(d.Dates) && d.Dates[k].Span.Start <= sp.Start
}

func pronoun(w string) bool {
	switch w {
	case "he", "she", "it", "they", "we", "i":
		return true
	}
	return false
}

// definite gives "the official", after "a security official said", the
// teller named a few sources before by the head of its name.
func definite(d *doc.Doc, m *doc.SourceMention) {
	words := strings.Fields(strings.ToLower(m.Span.In(d.Text)))
	if len(words) == 1 && strings.HasSuffix(strings.ToLower(d.Text[max(0, m.Span.Start-4):m.Span.Start]), "the ") {
		words = []string{"the", words[0]}
	}
	// (Only a bare head no actor named: "the Observatory" is SOHR.)
	if len(words) != 2 || words[0] != "the" || strings.ToLower(m.Name) != words[1] {
		return
	}
	for k := len(d.Sources) - 1; k >= 0 && k >= len(d.Sources)-4; k-- {
		o := d.Sources[k]
		if headedBy(o.Name, words[1], 4) && !slices.Contains(strings.Fields(strings.ToLower(o.Name)), "and") {
			m.Name, m.Type = o.Name, o.Type
			return
		}
	}
}

// headedBy reports whether name, of two words or more (and at most most
// when most > 0), ends in head: "Wad Madani Resistance Committee" by
// "committee". A definite "the committee" names such a source again.
func headedBy(name, head string, most int) bool {
	f := strings.Fields(name)
	return len(f) > 1 && (most == 0 || len(f) <= most) && strings.EqualFold(f[len(f)-1], head)
}

// typeIt names and types a source from the actor it names, its words,
// or, for a pronoun, the nearest earlier source that fits.
func (s *Stage) typeIt(d *doc.Doc, m *doc.SourceMention, names []person, si int) {
	m.Type = "unknown"
	text := strings.ToLower(m.Span.In(d.Text))
	if pronoun(text) {
		if text == "he" || text == "she" || text == "i" {
			// The last speaker who is a person, named or not ("a senior
			// security official"), else the last person named.
			for k := len(d.Sources) - 1; k >= 0; k-- {
				if p, ok := findPerson(names, d.Sources[k].Span); ok {
					m.Name, m.Type = p.full, p.kind
					return
				}
				if o := d.Sources[k]; s.onePerson(d, o.Span) {
					m.Name, m.Type = o.Name, o.Type
					return
				}
			}
			if p, ok := lastPerson(names, m.Span.Start); ok {
				m.Name, m.Type = p.full, p.kind
				return
			}
		}
		for k := len(d.Sources) - 1; k >= 0; k-- {
			o := d.Sources[k]
			if !pronoun(strings.ToLower(o.Span.In(d.Text))) && (text != "it" || o.Type != "witness") {
				m.Name, m.Type = o.Name, o.Type
				return
			}
		}
		return
	}
	for _, a := range d.Actors {
		// (The actor may hold the article the source drops: "the
		// Observatory said" is SOHR.)
		start := a.Span.Start
		if start < m.Span.Start && strings.EqualFold(strings.TrimSpace(d.Text[start:m.Span.Start]), "the") {
			start = m.Span.Start
		}
		if start >= m.Span.Start && a.Span.End <= m.Span.End {
			if a.Type == "civilians" {
				continue // "local residents": the words say what kind
			}
			// (a generic body has a name too: "the civil defence agency"
			// is Civil Defence (Palestine), or Syria's White Helmets)
			if !a.Generic || a.Type == "organization" || a.Type == "media" {
				m.Name = a.Name
			}
			m.Type = actorKind(a)
			return
		}
	}
	// A country or its capital: "Israel said", "Washington said" — its
	// government.
	for _, p := range d.Places {
		if p.Kind == "metonym" && p.Span == m.Span && p.Country != "" && subjectStart(d, p.Span) {
			m.Name, m.Type = governmentOf+actors.CountryName(p.Country), "official"
			return
		}
	}
	// Words: "opposition sources", "local sources", "residents".
	words := strings.Fields(text)
	for k := 0; k+1 < len(words); k++ {
		if t, ok := s.kind[words[k]+" "+words[k+1]]; ok {
			m.Type = t
			return
		}
	}
	for k := len(words) - 1; k >= 0; k-- {
		// (A title before a name is the person's: "Gov. Ivan Fedorov"
		// is named below.)
		if strings.HasSuffix(words[k], ".") && lexicon.Abbrev(strings.TrimSuffix(words[k], ".")) == lexicon.Title {
			continue
		}
		if t, ok := s.kind[strings.Trim(words[k], ".,'")]; ok {
			m.Type = t
			return
		}
	}
	// A person: the full name the article gives.
	if p, ok := findPerson(names, m.Span); ok {
		m.Name, m.Type = p.full, p.kind
	}
}

// onePerson reports whether the source words at sp end in a noun of one
// person: "a senior security official", "the local police chief".
func (s *Stage) onePerson(d *doc.Doc, sp doc.Span) bool {
	lo, hi := d.TokensIn(sp)
	return hi > lo && s.one[d.TokenNorm(hi-1)]
}

// actorKind is the kind of source an actor is when it speaks.
func actorKind(a doc.ActorMention) string {
	switch a.Type {
	case "media":
		if a.Name == "SANA" || strings.HasPrefix(a.Name, "State Media (") {
			return "state media"
		}
		return "wire agency"
	case "organization":
		if strings.Contains(a.Name, "Observatory") || strings.Contains(a.Name, "Network for Human Rights") || strings.HasPrefix(a.Name, "LCC") {
			return "monitor"
		}
		return "UN/NGO"
	case "state", "external":
		return "official"
	case "rebel", "political militia", "identity militia":
		return "opposition"
	}
	return "unknown"
}

// Covering returns the source whose scope covers sp, the one whose cue is
// nearest when several do; the zero Index (the publisher's own voice)
// when none does. It needs the attribution layer.
func Covering(d *doc.Doc, sp doc.Span) doc.Index {
	best, dist := -1, int32(1<<30)
	for k, s := range d.Sources {
		if s.Scope.Start > sp.Start || sp.End > s.Scope.End {
			continue
		}
		g := s.Cue.Start - sp.End
		if g < 0 {
			g = -g
		}
		if g < dist {
			best, dist = k, g
		}
	}
	if best < 0 {
		return 0
	}
	return doc.MakeIndex(best)
}

// claimedLives reports whether the verb at token i takes lives, not a
// statement: "an air strike claimed the lives of 5 people".
func claimedLives(d *doc.Doc, i, hi int) bool {
	k := i + 1
	if k < hi && d.TokenNorm(k) == "the" {
		k++
	}
	return k < hi && (d.TokenNorm(k) == "lives" || d.TokenNorm(k) == "life")
}
