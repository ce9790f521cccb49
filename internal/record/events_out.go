package record

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"strconv"
)

// The csv and geojson formats write events, not articles: one row or
// feature per event of every article, so that extract's output loads
// straight into a spreadsheet or a GIS. The columns are ACLED's where
// sitrep has the field, then where the event came from.

// CSVColumns are the header of the csv format.
var CSVColumns = []string{"event_date", "year", "date_precision", "event_type", "sub_event_type",
	"actor1", "actor2", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
	"source", "notes", "fatalities", "fatalities_low", "fatalities_high", "fatalities_text", "victims",
	"doc", "article", "title", "published"}

func writeCSVEvents(cw *csv.Writer, a *Article) error {
	pub := ""
	if a.Published != nil {
		pub = *a.Published
	}
	for _, e := range a.Events {
		date, year, prec := "", "", ""
		if e.Date != nil {
			date, prec = e.Date.Start, e.Date.Precision
			if len(date) >= 4 {
				year = date[:4]
			}
		}
		country, admin1, loc, lat, lon, gp := "", "", "", "", "", ""
		if p := e.Place; p != nil {
			country, admin1, loc = p.Country, p.Admin1, p.Name
			lat, lon = strconv.FormatFloat(p.Lat, 'f', 4, 64), strconv.FormatFloat(p.Lon, 'f', 4, 64)
			gp = strconv.Itoa(int(p.GeoPrecision))
		}
		name := func(n *Named) string {
			if n == nil {
				return ""
			}
			return n.Name
		}
		num := func(p *int64) string {
			if p == nil {
				return ""
			}
			return strconv.FormatInt(*p, 10)
		}
		fat, low, high, ftext := "", "", "", ""
		if f := e.Fatalities; f != nil {
			fat, low, high, ftext = num(f.Best), num(f.Low), num(f.High), f.Text
		}
		victims := ""
		if e.Victims != nil {
			victims = *e.Victims
		}
		source := "publisher"
		if e.Source != nil {
			source = e.Source.Name
		}
		notes := ""
		if ev := e.Evidence; ev.Start >= 0 && ev.End <= len(a.Text) && ev.Start < ev.End {
			notes = a.Text[ev.Start:ev.End]
		}
		if err := cw.Write([]string{date, year, prec, e.Type, e.Subtype, name(e.Actor1), name(e.Actor2),
			country, admin1, loc, lat, lon, gp, source, notes, fat, low, high, ftext, victims,
			a.Doc, strconv.Itoa(a.Article), a.Title, pub}); err != nil {
			return err
		}
	}
	return nil
}

// eventFeature is one GeoJSON feature of the geojson format.
type eventFeature struct {
	Type       string         `json:"type"`
	Geometry   *pointGeometry `json:"geometry"`
	Properties eventProps     `json:"properties"`
}

type pointGeometry struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

type eventProps struct {
	Doc       string  `json:"doc"`
	Article   int     `json:"article"`
	Title     string  `json:"title"`
	Published *string `json:"published"`
	Event
}

func writeFeatures(w *bufio.Writer, n *int, a *Article) error {
	for _, e := range a.Events {
		f := eventFeature{Type: "Feature", Properties: eventProps{Doc: a.Doc, Article: a.Article, Title: a.Title, Published: a.Published, Event: e}}
		if e.Place != nil {
			f.Geometry = &pointGeometry{Type: "Point", Coordinates: [2]float64{e.Place.Lon, e.Place.Lat}}
		}
		b, err := json.Marshal(f)
		if err != nil {
			return err
		}
		if *n > 0 {
			w.WriteString(",\n")
		}
		*n++
		w.Write(b)
	}
	return nil
}
