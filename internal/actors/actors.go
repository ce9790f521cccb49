// Package actors finds the armed groups, state forces, organizations and
// media a text names, by the dictionary in data/actors.tsv: ACLED-style
// names, types and countries, with the aliases news uses. Generic names
// ("government forces", "gunmen", "rebels") resolve against the
// document's focus country: "Unidentified Armed Group (Syria)".
//
// Aliases match whole folded words, leftmost-longest; an alias written in
// capitals ("IS", "SAA", "WHO") matches only capitals.
package actors

import (
	"context"
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/gazetteer"
	"github.com/sitrep-dev/sitrep/internal/lexicon"
	"github.com/sitrep-dev/sitrep/internal/tokenize"
)

// Name is the stage name.
const Name = "actors"

//go:embed data/actors.tsv
var src string

type entry struct {
	name, typ, country string
	generic            bool // name is a template: {state}, {police}, {country}
	// theatre: the countries a group with no country of its own, or
	// abroad, fights in (data: "theatre" lines): where "the coalition"
	// is the Saudi-led one.
	theatre []string
}

type alias struct {
	words []string
	entry int
	caps  bool // match only text in capitals
	// upper, when not 0, is one more than the index of the one word that
	// must be in capitals: "supporters of the AL", not "of al-Nusra".
	upper int
	// exact: a short name in mixed case ("LeT", "JeM") matches only as
	// written, not the word it folds to ("let").
	exact string
	// twin: another group's alias is written the same ("SNA"); the
	// story's place decides between them (ofFocus).
	twin bool
}

// acledNames holds the country lines of the dictionary: ACLED's names of
// countries that the gazetteer calls otherwise.
var acledNames = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(src, "\n") {
		if f := strings.Split(line, "\t"); len(f) == 3 && f[0] == "country" {
			m[f[1]] = f[2]
		}
	}
	return m
}()

// period is an earlier name of a country's forces.
type period struct {
	base     string
	from, to time.Time // to zero: open
	name     string
}

// Stage is the actor stage; it is safe for concurrent use.
type Stage struct {
	entries []entry
	byFirst map[string][]alias // longest first
	first   *lexicon.Set       // the keys of byFirst and forcesNoun
	state   map[string]string  // ISO → state forces' name
	// occupier: ISO → the country whose forces its unqualified "the
	// army", "troops" are (the West Bank's and Gaza's are Israel's).
	occupier map[string]string
	// allied: militias that fight beside their state's forces (data:
	// "allied" lines): the two are one side.
	allied map[string]bool
	// abroad: ISO → the country it acts in → the name its forces have
	// there (data: "abroad" lines): US jets over Syria are the
	// coalition's.
	abroad  map[string]map[string]string
	periods []period
	acts    map[string]bool   // deeds of force whose doer, a country, is its forces
	anaphor map[string]bool   // nouns of an unnamed group that, definite, are the group just named
	types   map[string]string // each actor's type by its name
	own     map[string]string // a generic name → the body's own name there
	ownType map[string]string // that body's type, where it differs from the kind's
	// forcesNoun: nouns a country's demonym makes its forces ("Armenian
	// forces", "Russian jets"); forcesModifier: a word that may stand
	// between ("Russian fighter jets").
	forcesNoun, forcesModifier map[string]bool
	// once, title: "a former FSA commander" (data: "once" and "title"
	// lines), one who was of the group.
	once, title map[string]bool
	// following: "supporters", "members": each alias "X supporters" is
	// also "supporters of (the) X" (data: "following" lines).
	following map[string]bool
}

// New returns the stage with its embedded dictionary.
func New() (*Stage, error) {
	s := &Stage{byFirst: map[string][]alias{}, state: map[string]string{}, occupier: map[string]string{}, allied: map[string]bool{}, abroad: map[string]map[string]string{}, forcesNoun: map[string]bool{}, forcesModifier: map[string]bool{}, acts: map[string]bool{}, anaphor: map[string]bool{}, once: map[string]bool{}, title: map[string]bool{}, following: map[string]bool{}, types: map[string]string{}, own: map[string]string{}, ownType: map[string]string{}}
	// The columns of each category's lines; an actor's own line has four.
	columns := map[string]int{"state": 3, "occupied": 3, "theatre": 3, "abroad": 4, "allied": 2, "country": 3, "period": 5, "forces": 2, "forces-modifier": 2, "acts": 2, "anaphor": 2, "once": 2, "title": 2, "following": 2, "own": 4, "none": 2, "generic": 4}
	// Categories that list words of one class.
	wordSets := map[string]map[string]bool{"forces": s.forcesNoun, "forces-modifier": s.forcesModifier, "acts": s.acts, "anaphor": s.anaphor, "once": s.once, "title": s.title, "following": s.following}
	theatres := map[string][]string{} // name → countries, set once all entries are read
	err := lexicon.ScanLines("actors.tsv", strings.NewReader(src), func(_ int, f []string) error {
		if n, ok := columns[f[0]]; ok && len(f) != n {
			return fmt.Errorf("%s: want %d columns", f[0], n)
		}
		if set, ok := wordSets[f[0]]; ok {
			set[f[1]] = true
			return nil
		}
		switch f[0] {
		case "state":
			s.state[f[1]] = f[2]
			return nil
		case "occupied":
			s.occupier[f[1]] = f[2]
			return nil
		case "theatre":
			theatres[f[1]] = strings.Fields(f[2])
			return nil
		case "allied":
			s.allied[f[1]] = true
			return nil
		case "abroad":
			if s.abroad[f[1]] == nil {
				s.abroad[f[1]] = map[string]string{}
			}
			for _, cc := range strings.Fields(f[2]) {
				s.abroad[f[1]][cc] = f[3]
			}
			return nil
		case "country":
			return nil // read by acledNames
		case "period":
			from, err := time.Parse(time.DateOnly, f[2])
			if err != nil {
				return fmt.Errorf("period %q: %w", f[1], err)
			}
			to := time.Time{}
			if f[3] != "-" {
				if to, err = time.Parse(time.DateOnly, f[3]); err != nil {
					return fmt.Errorf("period %q: %w", f[1], err)
				}
			}
			s.periods = append(s.periods, period{base: f[1], from: from, to: to, name: f[4]})
			return nil
		case "own":
			s.own[f[1]] = f[2]
			if f[3] != "-" {
				s.ownType[f[2]] = f[3]
			}
			return nil
		case "none":
			s.add(entry{typ: "none"}, f[1])
			return nil
		case "generic":
			s.add(entry{name: f[2], typ: f[1], generic: true}, f[3])
			return nil
		}
		if len(f) != 4 {
			return fmt.Errorf("want 4 columns, got %d", len(f))
		}
		switch f[1] {
		case "state", "rebel", "political militia", "identity militia", "external", "civilians", "protesters", "organization", "media":
		default:
			return fmt.Errorf("%s: unknown type %q", f[0], f[1])
		}
		country := f[2]
		if country == "-" {
			country = ""
		}
		s.add(entry{name: f[0], typ: f[1], country: country}, f[3])
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	if len(s.forcesNoun) == 0 {
		return nil, fmt.Errorf("actors: actors.tsv lists no forces nouns")
	}
	s.invert()
	// The gate: first words of aliases, and the nouns a demonym makes a
	// country's forces.
	gate := make([]string, 0, len(s.byFirst)+len(s.forcesNoun))
	for w := range s.byFirst {
		gate = append(gate, w)
	}
	for w := range s.forcesNoun {
		gate = append(gate, w)
	}
	s.first = lexicon.NewSet(gate)
	for name, ccs := range theatres {
		found := false
		for k := range s.entries {
			if s.entries[k].name == name {
				s.entries[k].theatre, found = ccs, true
			}
		}
		if !found {
			return nil, fmt.Errorf("actors: theatre of unknown actor %q", name)
		}
	}
	for _, list := range s.byFirst {
		for i := range list {
			for j := range list {
				if i != j && slices.Equal(list[i].words, list[j].words) && s.entries[list[i].entry].country != s.entries[list[j].entry].country {
					list[i].twin = true
				}
			}
		}
	}
	return s, nil
}

func (s *Stage) add(e entry, aliases string) {
	k := len(s.entries)
	s.entries = append(s.entries, e)
	if _, ok := s.types[e.name]; !ok {
		s.types[e.name] = e.typ
	}
	for _, a := range strings.Split(aliases, "|") {
		if a = strings.TrimSpace(a); a == "" {
			continue
		}
		toks, norm := tokenize.Tokens(a, nil)
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = t.Norm.In(norm)
		}
		if len(words) == 0 {
			continue
		}
		caps := strings.ToUpper(a) == a && len(a) <= 6
		var exact string
		if !caps && len(words) == 1 && len(a) <= 6 && strings.ToLower(a[1:]) != a[1:] {
			exact = a
		}
		s.insert(alias{words: words, entry: k, caps: caps, exact: exact})
	}
}

// insert adds a to the aliases by their first word, longest first.
func (s *Stage) insert(a alias) {
	list := append(s.byFirst[a.words[0]], a)
	for j := len(list) - 1; j > 0 && len(list[j].words) > len(list[j-1].words); j-- {
		list[j], list[j-1] = list[j-1], list[j]
	}
	s.byFirst[a.words[0]] = list
}

// invert names a group's people every way the dictionary names them one
// way: where an alias ends in a word of "following" ("Awami League
// activists"), the rest with each such word after it ("Awami League
// members") and before it ("members of the Awami League", "supporters of
// Awami League").
func (s *Stage) invert() {
	var more []alias
	for _, list := range s.byFirst {
		for _, a := range list {
			n := len(a.words)
			if n < 2 || !s.following[a.words[n-1]] || a.words[0] == "the" || s.entries[a.entry].generic {
				continue
			}
			stem := a.words[:n-1]
			// (A short name alone, such as "AL", only in capitals.)
			short := len(stem) == 1 && len(stem[0]) <= 4
			for w := range s.following {
				after := alias{words: append(slices.Clone(stem), w), entry: a.entry, caps: a.caps}
				of := alias{words: append([]string{w, "of"}, stem...), entry: a.entry, caps: a.caps}
				ofThe := alias{words: append([]string{w, "of", "the"}, stem...), entry: a.entry, caps: a.caps}
				if short {
					after.upper, of.upper, ofThe.upper = 1, 3, 4
				}
				more = append(more, after, of, ofThe)
			}
		}
	}
	// (In a fixed order: the lists keep ties in the order added.)
	slices.SortFunc(more, func(a, b alias) int {
		if c := slices.Compare(a.words, b.words); c != 0 {
			return c
		}
		return a.entry - b.entry
	})
	for _, a := range more {
		if slices.ContainsFunc(s.byFirst[a.words[0]], func(b alias) bool { return slices.Equal(a.words, b.words) }) {
			continue // named so already
		}
		s.insert(a)
	}
}

// TypeOf returns the type of the dictionary's actor named name.
func (s *Stage) TypeOf(name string) (string, bool) {
	t, ok := s.types[name]
	return t, ok
}

func (*Stage) Name() string { return Name }
func (*Stage) Requires() []doc.Layer {
	return []doc.Layer{doc.LayerText, doc.LayerTokens, doc.LayerPlaces}
}
func (*Stage) Assigns() []doc.Layer { return []doc.Layer{doc.LayerActors} }

// Process fills d.Actors.
func (s *Stage) Process(_ context.Context, d *doc.Doc) error {
	d.Actors = d.Actors[:0]
	var generic []int // resolved once the named actors are known
	var shared []doc.ActorMention
	for i := 0; i < len(d.Tokens); {
		if !s.first.Has(d.Tokens[i].Hash) {
			i++
			continue
		}
		list := s.byFirst[d.TokenNorm(i)]
		matched := false
		for j, a := range list {
			end := i + len(a.words)
			if end > len(d.Tokens) || !s.matches(d, i, a) {
				continue
			}
			// Initials two groups share are the story's country's: "SNA"
			// is Somalia's army in Mogadishu, Syria's National Army at
			// the Tishreen Dam.
			if a.twin {
				a = s.ofFocus(d, i, list[j:])
			}
			// Not inside a compound: "regime-held", "anti-terrorist" —
			// unless a named group leads what follows: "HTS-led
			// opposition fighters" are HTS's.
			led := false
			if end < len(d.Tokens) && d.TokenNorm(end) == "-" && !d.Tokens[end].SpaceBefore {
				if e := s.entries[a.entry]; e.generic || e.typ == "none" || end+1 >= len(d.Tokens) || d.TokenNorm(end+1) != "led" {
					continue
				}
				led = true
			}
			// Whose ground, not who acts: "the Houthi stronghold of Saada".
			if end < len(d.Tokens) {
				switch d.TokenNorm(end) {
				case "stronghold", "strongholds", "bastion", "heartland":
					continue
				}
			}
			if i > 1 && d.TokenNorm(i-1) == "-" && !d.Tokens[i].SpaceBefore {
				switch d.TokenNorm(i - 2) {
				case "anti", "counter", "non", "ex":
					continue
				}
			}
			// One who was of a group, no side: "gunmen assassinated a
			// former FSA commander" (a civilian now).
			if i > 0 && end < len(d.Tokens) && s.formerMember(d, i, end) {
				continue
			}
			e := s.entries[a.entry]
			if e.typ == "none" {
				// "Mangu local government area": words that only
				// look like an actor's.
				i, matched = end, true
				break
			}
			if led {
				end += 2
			}
			m := doc.ActorMention{Span: doc.Span{Start: d.Tokens[i].Span.Start, End: d.Tokens[end-1].Span.End},
				Name: e.name, Type: e.typ, Country: e.country, Generic: e.generic}
			if e.generic {
				// "Al-Shabaab militants": the kind word is the named
				// group's, not another actor.
				// (A generic written as a name counts: "ISIL terrorists".)
				if n := len(d.Actors); n > 0 && (!d.Actors[n-1].Generic || named(d, d.Actors[n-1])) && i > 0 && justBefore(d, d.Actors[n-1].Span, i) && d.Actors[n-1].Type != "civilians" {
					d.Actors[n-1].Span.End = m.Span.End
					i, matched = end, true
					break
				}
				generic = append(generic, len(d.Actors))
			} else if n := len(d.Actors); n > 0 && d.Actors[n-1].Generic && d.Actors[n-1].Type == e.typ && i > 0 && d.Actors[n-1].Span.End == d.Tokens[i-1].Span.End {
				// "the rebel Nour el-Din el-Zinki group": the kind word
				// is the named group's too.
				m.Span.Start = d.Actors[n-1].Span.Start
				d.Actors[n-1] = m
				generic = generic[:len(generic)-1]
				i, matched = end, true
				break
			}
			// "rival Fulani and Dogon militias": the kind word after the
			// second is the first's too.
			if m2, e2, ok := s.elliptic(d, i, a); ok {
				// (m, when generic, was filed at the index m2 now takes.)
				if e.generic {
					generic[len(generic)-1]++
				}
				if e2.generic {
					generic = append(generic, len(d.Actors))
				}
				d.Actors = append(d.Actors, m2)
			}
			d.Actors = append(d.Actors, m)
			// "Indian and Pakistani troops": a state's forces named by
			// their demonym share the noun with the demonym before.
			if !e.generic && e.typ == "state" {
				if p, ok := demonymAt(d, m.Span.Start); ok {
					if q, ok := s.SharedDemonym(d, p); ok {
						focus, _ := FocusAt(d, q.Span.Start)
						shared = append(shared, s.forcesOn(q, focus))
					}
				}
			}
			i, matched = end, true
			break
		}
		if !matched && s.forcesNoun[d.TokenNorm(i)] {
			// "Armenian forces", "Myanmar's military", and the other side
			// sharing the noun: "between Azerbaijani and Armenian forces";
			// "Russian fighter jets" (a modifier between).
			at := d.Tokens[i].Span.Start
			// (modifiers between: "Russian guided aerial bomb")
			// (or an acronym the dictionary lacks: "Bangladeshi BGB
			// forces")
			// (not a country's initials: "US warships")
			for k := i - 1; k >= 0 && k >= i-3 && (s.forcesModifier[d.TokenNorm(k)] || k == i-1 && acronymAt(d, k) && !isCountry(d, k)); k-- {
				at = d.Tokens[k].Span.Start
			}
			// A noun after one already read: "Russian missile strike" is
			// one actor, not a second on "missile strike".
			if n := len(d.Actors); n > 0 && d.Actors[n-1].Span.End > at && d.Actors[n-1].Span.End <= d.Tokens[i].Span.Start {
				d.Actors[n-1].Span.End = d.Tokens[i].Span.End
			} else if p, ok := demonymBefore(d, at); ok && p.Country != "" && (p.Kind == "demonym" || at != d.Tokens[i].Span.Start || personnel(d.TokenNorm(i))) {
				// (Initials before a weapon may be a headline's subject:
				// "US strikes Hodeidah".)
				if q, ok := s.SharedDemonym(d, p); ok {
					focus, _ := FocusAt(d, q.Span.Start)
					d.Actors = append(d.Actors, s.forcesOn(q, focus))
				}
				generic = append(generic, len(d.Actors))
				d.Actors = append(d.Actors, doc.ActorMention{Span: doc.Span{Start: at, End: d.Tokens[i].Span.End}, Name: "{state}", Type: "state", Generic: true})
			}
		}
		if !matched {
			i++
		}
	}
	added := shared
	if len(generic) > 0 {
		// Each article's focus, asked once: while generic mentions are
		// named below, the votes that make it (places, named forces) do
		// not change, but for a generic that coreference names.
		memo := make([]struct{ cc, name string }, len(d.Articles)+1)
		known := make([]bool, len(d.Articles)+1)
		for _, k := range generic {
			m := &d.Actors[k]
			a := focusArticle(d, m.Span.Start) + 1
			if !known[a] {
				memo[a].cc, memo[a].name = FocusAt(d, m.Span.Start)
				known[a] = true
			}
			focus, focusName := memo[a].cc, memo[a].name
			// "the Turkish military said four of its soldiers were
			// killed": forces owned by "its" are the forces named before.
			if (m.Type == "state" || m.Type == "external") && m.Span.Start > 0 {
				if o, ok := ownedBy(d, k, m.Span.Start); ok {
					// (named now, by coreference: no place moves it)
					m.Name, m.Country, m.Type, m.Generic = o.Name, o.Country, o.Type, false
					clear(known) // (a named force votes)
					continue
				}
			}
			// "the Government of Mali", "the armed forces of Sudan": the
			// country after "of" names the actor's, and is its words.
			if m.Type == "state" {
				if p, ok := countryOf(d, m.Span.End); ok {
					m.Span.End = p.Span.End
					if p.Country != focus {
						m.Name, m.Country = s.resolve(m.Name, p.Country, CountryName(p.Country)), p.Country
						m.Type = "external"
						continue
					}
				}
			}
			// "Russian government", "Turkish soldiers": the kind of
			// actor of the country its demonym names.
			p, hasDemonym := demonymBefore(d, m.Span.Start)
			// (the demonym not already another actor's words)
			free := hasDemonym && (k == 0 || d.Actors[k-1].Span.End <= p.Span.Start)
			if hasDemonym && p.Country != focus && m.Type != "protesters" {
				if free {
					m.Name, m.Country, m.Span.Start = s.resolve(m.Name, p.Country, CountryName(p.Country)), p.Country, p.Span.Start
					if m.Type == "state" {
						m.Type = "external"
					}
					// "Kyrgyz and Tajik border guards": the other side
					// shares the noun.
					if q, ok := s.SharedDemonym(d, p); ok && (m.Type == "external" || m.Type == "state") && !s.hasActorAt(d, q.Span) {
						added = append(added, s.forcesOn(q, focus))
					}
					continue
				}
			}
			// "Azerbaijani and Armenian border guards" in Armenia: the
			// other side shares the noun even when the nearer demonym is
			// the focus country's own.
			if hasDemonym && p.Country == focus && (m.Type == "state" || m.Type == "external") {
				if q, ok := s.SharedDemonym(d, p); ok && !s.hasActorAt(d, q.Span) {
					added = append(added, s.forcesOn(q, focus))
				}
				// The country's initials are the actor's words, no place
				// of its deed: "US warships fired …".
				if p.Kind != "demonym" && free {
					m.Span.Start = p.Span.Start
				}
			}
			// "Troops shot dead a 17-year-old boy during a raid in the
			// Balata refugee camp": in occupied land the unqualified
			// forces are the occupier's ("Palestinian security forces"
			// stay Palestine's).
			if occ, ok := s.occupier[focus]; ok && m.Type == "state" && !hasDemonym && strings.Contains(m.Name, "{state}") {
				m.Name, m.Country, m.Type = s.resolve(m.Name, occ, CountryName(occ)), occ, "external"
				continue
			}
			m.Name, m.Country = s.resolve(m.Name, focus, focusName), focus
			if t, ok := s.ownType[m.Name]; ok {
				m.Type = t
			}
		}
	}
	if len(added) > 0 {
		d.Actors = append(d.Actors, added...)
		sort.SliceStable(d.Actors, func(i, j int) bool { return d.Actors[i].Span.Start < d.Actors[j].Span.Start })
	}
	dropStrayInitials(d)
	s.countriesActing(d)
	s.corefer(d)
	s.namePublished(d)
	return nil
}

// countryStarting returns the country named from token i on, after
// "the" if need be ("… and the United States").
func countryStarting(d *doc.Doc, i int) (doc.PlaceMention, bool) {
	if d.TokenNorm(i) == "the" && i+1 < len(d.Tokens) {
		i++
	}
	p, ok := countryMentionAt(d, d.Tokens[i].Span.Start)
	return p, ok && (p.Kind == "place" || p.Kind == "metonym")
}

// countriesActing makes a country named as the doer of a deed of force
// its state forces: "Russia launched 147 drones …", "Israel struck …",
// "Iran fired missiles at …" — external where the story's country is
// another.
func (s *Stage) countriesActing(d *doc.Doc) {
	if len(s.acts) == 0 {
		return
	}
	var added []doc.ActorMention
	for _, p := range d.Places {
		// (A capital acts for its country too: "Moscow launched missile
		// strikes on Kyiv".)
		if p.Precision != "country" && !capital(p) || p.Kind != "place" && p.Kind != "metonym" || s.hasActorAt(d, p.Span) {
			continue
		}
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= p.Span.End })
		j := sort.Search(len(d.Tokens), func(j int) bool { return d.Tokens[j].Span.Start >= p.Span.Start }) - 1
		// Or the agent of a deed told in the passive: "Airstrikes carried
		// out by the United States against … Nusra Front".
		if k := j; k >= 2 {
			if d.TokenNorm(k) == "the" {
				k--
			}
			if k >= 1 && d.TokenNorm(k) == "by" {
				switch d.TokenNorm(k - 1) {
				case "out", "conducted", "launched", "fired", "staged":
					focus, _ := FocusAt(d, p.Span.Start)
					added = append(added, s.forcesOn(p, focus))
					continue
				}
			}
			// Or the one it is laid to: "a drone strike attributed to
			// the US killed an al-Shabaab commander".
			if k >= 1 && d.TokenNorm(k) == "to" && d.TokenNorm(k-1) == "attributed" {
				focus, _ := FocusAt(d, p.Span.Start)
				added = append(added, s.forcesOn(p, focus))
				continue
			}
		}
		// The country opens its clause: "Israel struck …", "…, and Iran
		// fired …" — not "an Israeli strike on Lebanon struck". (Its
		// article before it: "The United States fired …".)
		if j >= 0 && d.TokenNorm(j) == "the" {
			j--
		}
		if j >= 0 && d.Tokens[j].Span.End > sentStart(d, p.Span.Start) {
			switch d.TokenNorm(j) {
			case ",", ";", "and", "that", "when", "after", "as", "while", "but", "then":
			default:
				continue
			}
		}
		// Two countries joined: "Russia and Ukraine exchanged prisoners",
		// "DR Congo and Rwanda signed a peace agreement" — the first
		// acts with the second (which its own turn finds after "and").
		if i+1 < len(d.Tokens) && d.TokenNorm(i) == "and" {
			if q, ok := countryStarting(d, i+1); ok {
				i = sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= q.Span.End })
			}
		}
		// (an adverb between: "Russia again launched", "Israel also struck")
		if i < len(d.Tokens) && strings.HasSuffix(d.TokenNorm(i), "ly") || i < len(d.Tokens) && (d.TokenNorm(i) == "again" || d.TokenNorm(i) == "also" || d.TokenNorm(i) == "then") {
			i++
		}
		if i >= len(d.Tokens) || !s.acts[d.TokenNorm(i)] {
			continue
		}
		focus, _ := FocusAt(d, p.Span.Start)
		added = append(added, s.forcesOn(p, focus))
	}
	if len(added) > 0 {
		d.Actors = append(d.Actors, added...)
		sort.SliceStable(d.Actors, func(i, j int) bool { return d.Actors[i].Span.Start < d.Actors[j].Span.Start })
	}
}

// capital reports whether p is a country's capital city.
func capital(p doc.PlaceMention) bool {
	if p.Precision != "city" {
		return false
	}
	g, err := gazetteer.Default()
	if err != nil {
		return false
	}
	i, ok := g.ByID(p.ID)
	return ok && g.Places[i].Feature == "PPLC"
}

// sentStart is the start of the sentence holding offset off.
func sentStart(d *doc.Doc, off int32) int32 {
	k := d.SentAt(off)
	if k < len(d.Sents) && d.Sents[k].Span.Start <= off {
		return d.Sents[k].Span.Start
	}
	return 0
}

// namePublished names each country's forces as the government of its
// article's publication day had them; the events stage names an event's
// actors again by the day of the deed.
func (s *Stage) namePublished(d *doc.Doc) {
	for k := range d.Actors {
		m := &d.Actors[k]
		for ai, a := range d.Articles {
			if a.Span.Contains(m.Span) {
				if ai < len(d.ArticleDates) && d.ArticleDates[ai].Published > 0 {
					if n := s.NameAt(m.Name, time.Unix(int64(d.ArticleDates[ai].Published)*86400, 0).UTC()); n != m.Name {
						m.Base, m.Name = m.Name, n
						// (A group that became the government is the state's
						// forces: the Taliban since August 2021.)
						if t, ok := s.TypeOf(n); ok {
							m.Type = t
						}
					}
				}
				break
			}
		}
	}
}

// corefer resolves a definite generic rebel ("the insurgents", "the
// rebels") to the named armed group told just before it in the article, in
// an earlier sentence: "Insurgents led by Hayat Tahrir al-Sham stormed into
// Aleppo … The Observatory said the insurgents captured government
// buildings". Not when another named group stands between, nor within the
// named group's own sentence ("HTS clashed with the rebels").
// So is an unnamed one ("the militants", "the gunmen"), unless the group
// before it fights beside the state, whose attackers it would not be:
// "Al Shabaab fighters attacked an army base … The militants seized
// the base".
func (s *Stage) corefer(d *doc.Doc) {
	var last doc.ActorMention
	lastOK := false
	for k := range d.Actors {
		a := &d.Actors[k]
		if !a.Generic && armedNonState(a.Type) {
			last, lastOK = *a, true
			continue
		}
		// (A country's forces named by their country, then "the military"
		// in the next paragraph: that country's, whatever the story's
		// focus — "…, Pakistan's military said ¶ The military's media
		// wing said" under an ISLAMABAD/KABUL dateline.)
		if a.Generic && (a.Type == "state" || a.Type == "external") && definite(d, a.Span) {
			if b, ok := forcesBefore(d, k); ok && !sameSentence(d, b.Span, a.Span) && sameArticle(d, b.Span, a.Span) {
				a.Name, a.Type, a.Country, a.Anaphor = b.Name, b.Type, b.Country, true
			}
			continue
		}
		if !a.Generic || a.Type != "rebel" {
			continue
		}
		ante, ok := last, lastOK && strings.HasPrefix(a.Name, "Opposition Rebels")
		if strings.HasPrefix(a.Name, "Unidentified Armed Group") && s.anaphor[lastWord(d, a.Span)] {
			ante, ok = s.groupBefore(d, k)
		}
		// (In the group's own sentence, a singular "the rebel group" in
		// another clause is it: "suspended talks with the National
		// Liberation Army after the rebel group attacked a base".)
		if !ok || a.Span.Start-ante.Span.End > 1500 || !definite(d, a.Span) || sameSentence(d, ante.Span, a.Span) && !groupInNextClause(d, ante.Span, a.Span) || !sameArticle(d, ante.Span, a.Span) {
			continue
		}
		// (A group named by its kind is that kind in the anaphor's own
		// country: "IS militants" in Syria, then "the militants" who
		// seized vehicles in Mosul, the Islamic State in Iraq.)
		if ante.Generic {
			ante.Name, ante.Country = inCountryOf(ante.Name, a.Name), a.Country
		}
		a.Name, a.Type, a.Country, a.Generic, a.Anaphor = ante.Name, ante.Type, ante.Country, ante.Generic, true
	}
}

// inCountryOf returns a generic name ("Islamic State (Syria)") with the
// country in brackets that other ends with ("Unidentified Armed Group
// (Iraq)").
func inCountryOf(name, other string) string {
	i, j := strings.LastIndex(name, " ("), strings.LastIndex(other, " (")
	if i < 0 || j < 0 {
		return name
	}
	return name[:i] + other[j:]
}

// groupBefore returns the armed group that the unnamed one at actor k
// ("the militants") is: the last group named before it by the same noun
// ("Islamic State jihadists … the jihadists", not the Kurdish fighters
// named between), else the one group named before it, when only one is.
// A group named by its kind counts ("IS militants", a clan militia); the
// rebels at large do not, nor a group that fights beside the state,
// whose attackers the unnamed would not be.
func (s *Stage) groupBefore(d *doc.Doc, k int) (doc.ActorMention, bool) {
	a := d.Actors[k]
	head := lastWord(d, a.Span)
	var only doc.ActorMention
	groups := 0
	for j := k - 1; j >= 0 && a.Span.Start-d.Actors[j].Span.End <= 1500; j-- {
		b := d.Actors[j]
		if !armedNonState(b.Type) || strings.HasPrefix(b.Name, "Unidentified") || strings.HasPrefix(b.Name, "Opposition Rebels") || s.allied[b.Name] {
			continue
		}
		if s.headOf(d, b.Span) == head {
			return b, true
		}
		if groups == 0 || b.Name != only.Name {
			only = b
			groups++
		}
	}
	return only, groups == 1
}

// forcesBefore returns the forces named before the definite ones at
// actor k ("the military") when they are another country's, named as its
// by their country, with the same noun ("Pakistan's military"), and are
// the last forces named before them.
func forcesBefore(d *doc.Doc, k int) (doc.ActorMention, bool) {
	a := d.Actors[k]
	for j := k - 1; j >= 0 && a.Span.Start-d.Actors[j].Span.End <= 1500; j-- {
		b := d.Actors[j]
		if b.Type != "state" && b.Type != "external" {
			continue
		}
		if b.Country == a.Country || lastWord(d, b.Span) != lastWord(d, a.Span) {
			return doc.ActorMention{}, false
		}
		_, national := countryMentionAt(d, b.Span.Start)
		if !national {
			_, national = demonymBefore(d, b.Span.Start)
		}
		return b, national || !b.Generic
	}
	return doc.ActorMention{}, false
}

// headOf returns the noun that heads a group's mention at sp: its last
// word, or the unnamed group's noun right after its name ("fighters" in
// "Al Shabaab fighters").
func (s *Stage) headOf(d *doc.Doc, sp doc.Span) string {
	lo, hi := d.TokensIn(sp)
	if hi <= lo {
		return ""
	}
	if hi < len(d.Tokens) && s.anaphor[d.TokenNorm(hi)] {
		return d.TokenNorm(hi)
	}
	return d.TokenNorm(hi - 1)
}

// lastWord returns the folded last token of the text at sp.
func lastWord(d *doc.Doc, sp doc.Span) string {
	if lo, hi := d.TokensIn(sp); hi > lo {
		return d.TokenNorm(hi - 1)
	}
	return ""
}

// groupInNextClause reports whether the mention at b is of the singular
// "group" ("the rebel group") and a clause opens between the named group
// at a and it.
func groupInNextClause(d *doc.Doc, a, b doc.Span) bool {
	after := strings.TrimSpace(d.Text[b.End:min(len(d.Text), int(b.End)+7)])
	if !strings.HasSuffix(strings.ToLower(b.In(d.Text)), "group") && !strings.HasPrefix(strings.ToLower(after), "group") {
		return false
	}
	lo, hi := d.TokensIn(doc.Span{Start: a.End, End: b.Start})
	for k := lo; k < hi; k++ {
		switch d.TokenNorm(k) {
		case "after", "as", "when", "because", "since", "before", "while", ",", ";":
			return true
		}
	}
	return false
}

func armedNonState(t string) bool {
	return t == "rebel" || t == "political militia" || t == "identity militia"
}

// definite reports whether the mention at sp follows "the".
func definite(d *doc.Doc, sp doc.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= sp.Start })
	if i < len(d.Tokens) && d.TokenNorm(i) == "the" {
		return true
	}
	return i > 0 && d.TokenNorm(i-1) == "the"
}

func sameSentence(d *doc.Doc, a, b doc.Span) bool {
	for _, s := range d.Sents {
		if s.Span.Start <= a.Start && a.End <= s.Span.End {
			return s.Span.Start <= b.Start && b.End <= s.Span.End
		}
	}
	return false
}

func sameArticle(d *doc.Doc, a, b doc.Span) bool {
	for _, ar := range d.Articles {
		if sp := ar.WithTitle(); sp.Contains(a) {
			return sp.Contains(b)
		}
	}
	return len(d.Articles) <= 1
}

// demonymBefore returns the demonym that ends right before off ("Russian"
// in "Russian government"), or the country whose possessive does
// ("Ukraine's air force").
func demonymBefore(d *doc.Doc, off int32) (doc.PlaceMention, bool) {
	k := sort.Search(len(d.Places), func(k int) bool { return d.Places[k].Span.Start >= off }) - 1
	if k >= 0 {
		p := d.Places[k]
		gap := strings.TrimSpace(d.Text[min(p.Span.End, off):off])
		if p.Span.End <= off && (p.Kind == "demonym" && p.Precision == "country" && gap == "" || (p.Kind == "place" || p.Kind == "metonym") && p.Precision == "country" && (gap == "'s" || gap == "’s" || gap == "" && (lostApostrophe(p.Span.In(d.Text), p.Name) || initials(p.Span.In(d.Text))))) {
			return p, true // "Russian government", "Ukraine's air force", "Russias Aerospace Forces", "US soldiers"
		}
	}
	return doc.PlaceMention{}, false
}

// ofFocus returns, of the aliases in list whose words are those of the
// first, the one whose group is of the focus country at token i (the
// first when none or only one is).
func (s *Stage) ofFocus(d *doc.Doc, i int, list []alias) alias {
	a := list[0]
	var others []alias
	for _, b := range list[1:] {
		if slices.Equal(b.words, a.words) && s.entries[b.entry].country != s.entries[a.entry].country {
			others = append(others, b)
		}
	}
	if len(others) == 0 {
		return a
	}
	// The paragraph's places first (a digest of notes from several
	// countries), then the story's focus.
	off := d.Tokens[i].Span.Start
	all := append([]alias{a}, others...)
	for _, para := range d.Paras {
		if para.Start <= off && off < para.End {
			for _, p := range d.Places {
				if p.Span.Start >= para.Start && p.Span.End <= para.End && p.Kind == "place" {
					for _, b := range all {
						if s.entries[b.entry].in(p.Country) {
							return b
						}
					}
				}
			}
			break
		}
	}
	focus, _ := FocusAt(d, off)
	for _, b := range others {
		if s.entries[b.entry].in(focus) {
			return b
		}
	}
	// Where none fights, a kind of actor the words name everywhere:
	// "separatists" in Donetsk are neither Cameroon's nor Pakistan's.
	for _, b := range all {
		if s.entries[b.entry].generic {
			return b
		}
	}
	return a
}

// Allied reports whether the actor named name fights beside its state's
// forces (a pro-government militia: "VDP", "NDF", "Wazalendo").
func (s *Stage) Allied(name string) bool { return s.allied[name] }

// in reports whether the group fights in country cc: its own, or one of
// its theatre.
func (e entry) in(cc string) bool {
	return cc != "" && (e.country == cc || slices.Contains(e.theatre, cc))
}

// ownedBy returns the state or external actor named before actor k in
// its sentence when "its" or "their" stands right before off.
func ownedBy(d *doc.Doc, k int, off int32) (doc.ActorMention, bool) {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= off }) - 1
	if i < 0 || d.TokenNorm(i) != "its" && d.TokenNorm(i) != "their" {
		return doc.ActorMention{}, false
	}
	for j := k - 1; j >= 0; j-- {
		a := d.Actors[j]
		if a.Span.End > off {
			continue
		}
		if strings.ContainsAny(d.Text[a.Span.End:off], ".;") {
			break
		}
		if (a.Type == "state" || a.Type == "external") && !strings.HasPrefix(a.Name, "{") {
			return a, true
		}
	}
	return doc.ActorMention{}, false
}

// demonymAt returns the country's demonym that starts at off.
func demonymAt(d *doc.Doc, off int32) (doc.PlaceMention, bool) {
	if p, ok := countryMentionAt(d, off); ok && p.Kind == "demonym" {
		return p, true
	}
	return doc.PlaceMention{}, false
}

// isCountry reports whether token k starts a mention of a country.
func isCountry(d *doc.Doc, k int) bool {
	_, ok := countryMentionAt(d, d.Tokens[k].Span.Start)
	return ok
}

// countryMentionAt returns the mention of a country — a name, a demonym,
// a metonym — that starts at off.
func countryMentionAt(d *doc.Doc, off int32) (doc.PlaceMention, bool) {
	k := sort.Search(len(d.Places), func(k int) bool { return d.Places[k].Span.Start >= off })
	if k < len(d.Places) && d.Places[k].Span.Start == off && d.Places[k].Precision == "country" {
		return d.Places[k], true
	}
	return doc.PlaceMention{}, false
}

// countryOf returns the country named right after off as "of X": "the
// Government of Mali".
func countryOf(d *doc.Doc, off int32) (doc.PlaceMention, bool) {
	k := sort.Search(len(d.Places), func(k int) bool { return d.Places[k].Span.Start >= off })
	if k < len(d.Places) {
		p := d.Places[k]
		if p.Kind != "demonym" && p.Precision == "country" && strings.TrimSpace(d.Text[off:p.Span.Start]) == "of" {
			return p, true
		}
	}
	return doc.PlaceMention{}, false
}

// named reports whether a generic actor is written as a proper name
// ("ISIL", "Islamic State"), not as a kind of actor ("militants").
func named(d *doc.Doc, a doc.ActorMention) bool {
	r, _ := utf8.DecodeRuneInString(a.Span.In(d.Text))
	return unicode.IsUpper(r) && a.Type == "rebel"
}

// personnel reports whether a forces noun names people, not weapons.
func personnel(w string) bool {
	switch w {
	case "soldiers", "troops", "forces", "personnel", "servicemen", "marines", "sailors", "military", "army", "navy", "commandos",
		// (and what no headline uses as a verb: "US warships fired")
		"warships", "warship", "warplanes", "gunboats":
		return true
	}
	return false
}

// initials reports whether a country's name as written is its initials,
// which stand before a noun as its demonym: "US soldiers", "U.S.
// troops", "UAE forces".
func initials(text string) bool {
	letters := 0
	for _, r := range text {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 4
}

// lostApostrophe reports whether text, a country's name as written, is its
// possessive with the apostrophe lost in scraping: "Russias" for Russia.
func lostApostrophe(text, name string) bool {
	return len(text) > 2 && text[len(text)-1] == 's' && !strings.HasSuffix(strings.ToLower(name), "s")
}

// SharedDemonym returns the country demonym (or name) joined to p by "and"
// before it: "Azerbaijani" in "Azerbaijani and Armenian forces", "U.S." in
// "U.S. and British warplanes".
func (s *Stage) SharedDemonym(d *doc.Doc, p doc.PlaceMention) (doc.PlaceMention, bool) {
	k := sort.Search(len(d.Places), func(k int) bool { return d.Places[k].Span.Start >= p.Span.Start }) - 1
	if k < 0 {
		return doc.PlaceMention{}, false
	}
	q := d.Places[k]
	// "Azerbaijani and Armenian forces", "U.S. and British warplanes".
	if q.Kind != "demonym" && !(q.Kind == "place" && q.Precision == "country") || q.Country == "" || q.Country == p.Country || strings.TrimSpace(d.Text[q.Span.End:p.Span.Start]) != "and" {
		return doc.PlaceMention{}, false
	}
	return q, true
}

func (s *Stage) matches(d *doc.Doc, i int, a alias) bool {
	last := len(a.words) - 1
	for k, w := range a.words {
		if n := d.TokenNorm(i + k); n != w {
			// A name of two or more words whose possessive lost its
			// apostrophe in scraping: "the US-led coalitions airstrikes".
			if k == last && last > 0 && w[len(w)-1] != 's' && len(n) == len(w)+1 && n[len(w)] == 's' && n[:len(w)] == w {
				continue
			}
			return false
		}
	}
	if a.exact != "" && d.TokenText(i) != a.exact {
		return false
	}
	if a.upper > 0 {
		if t := d.TokenText(i + a.upper - 1); strings.ToUpper(t) != t {
			return false
		}
	}
	if a.caps {
		for k := range a.words {
			t := d.TokenText(i + k)
			if strings.ToUpper(t) != t {
				return false
			}
		}
	}
	return true
}

// NameAt returns an actor's name for a deed on day t: ACLED's name for
// the government the country's forces then served ("Military Forces of
// Myanmar (2016-2021)" before the 2021 coup). Other names are returned as
// they are.
func (s *Stage) NameAt(name string, t time.Time) string {
	if t.IsZero() {
		return name
	}
	base, police := name, false
	if rest, ok := strings.CutPrefix(name, "Police Forces of "); ok {
		base, police = "Military Forces of "+rest, true
	}
	for _, p := range s.periods {
		if p.base == base && !t.Before(p.from) && (p.to.IsZero() || t.Before(p.to)) {
			if police {
				return "Police Forces of " + strings.TrimPrefix(p.name, "Military Forces of ")
			}
			return p.name
		}
	}
	// Before the current government's first year and in no period the
	// dictionary lists: the country's forces with no period, rather than
	// the wrong one.
	if open := strings.LastIndex(name, " ("); open > 0 && strings.HasSuffix(name, "-)") {
		if y, err := strconv.Atoi(name[open+2 : len(name)-2]); err == nil && t.Year() < y && strings.Contains(name, "Forces of ") {
			return name[:open]
		}
	}
	return name
}

// elliptic returns the actor named by the capitalized word before "and"
// before alias a at token i, with a's words after its first: "Fulani" in
// "Fulani and Dogon militias".
func (s *Stage) elliptic(d *doc.Doc, i int, a alias) (doc.ActorMention, entry, bool) {
	if len(a.words) < 2 || i < 2 || d.TokenNorm(i-1) != "and" || d.Tokens[i-2].Kind != doc.Word || !d.Tokens[i-2].Upper {
		return doc.ActorMention{}, entry{}, false
	}
	if n := len(d.Actors); n > 0 && d.Actors[n-1].Span.End >= d.Tokens[i-2].Span.Start {
		return doc.ActorMention{}, entry{}, false
	}
	w := d.TokenNorm(i - 2)
	for _, b := range s.byFirst[w] {
		// (Kinds of groups named by their people: "Fulani and Dogon
		// militias"; not "Russian and regime warplanes", whose first
		// word alone would fly no plane.)
		if e := s.entries[b.entry]; e.generic && s.entries[a.entry].generic && len(b.words) == len(a.words) && slices.Equal(b.words[1:], a.words[1:]) {
			return doc.ActorMention{Span: d.Tokens[i-2].Span, Name: e.name, Type: e.typ, Country: e.country, Generic: e.generic}, e, true
		}
	}
	return doc.ActorMention{}, entry{}, false
}

// justBefore reports whether sp ends right before token i, or before an
// acronym in brackets there: "Boko Haram (JAS) insurgents".
func justBefore(d *doc.Doc, sp doc.Span, i int) bool {
	if sp.End == d.Tokens[i-1].Span.End {
		return true
	}
	// (the acronym itself a mention, or the name before it)
	return i >= 4 && d.TokenNorm(i-1) == ")" && d.TokenNorm(i-3) == "(" && (sp.End == d.Tokens[i-2].Span.End || sp.End == d.Tokens[i-4].Span.End)
}

// State returns the state forces of a country, as an actor of its type:
// "Russian jets" with no dictionary entry are still Russia's forces.
func (s *Stage) State(cc string) (name, typ string) {
	if name, ok := s.state[cc]; ok {
		return name, "state"
	}
	return "Military Forces of " + CountryName(cc), "state"
}

// ForcesIn returns the forces of country cc acting in country where, as
// an actor of its type: a state's own forces at home, "external" abroad,
// and the name they go by in a theatre the data gives ("US" in "SY":
// International Coalition against Daesh).
func (s *Stage) ForcesIn(cc, where string) (name, typ string) {
	if n, ok := s.abroad[cc][where]; ok {
		return n, "external"
	}
	name, typ = s.State(cc)
	if where != cc {
		typ = "external"
	}
	return name, typ
}

// resolve fills a generic name's template for the focus country.
// InCountry moves a generic actor to country cc, where its deed is:
// "security forces" in a sentence about Pakistan are Pakistan's,
// whatever country the article is about. Named actors, and generics a
// demonym qualifies, are left alone; it reports whether it moved a.
func (s *Stage) InCountry(a *doc.ActorMention, cc string) bool {
	if !a.Generic || cc == "" || a.Country == cc || a.Country == "" {
		return false
	}
	old, name := CountryName(a.Country), CountryName(cc)
	switch {
	case strings.HasPrefix(a.Name, "Military Forces of "):
		// (In occupied land, the occupier's: see Stage.occupier.)
		if occ, ok := s.occupier[cc]; ok {
			if a.Country == occ {
				return false
			}
			a.Name, _ = s.State(occ)
			a.Country, a.Base, a.Type = occ, "", "external"
			return true
		}
		a.Name, _ = s.State(cc)
	case strings.HasPrefix(a.Name, "Police Forces of "):
		st, _ := s.State(cc)
		a.Name = strings.Replace(st, "Military Forces of", "Police Forces of", 1)
	case strings.HasSuffix(a.Name, "("+old+")"):
		a.Name = strings.TrimSuffix(a.Name, "("+old+")") + "(" + name + ")"
	default:
		return false
	}
	a.Country, a.Base = cc, "" // a base name now, of the new country
	if a.Type == "external" {
		a.Type = "state"
	}
	return true
}

func (s *Stage) resolve(tmpl, cc, country string) string {
	if country == "" {
		// No country to name: the kind alone ("Military Forces",
		// "Opposition Rebels"), as an analyst would write it, not
		// "Military Forces of Unknown".
		r := strings.NewReplacer("{police}", "Police Forces", "{state}", "Military Forces", " ({country})", "", " of {country}", "", "{country}", "")
		return strings.TrimSpace(r.Replace(tmpl))
	}
	if strings.Contains(tmpl, "{police}") {
		name, ok := s.state[cc]
		if !ok {
			name = "Military Forces of " + country
		}
		return strings.ReplaceAll(tmpl, "{police}", strings.Replace(name, "Military Forces of", "Police Forces of", 1))
	}
	if strings.Contains(tmpl, "{state}") {
		name, ok := s.state[cc]
		if !ok {
			name = "Military Forces of " + country
		}
		return strings.ReplaceAll(tmpl, "{state}", name)
	}
	name := strings.ReplaceAll(tmpl, "{country}", country)
	// A kind that has a name of its own in one country: the civil
	// defence of Syria is the White Helmets (data: "own" lines).
	if own, ok := s.own[name]; ok {
		return own
	}
	return name
}

// Focus returns the country the document's places name most (places, not
// demonyms or metonyms, counted once per mention) and its name: the
// country of its events when they state none.
func Focus(d *doc.Doc) (string, string) {
	return focus(d, doc.Span{})
}

// FocusAt is Focus for the article holding offset off: its own places and
// forces count three times what the rest of the document's do, so that a
// digest of stories from several countries puts each in its own, while a
// short article with little to go on follows the document.
func FocusAt(d *doc.Doc, off int32) (string, string) {
	if k := focusArticle(d, off); k >= 0 {
		return focus(d, d.Articles[k].WithTitle())
	}
	return focus(d, doc.Span{})
}

// focusArticle returns the index of the article whose focus FocusAt
// takes for offset off, or -1 when it takes the whole document's.
func focusArticle(d *doc.Doc, off int32) int {
	if len(d.Articles) == 1 {
		return -1
	}
	for i, a := range d.Articles {
		if sp := a.WithTitle(); off >= sp.Start && off < sp.End {
			return i
		}
	}
	return -1
}

func focus(d *doc.Doc, art doc.Span) (string, string) {
	// A document names few countries: a small list beats maps here, and
	// the event stage asks often.
	type vote struct {
		cc, name string
		n        int
	}
	var buf [16]vote
	votes := buf[:0]
	add := func(cc string, w int, name string, at doc.Span) {
		if !art.Empty() && at.Start >= art.Start && at.End <= art.End {
			w *= 3
		}
		for i := range votes {
			if votes[i].cc == cc {
				votes[i].n += w
				if name != "" {
					votes[i].name = name
				}
				return
			}
		}
		votes = append(votes, vote{cc, name, w})
	}
	for _, p := range d.Places {
		// (A world region — "the EU", "the Middle East" — is in no
		// country.)
		if p.Kind == "metonym" || p.Country == "" {
			continue
		}
		// A place says where more than a demonym ("Russian jets"), and a
		// town more than a country ("Russia's forces hit Deir Ezzor").
		w := 3
		switch {
		case p.Kind == "demonym":
			w = 1
		case p.Precision == "country":
			w = 2
		}
		name := ""
		// (A village placed no finer than its country is not the
		// country's name: "the Lebanese village of Kawkaba".)
		if p.Precision == "country" && !strings.HasPrefix(p.ID, "unlisted:") {
			name = p.Name
		}
		add(p.Country, w, name, p.Span)
	}
	// A country's own forces named in the text vote for it: "Assad
	// regime forces" put the story in Syria.
	for _, a := range d.Actors {
		switch {
		case a.Type == "state" && !a.Generic && a.Country != "":
			add(a.Country, 2, "", a.Span)
		case !a.Generic && a.Country != "" && (a.Type == "rebel" || a.Type == "political militia" || a.Type == "identity militia"):
			// A group that fights in one country ("SDF") hints at it.
			add(a.Country, 1, "", a.Span)
		}
	}
	var best vote
	for _, v := range votes {
		if v.n > best.n || v.n == best.n && v.cc < best.cc {
			best = v
		}
	}
	// ACLED's name of the country where it has one, else the text's name
	// of it, else the gazetteer's.
	if name, ok := acledNames[best.cc]; ok {
		best.name = name
	} else if best.cc != "" && best.name == "" {
		best.name = CountryName(best.cc)
	}
	return best.cc, best.name
}

// CountryName returns the name of a country by its ISO code, or the
// code when the gazetteer does not know it.
func CountryName(cc string) string {
	if name, ok := acledNames[cc]; ok {
		return name
	}
	if g, err := gazetteer.Default(); err == nil {
		if i, ok := g.Country(cc); ok {
			return g.Places[i].Name
		}
	}
	return cc
}

// forcesOn is the state forces of the country q names, on q's words:
// external where the story's country (focus) is another.
func (s *Stage) forcesOn(q doc.PlaceMention, focus string) doc.ActorMention {
	name, _ := s.State(q.Country)
	typ := "state"
	if focus != q.Country {
		typ = "external"
	}
	return doc.ActorMention{Span: q.Span, Name: name, Type: typ, Country: q.Country}
}

// hasActorAt reports whether an actor mention covers sp already.
func (s *Stage) hasActorAt(d *doc.Doc, sp doc.Span) bool {
	for _, a := range d.Actors {
		if a.Span.Start <= sp.Start && a.Span.End >= sp.End {
			return true
		}
	}
	return false
}

// acronymAt reports whether token k is an acronym: two to five capitals.
func acronymAt(d *doc.Doc, k int) bool {
	t := d.TokenText(k)
	if len(t) < 2 || len(t) > 5 || d.Tokens[k].Kind != doc.Word {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < 'A' || t[i] > 'Z' {
			return false
		}
	}
	return true
}

// dropStrayInitials removes a group named only by two initials in a
// story that never names the group's country: "AA Photo" in a Syrian
// story is Anadolu Agency's, not the Arakan Army. (Three letters are
// kept: "RSF and SAF agreed to a truce in Geneva".)
func dropStrayInitials(d *doc.Doc) {
	stray := func(a doc.ActorMention) bool {
		if a.Generic || a.Country == "" || a.Span.End-a.Span.Start != 2 {
			return false
		}
		t := a.Span.In(d.Text)
		if strings.ToUpper(t) != t {
			return false
		}
		for _, p := range d.Places {
			if p.Country == a.Country {
				return false
			}
		}
		return true
	}
	d.Actors = slices.DeleteFunc(d.Actors, stray)
}

// formerMember reports whether the actor's name at tokens [i, end) names
// the group a person was once of: "a former FSA commander", "a retired
// army general" — a word of "once" before it and a title after.
func (s *Stage) formerMember(d *doc.Doc, i, end int) bool {
	return s.once[d.TokenNorm(i-1)] && s.title[d.TokenNorm(end)]
}
