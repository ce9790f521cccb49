package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/store"
)

// watch wires feeds, fetching, the pipeline and the store: a poll of a
// local feed stores its items' pages, and a second poll adds nothing.
func TestWatchOnceStores(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
<item><title>Raids on Idlib</title><link>http://%[1]s/a</link><guid>a</guid><pubDate>Tue, 04 Apr 2017 09:00:00 +0000</pubDate></item>
<item><title>Shelling in Hama</title><link>http://%[1]s/b</link><guid>b</guid></item>
</channel></rss>`, r.Host)
	})
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<html><body><h1>Raids on Idlib</h1><p>Air strikes killed at least 16 civilians in Idlib on Monday, activists said.</p></body></html>"))
	})
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>Shelling killed three civilians in Hama on Tuesday.</p></body></html>"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "w.db")
	o := watchOptions{db: db, interval: time.Minute, timeout: 5 * time.Second, maxMB: 1, private: true, once: true}
	for range 2 {
		var log bytes.Buffer
		if err := runWatch(context.Background(), o, []string{srv.URL + "/feed"}, &log); err != nil {
			t.Fatal(err, log.String())
		}
	}
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stats, _ := st.Stats(context.Background())
	if stats.Documents != 2 || stats.Events == 0 {
		t.Fatalf("stats %+v", stats)
	}
	a, ok, err := st.Article(context.Background(), srv.URL+"/a", 0)
	if err != nil || !ok || a.Published == nil || *a.Published != "2017-04-04" || !strings.Contains(a.Text, "at least 16 civilians") {
		t.Errorf("article a: %v %v %+v", ok, err, a)
	}
}

// A URL on the command line is fetched and read like a file.
func TestExtractURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><h1>Raids on Idlib</h1><p>Air strikes killed at least 16 civilians in Idlib on Monday.</p></body></html>"))
	}))
	defer srv.Close()
	var out, errOut bytes.Buffer
	err := runExtract(context.Background(), extractOptions{format: "jsonl"}, []string{srv.URL + "/page", srv.URL + "/missing"}, &out, &errOut)
	if err == nil || !strings.Contains(errOut.String(), "/missing: HTTP 404") {
		t.Errorf("err %v; stderr %s", err, errOut.String())
	}
	recs := checkRecords(t, out.Bytes())
	if len(recs) != 1 || recs[0].Doc != srv.URL+"/page" || recs[0].Title != "Raids on Idlib" {
		t.Errorf("records %+v", recs)
	}
}
