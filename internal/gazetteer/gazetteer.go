// Package gazetteer holds the places sitrep can put on a map: GeoNames
// cities500 with its Latin-script alternate names, first-level
// administrative regions, countries with their aliases and demonyms, and a
// hand-maintained supplement of neighbourhoods, camps and landmarks — all
// embedded (data/, rebuilt by scripts/build-gazetteer.sh) — plus any
// GeoNames dump or TSV file a user adds.
//
// Names are looked up by two keys: Loose (case, diacritics, doubled
// letters, articles) for every place, and Skeleton (romanisation-
// insensitive consonants) for places in countries whose names reach
// English through transliteration.
package gazetteer

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"math"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/klauspost/compress/zstd"

	"github.com/sitrep-dev/sitrep/internal/placename"
)

//go:embed data/places.tsv.zst
var placesZst []byte

//go:embed data/regions.tsv.zst
var regionsZst []byte

//go:embed data/countries.tsv
var countriesSrc string

//go:embed data/countries-extra.tsv
var countriesExtraSrc string

//go:embed data/admin-aliases.tsv
var adminAliasesSrc string

//go:embed data/region-demonyms.tsv
var regionDemonymsSrc string

//go:embed data/supplement.tsv
var supplementSrc string

//go:embed data/geonames-points.tsv
var pointsSrc string

//go:embed data/world-regions.tsv
var worldSrc string

//go:embed data/skeleton-countries.txt
var skeletonSrc string

// Kind is what sort of place an entry is.
type Kind uint8

// Kinds, from the smallest.
const (
	Neighbourhood Kind = iota + 1 // a part of a city: neighbourhood, camp, landmark, road
	City                          // a populated place
	District                      // a second-level division
	Region                        // a first-level division: province, governorate, state
	Country
	// WorldRegion is larger than a country: a continent, "the Middle
	// East", "the Caucasus". It has no country.
	WorldRegion
)

var kindNames = [...]string{"", "neighbourhood", "city", "district", "region", "country", "world-region"}

func (k Kind) String() string { return kindNames[k] }

// Place is one gazetteer entry.
type Place struct {
	GeoID    int    // GeoNames id, 0 for places GeoNames did not give
	Ref      string // the id of other places: "iso:SY", "admin1:SY.09", "supplement:…"
	Name     string
	Lat, Lon float64
	// HasPoint is false when the entry has no coordinates of its own and
	// Lat/Lon are its parent's (a neighbourhood no source places).
	HasPoint bool
	Kind     Kind
	Feature  string // GeoNames feature code: PPLC, PPLA, PPL …
	Country  string // ISO 3166-1 alpha-2
	Admin1   string // the admin1 code within the country ("09"), "" if unknown
	Admin2   string // the admin2 code within the admin1 region, "" if unknown
	Pop      int
	// LogPop is log10(Pop+1), the size a scorer weighs: computed once
	// here, not in every comparison of readings.
	LogPop float64
	Parent int32 // index of the parent place, -1 if none
	// Region is the index of the admin1 region the place lies in, -1 if
	// none is known.
	Region int32
	// Key is the Hash of the Loose key of its own name (the first it is
	// filed under): a name that matches it is no mere alias.
	Key uint64
}

// Gazetteer is a set of places indexed by name. It is safe for concurrent
// lookups once built; Add* methods must not run concurrently with lookups.
type Gazetteer struct {
	Places []Place
	// loose and skel map a key's hash (see Hash) to a posting: a place
	// index (>= 0) when the key names one place, which most do, else
	// -(n+1) for lists[n]. Hashes keep half a million keys cheap to load
	// and let a recognizer hash a name word by word.
	loose postings
	skel  postings
	lists [][]int32
	self  []int32 // self[i] == i: the posting of a key that names one place
	// caseSensitive holds names matched only as written ("US", "UK").
	caseSensitive map[string][]int32
	// demonyms maps a Loose demonym ("syrian") to its country.
	demonyms     map[string]int32
	demonymKeys  []string
	demonymOf    [][2]int32 // demonymKeys index, country
	demonymFirst map[string]bool
	// firstBits is a one-hash Bloom filter over the hash of the first
	// word of every key (Loose and Skeleton): a megabyte that tells most
	// words that start no name without a lookup.
	firstBits []uint64
	// keyBits is a one-hash Bloom filter over every key's hash (Loose and
	// Skeleton): two megabytes that stay in cache, asked before the
	// postings, tens of megabytes that do not, where three lookups in
	// four find nothing.
	keyBits    []uint64
	maxWords   int
	admin1     map[string]string // "SY.09" → "Aleppo"
	admin1Idx  map[string]int32  // "SY.09" → region place
	countryIdx map[string]int32  // "SY" → country place
	byGeoID    map[int]int32     // GeoNames ids added after the embedded cities
	// sortedCities is how many Places, from the first, are the embedded
	// cities in GeoNames id order.
	sortedCities int
	byRef        map[string]int32
	skeletonCC   map[string]bool
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the embedded gazetteer, loaded once.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() { defaultGaz, defaultErr = load() })
	return defaultGaz, defaultErr
}

// New loads a private copy of the embedded gazetteer, for adding a user's
// places without touching the shared one.
func New() (*Gazetteer, error) { return load() }

// AddFile loads a user's gazetteer file: a GeoNames dump (19 columns) or
// sitrep's own TSV (6 columns), told apart by the first data line.
func (g *Gazetteer) AddFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	br := bufio.NewReader(f)
	for {
		line, err := br.Peek(64 << 10)
		if len(line) == 0 {
			if err != nil && err != io.EOF {
				return fmt.Errorf("%s: %w", path, err)
			}
			return fmt.Errorf("%s: empty", path)
		}
		first := line
		if i := bytes.IndexByte(first, '\n'); i >= 0 {
			first = first[:i]
		}
		if len(bytes.TrimSpace(first)) == 0 || first[0] == '#' {
			if _, err := br.ReadSlice('\n'); err != nil {
				return fmt.Errorf("%s: no places", path)
			}
			continue
		}
		if bytes.Count(first, []byte{'\t'}) >= 18 {
			return g.AddGeoNames(path, br)
		}
		return g.AddTSV(path, br)
	}
}

func newGazetteer() *Gazetteer {
	return &Gazetteer{
		firstBits: make([]uint64, firstBitsLen/64), keyBits: make([]uint64, keyBitsLen/64),
		loose: newPostings(1 << 19), skel: newPostings(1 << 14), caseSensitive: map[string][]int32{},
		demonyms: map[string]int32{}, admin1: map[string]string{},
		admin1Idx: map[string]int32{}, countryIdx: map[string]int32{}, byRef: map[string]int32{}, skeletonCC: map[string]bool{},
	}
}

func load() (*Gazetteer, error) {
	// Half a million keys in small allocations: collect garbage less often
	// while they are made.
	defer debug.SetGCPercent(debug.SetGCPercent(800))
	g := newGazetteer()
	g.Places = make([]Place, 0, 210000)
	for _, line := range strings.Split(skeletonSrc, "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			g.skeletonCC[line] = true
		}
	}
	zr, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
	if err != nil {
		return nil, err
	}
	raw, err := zr.DecodeAll(placesZst, make([]byte, 0, 24<<20))
	if err != nil {
		return nil, fmt.Errorf("places.tsv.zst: %w", err)
	}
	regions, err := zr.DecodeAll(regionsZst, nil)
	zr.Close()
	if err != nil {
		return nil, fmt.Errorf("regions.tsv.zst: %w", err)
	}
	// One string for the whole file: names and keys are slices of it.
	if err := g.addCities("places.tsv.zst", string(raw)); err != nil {
		return nil, err
	}
	// The GeoNames rows come first, sorted by id; the cities1000 towns
	// without one after them.
	g.sortedCities = slices.IndexFunc(g.Places, func(p Place) bool { return p.GeoID == 0 })
	if g.sortedCities < 0 {
		g.sortedCities = len(g.Places)
	}
	if err := g.addCountries(); err != nil {
		return nil, err
	}
	if err := g.addRegions(string(regions)); err != nil {
		return nil, err
	}
	g.linkRegions()
	// A demonym shared by two countries ("French", "American") names the
	// more populous; a region's only what no country's is ("Texan",
	// "Chechen").
	nCountry := len(g.demonymOf)
	if err := lines("region-demonyms.tsv", strings.NewReader(regionDemonymsSrc), 2, func(f []string) error {
		i, ok := g.admin1Idx[f[0]]
		if !ok {
			return fmt.Errorf("unknown admin1 %q", f[0])
		}
		for _, dm := range strings.Split(f[1], "|") {
			g.demonymOf = append(g.demonymOf, [2]int32{int32(len(g.demonymKeys)), i})
			g.demonymKeys = append(g.demonymKeys, placename.Loose(dm))
		}
		return nil
	}); err != nil {
		return nil, err
	}
	for n, kc := range g.demonymOf {
		if _, taken := g.demonyms[g.demonymKeys[kc[0]]]; taken && n >= nCountry {
			continue
		}
		key, c := g.demonymKeys[kc[0]], kc[1]
		if old, ok := g.demonyms[key]; !ok || g.Places[c].Pop > g.Places[old].Pop {
			g.demonyms[key] = c
		}
		if first, _, two := strings.Cut(key, " "); two {
			if g.demonymFirst == nil {
				g.demonymFirst = map[string]bool{}
			}
			g.demonymFirst[first] = true
		}
	}
	if err := lines("admin-aliases.tsv", strings.NewReader(adminAliasesSrc), 2, func(f []string) error {
		i, ok := g.admin1Idx[f[0]]
		if strings.Count(f[0], ".") == 2 {
			i, ok = g.byRef["admin2:"+f[0]]
		}
		if !ok {
			return fmt.Errorf("unknown division %q", f[0])
		}
		for _, a := range strings.Split(f[1], "|") {
			g.index(i, placename.Loose(a), g.Places[i].Country)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	// GeoNames' own points for the countries and first-level divisions
	// that have one here, and the regions of the world that have one
	// (see gazbuild's buildPoints).
	type point struct {
		geoID    int
		lat, lon float64
	}
	points := map[string]point{}
	if err := lines("geonames-points.tsv", strings.NewReader(pointsSrc), 4, func(f []string) error {
		id, err0 := strconv.Atoi(f[1])
		lat, err1 := strconv.ParseFloat(f[2], 64)
		lon, err2 := strconv.ParseFloat(f[3], 64)
		if err0 != nil || err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return fmt.Errorf("bad point %q %q %q", f[1], f[2], f[3])
		}
		if strings.HasPrefix(f[0], "world:") {
			points[f[0]] = point{id, lat, lon}
			return nil
		}
		i, ok := g.byRef[f[0]]
		if !ok {
			return fmt.Errorf("unknown place %q", f[0])
		}
		g.Places[i].Lat, g.Places[i].Lon = lat, lon
		return nil
	}); err != nil {
		return nil, err
	}
	if err := lines("world-regions.tsv", strings.NewReader(worldSrc), 1, func(f []string) error {
		pt, ok := points["world:"+f[0]]
		if !ok {
			return nil // no point cited: not placed
		}
		names := []string{f[0]}
		if len(f) > 1 && f[1] != "" {
			names = append(names, strings.Split(f[1], "|")...)
		}
		for k, n := range names {
			names[k] = strings.TrimPrefix(n, "the ")
		}
		feature := ""
		if len(f) > 2 {
			feature = f[2]
		}
		g.add(Place{Ref: "world:" + f[0], Name: f[0], Lat: pt.lat, Lon: pt.lon, HasPoint: true, Kind: WorldRegion, Feature: feature, Parent: -1, Region: -1}, names...)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := g.AddTSV("supplement.tsv", strings.NewReader(supplementSrc)); err != nil {
		return nil, err
	}
	return g, nil
}

// lines calls fn with the tab-separated fields of every line of r that is
// not blank or a # comment; lines with fewer than min fields are errors
// naming the file and line.
func lines(name string, r io.Reader, min int, fn func([]string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	n := 0
	var fields []string
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		if !utf8.ValidString(line) {
			return fmt.Errorf("%s:%d: invalid UTF-8", name, n)
		}
		f := splitTabs(line, fields[:0])
		fields = f
		if len(f) < min {
			return fmt.Errorf("%s:%d: %d columns, want at least %d", name, n, len(f), min)
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// splitTabs splits s at tabs into buf's storage.
func splitTabs(s string, buf []string) []string {
	for {
		i := strings.IndexByte(s, '\t')
		if i < 0 {
			return append(buf, s)
		}
		buf = append(buf, s[:i])
		s = s[i+1:]
	}
}

// addCities reads the built places file: id, name, lat, lon, feature,
// country, admin1, admin2, population, the name's Loose key, Loose
// alternate keys.
func (g *Gazetteer) addCities(name string, text string) error {
	var buf []string
	for n := 1; text != ""; n++ {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		f := splitTabs(line, buf[:0])
		buf = f
		if len(f) < 11 {
			return fmt.Errorf("%s:%d: %d columns, want 11", name, n, len(f))
		}
		if err := g.addCity(f); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	return nil
}

func (g *Gazetteer) addCity(f []string) error {
	{
		lat, err1 := strconv.ParseFloat(f[2], 64)
		lon, err2 := strconv.ParseFloat(f[3], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return fmt.Errorf("bad coordinates %q %q", f[2], f[3])
		}
		// "1000+": a town of cities1000 whose figure is not given, at
		// its floor.
		pop, _ := strconv.Atoi(strings.TrimSuffix(f[8], "+"))
		p := Place{Name: f[1], Lat: lat, Lon: lon, HasPoint: true, Kind: City,
			Feature: f[4], Country: f[5], Admin1: f[6], Admin2: f[7], Pop: pop, Parent: -1}
		if f[0] == "-" {
			// No GeoNames id given: named by country, key and point.
			p.Ref = "cities1000:" + f[5] + ":" + f[9] + "@" + f[2] + "," + f[3]
		} else {
			id, err := strconv.Atoi(f[0])
			if err != nil || id <= 0 {
				return fmt.Errorf("bad id %q", f[0])
			}
			p.GeoID = id
		}
		i := g.add(p)
		g.index(i, f[9], p.Country)
		for k := range strings.SplitSeq(f[10], "|") {
			g.index(i, k, p.Country)
		}
		return nil
	}
}

// add appends a place and indexes its name; it returns its index.
func (g *Gazetteer) add(p Place, names ...string) int32 {
	i := int32(len(g.Places))
	p.LogPop = math.Log10(float64(p.Pop) + 1)
	g.Places = append(g.Places, p)
	g.self = append(g.self, int32(len(g.Places)-1))
	if p.GeoID != 0 {
		if g.byGeoID != nil {
			g.byGeoID[p.GeoID] = i
		}
	} else {
		g.byRef[p.Ref] = i
	}
	for _, n := range names {
		g.index(i, placename.Loose(n), p.Country)
	}
	return i
}

// index files place i under a Loose key, and under its Skeleton when the
// place is in a transliterating country.
func (g *Gazetteer) index(i int32, key, country string) {
	if key == "" {
		return
	}
	h := Hash(key)
	if g.Places[i].Key == 0 {
		g.Places[i].Key = h
	}
	g.post(&g.loose, h, i)
	g.noteKey(key, h)
	if g.skeletonCC[country] {
		sk := placename.Skeleton(key)
		// One short word ("az", "dr") says too little to match on.
		if strings.Contains(sk, " ") || len(sk) >= 3 {
			hs := Hash(sk)
			g.post(&g.skel, hs, i)
			g.noteKey(sk, hs)
		}
		// News drops the article GeoNames writes: "Qamishli" for Al
		// Qāmishlī, "Mayadin" for Al Mayādīn (an alias: the own name
		// keeps it). Not to a word of one or two letters.
		// (By its Loose key only: its skeleton without the article is
		// too loose a match — "Al Qousour district" of Deir ez-Zor is
		// not Homs's Al-Qusayr District.)
		if first, rest, ok := strings.Cut(key, " "); ok && placename.IsArticle(first) && len(rest) >= 4 {
			g.index(i, rest, "")
		}
	}
}

// post adds place i to the posting of the key whose hash is h in m.
func (g *Gazetteer) post(m *postings, h uint64, i int32) {
	setBit(g.keyBits, keyBit(h))
	s, ok := m.at(h)
	switch v := s.v; {
	case !ok:
		s.v = i
	case v == i:
	case v >= 0:
		g.lists = append(g.lists, []int32{v, i})
		s.v = -int32(len(g.lists))
	default:
		l := &g.lists[-v-1]
		*l = appendUnique(*l, i)
	}
}

// get returns the places filed under hash h in m.
func (g *Gazetteer) get(m *postings, h uint64) []int32 {
	if !hasBit(g.keyBits, keyBit(h)) {
		return nil
	}
	v, ok := m.get(h)
	switch {
	case !ok:
		return nil
	case v >= 0:
		return g.self[v : v+1 : v+1] // shared, as lists are: callers only read
	}
	return g.lists[-v-1]
}

const firstBitsLen = 1 << 23

// firstBit is the bit of firstBits for a first word's hash h.
func firstBit(h uint64) uint64 { return (h >> 7) & (firstBitsLen - 1) }

// keyBitsLen is the size of keyBits; its bit for a hash comes from the
// hash's top bits, mixed, so that it tells apart what firstBits does not.
const keyBitsLen = 1 << 24

// keyBit is the bit of keyBits for a key's hash h.
func keyBit(h uint64) uint64 { return (h * 0xff51afd7ed558ccd) >> (64 - 24) }

// setBit and hasBit set and test bit b of a Bloom filter.
func setBit(bits []uint64, b uint64) { bits[b>>6] |= 1 << (b & 63) }

func hasBit(bits []uint64, b uint64) bool { return bits[b>>6]&(1<<(b&63)) != 0 }

// noteKey marks the first word of key, whose hash is h, in the Bloom
// filter.
func (g *Gazetteer) noteKey(key string, h uint64) {
	first, _, more := strings.Cut(key, " ")
	if !more {
		setBit(g.firstBits, firstBit(h))
		g.maxWords = max(g.maxWords, 1)
		return
	}
	setBit(g.firstBits, firstBit(Hash(first)))
	if n := strings.Count(key, " ") + 1; n > g.maxWords {
		g.maxWords = n
	}
}

// FNV-1a, 64 bits.
const (
	hashInit  uint64 = 14695981039346656037
	hashPrime uint64 = 1099511628211
)

// Hash returns the hash of a key under which the gazetteer files it.
func Hash(key string) uint64 { return HashAdd(hashInit, key) }

// HashStart is the hash of the empty key; HashAdd(h, s) extends h with s,
// so a name can be hashed word by word: HashAdd(HashAdd(Hash("tal"), " "),
// "rifaat") == Hash("tal rifaat").
const HashStart = hashInit

// HashAdd extends hash h with s.
func HashAdd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= hashPrime
	}
	return h
}

func appendUnique(list []int32, i int32) []int32 {
	for _, j := range list {
		if j == i {
			return list
		}
	}
	return append(list, i)
}

func (g *Gazetteer) addCountries() error {
	err := lines("countries.tsv", strings.NewReader(countriesSrc), 7, func(f []string) error {
		lat, err1 := strconv.ParseFloat(f[2], 64)
		lon, err2 := strconv.ParseFloat(f[3], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("bad coordinates")
		}
		names := []string{f[1]}
		if f[5] != "" {
			names = append(names, strings.Split(f[5], "|")...)
		}
		i := g.add(Place{Ref: "iso:" + f[0], Name: f[1], Lat: lat, Lon: lon, HasPoint: true, Kind: Country, Feature: "PCLI", Country: f[0], Parent: -1}, names...)
		g.countryIdx[f[0]] = i
		if f[6] != "" {
			for _, d := range strings.Split(f[6], "|") {
				g.demonymOf = append(g.demonymOf, [2]int32{int32(len(g.demonymKeys)), i})
				g.demonymKeys = append(g.demonymKeys, placename.Loose(d))
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return lines("countries-extra.tsv", strings.NewReader(countriesExtraSrc), 2, func(f []string) error {
		i, ok := g.countryIdx[f[0]]
		if !ok {
			return fmt.Errorf("unknown country %q", f[0])
		}
		if len(f) > 2 {
			if f[2] != "demonym" {
				return fmt.Errorf("third column %q: want demonym", f[2])
			}
			g.demonymOf = append(g.demonymOf, [2]int32{int32(len(g.demonymKeys)), i})
			g.demonymKeys = append(g.demonymKeys, placename.Loose(f[1]))
			return nil
		}
		if strings.ToUpper(f[1]) == f[1] {
			g.caseSensitive[f[1]] = appendUnique(g.caseSensitive[f[1]], i)
			return nil
		}
		g.index(i, placename.Loose(strings.TrimPrefix(f[1], "the ")), f[0])
		return nil
	})
}

// addRegions adds the admin1 and admin2 divisions of the built regions
// file (see gazbuild), and gives countries the population of their
// places.
func (g *Gazetteer) addRegions(text string) error {
	for i := range g.Places {
		if p := &g.Places[i]; p.Kind == City {
			if c, ok := g.countryIdx[p.Country]; ok {
				g.Places[c].Pop += p.Pop
			}
		}
	}
	for i := range g.Places {
		if p := &g.Places[i]; p.Kind == Country {
			p.LogPop = math.Log10(float64(p.Pop) + 1)
		}
	}
	return lines("regions.tsv.zst", strings.NewReader(text), 6, func(f []string) error {
		lat, err1 := strconv.ParseFloat(f[3], 64)
		lon, err2 := strconv.ParseFloat(f[4], 64)
		pop, err3 := strconv.Atoi(f[5])
		if err1 != nil || err2 != nil || err3 != nil {
			return fmt.Errorf("bad numbers")
		}
		parts := strings.Split(f[0], ".")
		cc := parts[0]
		switch len(parts) {
		case 2:
			i := g.add(Place{Ref: "admin1:" + f[0], Name: f[1], Lat: lat, Lon: lon, HasPoint: true, Kind: Region, Feature: "ADM1", Country: cc, Admin1: parts[1], Pop: pop, Parent: g.countryIdx[cc]})
			g.index(i, f[2], cc)
			g.admin1[f[0]] = f[1]
			g.admin1Idx[f[0]] = i
			// "Rif-dimashq", "Damascus Governorate": also without the word.
			if n, ok := bareDivision(f[2]); ok {
				g.index(i, n, cc)
			}
		case 3:
			parent := g.admin1Idx[parts[0]+"."+parts[1]]
			i := g.add(Place{Ref: "admin2:" + f[0], Name: f[1], Lat: lat, Lon: lon, HasPoint: true, Kind: District, Feature: "ADM2", Country: cc, Admin1: parts[1], Admin2: parts[2], Pop: pop, Parent: parent})
			g.index(i, f[2], cc)
			// "Province du Yagha" is the Yagha province of the news.
			if n, ok := bareDivision(f[2]); ok {
				g.index(i, n, cc)
			}
		default:
			return fmt.Errorf("bad code %q", f[0])
		}
		return nil
	})
}

// divisionWords are the words by which GeoNames names a division around
// its name, as Loose keys: "Province du Yagha", "Lachin Rayon", "Damascus
// Governorate". Counties and Japanese -shi are left whole: their bare names
// are too often people's and towns'.
var divisionPrefixes = []string{"departamento de ", "departamento del ", "provincia de ", "provincia del ", "provincia di ",
	"province of ", "province du ", "province des ", "province de la ", "province de ", "distrito de ", "municipio de ", "partido de ",
	"arondisement de ", "departement du ", "departement de ", "prefecture de ", "region de ", "region du "}
var divisionSuffixes = []string{" governorate", " province", " region", " state", " district", " rayon", " raion",
	" oblast", " department", " municipality", " prefecture"}

// bareDivision returns a division's Loose key without the words of its
// kind, if it has them and something is left.
func bareDivision(key string) (string, bool) {
	for _, p := range divisionPrefixes {
		if n, ok := strings.CutPrefix(key, p); ok && n != "" {
			return n, true
		}
	}
	for _, suf := range divisionSuffixes {
		if n, ok := strings.CutSuffix(key, suf); ok && n != "" {
			return n, true
		}
	}
	return "", false
}

// AddTSV loads places in sitrep's own format (see data/supplement.tsv):
// name, aliases ('|'), parent (a place id such as "geonames:170063", or a
// bare GeoNames id), lat, lon (both empty: the parent's point), kind,
// source. Errors name the file and line; lines before an error are kept.
func (g *Gazetteer) AddTSV(name string, r io.Reader) error {
	return lines(name, r, 6, func(f []string) error {
		parent := int32(-1)
		if f[2] != "" {
			i, ok := g.ByID(f[2])
			if !ok {
				return fmt.Errorf("unknown parent %q", f[2])
			}
			parent = i
		}
		p := Place{Ref: "supplement:" + placename.Loose(f[0]), Name: f[0], Kind: Neighbourhood, Feature: "PPLX", Parent: parent}
		switch strings.TrimSpace(f[5]) {
		case "neighbourhood", "camp", "landmark", "road", "":
		case "city", "town", "village":
			p.Kind, p.Feature = City, "PPL"
		case "region":
			p.Kind, p.Feature = Region, "RGN"
		default:
			return fmt.Errorf("unknown kind %q", f[5])
		}
		if parent >= 0 {
			pp := g.Places[parent]
			p.Lat, p.Lon, p.Country, p.Admin1 = pp.Lat, pp.Lon, pp.Country, pp.Admin1
		}
		if f[3] != "" || f[4] != "" {
			lat, err1 := strconv.ParseFloat(f[3], 64)
			lon, err2 := strconv.ParseFloat(f[4], 64)
			if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
				return fmt.Errorf("bad coordinates %q %q", f[3], f[4])
			}
			p.Lat, p.Lon, p.HasPoint = lat, lon, true
		} else if parent < 0 {
			return fmt.Errorf("%q has neither coordinates nor a parent", f[0])
		}
		names := []string{f[0]}
		if f[1] != "" {
			names = append(names, strings.Split(f[1], "|")...)
		}
		g.add(p, names...)
		return nil
	})
}

// AddGeoNames loads a GeoNames dump in its own 19-column format
// (allCountries.txt, a country file such as SY.txt): every populated
// place (class P) and first- and second-level division (ADM1, ADM2) with
// its Latin-script alternate names. Known ids are skipped. Errors name the
// file and line; lines before an error are kept.
func (g *Gazetteer) AddGeoNames(name string, r io.Reader) error {
	return lines(name, r, 19, func(f []string) error {
		id, err := strconv.Atoi(f[0])
		if err != nil {
			return fmt.Errorf("bad id %q", f[0])
		}
		g.indexGeoIDs()
		if _, ok := g.geoID(id); ok {
			return nil
		}
		class, code := f[6], f[7]
		kind := City
		switch {
		case class == "P":
			if code == "PPLX" {
				kind = Neighbourhood
			}
		case class == "A" && code == "ADM1":
			kind = Region
		case class == "A" && code == "ADM2":
			kind = District
		default:
			return nil
		}
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return fmt.Errorf("bad coordinates %q %q", f[4], f[5])
		}
		pop, _ := strconv.Atoi(f[14])
		p := Place{GeoID: id, Name: f[1], Lat: lat, Lon: lon, HasPoint: true, Kind: kind, Feature: code, Country: f[8], Admin1: f[10], Pop: pop, Parent: -1}
		names := []string{f[1], f[2]}
		for _, alt := range strings.Split(f[3], ",") {
			if alt != "" && len(alt) <= 60 && Latin(alt) {
				names = append(names, alt)
			}
		}
		g.add(p, names...)
		return nil
	})
}

// Latin reports whether a name is written in Latin script.
func Latin(s string) bool {
	for _, r := range s {
		if r >= 0x250 && !(r >= 0x1E00 && r <= 0x1EFF) && !(r >= 0x2000 && r <= 0x206F) && r != 'ʿ' && r != 'ʾ' && r != 'ʻ' {
			return false
		}
	}
	return true
}

// ID returns a place's id: "geonames:170063", "iso:SY", "admin1:SY.09",
// "supplement:…".
// Water reports whether a region of the world is a body of water: a
// sea, a gulf, a strait or an ocean.
func (p *Place) Water() bool {
	switch p.Feature {
	case "SEA", "GULF", "STRT", "OCN":
		return p.Kind == WorldRegion
	}
	return false
}

func (p *Place) ID() string {
	if p.GeoID != 0 {
		return "geonames:" + strconv.Itoa(p.GeoID)
	}
	return p.Ref
}

// ByID finds a place by its id, or by a bare GeoNames id.
func (g *Gazetteer) ByID(id string) (int32, bool) {
	if n, err := strconv.Atoi(strings.TrimPrefix(id, "geonames:")); err == nil {
		return g.geoID(n)
	}
	i, ok := g.byRef[id]
	return i, ok
}

// indexGeoIDs makes the index of GeoNames ids outside the embedded
// cities (which are sorted by id and searched in place).
func (g *Gazetteer) indexGeoIDs() {
	if g.byGeoID == nil {
		g.byGeoID = map[int]int32{}
	}
}

// geoID finds a GeoNames id.
func (g *Gazetteer) geoID(id int) (int32, bool) {
	cities := g.Places[:g.sortedCities]
	if k, ok := slices.BinarySearchFunc(cities, id, func(p Place, id int) int { return p.GeoID - id }); ok {
		return int32(k), true
	}
	i, ok := g.byGeoID[id]
	return i, ok
}

// Lookup returns the places whose Loose key is key.
func (g *Gazetteer) Lookup(key string) []int32 { return g.get(&g.loose, Hash(key)) }

// LookupHash returns the places whose Loose key hashes to h.
func (g *Gazetteer) LookupHash(h uint64) []int32 { return g.get(&g.loose, h) }

// LookupSkeleton returns the places whose Skeleton key is key.
func (g *Gazetteer) LookupSkeleton(key string) []int32 { return g.get(&g.skel, Hash(key)) }

// LookupSkeletonHash returns the places whose Skeleton key hashes to h.
func (g *Gazetteer) LookupSkeletonHash(h uint64) []int32 { return g.get(&g.skel, h) }

// LookupExact returns the places matched only as written ("US").
func (g *Gazetteer) LookupExact(text string) []int32 { return g.caseSensitive[text] }

// DemonymStarts reports whether a Loose word begins a demonym of two words
// ("sri" of "sri lankan").
func (g *Gazetteer) DemonymStarts(w string) bool { return g.demonymFirst[w] }

// Demonym returns the country a demonym ("syrian") names.
func (g *Gazetteer) Demonym(key string) (int32, bool) {
	i, ok := g.demonyms[key]
	return i, ok
}

// MayStart reports whether a word (a Loose or Skeleton key of one word)
// begins any name.
func (g *Gazetteer) MayStart(word string) bool { return g.MayStartHash(Hash(word)) }

// MayStartHash is MayStart for a word's hash.
// It may say yes for a word that begins no name (about one in a hundred);
// the lookups that follow decide.
func (g *Gazetteer) MayStartHash(h uint64) bool { return hasBit(g.firstBits, firstBit(h)) }

// MaxWords is the number of words in the longest name.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// Admin1Name returns the name of a country's admin1 region ("SY", "09" →
// "Aleppo").
func (g *Gazetteer) Admin1Name(country, code string) string { return g.admin1[country+"."+code] }

// linkRegions sets every place's Region.
func (g *Gazetteer) linkRegions() {
	byKey := make(map[[2]string]int32, len(g.admin1Idx))
	for code, i := range g.admin1Idx {
		cc, a1, _ := strings.Cut(code, ".")
		byKey[[2]string{cc, a1}] = i
	}
	for i := range g.Places {
		p := &g.Places[i]
		p.Region = -1
		if p.Admin1 == "" {
			continue
		}
		if r, ok := byKey[[2]string{p.Country, p.Admin1}]; ok {
			p.Region = r
		}
	}
}

// RegionOf returns the admin1 region place i lies in.
func (g *Gazetteer) RegionOf(i int32) (int32, bool) {
	r := g.Places[i].Region
	return r, r >= 0
}

// Region returns the admin1 region place of a country's code.
func (g *Gazetteer) Region(country, code string) (int32, bool) {
	i, ok := g.admin1Idx[country+"."+code]
	return i, ok
}

// Country returns the country place of an ISO code.
func (g *Gazetteer) Country(cc string) (int32, bool) {
	i, ok := g.countryIdx[cc]
	return i, ok
}

// Transliterated reports whether a country's places are indexed by
// Skeleton.
func (g *Gazetteer) Transliterated(cc string) bool { return g.skeletonCC[cc] }
