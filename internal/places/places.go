// Package places finds toponyms, resolves each to a gazetteer entry, and
// records how the text qualifies it: "eastern Aleppo", "Idlib province",
// "Aleppo's old city", "the Aleppo countryside".
//
// Recognition matches capitalized runs of words against the gazetteer's
// Loose and Skeleton keys, leftmost-longest, and rejects what is a person
// ("Bashar al-Assad", "President Assad"), a sentence-initial common word,
// or a word the context file lists as never a place on its own. Demonyms
// ("Syrian") and metonyms ("Moscow said", "Russia's jets") are kept with
// their own kind: they tell the document's focus and its actors, never an
// event's place.
//
// Resolution scores each candidate entry: its kind and population, the
// document's focus countries (countries named, demonyms, places with one
// reading), an admin context stated next to it ("Ain al-Arab in Aleppo
// province", "Azaz, Syria"), and nearness to the other places of the
// document; a neighbourhood gains when its city is named.
package places

import (
	"context"
	_ "embed"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unsafe"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/gazetteer"
	"github.com/sitrep-dev/sitrep/internal/lexicon"
	"github.com/sitrep-dev/sitrep/internal/placename"
	"github.com/sitrep-dev/sitrep/internal/tokenize"
)

// Name is the stage name.
const Name = "places"

//go:embed data/context.tsv
var contextSrc string

//go:embed data/common-words.txt
var commonSrc string

//go:embed data/given-names.txt
var givenSrc string

//go:embed data/given-names-extra.txt
var givenExtraSrc string

// Stage is the place stage; it is safe for concurrent use.
type Stage struct {
	g         *gazetteer.Gazetteer
	cue       map[string]bool // one- and two-word cues, joined by " "
	before    map[string]string
	after     map[string]string // phrases joined by " "
	plural    map[string]string // "counties": the qualifier of every name of a list before it
	titles    map[string]bool   // words before a person's name
	particles map[string]bool   // lower-case words inside people's names
	say       map[string]bool
	govt      map[string]bool
	never     map[string]bool
	notPlace  map[string][][]string // names with a place's word in them: "Boko Haram", by first word
	thing     map[string]bool       // capitalized words after a name that make it a thing's: "Jaffar Express"
	outlet    map[string]bool       // words right after a name that make it a news outlet's: "Al Mayadeen broadcaster"
	vessel    map[string]bool       // prefixes of ships' names, as written: "USS", "HMS"
	abbr      map[string][2]string  // "tenn" → US, TN
	// settlement: nouns that say a name the gazetteer lacks is a place
	// ("Pazigyi village", "the town of Koumbri"), and the qualifier.
	settlement     map[string]string
	settlementKind map[string]bool   // words between a name and its settlement word: "displacement" in "the Zamzam displacement camp"
	nearby         map[string]string // "in", "near": before an unlisted name with its container after
	cue2           map[string]bool   // last words of two-word cues
	afterFirst     map[string]bool   // first words of after-qualifiers
	common         map[string]bool   // common English words, lower case
	given          map[string]bool   // given names, folded
	connector      map[string]bool   // lower-case words inside a name: "Rio de Janeiro"
	// words: the classes above and placename's, by token hash — what the
	// scan over every token asks, answered by one probe.
	words lexicon.Classes
	// locale: phrases of a country's public life its local press uses
	// ("sheriff", "county commissioners"), by their tokens' folded words.
	locale map[string]string
}

// Word classes in Stage.words.
const (
	wCommon uint32 = 1 << iota
	wConnector
	wAfterFirst
	wGiven
	wArticle
	wHead
	wAbbreviation
	wLocale     // first word of a locale phrase
	wListed     // a word placename's spelling tables hold
	wTitle      // person: a word before a person's name
	wCue        // a one-word cue
	wBefore     // a word of before with a qualifier
	wGovt       // government
	wSay        // say
	wNotPlace   // the first word of a name with a place's word in it (notplace)
	wGate       // a settlement word, or nearby: what may come before an unlisted name
	wSettlement // a settlement word ("village")
	wNearby     // a nearby word ("in", "near")
	wParticle   // a lower-case word inside a person's name ("da", "von")
	wWater      // a body of water's head word ("Gulf", "Sea")
)

// is reports whether token i is a word of one of the classes in m.
func (w *wordCache) is(i int, m uint32) bool { return w.cls[i]&m != 0 }

// isAt is is, false for an i outside the document.
func (w *wordCache) isAt(i int, m uint32) bool {
	return i >= 0 && i < len(w.cls) && w.cls[i]&m != 0
}

func wordSet(src string) map[string]bool {
	m := make(map[string]bool, strings.Count(src, "\n"))
	for line := range strings.SplitSeq(src, "\n") {
		if line != "" && line[0] != '#' {
			m[line] = true
		}
	}
	return m
}

// New returns the stage over gazetteer g (gazetteer.Default() when nil).
func New(g *gazetteer.Gazetteer) (*Stage, error) {
	if g == nil {
		var err error
		if g, err = gazetteer.Default(); err != nil {
			return nil, fmt.Errorf("places: %w", err)
		}
	}
	s := &Stage{g: g, cue: map[string]bool{}, before: map[string]string{}, after: map[string]string{}, plural: map[string]string{},
		titles: map[string]bool{}, particles: map[string]bool{}, common: wordSet(commonSrc), given: wordSet(givenSrc + givenExtraSrc), say: map[string]bool{}, govt: map[string]bool{}, never: map[string]bool{}, connector: map[string]bool{}, nearby: map[string]string{}, notPlace: map[string][][]string{}, thing: map[string]bool{}, outlet: map[string]bool{}, vessel: map[string]bool{}, abbr: map[string][2]string{}, locale: map[string]string{}}
	err := lexicon.ScanLines("context.tsv", strings.NewReader(contextSrc), func(_ int, f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want at least 2 columns")
		}
		val := ""
		if len(f) > 2 {
			val = f[2]
		}
		switch f[0] {
		case "cue":
			s.cue[f[1]] = true
		case "before":
			s.before[f[1]] = val
		case "after":
			s.after[f[1]] = val
		case "plural":
			s.plural[f[1]] = val
		case "person":
			s.titles[f[1]] = true
		case "particle":
			s.particles[f[1]] = true
		case "say":
			s.say[f[1]] = true
		case "government":
			s.govt[f[1]] = true
		case "never":
			s.never[f[1]] = true
		case "connector":
			s.connector[f[1]] = true
		case "nearby":
			s.nearby[f[1]] = val
		case "settlementkind":
			if s.settlementKind == nil {
				s.settlementKind = map[string]bool{}
			}
			s.settlementKind[f[1]] = true
		case "settlement":
			if s.settlement == nil {
				s.settlement = map[string]string{}
			}
			s.settlement[f[1]] = val
		case "abbr":
			cc, code, ok := strings.Cut(f[2], ".")
			if !ok {
				return fmt.Errorf("abbr %q: want CC.CODE, got %q", f[1], f[2])
			}
			s.abbr[f[1]] = [2]string{cc, code}
		case "locale":
			toks, norm := tokenize.Tokens(f[1], nil)
			var words []string
			for _, t := range toks {
				words = append(words, t.Norm.In(norm))
			}
			if len(words) == 0 || len(words) > 3 || len(val) != 2 {
				return fmt.Errorf("locale %q: want a phrase of 1-3 words and a country code", f[1])
			}
			s.locale[strings.Join(words, " ")] = val
			s.words.Add(words[0], wLocale)
		case "thing":
			s.thing[f[1]] = true
		case "outlet":
			s.outlet[f[1]] = true
		case "water":
			s.words.Add(f[1], wWater)
		case "vessel":
			s.vessel[f[1]] = true
		case "notplace":
			words := strings.Fields(strings.ReplaceAll(f[1], "-", " "))
			if len(words) < 2 {
				return fmt.Errorf("notplace %q: want a phrase of two or more words", f[1])
			}
			s.notPlace[words[0]] = append(s.notPlace[words[0]], words)
		default:
			return fmt.Errorf("unknown category %q", f[0])
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("places: %w", err)
	}
	for w := range s.notPlace {
		s.words.Add(w, wNotPlace)
	}
	if len(s.nearby) == 0 {
		return nil, fmt.Errorf("places: context.tsv lists no nearby words")
	}
	for w := range s.nearby {
		s.words.Add(w, wGate|wNearby)
	}
	s.words.Add("(", wGate) // "Rubaya (Masisi, Nord-Kivu)"
	for w := range s.settlement {
		s.words.Add(w, wGate|wSettlement)
	}
	s.cue2, s.afterFirst = map[string]bool{}, map[string]bool{}
	for c := range s.cue {
		if _, last, ok := strings.Cut(c, " "); ok {
			s.cue2[last] = true
		}
	}
	for a := range s.after {
		first, _, _ := strings.Cut(a, " ")
		s.afterFirst[first] = true
	}
	for _, m := range []struct {
		words map[string]bool
		class uint32
	}{{s.common, wCommon}, {s.connector, wConnector}, {s.afterFirst, wAfterFirst}, {s.given, wGiven}, {s.titles, wTitle}, {s.particles, wParticle}, {s.cue, wCue}, {s.govt, wGovt}, {s.say, wSay}} {
		for w := range m.words {
			if !strings.Contains(w, " ") {
				s.words.Add(w, m.class)
			}
		}
	}
	for w, q := range s.before {
		if q != "" && !strings.Contains(w, " ") {
			s.words.Add(w, wBefore)
		}
	}
	placename.MarkWords(&s.words, wArticle, wHead, wAbbreviation, wListed)
	return s, nil
}

// locales counts, per country, the distinct locale phrases in d.
func (s *Stage) locales(d *doc.Doc, wc *wordCache) map[string]int {
	var seen map[string]bool
	var out map[string]int
	for i, t := range d.Tokens {
		if t.Kind != doc.Word || !wc.is(i, wLocale) {
			continue
		}
		key := d.TokenNorm(i)
		for n := 1; n <= 3 && i+n <= len(d.Tokens); n++ {
			if n > 1 {
				key += " " + d.TokenNorm(i+n-1)
			}
			cc, ok := s.locale[key]
			if !ok || seen[key] {
				continue
			}
			if seen == nil {
				seen, out = map[string]bool{}, map[string]int{}
			}
			seen[key] = true
			out[cc]++
		}
	}
	return out
}

// water returns the end of the body of water whose name starts at token
// i — "Gulf of Aden", "Bay of Bengal" (a head word, "of" and a name), or
// "Caspian Sea", "South China Sea" (a name ending in one) — when the
// gazetteer holds no world region of that name; ok is false otherwise,
// and for a body of water it places ("the Gulf of Mexico", "the Red
// Sea").
func (s *Stage) water(d *doc.Doc, u unit, i int, wc *wordCache) (end int, ok bool) {
	capital := func(k int) bool { return k < u.hi && d.Tokens[k].Kind == doc.Word && d.Tokens[k].Upper }
	end = -1
	if wc.is(i, wWater) && i+2 < u.hi && d.TokenNorm(i+1) == "of" && capital(i+2) {
		end = i + 3
		for end < u.hi && end < i+6 && capital(end) {
			end++
		}
	} else {
		for k := i; k < u.hi && k < i+4 && capital(k); k++ {
			if k > i && wc.is(k, wWater) && d.TokenNorm(k) != "bay" {
				end = k + 1
				break
			}
		}
	}
	if end < 0 {
		return 0, false
	}
	name := d.Text[d.Tokens[i].Span.Start:d.Tokens[end-1].Span.End]
	for _, id := range s.g.LookupHash(gazetteer.Hash(placename.Loose(name))) {
		if s.g.Places[id].Kind == gazetteer.WorldRegion {
			return 0, false
		}
	}
	return end, true
}

// isCaps reports whether s is written in capitals (with full stops): "US",
// "U.S.", "UK".
// acronym reports whether s is an acronym, or one with a possessive or
// plural "s" whose apostrophe was lost: "SOHR", "SANAs", "NGOs" — no
// transliteration of a name.
func acronym(s string) bool {
	if len(s) > 2 && s[len(s)-1] == 's' {
		s = s[:len(s)-1]
	}
	return len(s) > 1 && isCaps(s)
}

func isCaps(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || c == '.') {
			return false
		}
	}
	return true
}

func (*Stage) Name() string { return Name }
func (*Stage) Requires() []doc.Layer {
	return []doc.Layer{doc.LayerText, doc.LayerArticles, doc.LayerSentences, doc.LayerTokens, doc.LayerDates}
}
func (*Stage) Assigns() []doc.Layer { return []doc.Layer{doc.LayerPlaces} }

// cand is a recognized name before resolution.
type cand struct {
	start, end int // tokens
	span       doc.Span
	ids        []int32
	kind       string // place, demonym, metonym
	qual       string
	qualSpan   doc.Span
	skeleton   bool // matched only by romanisation skeleton
	cue        bool // a place cue came before it
	single     bool // one word
	// shortSkeleton: met by a skeleton of one or two letters, which many
	// names share ("mr": Murayeh, Maarrah).
	shortSkeleton bool
	// partial: a capitalized word that is no common word or qualifier
	// follows, so the name goes on beyond the match ("Cite Soleil").
	partial bool
	// inLonger: the last word of a longer name the settlement word after
	// it names ("Kyauk Kyi village"): no candidate.
	inLonger bool
	// afterDemonym: a one-word name after a demonym of another country
	// ("Turkmen Bari").
	afterDemonym bool
	initial      bool // first word of its sentence
	dateline     bool
	within       int32  // an admin region or country stated next to it: place index, -1 if none
	container    bool   // after "Unknown Place,": the region that holds it
	led          bool   // "Saudi-led", "US-backed": a side, read as a demonym
	key          uint64 // the Hash of the Loose key it was found by; 0 if not by one
	settled      bool   // after "town of", "city of": "the town of Djibo"
	the          bool   // right after "the": "the Red Sea"
}

// Process fills d.Places.
func (s *Stage) Process(_ context.Context, d *doc.Doc) error {
	d.Places = d.Places[:0]
	wc := newWordCache(d, &s.words)
	defer wc.release()
	surnames := s.surnames(d, wc)
	cs := wc.cands[:0]
	wc.units = s.units(d, wc.units[:0])
	for _, u := range wc.units {
		cs = s.recognize(d, u, cs, surnames, wc)
	}
	defer func() { wc.cands = cs[:0] }() // the storage, for the next document
	if len(cs) == 0 {
		return nil
	}
	s.context(d, cs)
	s.resolve(d, cs, wc)
	s.unlisted(d, wc)
	return nil
}

type unit struct {
	lo, hi   int
	dateline bool
}

func (s *Stage) units(d *doc.Doc, spans []unit) []unit {
	add := func(sp doc.Span, dl bool) {
		lo, hi := d.TokensIn(sp)
		if hi > lo {
			spans = append(spans, unit{lo, hi, dl})
		}
	}
	for _, dl := range d.Datelines {
		if !dl.Place.Empty() {
			add(dl.Place, true)
		}
	}
	for _, a := range d.Articles {
		if !a.Title.Empty() {
			add(a.Title, false)
		}
	}
	for _, st := range d.Sents {
		add(st.Span, false)
	}
	slices.SortStableFunc(spans, func(a, b unit) int { return a.lo - b.lo })
	return spans
}

func (s *Stage) norm(d *doc.Doc, i int) string {
	if i < 0 || i >= len(d.Tokens) {
		return ""
	}
	return d.TokenNorm(i)
}

// inDate reports whether token i lies inside a temporal expression.
func inDate(d *doc.Doc, i int) bool {
	sp := d.Tokens[i].Span
	k := sort.Search(len(d.Dates), func(k int) bool { return d.Dates[k].Span.End > sp.Start })
	return k < len(d.Dates) && d.Dates[k].Span.Start <= sp.Start
}

// wordCache holds each token's Loose and Skeleton words, made once, and
// the scratch of one document's scan. The words' memo outlives the
// document: the next one served by the same scratch asks of the same
// words ("Syria", "The", "Aleppo") again.
type wordCache struct {
	buf                    []string
	loose, skel, skelLater []string
	cands                  []cand
	units                  []unit
	arena                  keyArena // the bytes of the keys above
	cls                    []uint32 // each token's classes in Stage.words
	memo                   wordMemo
}

// wordMemo holds what a word's folded form alone tells, by its hash:
// its spelling keys and what the gazetteer answers for them. A word's
// hash is the one the tokenizer gave it, which every stage already takes
// for the word (lexicon.Classes).
type wordMemo struct {
	at    map[uint64]int32 // word hash → index in info
	info  []wordInfo
	arena keyArena // the keys' bytes
}

// wordInfo is one word's entry in the memo; have says which fields are
// made.
type wordInfo struct {
	loose, skel, skelLater string
	demonym                int32 // the country a one-word demonym names
	have                   uint8
}

// key returns the field of the key that flag (hasLoose, hasSkel or
// hasSkelLater) says is made.
func (wi *wordInfo) key(flag uint8) *string {
	switch flag {
	case hasLoose:
		return &wi.loose
	case hasSkel:
		return &wi.skel
	}
	return &wi.skelLater
}

// keyArena holds the bytes of spelling keys, each key a string that
// shares them: many keys take one allocation, not one each. Bytes once
// written are never written again (a full arena is left to its strings
// and a new one begun), so the strings stay immutable.
type keyArena struct {
	b     []byte
	block int // the least size of a new arena
}

// room makes sure the arena takes n more bytes without moving, and
// returns where the next key starts.
func (a *keyArena) room(n int) int {
	if cap(a.b)-len(a.b) < n {
		a.b = make([]byte, 0, max(a.block, 2*n))
	}
	return len(a.b)
}

// keep returns the key appended at start as a string.
func (a *keyArena) keep(start int) string {
	if len(a.b) == start {
		return ""
	}
	return unsafe.String(&a.b[start], len(a.b)-start)
}

const (
	hasLoose uint8 = 1 << iota
	hasSkel
	hasSkelLater
	hasDemonym      // demonym is known (isDemonym says whether it is one)
	isDemonym       // the word, or it without a plural "s", is a demonym
	demonymStarts   // the word begins a two-word demonym ("sri")
	hasMayStart     // mayStart is known
	mayStart        // a name may begin with the word's Loose or Skeleton key
	memoLimit       = 1 << 16
	memoArenaBlock  = 1 << 16
	docArenaBlock   = 4096
	maxMemoWordSize = 64
)

var wordCaches = sync.Pool{New: func() any { return new(wordCache) }}

// newWordCache returns the scratch of one document, with the class of
// each of its tokens: one probe of words per token, which every later
// question of the scan reads.
func newWordCache(d *doc.Doc, words *lexicon.Classes) *wordCache {
	n := len(d.Tokens)
	w := wordCaches.Get().(*wordCache)
	w.cls = slices.Grow(w.cls[:0], n)[:n]
	for i := range d.Tokens {
		w.cls[i] = words.Of(d.Tokens[i].Hash)
	}
	if cap(w.buf) < 3*n {
		w.buf = make([]string, 3*n)
	}
	w.buf = w.buf[:3*n]
	clear(w.buf)
	w.loose, w.skel, w.skelLater = w.buf[:n], w.buf[n:2*n], w.buf[2*n:]
	w.arena.block = docArenaBlock
	if w.memo.at == nil || len(w.memo.info) >= memoLimit {
		w.memo = wordMemo{at: make(map[uint64]int32, 1024), arena: keyArena{block: memoArenaBlock}}
	}
	return w
}

func (w *wordCache) release() {
	w.arena.b = nil // its strings may outlive the document: never reused
	wordCaches.Put(w)
}

// info returns the memo's entry of token i's word, made empty if new:
// nil for a word too long to keep (its keys are made per document).
func (w *wordCache) info(d *doc.Doc, i int) *wordInfo {
	t := &d.Tokens[i]
	if t.Norm.End-t.Norm.Start > maxMemoWordSize {
		return nil
	}
	k, ok := w.memo.at[t.Hash]
	if !ok {
		k = int32(len(w.memo.info))
		w.memo.info = append(w.memo.info, wordInfo{})
		w.memo.at[t.Hash] = k
	}
	return &w.memo.info[k]
}

func (w *wordCache) looseWord(d *doc.Doc, i int) string {
	if w.loose[i] == "" {
		w.loose[i] = w.key(d, i, hasLoose)
	}
	return w.loose[i]
}

// skelWord is the Skeleton word of token i; later as in SkeletonWord.
func (w *wordCache) skelWord(d *doc.Doc, i int, later bool) string {
	cache, flag := w.skel, hasSkel
	if later {
		cache, flag = w.skelLater, hasSkelLater
	}
	if cache[i] == "" {
		cache[i] = w.key(d, i, flag)
	}
	return cache[i]
}

// key makes the key of token i's word that flag names (hasLoose,
// hasSkel, hasSkelLater): kept in the memo, or, for a word too long for
// it, in the document's arena.
func (w *wordCache) key(d *doc.Doc, i int, flag uint8) string {
	wi := w.info(d, i)
	if wi != nil && wi.have&flag != 0 {
		return *wi.key(flag)
	}
	a := &w.arena
	if wi != nil {
		a = &w.memo.arena
	}
	norm, listed := d.TokenNorm(i), w.is(i, wListed)
	start := a.room(len(norm) + 16) // a loose word is shorter, or an abbreviation's full word
	if flag == hasLoose {
		a.b = placename.AppendLooseWord(a.b, norm, listed)
	} else {
		a.b = placename.AppendSkeletonWord(a.b, norm, flag == hasSkelLater, listed)
	}
	k := a.keep(start)
	if wi != nil {
		*wi.key(flag), wi.have = k, wi.have|flag
	}
	return k
}

// recognize appends the names found in one unit.
func (s *Stage) recognize(d *doc.Doc, u unit, cs []cand, surnames map[string]bool, wc *wordCache) []cand {
	var words [12]int // token index of each word
	var loose, skel [12]uint64
	for i := u.lo; i < u.hi; {
		t := d.Tokens[i]
		if t.Kind != doc.Word {
			i++
			continue
		}
		n0 := d.TokenNorm(i)
		// A body of water the gazetteer cannot place is no place, nor
		// are its words: "the Gulf of Aden" is no Gulf Province of Papua
		// New Guinea, "the Bay of Bengal" no Bay region of Somalia.
		if t.Upper {
			if end, ok := s.water(d, u, i, wc); ok {
				i = end
				continue
			}
		}
		// "Paris, Tenn.": a US state as AP abbreviates it.
		if id, end, ok := s.stateAbbr(d, u, i); ok {
			c := s.newCand(d, u, i, end, []int32{id}, false, wc)
			c.cue, c.container = true, true
			cs = append(cs, c)
			i = end
			continue
		}
		// A single letter ("I", "A", an initial) is no place's name,
		// whatever its spelling key meets ("I" is Finland's "Ii").
		if len(n0) == 1 && (i+1 >= u.hi || d.Tokens[i+1].Kind != doc.Word || !d.Tokens[i+1].Upper) {
			i++
			continue
		}
		// An article in lower case starts a name only before a capital:
		// "al-Bab", not "as a".
		article := i+2 < u.hi && d.TokenNorm(i+1) == "-" && d.Tokens[i+2].Upper && wc.is(i, wArticle)
		if !t.Upper && !article || inDate(d, i) {
			i++
			continue
		}
		// The rest of a name the gazetteer lacks: "the town of Kafar Hamra"
		// is not Hamra.
		if i > u.lo && d.Tokens[i-1].Kind == doc.Word && d.Tokens[i-1].Upper && wc.is(i-1, wHead) {
			i++
			continue
		}
		// A group's name holding a place's word: "Boko Haram".
		if end, ok := s.notPlaceAt(d, i, u.hi, wc); ok {
			i = end
			continue
		}
		// Countries written in capitals only: "US", "UK".
		if txt := d.TokenText(i); len(txt) <= 6 && isCaps(txt) {
			if ids := s.g.LookupExact(txt); len(ids) > 0 {
				cs = append(cs, s.newCand(d, u, i, i+1, ids, false, wc))
				i++
				continue
			}
			// Initials with full stops abbreviate a state, a country or
			// a big city ("S.C.", "B.C.", "L.A."), never a village: "U.N."
			// is no Indian Un.
			if strings.IndexByte(txt, '.') > 0 && (i+1 >= u.hi || !d.Tokens[i+1].Upper) {
				ids := slices.DeleteFunc(slices.Clone(s.g.LookupHash(gazetteer.Hash(wc.looseWord(d, i)))), func(id int32) bool {
					p := &s.g.Places[id]
					return p.Kind != gazetteer.Region && p.Kind != gazetteer.Country && p.Pop < 100000
				})
				if len(ids) > 0 {
					cs = append(cs, s.newCand(d, u, i, i+1, ids, false, wc))
				}
				i++
				continue
			}
		}
		// Demonyms: "Syrian", "Russians", "Sri Lankan" — not the first
		// word of a name ("European Union", "American Samoa").
		// ("Pan-American", "pan-Arab": of a whole region, no country's.)
		panPrefix := i >= 2 && d.TokenNorm(i-1) == "-" && !d.Tokens[i].SpaceBefore && d.TokenNorm(i-2) == "pan"
		if c, end, ok := s.demonym(d, i, u.hi, wc); ok && !panPrefix && !s.nameGoesOn(d, i, end, u.hi, wc) {
			c := s.newCand(d, u, i, end, []int32{c}, false, wc)
			c.kind = "demonym"
			c.qual, c.qualSpan = "", doc.Span{} // none for a demonym: "Syrian state TV"
			cs = append(cs, c)
			i = end
			continue
		}
		// No name begins with this word: on to the next.
		if !article && !s.mayStart(d, i, wc) {
			if ids, _, ok := s.possessive(d, i, u.hi, wc); ok {
				cs = append(cs, s.newCand(d, u, i, i+1, ids, false, wc))
			}
			i++
			continue
		}
		// The words of a possible name.
		nw := 0
		for j := i; j < u.hi && nw < len(words) && nw < s.g.MaxWords(); j++ {
			tj := d.Tokens[j]
			w := d.TokenNorm(j)
			if w == "-" && nw > 0 && !tj.SpaceBefore && j+1 < u.hi && !d.Tokens[j+1].SpaceBefore {
				continue
			}
			// "St. Petersburg", "Mt. Lebanon": the full stop of an
			// abbreviated name word.
			if w == "." && nw > 0 && !tj.SpaceBefore && words[nw-1] == j-1 && wc.is(j-1, wAbbreviation) && j+1 < u.hi && d.Tokens[j+1].Upper {
				continue
			}
			// "Cox's Bazar": a possessive inside a name, kept as a word
			// of its own that joins the one before.
			if gluedPossessive(d, j, u.hi) && nw > 0 && words[nw-1] == j-1 {
				words[nw] = j
				nw++
				continue
			}
			// Later words may be in lower case ("Deir ezzor", "Damascus
			// countryside"): the lookup decides.
			// (A common English word in lower case ends a name, unless it
			// qualifies places: "countryside", "province".)
			// (Nor one glued after a hyphen: "Pakistan-administered
			// Kashmir".)
			glued := nw > 0 && j >= 2 && d.TokenNorm(j-1) == "-" && !tj.SpaceBefore && !d.Tokens[j-1].SpaceBefore && words[nw-1] == j-2
			if cls := s.words.Of(tj.Hash); tj.Kind != doc.Word || !(tj.Upper || glued || cls&(wArticle|wConnector) != 0 || nw > 0 && nw < 4 && (cls&wCommon == 0 || cls&wAfterFirst != 0)) {
				break
			}
			if nw > 0 && tj.SpaceBefore && d.Tokens[j-1].Kind == doc.Punct && d.TokenNorm(j-1) != "-" && !(d.TokenNorm(j-1) == "." && words[nw-1] == j-2 && wc.is(j-2, wAbbreviation)) && words[nw-1] != j-1 {
				break
			}
			words[nw] = j
			nw++
		}
		if nw == 0 {
			i++
			continue
		}
		// Hash the names word by word.
		lh := gazetteer.HashStart
		for k := 0; k < nw; k++ {
			if gluedPossessive(d, words[k], u.hi) {
				lh = gazetteer.HashAdd(lh, "s") // "coxs bazar"
				loose[k] = lh
				continue
			}
			if k > 0 {
				lh = gazetteer.HashAdd(lh, " ")
			}
			if nw > 1 && wc.is(words[k], wArticle) {
				lh = gazetteer.HashAdd(lh, "al")
			} else {
				lh = gazetteer.HashAdd(lh, wc.looseWord(d, words[k]))
			}
			loose[k] = lh
		}
		// Skeletons cost more: made only when a Loose lookup fails.
		skelDone := false
		skeletons := func() {
			sh := gazetteer.HashStart
			for k := 0; k < nw; k++ {
				if gluedPossessive(d, words[k], u.hi) {
					sh = gazetteer.HashAdd(sh, "s")
					skel[k] = sh
					continue
				}
				if k > 0 {
					sh = gazetteer.HashAdd(sh, " ")
				}
				sh = gazetteer.HashAdd(sh, wc.skelWord(d, words[k], k > 0))
				skel[k] = sh
			}
			skelDone = true
		}
		// A name of a list before "counties" is a county, which the
		// gazetteer holds with its division word: "Oconee" in "Walton
		// and Oconee counties" is Oconee County.
		found := false
		if nw >= 1 {
			if q, _, ok := s.listQualifier(d, words[nw-1]+1, u.hi); ok && q == "district" {
				for n := nw; n >= 1 && !found; n-- {
					h := gazetteer.HashAdd(gazetteer.HashAdd(loose[n-1], " "), countyKey)
					if ids := s.g.LookupHash(h); len(ids) > 0 {
						c := s.newCand(d, u, i, words[n-1]+1, ids, false, wc)
						c.key = h
						cs = append(cs, c)
						i, found = c.end, true
					}
				}
			}
		}
		for n := nw; n >= 1 && !found; n-- {
			if wc.is(words[n-1], wConnector|wArticle) || gluedPossessive(d, words[n-1], u.hi) {
				continue
			}
			// The head of an Arabic name alone is no name when the name
			// goes on: "Kafr Nabudah" is not Kifrī; nor is an
			// abbreviated name word ("St" is not Sète).
			if n == 1 && (nw > 1 && wc.is(words[0], wHead) || wc.is(words[0], wAbbreviation)) {
				continue
			}
			ids := s.g.LookupHash(loose[n-1])
			sk, short := false, false
			// Acronyms ("SOHR", "SANAs") are no transliterations.
			if len(ids) == 0 && !(n == 1 && acronym(d.TokenText(words[0]))) {
				if !skelDone {
					skeletons()
				}
				ids, sk = s.g.LookupSkeletonHash(skel[n-1]), true
				short = n <= 2 && len(wc.skelWord(d, words[n-1], false)) <= 2
			}
			if len(ids) == 0 {
				continue
			}
			never := s.never[s.joined(d, words[:n])]
			if never {
				// Save a region in ACLED's "Town (District, Region)":
				// "Mirebalais (Centre)" is in Haiti's Centre department.
				if ids = s.regionsOnly(ids); len(ids) == 0 || !parenthesized(d, u, i, words[n-1]+1) {
					break
				}
			}
			c := s.newCand(d, u, i, words[n-1]+1, ids, sk, wc)
			c.shortSkeleton = short
			if !sk {
				c.key = loose[n-1]
			}
			// (Nor a name of a train or an airline: "the Jaffar Express".)
			if c.inLonger || s.thingAfter(d, u, c.end) || c.single && c.partial && longerTwice(d, c) || s.shipName(d, u, c.start) || s.person(d, u, c, cs, wc) || c.single && s.commonOrName(d, u, c, surnames, wc) {
				break
			}
			cs = append(cs, c)
			i = c.end
			found = true
			break
		}
		// "Syrias" for "Syria's" in text that lost its apostrophes.
		if !found {
			if ids, _, ok := s.possessive(d, i, u.hi, wc); ok {
				cs = append(cs, s.newCand(d, u, i, i+1, ids, false, wc))
				found = true
				i++
			}
		}
		if !found {
			i++
		}
	}
	return cs
}

// stateAbbr reads an abbreviated US state at token i in the shape
// "Name, Abbr." and returns its region.
func (s *Stage) stateAbbr(d *doc.Doc, u unit, i int) (int32, int, bool) {
	// Every form has a full stop right after its first word: "Tenn.",
	// "W.Va.", "W. Va.".
	if !d.Tokens[i].Upper || i+1 >= u.hi || d.TokenNorm(i+1) != "." {
		return 0, i, false
	}
	key, end := d.TokenNorm(i), i+1
	// "W.Va.", tokenized W . Va . (or "W. Va.")
	if len(key) == 1 && i+3 < u.hi && d.TokenNorm(i+1) == "." && !d.Tokens[i+1].SpaceBefore &&
		d.Tokens[i+2].Upper {
		if _, ok := s.abbr[key+"."+d.TokenNorm(i+2)]; ok {
			key, end = key+"."+d.TokenNorm(i+2), i+3
		}
	}
	st, ok := s.abbr[key]
	if !ok || end >= u.hi || d.TokenNorm(end) != "." || d.Tokens[end].SpaceBefore {
		return 0, i, false
	}
	// After a place: "Paris, Tenn.". Or alone, with the abbreviation's
	// full stop inside the sentence: "Missing Ill. man", "in Ky. jail",
	// "CHARLESTON, W.Va. --".
	after := i-2 >= u.lo && d.TokenNorm(i-1) == "," && d.Tokens[i-2].Upper && d.Tokens[i-2].Kind == doc.Word
	inside := end+1 < u.hi && (d.Tokens[end+1].Kind == doc.Word && !d.Tokens[end+1].Upper || d.TokenNorm(end+1) == ",")
	if !after && !inside {
		return 0, i, false
	}
	id, ok := s.g.Region(st[0], st[1])
	return id, end, ok
}

// notPlaceAt matches a notplace phrase at token i, passing over hyphens.
func (s *Stage) notPlaceAt(d *doc.Doc, i, end int, wc *wordCache) (int, bool) {
	if !wc.is(i, wNotPlace) {
		return i, false
	}
	for _, words := range s.notPlace[d.TokenNorm(i)] {
		k, ok := i, true
		for _, w := range words {
			for k < end && d.TokenNorm(k) == "-" {
				k++
			}
			if k >= end || d.TokenNorm(k) != w {
				ok = false
				break
			}
			k++
		}
		if ok {
			return k, true
		}
	}
	return i, false
}

// possessive reads "Syrias" (a big place's name with the s of a lost
// apostrophe) at i.
func (s *Stage) possessive(d *doc.Doc, i, end int, wc *wordCache) ([]int32, int, bool) {
	n0 := d.TokenNorm(i)
	if !d.Tokens[i].Upper || len(n0) <= 4 || n0[len(n0)-1] != 's' || acronym(d.TokenText(i)) {
		return nil, i, false
	}
	ids := s.g.Lookup(placename.LooseWord(n0[:len(n0)-1]))
	if len(ids) == 0 || len(s.g.Lookup(placename.LooseWord(n0))) > 0 {
		return nil, i, false
	}
	// Before a capital only a country's: "Russias Defense Ministry".
	// (And only a country's for a common word's plural: "Turkeys
	// border" is Turkey's, but "the Emergency Response Rooms" are no
	// "Room's", whose loosened spelling is Rome's old name.)
	nextUpper := i+1 < end && d.Tokens[i+1].Upper || wc.is(i, wCommon)
	for _, id := range ids {
		if p := &s.g.Places[id]; p.Kind == gazetteer.Country || !nextUpper && (p.Kind == gazetteer.Region || p.Pop >= 100000) {
			return ids, i + 1, true
		}
	}
	return nil, i, false
}

// demonym reads a demonym at i, in one or two words, singular or plural.
func (s *Stage) demonym(d *doc.Doc, i, end int, wc *wordCache) (int32, int, bool) {
	if !d.Tokens[i].Upper {
		return 0, i, false
	}
	one, isOne, starts := s.demonymWord(d, i, wc)
	if starts && i+1 < end && d.Tokens[i+1].Upper && d.Tokens[i+1].Kind == doc.Word {
		two := wc.looseWord(d, i) + " " + wc.looseWord(d, i+1)
		if c, ok := s.g.Demonym(two); ok {
			return c, i + 2, true
		}
		if c, ok := s.g.Demonym(strings.TrimSuffix(two, "s")); ok {
			return c, i + 2, true
		}
	}
	if isOne {
		return one, i + 1, true
	}
	return 0, i, false
}

// demonymWord returns the country token i's word names as a demonym
// alone ("Syrian", "Russians"), if it does, and whether it begins a
// demonym of two words ("Sri"), from the memo when it knows the word.
func (s *Stage) demonymWord(d *doc.Doc, i int, wc *wordCache) (int32, bool, bool) {
	wi := wc.info(d, i)
	if wi != nil && wi.have&hasDemonym != 0 {
		return wi.demonym, wi.have&isDemonym != 0, wi.have&demonymStarts != 0
	}
	w := wc.looseWord(d, i)
	c, ok := s.g.Demonym(w)
	if !ok && len(w) > 4 && strings.HasSuffix(w, "s") {
		c, ok = s.g.Demonym(w[:len(w)-1])
	}
	starts := s.g.DemonymStarts(w)
	if wi != nil { // (looseWord finds the same entry: wi stays where it is)
		wi.demonym, wi.have = c, wi.have|hasDemonym
		if ok {
			wi.have |= isDemonym
		}
		if starts {
			wi.have |= demonymStarts
		}
	}
	return c, ok, starts
}

// mayStart reports whether a name in the gazetteer may begin with token
// i's word, by its Loose or its Skeleton key (see Gazetteer.MayStart).
func (s *Stage) mayStart(d *doc.Doc, i int, wc *wordCache) bool {
	wi := wc.info(d, i)
	if wi != nil && wi.have&hasMayStart != 0 {
		return wi.have&mayStart != 0
	}
	may := s.g.MayStartHash(gazetteer.Hash(wc.looseWord(d, i))) || s.g.MayStartHash(gazetteer.Hash(wc.skelWord(d, i, false)))
	if wi != nil {
		wi.have |= hasMayStart
		if may {
			wi.have |= mayStart
		}
	}
	return may
}

// surnames returns the words that follow a given name in d ("Chiquita
// Raquel Henry": raquel, henry): a later "Henry" alone is the same person.
// A word after a given name and a middle initial ("Matthew D. Flores") is
// surely a surname: its value is true; the others' false ("Sunday
// Alexandria Police", "The George Twickenham" follow given names too).
func (s *Stage) surnames(d *doc.Doc, wc *wordCache) map[string]bool {
	var out map[string]bool
	for i := 0; i+1 < len(d.Tokens); i++ {
		t := d.Tokens[i]
		if t.Kind != doc.Word || !t.Upper || !wc.is(i, wGiven) {
			continue
		}
		j, sure := i+1, false
		if j+2 < len(d.Tokens) && len(d.TokenText(j)) == 1 && d.Tokens[j].Upper && d.TokenText(j+1) == "." {
			j, sure = j+2, true
		}
		for stop := j + 1; j < len(d.Tokens) && j <= stop && d.Tokens[j].Kind == doc.Word && d.Tokens[j].Upper; j++ {
			if out == nil {
				out = map[string]bool{}
			}
			out[d.TokenNorm(j)] = out[d.TokenNorm(j)] || sure
			sure = false
		}
	}
	return out
}

// commonOrName reports whether a one-word name is more likely a common
// word ("Bell", "Superior", "Home") or a person's name ("Scott Walker",
// "Henry" after "Chiquita Raquel Henry") than a place: it is, unless a
// place cue comes before it or the place is big.
// nameGoesOn reports whether the demonym at [i, end) begins a longer name
// the gazetteer holds: "European Union".
func (s *Stage) nameGoesOn(d *doc.Doc, i, end, hi int, wc *wordCache) bool {
	if end >= hi || !d.Tokens[end].Upper || d.Tokens[end].Kind != doc.Word {
		return false
	}
	h := gazetteer.HashStart
	for k := i; k <= end; k++ {
		if k > i {
			h = gazetteer.HashAdd(h, " ")
		}
		h = gazetteer.HashAdd(h, wc.looseWord(d, k))
	}
	return len(s.g.LookupHash(h)) > 0
}

// spelledAs reports whether one of c's readings is named w as folded, or
// is a country, a region or a big place (whose English names GeoNames
// may hold only as aliases: "Turkey").
func (s *Stage) spelledAs(c cand, w string) bool {
	for _, id := range c.ids {
		p := &s.g.Places[id]
		if p.Kind == gazetteer.Country || p.Kind == gazetteer.Region || p.Pop >= 100000 || placename.Fold(p.Name) == w {
			return true
		}
	}
	return false
}

func (s *Stage) commonOrName(d *doc.Doc, u unit, c cand, surnames map[string]bool, wc *wordCache) bool {
	w := d.TokenNorm(c.end - 1)
	common := wc.is(c.end-1, wCommon)
	// A common word that meets a place only by its consonants is the
	// word, cue or not: "in Iraq, Staff Sgt. …" is not Sétif.
	if c.skeleton && common {
		return true
	}
	// A common word numbered is a designation: "Tower 22", "Camp 5".
	if c.single && common && c.end < u.hi && d.Tokens[c.end].Kind == doc.Number {
		return true
	}
	// Nor, when small, by a loosened spelling: "stormed the House" is
	// not Belgium's Housse.
	if c.single && common && !s.spelledAs(c, w) {
		return true
	}
	// A given name before a surname is a person, cue or not: "the fire
	// department in Shiraz, Mohammad Farokhzadeh, told".
	// (A big city so spelled stays: "in Jackson, Mississippi".)
	if c.single && wc.is(c.end-1, wGiven) && s.surnameAt(d, u, c.end, wc) {
		for _, id := range c.ids {
			if p := &s.g.Places[id]; !c.skeleton && p.Pop >= 100000 || p.Kind == gazetteer.Country {
				return false
			}
		}
		return true
	}
	// The surname of a person the story names in full with an initial
	// (see surnames), met again alone, is that person, cue or not, unless
	// a reading is a country or a big city so named: "planted in Flores' honor" after "Matthew D. Flores"
	// is neither Guatemala's Flores, nor Uruguay's Flores department, nor
	// Timon, Brazil, whose old name it is.
	if c.end-c.start == 1 && surnames[w] && !c.skeleton {
		named := false
		for _, id := range c.ids {
			if p := &s.g.Places[id]; p.Kind == gazetteer.Country || placename.Fold(p.Name) == w && p.Pop >= 100000 {
				named = true
			}
		}
		if !named {
			return true
		}
	}
	if c.cue {
		return false
	}
	// A common word is no place without a cue, however big ("Eastern",
	// "Western" are provinces somewhere).
	if common && !c.cue {
		for _, id := range c.ids {
			if s.g.Places[id].Kind == gazetteer.Country {
				return false
			}
		}
		return true
	}
	for _, id := range c.ids {
		if p := &s.g.Places[id]; p.Pop >= 100000 && p.Kind != gazetteer.Region || p.Pop >= 1000000 || p.Kind == gazetteer.Country {
			return false
		}
	}
	// The first name of a person: "Kelli Jones".
	if s.surnameAt(d, u, c.end, wc) {
		return true
	}
	if _, surname := surnames[w]; common || surname {
		return true
	}
	// A given name, alone or before a surname; or a surname after one.
	// Not one that modifies the common noun after it: "Albany driver",
	// "Montana airplane crash victims", "Dallas police" are places.
	if wc.is(c.end-1, wGiven) {
		k := c.end
		if k < u.hi && d.Tokens[k].Kind == doc.Word && !d.Tokens[k].Upper && !s.say[d.TokenNorm(k)] && !common {
			return false
		}
		return true
	}
	if k := c.start - 1; k >= u.lo && d.Tokens[k].Upper && wc.is(k, wGiven) {
		return true
	}
	return false
}

// surnameAt reports whether token k may be the surname after a first
// name: a capitalized word that is neither a common word nor a qualifier
// nor a place.
func (s *Stage) surnameAt(d *doc.Doc, u unit, k int, wc *wordCache) bool {
	if k >= u.hi || d.Tokens[k].Kind != doc.Word || !d.Tokens[k].Upper {
		return false
	}
	nx := d.TokenNorm(k)
	return !wc.is(k, wCommon) && s.after[nx] == "" && len(s.g.Lookup(placename.LooseWord(nx))) == 0 && !s.isDemonym(wc.looseWord(d, k))
}

// joined returns the norms of the tokens at ws joined by spaces.
func (s *Stage) joined(d *doc.Doc, ws []int) string {
	if len(ws) == 1 {
		return d.TokenNorm(ws[0])
	}
	parts := make([]string, len(ws))
	for k, j := range ws {
		parts[k] = d.TokenNorm(j)
	}
	return strings.Join(parts, " ")
}

func (s *Stage) newCand(d *doc.Doc, u unit, start, end int, ids []int32, skeleton bool, wc *wordCache) cand {
	// A name of one word, or one word after an article ("al-Bab"), is
	// as doubtful as a single word.
	single := end-start == 1 || end-start <= 3 && wc.is(start, wArticle)
	c := cand{start: start, end: end, ids: ids, kind: "place", skeleton: skeleton, single: single,
		initial: start == u.lo || d.TokenNorm(start-1) == "\"" && start-1 == u.lo, dateline: u.dateline, within: -1,
		the: start > u.lo && d.TokenNorm(start-1) == "the"}
	c.span = doc.Span{Start: d.Tokens[start].Span.Start, End: d.Tokens[end-1].Span.End}
	if end < u.hi && d.Tokens[end].Kind == doc.Word && d.Tokens[end].Upper && d.Tokens[end].SpaceBefore {
		c.partial = !wc.is(end, wCommon|wAfterFirst) && s.after[d.TokenNorm(end)] == ""
		// A name that goes on to a settlement word is the whole name's
		// start, even over a word common elsewhere: "Bon To village"
		// is no Bonn.
		if k := s.settlement[s.norm(d, end+1)]; !c.partial && (k == "village" || k == "town") && s.after[d.TokenNorm(end)] == "" && s.settlement[d.TokenNorm(end)] == "" {
			c.partial, c.inLonger = true, true
		}
	}
	// Or a name begins before it: "Gidan Bako village" is no Baku. (Not
	// after a word of a title-case headline, a title, a cue or a given
	// name, which say other things of it.)
	if k := start - 1; k > u.lo && d.Tokens[k].Kind == doc.Word && d.Tokens[k].Upper && d.Tokens[start].SpaceBefore && !wc.is(k, wCommon|wAfterFirst|wCue|wTitle|wGiven|wArticle|wHead) && !s.demonymOfTwo(d, k, start, wc) {
		if di, dem := s.g.Demonym(wc.looseWord(d, k)); !dem {
			c.partial = true
			// And a settlement word after it names the whole: "Kyauk
			// Kyi village" is no town of Kyi, wherever it is.
			if end < u.hi && s.settlement[d.TokenNorm(end)] != "" {
				c.inLonger = true
			}
		} else if single && !s.inCountry(ids, s.g.Places[di].Country) {
			// "Turkmen Bari" (a village near Dabiq) is neither Italy's
			// Bari nor a Turkmen town: a demonym before a name of no
			// place in its country begins a longer name: only a big
			// place may be meant ("Turkish Aleppo"? it may).
			c.partial, c.afterDemonym = true, true
		}
	}
	p1, p2 := s.norm(d, start-1), s.norm(d, start-2)
	if start > u.lo && (s.cue[p1] || start-1 > u.lo && s.cue2[p1] && s.cue[p2+" "+p1]) {
		c.cue = true
	}
	// "in the Sinai", "on the Golan".
	if start-1 > u.lo && p1 == "the" && s.cue[p2] {
		c.cue = true
	}
	// "the road between Deir Qanoun al-Nahr and Tyre": the second end of
	// a "between" shares its cue, whether the gazetteer knows the first.
	if p1 == "and" && !c.cue {
		for k := start - 2; k >= u.lo && k >= start-9; k-- {
			w := d.TokenNorm(k)
			if w == "between" {
				c.cue = true
				break
			}
			if w == "," || w == ";" || w == "and" || d.Tokens[k].Kind == doc.Punct && w != "-" {
				break
			}
		}
	}
	// The region after a place the gazetteer may not know: "in Arab
	// Said, Idlib", "shelled Kafr Nabudah, Hama", "the village of
	// Kainama, Beni", "in Zap region, Duhok".
	if p1 == "," && !c.cue {
		k := start - 2
		for n := 0; n < 5 && k >= u.lo && (d.Tokens[k].Upper && d.Tokens[k].Kind == doc.Word || d.TokenNorm(k) == "-" || wc.is(k, wArticle) || s.after[d.TokenNorm(k)] != ""); n++ {
			k--
		}
		// (or "the village of Kainama, Beni": a settlement word's "of")
		_, settled := s.settlement[s.norm(d, k-1)]
		if k >= u.lo && k < start-2 && (s.cue[d.TokenNorm(k)] || d.TokenNorm(k) == "of" && settled) {
			c.cue, c.container = true, true
		}
	}
	// ACLED's and wire copy's "Town (Region)": "Hawadley (Hiraan)",
	// "Jabal al-Zawiya (Idlib)" — the region that holds the name before.
	// So does a place named with the words of its kind: "the Torkham
	// border crossing (Nangarhar)".
	if p1 == "(" && end < u.hi && d.TokenNorm(end) == ")" {
		for k := start - 2; k >= u.lo && k >= start-5 && d.Tokens[k].Kind == doc.Word; k-- {
			if d.Tokens[k].Upper {
				c.cue, c.container = true, true
				break
			}
		}
	}
	// And the last of ACLED's "(District, Region)" after a name: "the
	// village of Kpalbe (East Gonja, Savannah)" is in Ghana's Savannah
	// region, whatever else Savannah is.
	if p1 == "," && end < u.hi && d.TokenNorm(end) == ")" && !c.container {
		k := start - 2
		for n := 0; n < 8 && k > u.lo && (d.Tokens[k].Upper && d.Tokens[k].Kind == doc.Word || d.TokenNorm(k) == "-" || d.TokenNorm(k) == ","); n++ {
			k--
		}
		if k > u.lo && d.TokenNorm(k) == "(" && d.Tokens[k-1].Upper {
			c.cue, c.container = true, true
		}
	}
	// Qualifiers before: "eastern Aleppo", "north-western Syria".
	if q, ok := s.before[p1]; ok && start > u.lo {
		c.qual, c.qualSpan = q, d.Tokens[start-1].Span
		if s.cue[p2] {
			c.cue = true
		}
	} else if start-2 >= u.lo && p1 == "-" {
		if q, ok := s.before[s.norm(d, start-3)+"-"+p2]; ok {
			c.qual, c.qualSpan = q, doc.Span{Start: d.Tokens[start-3].Span.Start, End: d.Tokens[start-1].Span.End}
		}
	} else if start-2 >= u.lo && p1 == "of" {
		// "the countryside of Hama", "the province of Idlib": the
		// qualifier written after, put before.
		if q, ok := s.after[p2]; ok && (q == "countryside" || q == "province" || q == "outskirts" || q == "city") {
			c.qual, c.qualSpan, c.cue = q, d.Tokens[start-2].Span, true
		}
		c.settled = p2 == "town" || p2 == "city" // "the town of Djibo"
		// "the southern Lebanese village of Kawkaba": the demonym says
		// whose; a reading elsewhere is another place (Israel's Kokhav).
		if _, ok := s.settlement[p2]; ok && start-3 >= u.lo {
			if di, dem := s.g.Demonym(wc.looseWord(d, start-3)); dem {
				cc := s.g.Places[di].Country
				c.ids = slices.DeleteFunc(slices.Clone(c.ids), func(id int32) bool { return s.g.Places[id].Country != cc })
				c.inLonger = len(c.ids) == 0 // no candidate: a place the gazetteer lacks
			}
		}
	}
	// A qualifier inside the name a gazetteer alias holds: "Aleppo
	// countryside", "Idlib province".
	if end-start > 1 {
		if q, ok := s.after[d.TokenNorm(end-1)]; ok && (q == "countryside" || q == "province") {
			c.qual, c.qualSpan = q, d.Tokens[end-1].Span
		}
	}
	// Qualifiers after: "Idlib province", "Aleppo's old city".
	for n := 3; n >= 1; n-- {
		if end+n > u.hi || !wc.is(end, wAfterFirst) {
			continue
		}
		if n == 1 {
			if q, ok := s.after[d.TokenNorm(end)]; ok {
				c.qual, c.qualSpan = q, d.Tokens[end].Span
				break
			}
			continue
		}
		parts := make([]string, 0, n)
		for k := end; k < end+n; k++ {
			parts = append(parts, d.TokenNorm(k))
		}
		key := strings.Join(parts, " ")
		if q, ok := s.after[key]; ok {
			c.qual, c.qualSpan = q, doc.Span{Start: d.Tokens[end].Span.Start, End: d.Tokens[end+n-1].Span.End}
			break
		}
	}
	// Every name of a list before a plural division word: "Clarke,
	// Madison, Oconee and Oglethorpe counties", "Idlib and Hama
	// provinces".
	if c.qual == "" {
		if q, sp, ok := s.listQualifier(d, end, u.hi); ok {
			c.qual, c.qualSpan = q, sp
		}
	}
	return c
}

// countyKey is the Loose key of "county".
var countyKey = placename.LooseWord("county")

// listQualifier reads, from token i, the rest of a list of capitalized
// names and the plural division word that ends it ("…, Oconee and
// Oglethorpe counties").
func (s *Stage) listQualifier(d *doc.Doc, i, hi int) (string, doc.Span, bool) {
	words := 0
	for k := i; k < hi && k < i+16; k++ {
		w := d.TokenNorm(k)
		if q, ok := s.plural[w]; ok {
			return q, d.Tokens[k].Span, words > 0 || k == i
		}
		switch {
		case w == "," || w == "and":
			words = 0
		case d.Tokens[k].Kind == doc.Word && d.Tokens[k].Upper && words < 3:
			words++
		case w == "-" || placename.IsArticle(w):
			// "al-Qusour and al-Joura neighborhoods": a name's article.
		default:
			return "", doc.Span{}, false
		}
	}
	return "", doc.Span{}, false
}

// person reports whether a name is a person's (and no place): after a
// title ("President Assad"), inside a longer proper name ("Bashar
// al-Assad"), or a city name that acts ("Assad said", "Assad's forces").
// A country or capital that acts is a metonym, which it marks.
func (s *Stage) person(d *doc.Doc, u unit, c cand, cs []cand, wc *wordCache) bool {
	prev := s.norm(d, c.start-1)
	if c.start > u.lo && wc.is(c.start-1, wTitle) {
		return true
	}
	// Or further on in a titled name, over given names and particles:
	// "President Luiz Inacio Lula da Silva" (no Lula, Georgia).
	for k, n := c.start-1, 0; k >= u.lo && n < 6; k, n = k-1, n+1 {
		if wc.is(k, wTitle) {
			if n > 0 {
				return true
			}
			break
		}
		if d.Tokens[k].Kind != doc.Word || !d.Tokens[k].Upper && !wc.is(k, wParticle) {
			break
		}
	}
	// Part of a longer proper name: a family name with its article after a
	// capitalized word that is no place, qualifier or cue ("Bashar
	// al-Assad", "Fatemah al-Abed").
	// (The name may start after its article: "Suleiman Al-Khalidi" read
	// as "Khalidi".)
	start := c.start
	if start-2 >= u.lo && wc.is(start-2, wArticle) && d.TokenNorm(start-1) == "-" {
		start -= 2
		prev = s.norm(d, start-1)
	}
	if k := start - 1; wc.is(start, wArticle) && k >= u.lo && d.Tokens[k].Kind == doc.Word && d.Tokens[k].Upper && !(k == u.lo && lexicon.SentenceStarter(prev)) {
		prevPlace := len(cs) > 0 && cs[len(cs)-1].end == start
		if !prevPlace && !wc.is(k, wCue|wBefore) {
			if _, dem := s.g.Demonym(placename.LooseWord(prev)); !dem {
				return true
			}
		}
	}
	// capital: a reading is a country or a national capital. Asked only
	// where it decides: a common name has hundreds of readings.
	capital := func() bool {
		for _, id := range c.ids {
			if p := &s.g.Places[id]; p.Kind == gazetteer.Country || p.Feature == "PPLC" {
				return true
			}
		}
		return false
	}
	next := s.norm(d, c.end)
	// A family name follows: "Bashar al-Assad", "Nour el-Din".
	if c.single && wc.isAt(c.end, wArticle) && s.norm(d, c.end+1) == "-" && c.end+2 < u.hi && d.Tokens[c.end+2].Upper {
		return true
	}
	// An actor, not a place: "the Assad regime", "Assad forces".
	if c.single && wc.isAt(c.end, wGovt) && !capital() {
		// "Rakhine State", "Borno state": a region's own name; "the
		// Minnesota Department of Health": a region's government, a
		// metonym (see context).
		for _, id := range c.ids {
			if s.g.Places[id].Kind == gazetteer.Region {
				return false
			}
		}
		return true
	}
	acts := wc.isAt(c.end, wSay) || next == "'s" && wc.isAt(c.end+1, wGovt)
	if acts && c.single && !c.cue && !capital() {
		// "Assad said": a person, unless the city is a big one, which acts
		// through its government or its people ("Aleppo has fallen").
		big := false
		for _, id := range c.ids {
			if s.g.Places[id].Pop >= 100000 || s.g.Places[id].Kind == gazetteer.Region {
				big = true
			}
		}
		return !big
	}
	return false
}

// context marks metonyms and the admin regions stated next to names.
func (s *Stage) context(d *doc.Doc, cs []cand) {
	for k := range cs {
		c := &cs[k]
		if c.kind != "place" && c.kind != "demonym" {
			continue
		}
		next := s.norm(d, c.end)
		// "the Saudi-led coalition", "US-backed fighters": whose side,
		// not where — a demonym in all but name, and a weak hint of where.
		if next == "-" && !d.Tokens[c.end].SpaceBefore {
			switch s.norm(d, c.end+1) {
			case "led", "backed", "brokered", "sponsored", "supported", "allied", "aligned":
				c.kind, c.led = "demonym", true
				continue
			}
		}
		if c.kind != "place" {
			continue
		}
		if s.say[next] && next != "has" && next != "have" && next != "had" && next != "is" && next != "was" && next != "will" && next != "would" || next == "'s" && s.govt[s.norm(d, c.end+1)] {
			for _, id := range c.ids {
				if p := &s.g.Places[id]; p.Kind == gazetteer.Country || p.Feature == "PPLC" {
					c.kind = "metonym"
				}
			}
		}
		// "the Minnesota Department of Health": a region's government.
		if c.single && s.govt[next] && s.after[next] == "" {
			for _, id := range c.ids {
				if s.g.Places[id].Kind == gazetteer.Region {
					c.kind = "metonym"
				}
			}
		}
		// "Azaz, Syria", "Ain al-Arab in Aleppo province", "Mallah Farms
		// in Aleppo": the next name, a region or a country (a name, not a
		// demonym: "Avdiivka, where Russian forces").
		if k+1 < len(cs) && cs[k+1].kind == "place" {
			nx := cs[k+1]
			// "Al Qousour district of Syria's eastern city of Deir
			// ez-Zor": the country's own place is the container.
			if k+2 < len(cs) && s.ownPlace(d, nx.end, cs[k+2]) {
				for _, id := range nx.ids {
					if s.g.Places[id].Kind == gazetteer.Country {
						nx = cs[k+2]
						break
					}
				}
			}
			// (Not across a dateline's end: "SEATTLE (AP) — Boeing …".)
			near := (nx.start-c.end <= 4 && nx.start > c.end || nx.start-c.end <= 10 && nx.start > cs[k+1].start) && c.dateline == nx.dateline
			// Names of one list hold no one another: "Madison, Oconee
			// and Oglethorpe counties".
			if !c.qualSpan.Empty() && c.qualSpan == nx.qualSpan {
				near = false
			}
			var first, last string
			if near {
				first, last = s.norm(d, c.end), s.norm(d, nx.start-1)
				// ("Novoselivka in the Donetsk region": a first-level
				// division named as one; not "Elida in the Teen category")
				if last == "the" && nx.start-2 >= c.end && s.norm(d, nx.start-2) == "in" && nx.qual == "province" {
					last = "in"
				}
				// ("Kawkaba in southern Lebanon": a part of the container.)
				if s.before[last] != "" && nx.start-2 >= c.end && s.norm(d, nx.start-2) == "in" {
					last = "in"
				}
				// (after a qualifier: "Zap region, Duhok")
				if s.after[first] != "" && nx.start == c.end+2 {
					first = s.norm(d, c.end+1)
				}
			}
			// Only "in", "of", "the", a qualifier or the rest of a name
			// between for "in": "Ain al-Arab in Aleppo province", "al-Midan
			// neighborhood in Damascus city", "Mallah Farms in Aleppo"; not
			// "Cincinnati man dies in Ky."
			if near && (last == "in" || last == "of") && first != "," && first != "(" {
				for j := c.end; j < nx.start; j++ {
					if w := d.TokenNorm(j); w != "in" && w != "of" && w != "the" && s.after[w] == "" && s.settlement[w] == "" && !(j == nx.start-1 && s.before[w] != "") && !d.Tokens[j].Upper {
						near = false
						break
					}
				}
			}
			// (Or the words of its kind before the bracket: "the Kalma IDP
			// camp (South Darfur)", "Kaboul village (Deir ez-Zor)".)
			if near && last == "(" && first != "(" {
				kind := true
				for j := c.end; j < nx.start-1 && kind; j++ {
					t := d.Tokens[j]
					kind = t.Kind == doc.Word && (!t.Upper || len(d.TokenNorm(j)) <= 4 && strings.ToUpper(t.Span.In(d.Text)) == t.Span.In(d.Text))
				}
				if kind {
					first = "("
				}
			}
			if near && (last == "in" || last == "of" || first == "," || first == "(") {
				// Of a container's readings, one that holds a reading of
				// the name: "GOMA, Congo" is DR Congo's Goma, not the
				// Republic of the Congo.
				held := false
				for _, id := range nx.ids {
					if p := &s.g.Places[id]; p.Kind == gazetteer.Country || p.Kind == gazetteer.Region || p.Kind == gazetteer.District {
						if c.within < 0 {
							c.within = id
						}
						holds := false
						for _, own := range c.ids {
							q := &s.g.Places[own]
							holds = holds || q.Country == p.Country && (p.Kind == gazetteer.Country || q.Admin1 == p.Admin1)
						}
						if holds {
							c.within, held = id, true
							break
						}
					}
				}
				// A container that holds no reading of a big city so
				// named is another place's name: "Caracas (Capital
				// District)" is no district of Manila. (A big city's alias
				// is not: "Mambasa (Ituri)" is Congo's, not Mombasa.)
				if !held && c.within >= 0 && !c.skeleton && first == "(" && nx.start == c.end+1 && slices.ContainsFunc(c.ids, func(o int32) bool {
					q := &s.g.Places[o]
					return q.Kind == gazetteer.City && q.Pop >= 500000 && (q.Feature == "PPLC" || q.Feature == "PPLA") && q.Country != s.g.Places[c.within].Country && q.Key == c.key
				}) {
					c.within = -1
				}
				// (Not for a list: "Vancouver, Calgary, Edmonton" are
				// no parts of Calgary's province.)
				if c.within < 0 && (nx.qual == "province" || nx.qual == "countryside" || len(nx.ids) == 1 && first != ",") {
					// A city's region: "in Aleppo countryside", "Boni
					// (Douentza, Mopti)". (A town abroad of unknown size,
					// or one read for a province, says nothing: "Djibo,
					// Soum province" and "Djibo (Soum)" are not in
					// Senegal, whose village of Soum is no province.)
					for _, id := range nx.ids {
						p := &s.g.Places[id]
						home := slices.ContainsFunc(c.ids, func(o int32) bool { return s.g.Places[o].Country == p.Country })
						if p.Kind == gazetteer.City && (home || nx.qual != "province" && p.GeoID != 0) {
							if r, ok := s.g.RegionOf(id); ok {
								c.within = r
								break
							}
						}
					}
				}
			}
		}
	}
	// ACLED's "Town (District, Region)": the town lies where its district
	// does — "Tawila (Tawila, North Darfur)" is in North Darfur, not in
	// Yemen, where a district has its name too.
	for k := len(cs) - 2; k >= 0; k-- {
		c, nx := &cs[k], &cs[k+1]
		if c.kind == "place" && nx.within >= 0 && s.norm(d, c.end) == "(" && nx.start == c.end+1 && (c.within < 0 || slices.Contains(nx.ids, c.within) && !s.inside(*nx, c.within)) {
			c.within = nx.within
		}
	}
}

// ownPlace reports whether the words from token i up to next read as a
// country's place: "Syria's eastern city of Deir ez-Zor", "Syrias
// northern province of Idlib" (apostrophes lost in scraping).
func (s *Stage) ownPlace(d *doc.Doc, i int, next cand) bool {
	if next.kind != "place" || next.start-i > 5 || next.start <= i || s.norm(d, next.start-1) != "of" {
		return false
	}
	for j := i; j < next.start; j++ {
		switch w := d.TokenNorm(j); {
		case w == "'s" || w == "’s":
		case d.Tokens[j].Kind != doc.Word || d.Tokens[j].Upper:
			return false
		case w == "and" || w == "or" || w == "near" || w == "to" || w == "from" || w == "with":
			return false
		}
	}
	return true
}

// resolve picks each name's entry and fills d.Places.
func (s *Stage) resolve(d *doc.Doc, cs []cand, wc *wordCache) {
	// Focus: countries named, demonyms, and places with one reading that
	// are not doubtful themselves (a name of several words, after a cue,
	// or a big place); a name with several readings gives half a vote to
	// the country of its likeliest one.
	soft := map[string]float64{} // with the half votes
	softTotal := 0.0
	vote := make([]string, len(cs)) // the country each soft vote went to
	weight := make([]float64, len(cs))
	alone := make([]float64, len(cs)) // the vote of a name with one reading, for its own country
	voted := map[string]bool{}        // one vote per name, however often repeated
	for k, c := range cs {
		name := d.Text[c.span.Start:c.span.End]
		if len(c.ids) > 1 && c.kind == "place" && !voted[name] {
			voted[name] = true
			best, bp := int32(-1), -1.0
			// A container votes as a division when it can be one: "(East
			// Gonja, Savannah)" is Ghana's region, not Savannah, Georgia.
			division := c.container && slices.ContainsFunc(c.ids, func(id int32) bool {
				k := s.g.Places[id].Kind
				return k == gazetteer.Region || k == gazetteer.District
			})
			for _, id := range c.ids {
				p := &s.g.Places[id]
				if division && p.Kind != gazetteer.Region && p.Kind != gazetteer.District {
					continue
				}
				v := prior(p)
				// The seat of a division of its own name ("Gaza",
				// "Aleppo") is the likeliest reading, as in score.
				if p.Feature == "PPLA" || p.Feature == "PPLC" {
					if r, ok := s.g.RegionOf(id); ok && slices.Contains(c.ids, r) || s.seatOfDistrict(c, p) {
						v += 3
					}
				}
				if v > bp {
					best, bp = id, v
				}
			}
			// A doubtful name (one word, no cue, small) votes little.
			weight[k] = 0.5
			if c.single && !c.cue && s.g.Places[best].Pop < 100000 {
				weight[k] = 0.2
			}
			// A region's name whose other readings are small places
			// ("Illinois") says where as much as a name with one.
			if s.g.Places[best].Kind == gazetteer.Region {
				weight[k] = 1
			}
			vote[k] = s.g.Places[best].Country
			soft[vote[k]] += weight[k]
			softTotal += weight[k]
		}
		w := 1.0
		if c.dateline {
			w = 3
		}
		if len(c.ids) == 1 && !c.skeleton && !(c.single && c.partial && c.kind == "place") && s.g.Places[c.ids[0]].Kind != gazetteer.WorldRegion {
			p := &s.g.Places[c.ids[0]]
			if c.led {
				w = 0.5 // "Saudi-led": whose side, a weak hint of where
			} else if p.Kind == gazetteer.Country {
				w *= 2
			} else if c.single && !c.cue && p.Pop < 100000 && p.Kind != gazetteer.Region && p.Kind != gazetteer.Neighbourhood {
				continue
			} else if c.qual == "province" && p.Kind == gazetteer.City {
				// "Soum province" read as the one town of that name, in
				// Senegal: the text and the reading disagree.
				continue
			} else if c.single && p.Pop == 0 && (p.Feature == "PPLA3" || p.Feature == "PPLA4") {
				// A village seat of unknown size says nothing of where,
				// even after a cue: it must be plausible on other grounds.
				continue
			}
			soft[p.Country] += w
			softTotal += w
			// (Its own vote, which plausible leaves out when it asks
			// whether the name is only an alias abroad: "Zike" in a
			// Nigerian story does not vote itself into Lower Saxony.)
			if vote[k] == "" {
				alone[k] = w
			}
		}
	}
	// The local press's words for its own public life ("the sheriff's
	// office", "the county commissioners", "the state police") tell
	// where a story is told when it names no country: a vote for that
	// country, from two distinct phrases on.
	for cc, n := range s.locales(d, wc) {
		if n >= 1 {
			w := min(3, 0.75*float64(n))
			if n == 1 {
				w = 0.4
			}
			soft[cc] += w
			softTotal += w
		}
	}
	named := map[int32]bool{}   // cities named, for neighbourhoods
	regions := map[int32]bool{} // regions named with little doubt
	for _, c := range cs {
		for _, id := range c.ids {
			p := &s.g.Places[id]
			if p.Kind == gazetteer.City && len(c.ids) <= 3 {
				named[id] = true
			}
			if p.Kind == gazetteer.Region && len(c.ids) <= 3 {
				regions[id] = true
			}
		}
	}
	s.townAndItsRegion(d, cs)
	confirmed := s.confirmed(d, cs)
	// A name the text's hierarchy vouches for is read only so: "Mirebalais
	// (Centre)" is Haiti's Centre, not Cameroon's, the bigger. (Not a
	// name repeated: "Dhaka (Dhaka)" is the city as much as its division.)
	vouched := make([]bool, len(cs))
	for key := range confirmed {
		k := int(key[0])
		same := func(o int) bool { return o >= 0 && o < len(cs) && writtenAlike(d.Text, cs[k].span, cs[o].span) }
		vouched[k] = !same(k-1) && !same(k+1)
	}
	// A container read abroad holds no name the hierarchy vouches for at
	// home: "Fiche (North Shewa, Oromia)" is in Oromia, though "Shewa"
	// read alone is a town in Afghanistan.
	for key := range confirmed {
		k := key[0]
		if w := cs[k].within; w >= 0 && vouched[k] && s.g.Places[w].Country != s.g.Places[key[1]].Country {
			abroad := true
			for o := range confirmed {
				if o[0] == k && s.g.Places[o[1]].Country == s.g.Places[w].Country {
					abroad = false
				}
			}
			if abroad {
				cs[k].within = -1
			}
		}
	}
	// ACLED's "Tripoli (Tripoli, North)": a town and its district of one
	// name, then the region, which vouches for the town alone —
	// Lebanon's, not Libya's capital, the bigger, that the district's
	// name alone would confirm.
	for k := 0; k+2 < len(cs); k++ {
		if vouched[k] || !writtenAlike(d.Text, cs[k].span, cs[k+1].span) {
			continue
		}
		var byRegion map[[2]int32]bool
		s.confirmPair(d, cs, k, k+2, &byRegion)
		if len(byRegion) == 0 {
			continue
		}
		if confirmed == nil {
			confirmed = map[[2]int32]bool{}
		}
		for key := range confirmed {
			if key[0] == int32(k) && !byRegion[key] {
				delete(confirmed, key)
			}
		}
		for key := range byRegion {
			if key[0] == int32(k) {
				confirmed[key], vouched[k] = true, true
			}
		}
		// (The district's other readings hold it no more.)
		cs[k].within = -1
	}
	sc := scoring{focus: soft, total: softTotal, named: named, regions: regions, districts: s.districts(cs), cs: cs, keys: make([]uint64, len(cs)), text: d.Text}
	choice := make([]int32, len(cs))
	margin := make([]float64, len(cs))
	// Two passes: the second adds nearness to the places the first chose.
	for pass := 0; pass < 2; pass++ {
		if pass == 1 {
			sc.anchors = s.anchors(cs, choice)
		}
		for k, c := range cs {
			// (Nearness moves only a name of several readings: one of
			// one reading stands as the first pass chose.)
			if pass == 1 && len(c.ids) == 1 {
				continue
			}
			best, second := math.Inf(-1), math.Inf(-1)
			choice[k] = -1
			// The best reading that is plausible against the focus
			// (without this name's own vote) and inside what the text
			// says holds it: "Tal Abyad and Ras al-Ain" is Syria's Ras
			// al-Ain though Ceylanpınar, across the border, is bigger.
			for _, id := range c.ids {
				if vouched[k] && !confirmed[[2]int32{int32(k), id}] {
					continue
				}
				v := s.score(c, k, id, &sc)
				if v > best && (s.plausible(c, id, soft, softTotal, vote[k], weight[k], sc.ownName(c, k, &s.g.Places[id]), alone[k]) || confirmed[[2]int32{int32(k), id}]) && s.inside(c, id) {
					best, second, choice[k] = v, max(second, best), id
				} else if v > second {
					second = v
				}
			}
			margin[k] = max(0, best-second)
			if len(c.ids) == 1 {
				margin[k] = 0
			}
		}
	}
	// One name, one place in a story: a headline's "Gainesville man gets
	// 15 years", first word and alone, is the Gainesville the story
	// places when it names it again ("A Gainesville man cut a plea deal").
	var placed map[string]int32
	for k, c := range cs {
		if choice[k] >= 0 && c.kind == "place" {
			if placed == nil {
				placed = map[string]int32{}
			}
			placed[d.Text[c.span.Start:c.span.End]] = choice[k]
		}
	}
	for k, c := range cs {
		if choice[k] < 0 && c.kind == "place" && c.initial {
			if id, ok := placed[d.Text[c.span.Start:c.span.End]]; ok && slices.Contains(c.ids, id) {
				choice[k], margin[k] = id, 0
			}
		}
	}
	// (Regions count here: "Deir Ezzur" read as its governorate.)
	var around []int32
	for k, c := range cs {
		if choice[k] >= 0 && c.kind == "place" && !c.shortSkeleton {
			if p := &s.g.Places[choice[k]]; p.Kind != gazetteer.Country && p.Kind != gazetteer.WorldRegion {
				around = append(around, choice[k])
			}
		}
	}
	d.Places = slices.Grow(d.Places, len(cs))
	for k, c := range cs {
		if choice[k] < 0 {
			continue
		}
		// A skeleton of a letter or two met far from every other place
		// of the story is another name: "al-Murayeh" near Deir ez-Zor is
		// not Maarrat al-Numan ("mr" both).
		if c.shortSkeleton && s.farFrom(choice[k], c.ids, around, 150) {
			continue
		}
		// So is a village met only by its skeleton, far from every other
		// place named: "the army also took villages including Bashkuwi
		// and Sifat" north of Aleppo is not Tartus's Safita ("sft").
		// (Of known size: GeoNames gives Qamishli, a district's seat,
		// no population.)
		if p := &s.g.Places[choice[k]]; c.skeleton && c.within < 0 && !confirmed[[2]int32{int32(k), choice[k]}] && p.Kind == gazetteer.City && p.Pop > 0 && p.Pop < 50000 && s.farFrom(choice[k], c.ids, around, 150) {
			continue
		}
		// Or a town abroad met only by its skeleton, in a sentence that
		// names a region of another country: "in Khyber Pakhtunkhwa
		// province, gunmen shot dead a polio worker in Bajaur" is not
		// Iran's Bijar ("bjr").
		if p := &s.g.Places[choice[k]]; c.skeleton && c.within < 0 && !confirmed[[2]int32{int32(k), choice[k]}] && p.Kind == gazetteer.City && s.regionAbroadInSentence(d, cs, choice, k) {
			continue
		}
		d.Places = append(d.Places, s.mention(c, choice[k], margin[k]))
	}
}

// regionAbroadInSentence reports whether the sentence of candidate k
// names, by its own spelling, a region of another country than k's
// choice, and no place of that choice's country ("Washington … Deir
// Ezzors … Deir Ezzor" keeps Deir ez-Zor).
func (s *Stage) regionAbroadInSentence(d *doc.Doc, cs []cand, choice []int32, k int) bool {
	si := d.SentAt(cs[k].span.Start)
	if si >= len(d.Sents) {
		return false
	}
	sent, cc := d.Sents[si].Span, s.g.Places[choice[k]].Country
	abroad := false
	for j, o := range cs {
		if j == k || choice[j] < 0 || o.kind != "place" || o.skeleton || !sent.Contains(o.span) {
			continue
		}
		p := &s.g.Places[choice[j]]
		if p.Country == cc {
			return false
		}
		abroad = abroad || p.Kind == gazetteer.Region
	}
	return abroad
}

// demonymOfTwo reports whether tokens k and start make a demonym of two
// words ("Puerto Rican", "South Sudanese"): no name begins at k then.
// ("Puerto Jordan" does begin there.)
func (s *Stage) demonymOfTwo(d *doc.Doc, k, start int, wc *wordCache) bool {
	first := wc.looseWord(d, k)
	if !s.g.DemonymStarts(first) {
		return false
	}
	_, ok := s.g.Demonym(first + " " + wc.looseWord(d, start))
	return ok
}

// shipName reports whether the name at token start is part of a ship's,
// after its prefix and up to two capitalized words: "the USS Abraham
// Lincoln" is no town of Lincoln.
func (s *Stage) shipName(d *doc.Doc, u unit, start int) bool {
	for k := start - 1; k >= u.lo && k >= start-3; k-- {
		if s.vessel[d.TokenText(k)] {
			return true
		}
		if !d.Tokens[k].Upper || d.Tokens[k].Kind != doc.Word {
			return false
		}
	}
	return false
}

// thingAfter reports whether the capitalized word at token i, or the one
// after it, makes the name before it a thing's (thing words): "the Jaffar
// Express", "Oakmead Village Drive"; or the word at i, in either case, a
// news outlet's (outlet words): "the Al Mayadeen broadcaster".
func (s *Stage) thingAfter(d *doc.Doc, u unit, i int) bool {
	if i < u.hi && s.outlet[d.TokenNorm(i)] {
		return true
	}
	for k := i; k < u.hi && k <= i+1; k++ {
		if d.Tokens[k].Kind != doc.Word || !d.Tokens[k].Upper {
			return false
		}
		if s.thing[d.TokenNorm(k)] {
			return true
		}
	}
	return false
}

// longerTwice reports whether the one-word name c and the capitalized
// word after it are written again in brackets right after, as ACLED
// writes a town and its district of the same name: "Ceel Buur (Ceel
// Buur, Galgaduud)" is a town of two words the gazetteer lacks, not Eyl,
// an alias of which is "Ceel". (Or c is the bracketed one.)
func longerTwice(d *doc.Doc, c cand) bool {
	if c.end >= len(d.Tokens) {
		return false
	}
	phrase := d.Text[c.span.Start:d.Tokens[c.end].Span.End]
	end := int(d.Tokens[c.end].Span.End)
	if strings.HasPrefix(d.Text[end:], " ("+phrase) {
		return true
	}
	start := int(c.span.Start)
	return start >= 2 && d.Text[start-1] == '(' && strings.HasSuffix(strings.TrimRight(d.Text[:start-1], " "), phrase)
}

// townAndItsRegion reads ACLED's "Maputo (Maputo)", "Kano (Kano)" — a
// name and, in brackets right after it, the same name — as the town and
// the division named after it, where the gazetteer has both in one
// country: the first only a town, the second only a division. (The
// capital may lie in a division of its own, as Maputo does, so the
// bracket does not hold the town.)
func (s *Stage) townAndItsRegion(d *doc.Doc, cs []cand) {
	for k := 0; k+1 < len(cs); k++ {
		a, b := &cs[k], &cs[k+1]
		if a.kind != "place" || b.kind != "place" || strings.TrimSpace(d.Text[a.span.End:b.span.Start]) != "(" || !writtenAlike(d.Text, a.span, b.span) {
			continue
		}
		// (Not "Tripoli (Tripoli, North)": a district between the town
		// and its region, which confirmPair reads.)
		if b.span.End >= int32(len(d.Text)) || d.Text[b.span.End] != ')' {
			continue
		}
		var towns, divisions []int32
		for _, id := range a.ids {
			if p := &s.g.Places[id]; p.Kind == gazetteer.City {
				for _, o := range b.ids {
					if q := &s.g.Places[o]; (q.Kind == gazetteer.Region || q.Kind == gazetteer.District) && q.Country == p.Country {
						towns = append(towns, id)
						break
					}
				}
			}
		}
		if len(towns) == 0 {
			continue
		}
		for _, o := range b.ids {
			if q := &s.g.Places[o]; q.Kind == gazetteer.Region || q.Kind == gazetteer.District {
				if slices.ContainsFunc(towns, func(id int32) bool { return s.g.Places[id].Country == q.Country }) {
					divisions = append(divisions, o)
				}
			}
		}
		a.ids, b.ids = towns, divisions
		if !slices.ContainsFunc(towns, func(id int32) bool { return s.inside(*a, id) }) {
			a.within = -1
		}
	}
}

// confirmed finds the readings of names that the text's own hierarchy
// vouches for, whatever country the document is mostly about: a town and
// the region right after it that holds it ("Maradun, Zamfara", "Maradun
// (Zamfara)", "Maradun in Zamfara") — in a digest of notes from several
// countries, no one country has the share that a lone name abroad needs.
// The keys are (candidate, place) pairs.
func (s *Stage) confirmed(d *doc.Doc, cs []cand) map[[2]int32]bool {
	var out map[[2]int32]bool
	for k := 0; k+1 < len(cs); k++ {
		for j := k + 1; j < len(cs) && j <= k+2; j++ {
			s.confirmPair(d, cs, k, j, &out)
		}
	}
	return out
}

// confirmPair adds to out the readings of names k and j (the next, or
// the one after it past a district in ACLED's parentheses) that vouch for
// each other.
func (s *Stage) confirmPair(d *doc.Doc, cs []cand, k, j int, out *map[[2]int32]bool) {
	a, b := cs[k], cs[j]
	// Past a settlement word: "Kidal town (Kidal)".
	end := a.span.End
	if a.qual != "" && a.qualSpan.Start >= end && a.qualSpan.End <= b.span.Start {
		end = a.qualSpan.End
	}
	// ACLED's "Kumbo (Bui, North-West)": a district the gazetteer
	// lacks between the town and its region.
	sep := strings.TrimSpace(d.Text[end:min(b.span.Start, end+40)])
	if b.span.Start-end > 4 && strings.HasPrefix(sep, "(") && strings.HasSuffix(sep, ",") && b.span.Start-end < 40 && strings.HasPrefix(d.Text[b.span.End:], ")") && !strings.ContainsAny(sep[1:len(sep)-1], "(),.;") {
		sep = "("
	} else if b.span.Start-end > 4 || j > k+1 {
		return
	}
	if a.kind != "place" || b.kind != "place" {
		return
	}
	// Names of one list ("Clarke, Madison, Oconee and Oglethorpe
	// counties") hold no one another.
	if !a.qualSpan.Empty() && a.qualSpan == b.qualSpan {
		return
	}
	switch sep {
	case ",", "(", "in", "in the":
	case "'s", "’s":
		// "Russia's Belgorod region": the country's own place.
		for _, ia := range a.ids {
			if pa := &s.g.Places[ia]; pa.Kind == gazetteer.Country {
				for _, ib := range b.ids {
					if s.g.Places[ib].Country == pa.Country && s.g.Places[ib].Kind != gazetteer.Country {
						if *out == nil {
							*out = map[[2]int32]bool{}
						}
						(*out)[[2]int32{int32(j), ib}] = true
					}
				}
			}
		}
		return
	default:
		return
	}
	for _, ia := range a.ids {
		pa := &s.g.Places[ia]
		if pa.Kind != gazetteer.City && pa.Kind != gazetteer.District && pa.Kind != gazetteer.Region || pa.Admin1 == "" {
			continue
		}
		for _, ib := range b.ids {
			// (Not a division outside what holds it in turn: "Tawila
			// (Tawila, North Darfur)" is no district of Yemen.)
			if !s.inside(b, ib) {
				continue
			}
			// Its first- or second-level division: "Djibo (Soum)".
			// Or its country: "Tillia, Niger" is Niger's village, and
			// Niger no state of Nigeria.
			pb := &s.g.Places[ib]
			// (Or the province named as the city it rings: "Maputo
			// (Maputo)", the capital in a division of its own.)
			same := sep == "(" && pa.Kind == gazetteer.City && pb.Kind == gazetteer.Region && pb.Country == pa.Country && writtenAlike(d.Text, a.span, b.span)
			if same || pb.Kind == gazetteer.Country && pb.Country == pa.Country || pa.Kind != gazetteer.Region && (pb.Kind == gazetteer.Region || pb.Kind == gazetteer.District && pa.Kind == gazetteer.City && pb.Admin2 == pa.Admin2) && pb.Country == pa.Country && pb.Admin1 == pa.Admin1 {
				if *out == nil {
					*out = map[[2]int32]bool{}
				}
				(*out)[[2]int32{int32(k), ia}] = true
				(*out)[[2]int32{int32(j), ib}] = true
			}
		}
	}
}

// namedApart reports whether a name other than name self that may be
// place r may not also be place id: one name cannot vouch for itself —
// "Kirkuk" is a city in Kirkuk district and that district, "Minnesota"
// the state and, by an alias, Minneota in it.
func (x *scoring) namedApart(r, id int32, self int) bool {
	hs, ok := x.holders[r]
	if !ok {
		// The names that may be r, found once per r: scoring asks for
		// each reading of each name.
		hs = []int32{}
		for k, c := range x.cs {
			if c.kind == "place" && slices.Contains(c.ids, r) {
				hs = append(hs, int32(k))
			}
		}
		if x.holders == nil {
			x.holders = map[int32][]int32{}
		}
		x.holders[r] = hs
	}
	for _, k := range hs {
		// (A division in brackets is that division, whatever town
		// shares its name: "Dnipro (Dnipropetrovsk)".)
		if !slices.Contains(x.cs[k].ids, id) || x.cs[k].container && int(k) != self && !x.sameName(int(k), self) {
			return true
		}
	}
	return false
}

// sameCounty reports whether p and q lie in (or are) one second-level
// division.
func sameCounty(p, q *gazetteer.Place) bool {
	return p.Admin2 != "" && p.Admin2 == q.Admin2 && p.Admin1 == q.Admin1 && p.Country == q.Country
}

// districts lists the readings of names that are second-level divisions
// ("Henry County"): few in any story.
func (s *Stage) districts(cs []cand) []int32 {
	var out []int32
	for _, c := range cs {
		if c.kind != "place" {
			continue
		}
		for _, id := range c.ids {
			if p := &s.g.Places[id]; p.Kind == gazetteer.District && p.Admin2 != "" && !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}

// countyNamed reports whether another name than one that may be p is a
// reading in p's second-level division: its district for a town, a town
// for a district. "Paris and Henry County" is Paris, Tennessee, in Henry
// County, Tennessee — each vouches for the other.
func (s *Stage) countyNamed(id int32, self int, x *scoring) bool {
	p := &s.g.Places[id]
	if p.Kind == gazetteer.District {
		for _, c := range x.cs {
			// (Not a division in brackets that may also read as a town:
			// "Dnipro (Dnipropetrovsk)" names the oblast, not the city
			// by its old name.)
			if c.kind != "place" || c.container || slices.Contains(c.ids, id) {
				continue
			}
			for _, o := range c.ids {
				if q := &s.g.Places[o]; (q.Kind == gazetteer.City || q.Kind == gazetteer.Neighbourhood) && sameCounty(p, q) {
					return true
				}
			}
		}
		return false
	}
	for _, o := range x.districts {
		if sameCounty(p, &s.g.Places[o]) && x.namedApart(o, id, self) {
			return true
		}
	}
	return false
}

// anchors are the cities, neighbourhoods and counties chosen for the
// names of a document, once each: the towns of a story lie near them.
func (s *Stage) anchors(cs []cand, choice []int32) []int32 {
	var out []int32
	seen := map[int32]bool{}
	for k, c := range cs {
		if choice[k] >= 0 && c.kind == "place" && !seen[choice[k]] {
			seen[choice[k]] = true
			if p := &s.g.Places[choice[k]]; p.Kind == gazetteer.City || p.Kind == gazetteer.Neighbourhood || p.Kind == gazetteer.District {
				out = append(out, choice[k])
			}
		}
	}
	return out
}

// farFrom reports whether place id lies more than km from every place
// of others that is not one of its own readings; false with none.
func (s *Stage) farFrom(id int32, own, others []int32, km float64) bool {
	p := &s.g.Places[id]
	any := false
	for _, ai := range others {
		if slices.Contains(own, ai) {
			continue
		}
		a := &s.g.Places[ai]
		if flatKm(a.Lat, a.Lon, p.Lat, p.Lon) <= km {
			return false
		}
		any = true
	}
	return any
}

// scoring is what the document tells of where its names are, for score.
type scoring struct {
	focus     map[string]float64 // votes per country
	total     float64
	named     map[int32]bool // cities named, for neighbourhoods
	regions   map[int32]bool // regions named with little doubt
	anchors   []int32        // the places chosen in the first pass
	districts []int32        // the readings of names that are second-level divisions
	cs        []cand
	keys      []uint64 // the Hash of each name's Loose key, made when needed
	text      string
	holders   map[int32][]int32 // for a place, the names (indices into cs) that may be it
	lastCC    string            // the country votes last read, and its votes:
	lastVotes float64           // a name's readings come country by country
}

// votes returns focus[cc].
func (x *scoring) votes(cc string) float64 {
	if cc != x.lastCC || cc == "" {
		x.lastCC, x.lastVotes = cc, x.focus[cc]
	}
	return x.lastVotes
}

func (s *Stage) score(c cand, k int, id int32, x *scoring) float64 {
	total, named, regions, anchors := x.total, x.named, x.regions, x.anchors
	p := &s.g.Places[id]
	sc := 0.0
	focusBonus, backed := 0.0, false // the focus country's part; whether the text backs this reading
	switch p.Kind {
	case gazetteer.Country, gazetteer.WorldRegion:
		sc = 5
		// "the Red Sea" is the sea, not Sudan's Red Sea state, however
		// many live there: a division's name takes no article unless its
		// word follows.
		if p.Kind == gazetteer.WorldRegion && len(c.ids) > 1 && c.qual == "" && c.the {
			sc += 10
		}
		// A name two countries share ("Congo"): the one whose towns the
		// story names ("Brazzaville, the capital of Congo").
		if len(c.ids) > 1 && p.Kind == gazetteer.Country {
			for _, a := range anchors {
				if s.g.Places[a].Country == p.Country {
					sc += 3
					break
				}
			}
		}
	case gazetteer.Region:
		// Below a city of the same name ("Moscow") unless the text says
		// province or countryside.
		sc = 3.5
		if c.qual == "province" || c.qual == "countryside" || c.container {
			sc += 4
		}
		if c.qual == "city" {
			sc -= 3 // "Damascus city" is the city, not its governorate
		}
	case gazetteer.District:
		// "Madison, Oconee and Oglethorpe counties": the county.
		if c.qual == "district" && !c.qualSpan.Empty() && c.qualSpan.Start > c.span.End+1 {
			sc += 4
		}
		// "the town of Maarat al-Numan" is the town, not the district
		// named after it.
		if c.settled || c.qual == "city" {
			sc -= 6
		}
	case gazetteer.Neighbourhood:
		sc = 3
		if p.Parent >= 0 && named[p.Parent] {
			sc += 3
		}
	default:
		switch p.Feature {
		case "PPLC":
			sc = 4
			// A national capital over a region of its name: news's
			// "Washington" is the government's city, not the state.
			for _, o := range c.ids {
				if q := &s.g.Places[o]; q.Kind == gazetteer.Region && q.Country == p.Country {
					sc += 2
					break
				}
			}
		case "PPLA":
			sc = 3
		case "PPLA2":
			sc = 2
		case "PPLA3":
			sc = 1
		}
		if c.qual == "province" {
			sc -= 2
		}
		// The seat of a region of the same name ("Moscow", "Aleppo",
		// "Idlib"): the city, unless the text says province.
		if c.qual != "province" && c.qual != "countryside" && c.qual != "district" && !c.container {
			if r, ok := s.g.RegionOf(id); ok && (p.Feature == "PPLA" || p.Feature == "PPLC") && slices.Contains(c.ids, r) {
				sc += 3
			} else if s.seatOfDistrict(c, p) {
				// "Gaza": the city, seat of the Gaza district; "Jenin",
				// whatever rank GeoNames gives the town.
				sc += 3
			}
		}
	}
	sc += 0.6 * p.LogPop
	if total > 0 {
		share := x.votes(p.Country) / total
		// A country is a country in a story told elsewhere too: "a
		// native of Mexico" in a Connecticut paper.
		// (Not where a region abroad has its name: Georgia the state.)
		if p.Kind == gazetteer.Country && !slices.ContainsFunc(c.ids, func(o int32) bool {
			q := &s.g.Places[o]
			return q.Kind == gazetteer.Region && q.Country != p.Country
		}) {
			share = max(share, 0.35)
		}
		sc += 8 * share
		focusBonus = 8 * share
	}
	// Its region is named in the document: "Paris" in a story that names
	// Texas — by another name: "Minnesota" is not Minneota, Minnesota, an
	// alias of which it also is.
	if p.Kind == gazetteer.City || p.Kind == gazetteer.District || p.Kind == gazetteer.Neighbourhood {
		if r, ok := s.g.RegionOf(id); ok && regions[r] && x.namedApart(r, id, k) {
			sc += 3
			backed = true
		}
	}
	// A town and its county both named.
	if len(x.districts) > 0 && p.Admin2 != "" && (p.Kind == gazetteer.City || p.Kind == gazetteer.Neighbourhood || p.Kind == gazetteer.District) && s.countyNamed(id, k, x) {
		sc += 3
		backed = true
	}
	if c.within >= 0 {
		w := &s.g.Places[c.within]
		if w.Country == p.Country && (w.Kind == gazetteer.Country || w.Admin1 == p.Admin1) {
			sc += 5
			backed = true
		}
	}
	if c.skeleton {
		sc -= 1.5
	} else if len(c.ids) > 1 && p.Kind == gazetteer.City && !x.ownName(c, k, p) {
		// A name that is only an alias of this place, often an old one
		// or a misspelling ("Minesota" for Minneota): less likely.
		sc -= 1
	}
	// Nearness to the other places of the document.
	if len(anchors) > 0 && len(c.ids) > 1 && p.Kind != gazetteer.Country && p.Kind != gazetteer.Region {
		bestKm := math.Inf(1)
		for _, ai := range anchors {
			// A name is no anchor for itself: "Ras al-Ain", chosen in
			// Syria, does not pull its reading towards Ceylanpınar,
			// the Turkish town of that name across the border.
			a := &s.g.Places[ai]
			if slices.Contains(c.ids, ai) || a.Lat == p.Lat && a.Lon == p.Lon {
				continue
			}
			bestKm = min(bestKm, flatKm(a.Lat, a.Lon, p.Lat, p.Lon))
		}
		switch {
		case bestKm < 50:
			sc += 4
		case bestKm < 150:
			sc += 3
		case bestKm < 400:
			sc += 1.5
		case bestKm > 2000 && len(anchors) >= 2:
			sc -= 2 // far from every other place of the story
		}
		backed = backed || bestKm < 150
	}
	// A world capital's name is the capital, though the story is told in
	// a country with a small town of that name, unless the text backs the
	// town (its region or county named, a place near it): "analysts at
	// Jefferies in London" in a Seattle story is not London, Ohio.
	if focusBonus > 0 && !backed && p.Kind == gazetteer.City && p.Pop < 100000 && slices.ContainsFunc(c.ids, func(o int32) bool {
		q := &s.g.Places[o]
		return q.Feature == "PPLC" && q.Pop >= 1000000 && q.Country != p.Country
	}) {
		sc -= focusBonus
	}
	return sc
}

// sameName reports whether names a and b are written alike.
func (x *scoring) sameName(a, b int) bool { return writtenAlike(x.text, x.cs[a].span, x.cs[b].span) }

// writtenAlike reports whether the names at a and b of text are written
// alike, whatever their case: "Dhaka (Dhaka)", "Kursk region (Kursk)".
func writtenAlike(text string, a, b doc.Span) bool {
	return strings.EqualFold(a.In(text), b.In(text))
}

// ownName reports whether name k is p's own name, not only one of its
// aliases.
func (x *scoring) ownName(c cand, k int, p *gazetteer.Place) bool {
	if x.keys[k] == 0 {
		x.keys[k] = c.key
		if c.key == 0 {
			x.keys[k] = gazetteer.Hash(placename.Loose(x.text[c.span.Start:c.span.End]))
		}
	}
	return p.Key == x.keys[k]
}

// prior is a place's weight before any context: its kind, rank and size.
func prior(p *gazetteer.Place) float64 {
	v := 0.6 * p.LogPop
	switch {
	case p.Kind == gazetteer.Country:
		v += 5
	case p.Kind == gazetteer.Region:
		v += 3.5
	case p.Feature == "PPLC":
		v += 4
	case p.Feature == "PPLA":
		v += 3
	case p.Feature == "PPLA2":
		v += 2
	}
	return v
}

// seatOfDistrict reports whether a reading of c is a second-level
// division of the same country and admin codes as the city p.
func (s *Stage) seatOfDistrict(c cand, p *gazetteer.Place) bool {
	for _, id := range c.ids {
		q := &s.g.Places[id]
		if q.Kind == gazetteer.District && q.Country == p.Country && q.Admin1 == p.Admin1 && q.Admin2 == p.Admin2 {
			return true
		}
	}
	return false
}

// inside reports whether place id lies in the region or country stated
// next to the name; a name with none stated is inside.
func (s *Stage) inside(c cand, id int32) bool {
	if c.within < 0 || id < 0 || id == c.within {
		return true
	}
	p, w := &s.g.Places[id], &s.g.Places[c.within]
	if p.Kind == gazetteer.WorldRegion {
		return true
	}
	// A country, or a region next to a region, is no part of what
	// follows it: "in Iraq, Afghanistan or Syria", "Idlib, Hama" list.
	if p.Kind == gazetteer.Country || p.Kind == gazetteer.Region && w.Kind != gazetteer.Country || p.Kind == gazetteer.District && w.Kind == gazetteer.District {
		return true
	}
	if w.Kind == gazetteer.District {
		// "Mansila, Yagha province" (a second-level division): its
		// admin1, and its admin2 where the place has one.
		return p.Country == w.Country && p.Admin1 == w.Admin1 && (p.Admin2 == "" || p.Admin2 == w.Admin2)
	}
	return p.Country == w.Country && (w.Kind == gazetteer.Country || p.Admin1 == w.Admin1)
}

// plausible rejects a one-word name whose best reading is a small place
// far from the document's focus, with nothing in the text to say it is
// a place: most such hits are names of people or common words.
func (s *Stage) plausible(c cand, id int32, focus map[string]float64, total float64, ownVote string, ownWeight float64, own bool, alone float64) bool {
	if id < 0 {
		return false
	}
	p := &s.g.Places[id]
	if p.Kind == gazetteer.Country || p.Kind == gazetteer.WorldRegion || c.kind != "place" {
		return true
	}
	in := focus[p.Country]
	if ownVote != "" {
		total -= ownWeight
		if ownVote == p.Country {
			in -= ownWeight
		}
	}
	share := 0.0
	if total > 0 {
		share = in / total
	}
	// Outside every country the document is about (or with no focus at
	// all), a name must be big, or stated as a place and not small.
	foreign := total == 0 || share < 0.1
	// A small town abroad met only by one of its aliases (an old name,
	// a spelling, its name without the article, its name in another
	// tongue, unless a cue says it is a place: "near Kobani") is another
	// place: "in Tawila (Tawila, North Darfur)" is not Yemen's Aţ
	// Ţawīlah, "stormed Zike and Kimakpa villages" in Nigeria's Plateau
	// state not Syke in Lower Saxony.
	if total > 0 && c.single && p.Pop < 100000 && p.Kind == gazetteer.City && (foreign && c.key != 0 && p.Key != c.key || !own && !c.cue && (foreign || share < 0.35 || total > alone && (in-alone)/(total-alone) < 0.35)) {
		return false
	}
	// "Soum province" is no town of Soum abroad (in Senegal): a province
	// the gazetteer lacks, unless a town of its name is in the story's
	// country.
	if foreign && c.qual == "province" && p.Kind == gazetteer.City {
		return false
	}
	// Nor is "al-Qusour neighborhood" in a Syrian story Egypt's Luxor: a
	// neighbourhood abroad is another's.
	if foreign && c.qual == "neighbourhood" && total > 0 {
		return false
	}
	if c.afterDemonym && p.Kind == gazetteer.City && p.Pop < 100000 {
		return false
	}
	// A one-word match inside a longer name ("Cite Soleil" is not
	// Cyprus's Kíti) stands only in a country the document is about.
	if foreign && c.single && c.partial && total > 0 {
		return false
	}
	// At home too when the place is a hamlet: "the town of Puerto
	// Jordan" is no Jordán of 112 souls in another department.
	if c.single && c.partial && p.Kind == gazetteer.City && p.Pop > 0 && p.Pop < 1000 {
		return false
	}
	if foreign && (c.skeleton && !(total < 2 && c.cue && total >= 0.5) || c.qual == "river") {
		return false // "the Kouwalk River" is no city abroad
	}
	if !c.single {
		// (A division's seat whose size GeoNames does not know stands
		// after a cue: "the town of Maarat al-Numan".)
		return !foreign || p.Pop >= 100000 || c.cue && p.Pop >= 1000 || p.Kind == gazetteer.Neighbourhood ||
			c.cue && p.Pop == 0 && (p.Feature == "PPLA" || p.Feature == "PPLA2")
	}
	switch {
	case foreign && p.Kind == gazetteer.Region:
		// With no focus at all, a large region after a cue stands:
		// "clashes in Kashmir".
		return c.cue && (c.qual == "province" || c.qual == "countryside" || c.container || total == 0 && p.Pop >= 100000)
	case foreign && total < 2 && c.cue:
		// Nothing else in the text says where (a demonym at most): a town after "in" stands
		// if it is not tiny, or the seat of a first- or second-level
		// division whose population GeoNames does not know ("in
		// Qamishli", "in Gao") — not of a third or fourth, which are
		// villages ("the town of Minian" near Aleppo is not Java's).
		return p.Pop >= 10000 || p.Pop == 0 && (p.Feature == "PPLA" || p.Feature == "PPLA2")
	case foreign:
		// A town the text calls one ("the town of Djibo"), if it is no
		// village, stands abroad too: in a digest of notes from many
		// countries, every town is abroad.
		// (So does a province's seat after a cue in a text that says
		// little else of where: "a US air strike killed 3 militants in
		// Marib" — not "Maan" in a story of Hama's villages.)
		return p.Pop >= 1000000 || c.cue && p.Pop >= 100000 || c.settled && !c.skeleton && p.Kind == gazetteer.City && p.Pop >= 10000 ||
			c.cue && !c.skeleton && p.Feature == "PPLA" && p.Pop >= 10000 && total < 3
	case c.initial && !c.cue && p.Pop < 100000 && share < 0.3:
		return false
	}
	return true
}

func (s *Stage) mention(c cand, id int32, margin float64) doc.PlaceMention {
	p := &s.g.Places[id]
	m := doc.PlaceMention{Span: c.span, Kind: c.kind, Qualifier: c.qual, QualSpan: c.qualSpan,
		Name: p.Name, ID: p.ID(), Country: p.Country, Lat: p.Lat, Lon: p.Lon,
		Candidates: len(c.ids), Score: float32(margin)}
	if p.Admin1 != "" {
		m.Admin1 = s.g.Admin1Name(p.Country, p.Admin1)
	}
	m.Precision = p.Kind.String()
	if p.Kind == gazetteer.Neighbourhood && !p.HasPoint {
		m.Precision = "city" // the parent's point
	}
	if p.Kind == gazetteer.WorldRegion && !p.Water() {
		// "Europe", "the Middle East": where, for the record, but never
		// an event's place nor a hint of the focus. (A sea is where a
		// ship was hit: "in the Red Sea".)
		m.Kind = "world-region"
	}
	switch {
	case p.Kind == gazetteer.Country || p.Kind == gazetteer.WorldRegion || p.Kind == gazetteer.Region && c.qual != "countryside":
		m.GeoPrecision = 3
	case p.Kind == gazetteer.Region || c.qual == "countryside" || c.qual == "outskirts" || c.qual == "province" || c.qual == "district" && p.Kind != gazetteer.Neighbourhood:
		m.GeoPrecision = 2
	default:
		m.GeoPrecision = 1
	}
	return m
}

// flatKm approximates the distance between two points on a flat map
// (equirectangular): good within a few hundred kilometres, and a lower
// bound beyond, which is all the scoring needs.
func flatKm(lat1, lon1, lat2, lon2 float64) float64 {
	const perDeg = 111.2
	dlat := lat2 - lat1
	dlon := math.Abs(lon2 - lon1)
	if dlon > 180 {
		dlon = 360 - dlon
	}
	dlon *= math.Cos((lat1 + lat2) / 2 * math.Pi / 180)
	return perDeg * math.Sqrt(dlat*dlat+dlon*dlon)
}

// inCountry reports whether any of the places ids is in country cc.
func (s *Stage) inCountry(ids []int32, cc string) bool {
	for _, id := range ids {
		if s.g.Places[id].Country == cc {
			return true
		}
	}
	return false
}

// isDemonym reports whether a word's Loose key is a demonym.
func (s *Stage) isDemonym(key string) bool {
	_, ok := s.g.Demonym(key)
	return ok
}

// regionsOnly returns the first-level divisions among places ids, in a
// new slice.
func (s *Stage) regionsOnly(ids []int32) []int32 {
	var out []int32
	for _, id := range ids {
		if s.g.Places[id].Kind == gazetteer.Region {
			out = append(out, id)
		}
	}
	return out
}

// parenthesized reports whether tokens [i, end) are the last name in
// parentheses after a capitalized word: "Mirebalais (Centre)",
// "Ouahigouya (Yatenga, Nord)".
func parenthesized(d *doc.Doc, u unit, i, end int) bool {
	if end >= u.hi || d.TokenNorm(end) != ")" {
		return false
	}
	for k := i - 1; k > u.lo && k >= i-8; k-- {
		switch {
		case d.TokenNorm(k) == "(":
			return d.Tokens[k-1].Upper
		case d.Tokens[k].Kind == doc.Word && d.Tokens[k].Upper, d.TokenNorm(k) == ",", d.TokenNorm(k) == "-":
		default:
			return false
		}
	}
	return false
}

// gluedPossessive reports whether token j is a possessive "'s" written
// onto the word before it and followed by a capitalized word: the "'s" of
// "Cox's Bazar" (or of "Russia's Belgorod", which no name holds).
func gluedPossessive(d *doc.Doc, j, hi int) bool {
	if d.Tokens[j].Kind != doc.Punct || j+1 >= hi || d.Tokens[j].SpaceBefore || !d.Tokens[j+1].Upper || !d.Tokens[j+1].SpaceBefore {
		return false
	}
	w := d.TokenNorm(j)
	return w == "'s" || w == "’s"
}
