package store

import (
	"encoding/json"
	"math/rand"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/record"
)

func rep(doc, start, end, place string, lat, lon float64, best int64, src string) report {
	b := best
	r := report{Report: Report{Doc: doc, Event: record.Event{Type: "Violence against civilians", Subtype: "Attack",
		Date:       &record.EventDate{Start: start, End: end, Precision: "day"},
		Place:      &record.EventPlace{Name: place, ID: "p:" + place, Country: "SY", Lat: lat, Lon: lon, Precision: "city", GeoPrecision: 1},
		Fatalities: &record.Count{Low: &b, Best: &b, High: &b, Text: "n"}}}}
	if src != "" {
		r.Event.Source = &record.Source{Name: src}
	}
	return r
}

// The same events, the same disputes, whatever order reports arrive in.
func TestClusterOrder(t *testing.T) {
	reps := []report{
		rep("a", "2016-12-12", "2016-12-12", "Aleppo", 36.2, 37.16, 101, ""),
		rep("b", "2016-12-12", "2016-12-12", "Aleppo", 36.2, 37.16, 181, "Opposition sources"),
		rep("c", "2016-12-11", "2016-12-12", "Aleppo", 36.21, 37.17, 100, "SANA"),
		rep("d", "2016-12-12", "2016-12-12", "Idlib", 35.93, 36.63, 12, ""),
		rep("e", "2016-10-01", "2016-10-31", "Aleppo", 36.2, 37.16, 40, ""),
	}
	want := ""
	for n := 0; n < 20; n++ {
		rand.New(rand.NewSource(int64(n))).Shuffle(len(reps), func(i, j int) { reps[i], reps[j] = reps[j], reps[i] })
		evs, _ := Cluster(reps)
		got, _ := json.Marshal(evs)
		if want == "" {
			want = string(got)
			if len(evs) != 3 {
				t.Fatalf("want 3 events (Aleppo on the 12th, Idlib, Aleppo in October), got %d: %s", len(evs), got)
			}
			continue
		}
		if string(got) != want {
			t.Fatalf("order %d gives other events:\n%s\nwant\n%s", n, got, want)
		}
	}
	evs, _ := Cluster(reps)
	for _, e := range evs {
		if e.Place.Name == "Aleppo" && len(e.Reports) == 3 {
			if !e.Disputed || len(e.Claims) != 3 || *e.Fatalities.Low != 100 || *e.Fatalities.High != 181 || *e.Fatalities.Best != 101 {
				t.Errorf("Aleppo: %+v", e)
			}
		}
	}
}
