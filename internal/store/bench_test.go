package store

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/record"
)

// sampleRecords are article records shaped like the pipeline's (events
// with places, dates, actors, figures, evidence), made without it: the
// ingest benchmark measures the store, extraction excluded.
func sampleRecords(n int) []Document {
	docs := make([]Document, n)
	for i := range docs {
		best := int64(i%50 + 1)
		day := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%365).Format(time.DateOnly)
		text := fmt.Sprintf("Air strikes killed %d civilians in Aleppo on Monday, the Syrian Observatory for Human Rights said. Report %d. %s", best, i, bytes.Repeat([]byte("The fighting went on in the eastern districts. "), 40))
		pub := day
		a := record.Article{Doc: "bench-" + strconv.Itoa(i), Title: "Air strikes on Aleppo", Published: &pub, Text: text, Quotes: []record.Quote{}, Control: []record.Control{},
			Events: []record.Event{{
				Type: "Explosions/Remote violence", Subtype: "Air/drone strike",
				Date:       &record.EventDate{Start: day, End: day, Precision: "day", Text: "Monday"},
				Place:      &record.EventPlace{Name: "Aleppo", Country: "SY", Admin1: "Aleppo", Lat: 36.2 + float64(i%10)/100, Lon: 37.16, Precision: "city", GeoPrecision: 1, ID: "geonames:170063"},
				Actor1:     &record.Named{Name: "Military Forces of Syria (2000-2024)", Text: "regime forces"},
				Actor2:     &record.Named{Name: "Civilians (Syria)", Text: "civilians"},
				Fatalities: &record.Count{Low: &best, Best: &best, High: &best, Text: strconv.FormatInt(best, 10) + " civilians"},
				Affected:   []record.Affected{},
				Source:     &record.Source{Name: "SOHR", Type: "monitor", Text: "the Syrian Observatory for Human Rights"},
				Evidence:   record.Offsets{Start: 0, End: 90},
			}}}
		docs[i] = Document{Doc: a.Doc, Text: text, Articles: []record.Article{a}}
	}
	return docs
}

// BenchmarkAdd stores articles with their events in batches of 200, as
// ingest does. Target (issue 7): 5,000 articles a second on one core.
func BenchmarkAdd(b *testing.B) {
	st, err := Open(filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	const batch = 200
	docs := sampleRecords(batch * (b.N + 1))
	ctx := context.Background()
	b.ResetTimer()
	for i := range b.N {
		if _, err := st.Add(ctx, docs[i*batch:(i+1)*batch]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(batch*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// eventsDB is a store with n generated reconciled events over ten years
// and the Middle East, kept between runs in $SITREP_BENCH_DB if set.
func eventsDB(b *testing.B, n int) *SQLite {
	path := os.Getenv("SITREP_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "events.db")
	}
	st, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	var have int
	st.db.QueryRow(`SELECT count(*) FROM events`).Scan(&have)
	if have >= n {
		return st
	}
	ctx := context.Background()
	rng := rand.New(rand.NewSource(1))
	start := time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC)
	for lo := have; lo < n; lo += 50000 {
		tx, err := st.db.BeginTx(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		for i := lo; i < min(n, lo+50000); i++ {
			best := int64(rng.Intn(100))
			day := start.AddDate(0, 0, rng.Intn(3650)).Format(time.DateOnly)
			e := Event{ID: int64(i + 1), Type: "Battles", Subtype: "Armed clash",
				Date:       &record.EventDate{Start: day, End: day, Precision: "day"},
				Place:      &record.EventPlace{Name: "P", Country: "SY", Lat: 25 + rng.Float64()*15, Lon: 30 + rng.Float64()*25, Precision: "city"},
				Actor1:     &record.Named{Name: "Military Forces of Syria (2000-2024)", Text: "the army"},
				Fatalities: &record.Count{Best: &best}, Reports: []Report{}, Why: "generated"}
			if err := insertEvent(ctx, tx, &e, nil); err != nil {
				b.Fatal(err)
			}
		}
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
	}
	st.db.Exec(`ANALYZE`)
	return st
}

// BenchmarkEventsTimeBBox queries one million events with a 30-day window
// and a 2°×2° box, as the map does. Target (issue 7): p99 under 50 ms.
func BenchmarkEventsTimeBBox(b *testing.B) {
	st := eventsDB(b, 1_000_000)
	defer st.Close()
	ctx := context.Background()
	rng := rand.New(rand.NewSource(2))
	start := time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC)
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for range b.N {
		from := start.AddDate(0, 0, rng.Intn(3620))
		w, s := 30+rng.Float64()*23, 25+rng.Float64()*13
		q := Query{From: from.Format(time.DateOnly), To: from.AddDate(0, 0, 30).Format(time.DateOnly), BBox: &[4]float64{w, s, w + 2, s + 2}, Limit: 100}
		t0 := time.Now()
		if _, _, err := st.Events(ctx, q); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}

// The space-and-time tree answers as a filter over every event would.
func TestEventsTimeBBoxMatchesFilter(t *testing.T) {
	st, err := Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	rng := rand.New(rand.NewSource(3))
	start := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)
	tx, _ := st.db.BeginTx(ctx, nil)
	var all []Event
	for i := range 3000 {
		d0 := start.AddDate(0, 0, rng.Intn(365))
		d1 := d0.AddDate(0, 0, rng.Intn(5))
		e := Event{ID: int64(i + 1), Type: "Battles", Subtype: "Armed clash",
			Date:  &record.EventDate{Start: d0.Format(time.DateOnly), End: d1.Format(time.DateOnly), Precision: "day"},
			Place: &record.EventPlace{Name: "P", Lat: 30 + rng.Float64()*10, Lon: 35 + rng.Float64()*10}, Reports: []Report{}}
		if err := insertEvent(ctx, tx, &e, nil); err != nil {
			t.Fatal(err)
		}
		all = append(all, e)
	}
	tx.Commit()
	for k := range 50 {
		from := start.AddDate(0, 0, rng.Intn(330))
		to := from.AddDate(0, 0, 1+rng.Intn(30))
		w, s := 35+rng.Float64()*8, 30+rng.Float64()*8
		box := [4]float64{w, s, w + 2, s + 2}
		q := Query{From: from.Format(time.DateOnly), To: to.Format(time.DateOnly), BBox: &box, Limit: 1000}
		if k%5 == 0 {
			q.From = "" // an open start
		}
		got, total, err := st.Events(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		want := 0
		for _, e := range all {
			p := e.Place
			if p.Lon >= box[0] && p.Lon <= box[2] && p.Lat >= box[1] && p.Lat <= box[3] && (q.From == "" || e.Date.End >= q.From) && e.Date.Start <= q.To {
				want++
			}
		}
		if total != want || len(got) != want {
			t.Fatalf("query %+v: %d (%d listed), want %d", q, total, len(got), want)
		}
	}
}

// BenchmarkReconcile rebuilds the events of 20,000 stored articles.
func BenchmarkReconcile(b *testing.B) {
	st, err := Open(filepath.Join(b.TempDir(), "r.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	docs := sampleRecords(20000)
	for i := 0; i < len(docs); i += 500 {
		if _, err := st.Add(ctx, docs[i:i+500]); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for range b.N {
		if err := st.Reconcile(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(20000*float64(b.N)/b.Elapsed().Seconds(), "reports/s")
}
