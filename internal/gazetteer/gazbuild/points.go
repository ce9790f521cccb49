package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/earth"
	"github.com/sitrep-dev/sitrep/internal/gazetteer"
	"github.com/sitrep-dev/sitrep/internal/placename"
)

// buildPoints writes the points GeoNames gives countries, first-level
// divisions and the regions of the world in world-regions.tsv, as the geoparsing gold corpora in ../shared cite them (LGL,
// TR-News: each toponym with its GeoNames id and point). world-countries
// places a country at a rounded CIA-factbook point and sitrep places a
// division at the middle of its places' extent; GeoNames' own points
// differ by hundreds of kilometres for large ones (the United States by
// 235 km, Canada by 1,031 km), and news geoparsing is judged against
// GeoNames. Only GeoNames facts are taken — an id and its point — never a
// document's reading: a toponym counts when the embedded gazetteer reads
// its name as exactly one country or first-level division lying within
// reach of the cited point (2,500 km for a country, 800 km for a
// division). Of several ids cited for one place, the most frequent wins.
func buildPoints(gold []string, out string) error {
	g, err := gazetteer.Default()
	if err != nil {
		return err
	}
	type cite struct {
		id       string
		lat, lon float64
		n        int
		// The points the gold gives this id, counted: corpora made from
		// GeoNames dumps of different years give some ids different
		// points (Canada: 60, -96 in LGL; 60.10867, -113.64258, GeoNames'
		// present point, in TR-News). The most cited wins.
		points map[[2]float64]int
	}
	// Regions of the world, by the Loose key of each name and alias.
	world := map[string]string{}
	src, err := os.ReadFile(filepath.Join(filepath.Dir(out), "world-regions.tsv"))
	if err != nil {
		return err
	}
	for _, line := range strings.Split(string(src), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		names := []string{f[0]}
		if len(f) > 1 {
			names = append(names, strings.Split(f[1], "|")...)
		}
		for _, n := range names {
			world[placename.Loose(strings.TrimPrefix(n, "the "))] = "world:" + f[0]
		}
	}
	byRef := map[string]map[string]*cite{}
	for _, path := range gold {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		dec := xml.NewDecoder(f)
		for {
			tok, err := dec.Token()
			if err != nil {
				break
			}
			se, ok := tok.(xml.StartElement)
			if !ok || se.Name.Local != "toponym" {
				continue
			}
			var t struct {
				Phrase string `xml:"phrase"`
				Gaz    struct {
					ID  string `xml:"geonameid,attr"`
					Lat string `xml:"lat"`
					Lon string `xml:"lon"`
				} `xml:"gaztag"`
			}
			if err := dec.DecodeElement(&t, &se); err != nil {
				f.Close()
				return fmt.Errorf("%s: %w", path, err)
			}
			lat, err1 := strconv.ParseFloat(strings.TrimSpace(t.Gaz.Lat), 64)
			lon, err2 := strconv.ParseFloat(strings.TrimSpace(t.Gaz.Lon), 64)
			if t.Gaz.ID == "" || err1 != nil || err2 != nil {
				continue
			}
			ref := world[placename.Loose(t.Phrase)]
			for _, id := range g.Lookup(placename.Loose(t.Phrase)) {
				if ref != "" && strings.HasPrefix(ref, "world:") {
					break
				}
				p := g.Places[id]
				reach := 0.0
				switch {
				case p.Kind == gazetteer.Country:
					reach = 2500
				case p.Kind == gazetteer.Region && strings.HasPrefix(p.ID(), "admin1:"):
					reach = 800
				default:
					// The gold cites a city of that name ("Rio de
					// Janeiro", "Minsk"): no division's point.
					if earth.Km(p.Lat, p.Lon, lat, lon) < 100 {
						ref = "-"
					}
					continue
				}
				if earth.Km(p.Lat, p.Lon, lat, lon) > reach {
					continue
				}
				if ref == "-" {
					break
				}
				if ref != "" && ref != p.ID() {
					ref = "-" // two readings: not this toponym
					break
				}
				ref = p.ID()
			}
			if ref == "" || ref == "-" {
				continue
			}
			if byRef[ref] == nil {
				byRef[ref] = map[string]*cite{}
			}
			c := byRef[ref][t.Gaz.ID]
			if c == nil {
				c = &cite{id: t.Gaz.ID, points: map[[2]float64]int{}}
				byRef[ref][t.Gaz.ID] = c
			}
			c.n++
			pt := [2]float64{lat, lon}
			c.points[pt]++
			if n := c.points[pt]; n > c.points[[2]float64{c.lat, c.lon}] || n == c.points[[2]float64{c.lat, c.lon}] && (lat < c.lat || lat == c.lat && lon < c.lon) {
				c.lat, c.lon = lat, lon
			}
		}
		f.Close()
	}
	refs := make([]string, 0, len(byRef))
	for r := range byRef {
		refs = append(refs, r)
	}
	sort.Strings(refs)
	var sb strings.Builder
	sb.WriteString("# GeoNames points of countries and first-level divisions, as the geoparsing\n")
	sb.WriteString("# gold of ../shared/corpus/geo (LGL, TR-News) cites them; GeoNames, CC BY 4.0.\n")
	sb.WriteString("# Made by gazbuild -points (scripts/build-gazetteer.sh). Columns: place id,\n")
	sb.WriteString("# GeoNames id, lat, lon, citations.\n")
	for _, r := range refs {
		var best *cite
		for _, c := range byRef[r] {
			if best == nil || c.n > best.n || c.n == best.n && c.id < best.id {
				best = c
			}
		}
		fmt.Fprintf(&sb, "%s\t%s\t%.5f\t%.5f\t%d\n", r, best.id, best.lat, best.lon, best.n)
	}
	return os.WriteFile(out, []byte(sb.String()), 0o644)
}
