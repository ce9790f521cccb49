// Package server serves a store read-only: the JSON API under /api/ and
// the web page (embedded, offline: Leaflet on a Natural Earth base map,
// a uPlot timeline, the event list, events with their reports and
// evidence, disputes, and articles with their annotation layers).
//
// Article text is untrusted: the page only ever puts it into the DOM as
// text, and the Content-Security-Policy forbids inline script.
package server

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"io/fs"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep/internal/export"
	"github.com/sitrep-dev/sitrep/internal/store"
)

//go:embed web
var webFS embed.FS

// Options configure the server.
type Options struct {
	// Tiles is a tile URL template for users online; empty: the embedded
	// base map only.
	Tiles string
}

// Handler returns the API and the page over st.
func Handler(st store.Store, opt Options) http.Handler {
	mux := http.NewServeMux()
	h := &handler{st: st, opt: opt}
	mux.HandleFunc("GET /api/events", h.events)
	mux.HandleFunc("GET /api/events.geojson", h.geojson)
	mux.HandleFunc("GET /api/events/{id}", h.event)
	mux.HandleFunc("GET /api/disputes", h.disputes)
	mux.HandleFunc("GET /api/articles/{doc}/{article}", h.article)
	mux.HandleFunc("GET /api/stats", h.stats)
	mux.HandleFunc("GET /api/about", h.about)
	web, _ := fs.Sub(webFS, "web")
	files := http.FileServerFS(web)
	mux.Handle("GET /", files)
	return secure(mux)
}

// secure adds the headers every response carries.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "read-only", http.StatusMethodNotAllowed)
			return
		}
		next.ServeHTTP(w, r)
	})
}

type handler struct {
	st  store.Store
	opt Options
}

func (h *handler) query(r *http.Request) (store.Query, error) {
	v := r.URL.Query()
	q := store.Query{From: v.Get("from"), To: v.Get("to"), Type: v.Get("type"), Actor: v.Get("actor"), Text: v.Get("q")}
	for _, d := range []string{q.From, q.To} {
		if d != "" {
			if _, err := time.Parse(time.DateOnly, d); err != nil {
				return q, errors.New("from and to: want YYYY-MM-DD")
			}
		}
	}
	if b := v.Get("bbox"); b != "" {
		parts := strings.Split(b, ",")
		if len(parts) != 4 {
			return q, errors.New("bbox: want W,S,E,N")
		}
		var box [4]float64
		for i, p := range parts {
			f, err := strconv.ParseFloat(p, 64)
			if err != nil {
				return q, errors.New("bbox: want four numbers")
			}
			box[i] = f
		}
		q.BBox = &box
	}
	var err error
	if s := v.Get("limit"); s != "" {
		if q.Limit, err = strconv.Atoi(s); err != nil || q.Limit < 0 {
			return q, errors.New("limit: want a count")
		}
	}
	if s := v.Get("offset"); s != "" {
		if q.Offset, err = strconv.Atoi(s); err != nil || q.Offset < 0 {
			return q, errors.New("offset: want a count")
		}
	}
	q.Disputed = v.Get("disputed") == "true"
	return q, nil
}

// queryEvents runs the events query the request asks for (with disputed
// forced on for the disputes route), answering a bad query or a store
// error itself; ok is false when it has.
func (h *handler) queryEvents(w http.ResponseWriter, r *http.Request, disputedOnly bool) (q store.Query, evs []store.Event, total int, ok bool) {
	q, err := h.query(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return q, nil, 0, false
	}
	if disputedOnly {
		q.Disputed = true
	}
	evs, total, err = h.st.Events(r.Context(), q)
	if err != nil {
		serverError(w, err)
		return q, nil, 0, false
	}
	return q, evs, total, true
}

func (h *handler) events(w http.ResponseWriter, r *http.Request) {
	q, evs, total, ok := h.queryEvents(w, r, false)
	if !ok {
		return
	}
	writeJSON(w, map[string]any{"total": total, "offset": q.Offset, "events": evs})
}

func (h *handler) geojson(w http.ResponseWriter, r *http.Request) {
	_, evs, _, ok := h.queryEvents(w, r, false)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "application/geo+json")
	json.NewEncoder(w).Encode(export.GeoJSON(evs))
}

func (h *handler) event(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "id: want a number", http.StatusBadRequest)
		return
	}
	ev, ok, err := eventByID(r.Context(), h.st, id)
	if err != nil {
		serverError(w, err)
		return
	}
	if !ok {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, ev)
}

// eventByID finds one reconciled event.
func eventByID(ctx context.Context, st store.Store, id int64) (store.Event, bool, error) {
	if s, ok := st.(interface {
		Event(context.Context, int64) (store.Event, bool, error)
	}); ok {
		return s.Event(ctx, id)
	}
	return store.Event{}, false, nil
}

func (h *handler) disputes(w http.ResponseWriter, r *http.Request) {
	q, evs, total, ok := h.queryEvents(w, r, true)
	if !ok {
		return
	}
	facts, err := h.st.FactDisputes(r.Context(), q.From, q.To)
	if err != nil {
		serverError(w, err)
		return
	}
	if facts == nil {
		facts = []store.FactDispute{}
	}
	writeJSON(w, map[string]any{"total": total, "disputes": evs, "facts": facts})
}

func (h *handler) article(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.PathValue("article"))
	if err != nil || n < 0 {
		http.Error(w, "article: want a number", http.StatusBadRequest)
		return
	}
	a, ok, err := h.st.Article(r.Context(), r.PathValue("doc"), n)
	if err != nil {
		serverError(w, err)
		return
	}
	if !ok {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, a)
}

func (h *handler) stats(w http.ResponseWriter, r *http.Request) {
	s, err := h.st.Stats(r.Context())
	if err != nil {
		serverError(w, err)
		return
	}
	writeJSON(w, s)
}

func (h *handler) about(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, map[string]any{
		"name":  "sitrep",
		"tiles": h.opt.Tiles,
		"attribution": []string{
			"Contains data from GeoNames (geonames.org), CC BY 4.0",
			"Countries from world-countries (ODbL)",
			"Base map: Natural Earth via world-atlas (public domain / ISC)",
			"Leaflet (BSD-2-Clause), topojson-client (ISC), uPlot (MIT)",
		},
	})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func serverError(w http.ResponseWriter, err error) {
	http.Error(w, "internal error", http.StatusInternalServerError)
}

// Serve runs the server on addr until ctx ends, then shuts it down
// gracefully.
func Serve(ctx context.Context, addr string, h http.Handler, ready func(addr string)) error {
	srv := &http.Server{
		Addr:              addr,
		Handler:           http.MaxBytesHandler(h, 1<<20),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	ln, err := listen(addr)
	if err != nil {
		return err
	}
	if ready != nil {
		ready(ln.Addr().String())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		return srv.Shutdown(sctx)
	}
}
