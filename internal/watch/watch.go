// Package watch polls news feeds and hands each new item's page to be
// ingested. A feed is asked conditionally (ETag, Last-Modified); a feed
// that fails is retried with exponential backoff; the items taken from
// each feed are remembered in the store, so that a restarted watch takes
// nothing twice. Item pages are fetched through a client that refuses
// internal addresses unless the user allows them: a feed's links are
// written by whoever controls the feed.
package watch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"net/url"
	"time"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/fetch"
	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/store"
)

// Options configure a watch.
type Options struct {
	Interval     time.Duration // between polls of one feed (default 5 min)
	MaxBackoff   time.Duration // longest wait after failures (default 1 h)
	AllowPrivate bool          // let item pages come from internal addresses
	Fetch        fetch.Options // limits for every request
	Once         bool          // poll each feed once and return
	Log          io.Writer     // one line per feed poll and per problem
}

// Ingest stores the documents read from sources and reports how many
// were new. The watch calls it once per poll with the new items.
type Ingest func(ctx context.Context, sources []input.Source) (added int, err error)

// Run polls feeds until ctx is cancelled (or once each, with Once).
// It returns nil when stopped by ctx.
func Run(ctx context.Context, st store.FeedStore, feeds []string, opt Options, ingest Ingest) error {
	if opt.Interval <= 0 {
		opt.Interval = 5 * time.Minute
	}
	if opt.MaxBackoff <= 0 {
		opt.MaxBackoff = time.Hour
	}
	if opt.Log == nil {
		opt.Log = io.Discard
	}
	w := &watcher{st: st, opt: opt, ingest: ingest, due: map[string]time.Time{}}
	po := opt.Fetch
	po.AllowPrivate = opt.AllowPrivate
	w.pages = fetch.New(po)
	for _, f := range feeds {
		u, err := url.Parse(f)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("%s: not an http or https URL", f)
		}
		// The feeds themselves are named by the user, who may run one on
		// their own network: their host's addresses are allowed.
		fo := opt.Fetch
		fo.AllowPrivate = opt.AllowPrivate || userNamedInternal(u.Hostname())
		w.feeds = append(w.feeds, feed{url: f, client: fetch.New(fo)})
	}
	for {
		next := time.Time{}
		for _, f := range w.feeds {
			if ctx.Err() != nil {
				return nil
			}
			if due := w.due[f.url]; !due.After(time.Now()) {
				w.poll(ctx, f)
			}
			if next.IsZero() || w.due[f.url].Before(next) {
				next = w.due[f.url]
			}
		}
		if opt.Once || ctx.Err() != nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(time.Until(next)):
		}
	}
}

type feed struct {
	url    string
	client *fetch.Client
}

type watcher struct {
	st     store.FeedStore
	opt    Options
	ingest Ingest
	pages  *fetch.Client
	feeds  []feed
	due    map[string]time.Time
}

// userNamedInternal reports whether a feed host the user typed is an
// internal address or localhost.
func userNamedInternal(host string) bool {
	if host == "localhost" {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && !fetch.Public(ip)
}

func (w *watcher) logf(format string, a ...any) {
	fmt.Fprintf(w.opt.Log, "sitrep: watch: "+format+"\n", a...)
}

// poll asks one feed for news and ingests its new items.
func (w *watcher) poll(ctx context.Context, f feed) {
	state, err := w.st.Feed(ctx, f.url)
	if err != nil {
		w.logf("%s: %v", f.url, err)
		w.due[f.url] = time.Now().Add(w.opt.Interval)
		return
	}
	state.Checked = time.Now().UTC().Format(time.RFC3339)
	fail := func(err error) {
		state.Failures++
		state.LastError = err.Error()
		wait := w.backoff(state.Failures)
		w.due[f.url] = time.Now().Add(wait)
		w.logf("%v (failure %d; next try in %s)", err, state.Failures, wait.Round(time.Second))
		if serr := w.st.SaveFeed(context.WithoutCancel(ctx), state); serr != nil {
			w.logf("%s: %v", f.url, serr)
		}
	}
	resp, err := f.client.Get(ctx, f.url, fetch.Feed, fetch.Conditional{ETag: state.ETag, LastModified: state.LastModified})
	if err != nil {
		if ctx.Err() == nil {
			fail(err)
		}
		return
	}
	if resp.NotModified {
		w.succeed(ctx, f.url, state, resp.Validators)
		w.logf("%s: not modified", f.url)
		return
	}
	parsed, err := input.ParseFeed(bytes.NewReader(resp.Body))
	if err != nil {
		fail(fmt.Errorf("%s: not a feed: %v", f.url, err))
		return
	}
	var sources []input.Source
	var taken []string
	refused := 0
	for i, it := range parsed.Items {
		id := it.ID
		if id == "" {
			id = fmt.Sprintf("%s#%d", it.Title, i)
		}
		seen, err := w.st.ItemSeen(ctx, f.url, id)
		if err != nil {
			fail(err)
			return
		}
		if seen {
			continue
		}
		defaults := doc.Meta{Title: it.Title, URL: it.URL, Published: it.Published, Source: parsed.Title}
		if it.URL == "" {
			if it.Text == "" && it.Title == "" {
				continue
			}
			text := it.Text
			if text == "" {
				text = it.Title
			}
			src := input.Bytes(f.url+"#"+id, []byte(text))
			src.Defaults = defaults
			sources, taken = append(sources, src), append(taken, id)
			continue
		}
		page, err := w.pages.Get(ctx, it.URL, fetch.Page, fetch.Conditional{})
		switch {
		case ctx.Err() != nil:
			return
		case errors.Is(err, fetch.ErrRefused):
			refused++
			w.logf("%s: item %q: %v", f.url, id, err)
			if err := w.st.MarkItem(ctx, f.url, id, "refused: "+err.Error()); err != nil {
				w.logf("%s: %v", f.url, err)
			}
			continue
		case err != nil:
			// Taken again at the next poll.
			w.logf("%s: item %q: %v", f.url, id, err)
			continue
		}
		src := input.Bytes(page.URL, page.Body)
		src.Defaults = defaults
		sources, taken = append(sources, src), append(taken, id)
	}
	added := 0
	if len(sources) > 0 {
		added, err = w.ingest(ctx, sources)
		if err != nil {
			fail(fmt.Errorf("%s: %v", f.url, err))
			return
		}
		// Marked only once stored: a watch killed before this point
		// fetches the items again, and the store drops the duplicates.
		for _, id := range taken {
			if err := w.st.MarkItem(context.WithoutCancel(ctx), f.url, id, "ingested"); err != nil {
				w.logf("%s: %v", f.url, err)
			}
		}
	}
	w.succeed(ctx, f.url, state, resp.Validators)
	w.logf("%s: %d items, %d new, %d documents added, %d refused", f.url, len(parsed.Items), len(taken), added, refused)
}

func (w *watcher) succeed(ctx context.Context, url string, state store.FeedState, v fetch.Conditional) {
	state.ETag, state.LastModified = v.ETag, v.LastModified
	state.Failures, state.LastError = 0, ""
	w.due[url] = time.Now().Add(w.opt.Interval)
	if err := w.st.SaveFeed(context.WithoutCancel(ctx), state); err != nil {
		w.logf("%s: %v", url, err)
	}
}

// backoff is the wait after n consecutive failures: the interval doubled
// per failure, up to MaxBackoff.
func (w *watcher) backoff(n int) time.Duration {
	d := w.opt.Interval
	for i := 1; i < n && d < w.opt.MaxBackoff; i++ {
		d *= 2
	}
	return min(d, w.opt.MaxBackoff)
}
