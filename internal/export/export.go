// Package export writes reconciled events in the formats analysts load
// elsewhere: CSV with ACLED's column names, and GeoJSON.
package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/store"
)

// Columns are ACLED's, in ACLED's order, for the fields sitrep has.
var Columns = []string{"event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
	"actor1", "actor2", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
	"source", "notes", "fatalities"}

// CSV writes events with ACLED's columns; fatalities is the best estimate,
// notes the first report's evidence sentence, source every source named.
func CSV(w io.Writer, events []store.Event) error {
	cw := csv.NewWriter(w)
	cw.Write(Columns)
	for _, e := range events {
		country, admin1, location, lat, lon := "", "", "", "", ""
		if p := e.Place; p != nil {
			country, admin1, location = p.Country, p.Admin1, p.Name
			lat, lon = strconv.FormatFloat(p.Lat, 'f', 4, 64), strconv.FormatFloat(p.Lon, 'f', 4, 64)
		}
		date, year := "", ""
		if e.Date != nil {
			date = e.Date.Start
			if len(date) >= 4 {
				year = date[:4]
			}
		}
		a1, a2 := "", ""
		if e.Actor1 != nil {
			a1 = e.Actor1.Name
		}
		if e.Actor2 != nil {
			a2 = e.Actor2.Name
		}
		var sources []string
		notes := ""
		for i, r := range e.Reports {
			name := "publisher"
			if r.Source != nil {
				name = r.Source.Name
			}
			if !contains(sources, name) {
				sources = append(sources, name)
			}
			if i == 0 {
				notes = r.Text
			}
		}
		fat := "0"
		if e.Fatalities != nil && e.Fatalities.Best != nil {
			fat = strconv.FormatInt(*e.Fatalities.Best, 10)
		}
		id := fmt.Sprintf("%s%d", country, e.ID)
		if err := cw.Write([]string{id, date, year, strconv.Itoa(e.TimePrecision), e.Type, e.Subtype, a1, a2, country, admin1, "",
			location, lat, lon, strconv.Itoa(e.PlacePrecision), strings.Join(sources, "; "), notes, fat}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Feature is a GeoJSON feature of an event.
type Feature struct {
	Type       string      `json:"type"`
	Geometry   *Geometry   `json:"geometry"`
	Properties store.Event `json:"properties"`
}

// Geometry is a GeoJSON point.
type Geometry struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

// Collection is a GeoJSON FeatureCollection.
type Collection struct {
	Type     string    `json:"type"`
	Features []Feature `json:"features"`
}

// GeoJSON returns events as a FeatureCollection; an event with no place
// has a null geometry.
func GeoJSON(events []store.Event) Collection {
	c := Collection{Type: "FeatureCollection", Features: []Feature{}}
	for _, e := range events {
		f := Feature{Type: "Feature", Properties: e}
		if e.Place != nil {
			f.Geometry = &Geometry{Type: "Point", Coordinates: [2]float64{e.Place.Lon, e.Place.Lat}}
		}
		c.Features = append(c.Features, f)
	}
	return c
}
