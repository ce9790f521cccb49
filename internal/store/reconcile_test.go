package store

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

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

// Pruning the candidates gives the groups that trying every group gives.
func TestClusterSameAsTryingAll(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	places := []struct {
		name     string
		lat, lon float64
	}{{"Aleppo", 36.2, 37.16}, {"Idlib", 35.93, 36.63}, {"Douma", 33.57, 36.4}, {"Hama", 35.13, 36.75}}
	var reps []report
	for i := range 3000 {
		p := places[rng.Intn(len(places))]
		d0 := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.Intn(120))
		d1 := d0.AddDate(0, 0, []int{0, 0, 0, 1, 3, 10, 30}[rng.Intn(7)])
		r := rep(fmt.Sprint("d", i), d0.Format(time.DateOnly), d1.Format(time.DateOnly), p.name, p.lat+rng.Float64()/50, p.lon, int64(rng.Intn(50)), "")
		if rng.Intn(3) == 0 {
			r.Event.Type = "Battles"
		}
		if rng.Intn(20) == 0 {
			r.Event.Date = nil
		}
		if rng.Intn(4) == 0 {
			r.Event.Actor1 = &record.Named{Name: []string{"A", "B"}[rng.Intn(2)]}
		}
		reps = append(reps, r)
	}
	_, got := Cluster(reps)
	var all [][]int
	seen := map[int]bool{}
	for _, g := range got {
		for _, k := range g {
			seen[k] = true
		}
	}
	if len(seen) != len(reps) {
		t.Fatalf("%d of %d reports grouped", len(seen), len(reps))
	}
	// First fit over every group, in Cluster's order.
	for _, k := range sortedOrder(reps) {
		joined := false
		for g := range all {
			if Compatible(&reps[all[g][0]].Event, &reps[k].Event) {
				all[g] = append(all[g], k)
				joined = true
				break
			}
		}
		if !joined {
			all = append(all, []int{k})
		}
	}
	if fmt.Sprint(all) != fmt.Sprint(got) {
		t.Errorf("pruned clustering differs: %d groups, want %d", len(got), len(all))
	}
}

// Reconciling bucket by bucket as batches arrive, in any order, gives the
// events a rebuild from scratch gives.
func TestIncrementalReconcile(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	places := []record.EventPlace{
		{Name: "Aleppo", ID: "geonames:170063", Country: "SY", Lat: 36.2, Lon: 37.16, Precision: "city"},
		{Name: "Idlib", ID: "geonames:169389", Country: "SY", Lat: 35.93, Lon: 36.63, Precision: "city"},
		{Name: "Mosul", ID: "geonames:99072", Country: "IQ", Lat: 36.34, Lon: 43.13, Precision: "city"},
	}
	types := []string{"Battles", "Explosions/Remote violence", "Violence against civilians"}
	var docs []Document
	for i := range 400 {
		p := places[rng.Intn(len(places))]
		d0 := time.Date(2016, 11, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.Intn(40))
		day := d0.Format(time.DateOnly)
		best := int64(rng.Intn(30))
		text := fmt.Sprintf("Report %d of fighting.", i)
		e := record.Event{Type: types[rng.Intn(len(types))], Subtype: "x",
			Date: &record.EventDate{Start: day, End: day, Precision: "day"}, Place: &p,
			Fatalities: &record.Count{Low: &best, Best: &best, High: &best}, Affected: []record.Affected{},
			Evidence: record.Offsets{Start: 0, End: len(text)}}
		if rng.Intn(3) == 0 {
			e.Source = &record.Source{Name: "SOHR", Type: "monitor"}
		}
		a := record.Article{Doc: fmt.Sprint("d", i), Text: text, Published: &day, Events: []record.Event{e}, Quotes: []record.Quote{}, Control: []record.Control{}}
		docs = append(docs, Document{Doc: a.Doc, Text: text, Articles: []record.Article{a}})
	}
	ctx := context.Background()
	canonical := func(st *SQLite) string {
		evs, total, err := st.Events(ctx, Query{Limit: 1000})
		if err != nil || total > 1000 {
			t.Fatal(err, total)
		}
		var out []string
		for _, e := range evs {
			e.ID = 0
			b, _ := json.Marshal(e)
			out = append(out, string(b))
		}
		sort.Strings(out)
		return strings.Join(out, "\n")
	}
	var want string
	for run := range 3 {
		st, err := Open(filepath.Join(t.TempDir(), "s.db"))
		if err != nil {
			t.Fatal(err)
		}
		order := rng.Perm(len(docs))
		for lo := 0; lo < len(order); {
			n := 1 + rng.Intn(60)
			var batch []Document
			for _, k := range order[lo:min(len(order), lo+n)] {
				batch = append(batch, docs[k])
			}
			lo += n
			if _, err := st.Add(ctx, batch); err != nil {
				t.Fatal(err)
			}
			if err := st.Reconcile(ctx); err != nil {
				t.Fatal(err)
			}
		}
		got := canonical(st)
		// A rebuild from scratch.
		st.db.Exec(`DELETE FROM meta`)
		if err := st.Reconcile(ctx); err != nil {
			t.Fatal(err)
		}
		if rebuilt := canonical(st); got != rebuilt {
			t.Fatalf("run %d: incremental events differ from a rebuild", run)
		}
		if run == 0 {
			want = got
		} else if got != want {
			t.Fatalf("run %d: another arrival order gives other events", run)
		}
		st.Close()
	}
	if strings.Count(want, "\n") < 20 {
		t.Errorf("too few events to test anything: %d", strings.Count(want, "\n")+1)
	}
}
