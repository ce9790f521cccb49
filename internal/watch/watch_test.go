package watch

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/store"
)

// feedServer serves an RSS feed whose items a test adds while a watch
// runs, and a page per item.
type feedServer struct {
	mu          sync.Mutex
	items       []string // item numbers, newest last
	linkless    bool
	notModified int
}

func (f *feedServer) add(n string) {
	f.mu.Lock()
	f.items = append(f.items, n)
	f.mu.Unlock()
}

func (f *feedServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if r.URL.Path == "/feed" {
		etag := fmt.Sprintf(`"%d"`, len(f.items))
		if r.Header.Get("If-None-Match") == etag {
			f.notModified++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title>`)
		for _, n := range f.items {
			link := fmt.Sprintf("<link>http://%s/page/%s</link>", r.Host, n)
			if f.linkless {
				link = ""
			}
			fmt.Fprintf(&b, "<item><title>Report %s</title><guid>item-%s</guid>%s<description>Shelling killed %s civilians in Hama.</description><pubDate>Mon, 05 Dec 2016 10:00:00 +0000</pubDate></item>", n, n, link, n)
		}
		b.WriteString("</channel></rss>")
		w.Write([]byte(b.String()))
		return
	}
	if n, ok := strings.CutPrefix(r.URL.Path, "/page/"); ok {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, "<html><body><article><h1>Report %s</h1><p>Air strikes killed %s civilians in Idlib on Monday.</p></article></body></html>", n, n)
		return
	}
	http.NotFound(w, r)
}

type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// recorder is an Ingest that keeps what it is given.
type recorder struct {
	mu    sync.Mutex
	names []string
	texts []string
}

func (r *recorder) ingest(ctx context.Context, sources []input.Source) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, s := range sources {
		rc, err := s.Open()
		if err != nil {
			return 0, err
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		r.names = append(r.names, s.Name)
		r.texts = append(r.texts, string(b))
	}
	return len(sources), nil
}

func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.names)
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func openStore(t *testing.T) *store.SQLite {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestWatchPicksUpItemsAndSurvivesOutage(t *testing.T) {
	fs := &feedServer{items: []string{"1", "2"}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	srv := &http.Server{Handler: fs}
	go srv.Serve(ln)

	st := openStore(t)
	rec := &recorder{}
	log := &syncBuf{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	opt := Options{Interval: 50 * time.Millisecond, MaxBackoff: 200 * time.Millisecond, AllowPrivate: true, Log: log}
	go func() { done <- Run(ctx, st, []string{"http://" + addr + "/feed"}, opt, rec.ingest) }()

	waitFor(t, "the first two items", func() bool { return rec.count() == 2 })
	waitFor(t, "a conditional GET answered 304", func() bool { fs.mu.Lock(); defer fs.mu.Unlock(); return fs.notModified > 0 })
	fs.add("3")
	waitFor(t, "item 3", func() bool { return rec.count() == 3 })

	srv.Close()
	waitFor(t, "failures logged", func() bool { return strings.Contains(log.String(), "failure 2; next try in") })
	ln, err = net.Listen("tcp", addr)
	if err != nil {
		t.Skipf("cannot listen on %s again: %v", addr, err)
	}
	srv = &http.Server{Handler: fs}
	go srv.Serve(ln)
	defer srv.Close()
	fs.add("4")
	waitFor(t, "item 4 after the outage", func() bool { return rec.count() == 4 })
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	for i, n := range []string{"1", "2", "3", "4"} {
		if want := "http://" + addr + "/page/" + n; rec.names[i] != want || !strings.Contains(rec.texts[i], "killed "+n+" civilians in Idlib") {
			t.Errorf("ingested %d: %s %q", i, rec.names[i], rec.texts[i])
		}
	}
	state, _ := st.Feed(context.Background(), "http://"+addr+"/feed")
	if state.Failures != 0 || state.ETag != `"4"` {
		t.Errorf("feed state %+v", state)
	}
}

func TestWatchRefusesPrivateItems(t *testing.T) {
	fs := &feedServer{items: []string{"7"}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: fs}
	go srv.Serve(ln)
	defer srv.Close()
	feedURL := "http://" + ln.Addr().String() + "/feed"

	st := openStore(t)
	rec := &recorder{}
	log := &syncBuf{}
	// The feed is named by the user and may be local; its item links are
	// not, and point at a private address.
	if err := Run(context.Background(), st, []string{feedURL}, Options{Once: true, Log: log}, rec.ingest); err != nil {
		t.Fatal(err)
	}
	if rec.count() != 0 || !strings.Contains(log.String(), `item "item-7": `) || !strings.Contains(log.String(), "refused: 127.0.0.1 is not a public address") {
		t.Errorf("ingested %v; log:\n%s", rec.names, log.String())
	}
	if seen, _ := st.ItemSeen(context.Background(), feedURL, "item-7"); !seen {
		t.Error("a refused item is asked again at every poll")
	}

	// Items that carry their text need no fetch.
	fs.mu.Lock()
	fs.linkless = true
	fs.items = append(fs.items, "8")
	fs.mu.Unlock()
	if err := Run(context.Background(), st, []string{feedURL}, Options{Once: true, Log: log}, rec.ingest); err != nil {
		t.Fatal(err)
	}
	if rec.count() != 1 || rec.texts[0] != "Shelling killed 8 civilians in Hama." {
		t.Errorf("ingested %v %q", rec.names, rec.texts)
	}
	if err := Run(context.Background(), st, []string{"ftp://x/feed"}, Options{Once: true}, rec.ingest); err == nil {
		t.Error("an ftp feed was accepted")
	}
}
