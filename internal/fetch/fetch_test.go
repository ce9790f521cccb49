package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"
)

func TestPublic(t *testing.T) {
	for _, tt := range []struct {
		ip   string
		want bool
	}{
		{"8.8.8.8", true}, {"2a00:1450:4001:82a::200e", true}, {"93.184.216.34", true},
		{"127.0.0.1", false}, {"10.1.2.3", false}, {"172.16.0.1", false}, {"192.168.1.1", false},
		{"169.254.169.254", false}, {"0.0.0.0", false}, {"100.64.0.1", false}, {"::1", false},
		{"fe80::1", false}, {"fc00::1", false}, {"::ffff:127.0.0.1", false}, {"224.0.0.1", false},
	} {
		if got := Public(netip.MustParseAddr(tt.ip)); got != tt.want {
			t.Errorf("Public(%s) = %v", tt.ip, got)
		}
	}
}

func TestRefusesPrivateAddresses(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<p>internal</p>"))
	}))
	defer srv.Close()
	ctx := context.Background()
	_, err := New(Options{}).Get(ctx, srv.URL, Page, Conditional{})
	if !errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), "127.0.0.1 is not a public address") {
		t.Errorf("err = %v", err)
	}
	for _, u := range []string{"file:///etc/passwd", "gopher://x/", "http://user:pw@example.org/"} {
		if _, err := New(Options{AllowPrivate: true}).Get(ctx, u, Page, Conditional{}); !errors.Is(err, ErrRefused) {
			t.Errorf("%s: err = %v", u, err)
		}
	}
	r, err := New(Options{AllowPrivate: true}).Get(ctx, srv.URL, Page, Conditional{})
	if err != nil || string(r.Body) != "<p>internal</p>" {
		t.Errorf("allowed: %v %v", r, err)
	}
}

func TestLimits(t *testing.T) {
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	zw.Write(make([]byte, 64<<20))
	zw.Close()
	mux := http.NewServeMux()
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb.Bytes())
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>x</p>"), 1024)
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG"))
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		if !strings.HasPrefix(r.Header.Get("User-Agent"), "sitrep/") {
			http.Error(w, "who are you", http.StatusForbidden)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Header().Set("ETag", `"v1"`)
		w.Write([]byte("<rss/>"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := New(Options{AllowPrivate: true, MaxBytes: 1 << 20, Timeout: 2 * time.Second})
	ctx := context.Background()
	for path, want := range map[string]string{
		"/bomb":    "over the 1 MB cap",
		"/endless": "over the 1 MB cap",
		"/slow":    "Client.Timeout",
		"/image":   `content type "image/png" is not a page`,
		"/loop":    "more than 5 redirects",
	} {
		_, err := c.Get(ctx, srv.URL+path, Page, Conditional{})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: err = %v, want %q", path, err, want)
		}
	}
	r, err := c.Get(ctx, srv.URL+"/feed", Feed, Conditional{})
	if err != nil || r.Validators.ETag != `"v1"` || string(r.Body) != "<rss/>" {
		t.Fatalf("%+v %v", r, err)
	}
	r, err = c.Get(ctx, srv.URL+"/feed", Feed, r.Validators)
	if err != nil || !r.NotModified {
		t.Errorf("conditional GET: %+v %v", r, err)
	}
}
