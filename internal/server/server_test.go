package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/extract"
	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/record"
	"github.com/sitrep-dev/sitrep/internal/server"
	"github.com/sitrep-dev/sitrep/internal/stages"
	"github.com/sitrep-dev/sitrep/internal/store"
)

// seedStore ingests the seed (and extra texts) into a new store.
func seedStore(t testing.TB, extra ...string) *store.SQLite {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	p, err := stages.Default()
	if err != nil {
		t.Fatal(err)
	}
	srcs := []input.Source{input.File("../../testdata/corpus/aleppo-2016-12.txt")}
	for i, x := range extra {
		srcs = append(srcs, input.Bytes("extra-"+string(rune('a'+i))+".txt", []byte(x)))
	}
	var docs []store.Document
	err = extract.Run(context.Background(), p, srcs, extract.Options{Jobs: 1, Record: record.Options{Mentions: true}}, func(r extract.Result) error {
		if r.Err != nil {
			return r.Err
		}
		docs = append(docs, store.Document{Doc: r.Item.Meta.ID, Text: r.Item.Text, Articles: r.Records})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Add(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	if err := st.Reconcile(context.Background()); err != nil {
		t.Fatal(err)
	}
	return st
}

func get(t *testing.T, srv *httptest.Server, path string, v any) *http.Response {
	t.Helper()
	r, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	if v != nil && r.StatusCode == 200 {
		if err := json.NewDecoder(r.Body).Decode(v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	return r
}

func TestAPI(t *testing.T) {
	st := seedStore(t)
	srv := httptest.NewServer(server.Handler(st, server.Options{}))
	defer srv.Close()

	var evs struct {
		Total  int           `json:"total"`
		Events []store.Event `json:"events"`
	}
	get(t, srv, "/api/events?limit=500", &evs)
	if evs.Total < 10 || len(evs.Events) != evs.Total {
		t.Fatalf("events: %d of %d", len(evs.Events), evs.Total)
	}
	// The seed's dispute: over 100 by the publisher, over 180 by opposition sources.
	var ds struct {
		Disputes []store.Event       `json:"disputes"`
		Facts    []store.FactDispute `json:"facts"`
	}
	get(t, srv, "/api/disputes?from=2016-12-12&to=2016-12-12", &ds)
	// And the dispute of fact: one per cent of the pocket against three.
	facts := false
	for _, f := range ds.Facts {
		var vals []string
		for _, c := range f.Claims {
			vals = append(vals, fmt.Sprintf("%g %s", c.Value, c.Text))
		}
		if f.Holder == "opposition" && f.Area == "the original pocket" && f.Place != nil && f.Place.Name == "Aleppo" &&
			strings.Join(vals, "; ") == "1 Only one per cent of the original pocket; 3 Only three per cent of the original pocket" {
			facts = true
		}
	}
	if !facts {
		t.Errorf("no dispute of the opposition's share of the pocket: %+v", ds.Facts)
	}
	found := false
	for _, e := range ds.Disputes {
		var claims []string
		for _, c := range e.Claims {
			claims = append(claims, strings.Join(c.Sources, "+"))
		}
		if e.Subtype == "Attack" && e.Place != nil && e.Place.Name == "Aleppo" && strings.Contains(strings.Join(claims, ","), "Opposition sources") {
			found = true
		}
	}
	if !found {
		t.Errorf("the executions of 2016-12-12 are not disputed: %+v", ds.Disputes)
	}
	// Filters: dates, bbox, type, text.
	var some struct {
		Total int `json:"total"`
	}
	get(t, srv, "/api/events?from=2016-07-01&to=2016-07-31", &some)
	if some.Total == 0 || some.Total >= evs.Total {
		t.Errorf("July 2016: %d of %d", some.Total, evs.Total)
	}
	get(t, srv, "/api/events?bbox=36.9,36.0,37.4,36.4", &some)
	if some.Total == 0 {
		t.Error("bbox around Aleppo: none")
	}
	get(t, srv, "/api/events?type=Battles", &some)
	if some.Total == 0 {
		t.Error("type Battles: none")
	}
	get(t, srv, "/api/events?q=Karm", &some)
	if some.Total == 0 {
		t.Error("text Karm: none")
	}
	// GeoJSON and one event.
	var fc struct {
		Type     string `json:"type"`
		Features []any  `json:"features"`
	}
	get(t, srv, "/api/events.geojson", &fc)
	if fc.Type != "FeatureCollection" || len(fc.Features) == 0 {
		t.Errorf("geojson: %+v", fc)
	}
	var one store.Event
	get(t, srv, "/api/events/1", &one)
	if one.ID != 1 || len(one.Reports) == 0 || one.Reports[0].Text == "" {
		t.Errorf("event 1: %+v", one)
	}
	// An article by its doc id, which holds slashes.
	var a record.Article
	r := get(t, srv, "/api/articles/"+url.PathEscape("../../testdata/corpus/aleppo-2016-12.txt")+"/0", &a)
	if r.StatusCode != 200 || !strings.HasPrefix(a.Text, "Over one hundred civilians") {
		t.Errorf("article: %d %q", r.StatusCode, a.Title)
	}
	// Bad input and writes.
	for path, code := range map[string]int{"/api/events?from=yesterday": 400, "/api/events?bbox=1,2": 400, "/api/events/x": 400,
		"/api/articles/nope/0": 404, "/api/events/999999": 404, "/../../etc/passwd": 404} {
		if r := get(t, srv, path, nil); r.StatusCode != code && !(code == 404 && r.StatusCode == 400) {
			t.Errorf("%s: %d, want %d", path, r.StatusCode, code)
		}
	}
	resp, err := http.Post(srv.URL+"/api/events", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d", resp.StatusCode)
	}
	if csp := get(t, srv, "/", nil).Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("CSP: %q", csp)
	}
}
