package input

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/htmltext"
)

// MaxFeedItems caps the items read from one feed; a feed with more is
// read up to the cap and reported.
const MaxFeedItems = 10000

// FeedItem is one entry of an RSS, Atom or JSON feed.
type FeedItem struct {
	ID        string // guid, else link
	Title     string
	URL       string
	Published time.Time // zero if the feed states none
	Text      string    // content, else description, as plain text
}

// Feed is a parsed feed.
type Feed struct {
	Title     string
	Items     []FeedItem
	Truncated int // items beyond MaxFeedItems, not returned
}

// isFeed reports whether head starts an RSS or Atom document.
func isFeed(head []byte) bool {
	h := bytes.ToLower(bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n"))
	if !bytes.HasPrefix(h, []byte("<?xml")) && !bytes.HasPrefix(h, []byte("<rss")) && !bytes.HasPrefix(h, []byte("<feed")) && !bytes.HasPrefix(h, []byte("<rdf:rdf")) {
		return false
	}
	return bytes.Contains(h, []byte("<rss")) || bytes.Contains(h, []byte("<feed")) || bytes.Contains(h, []byte("<rdf:rdf"))
}

// ParseFeed reads an RSS, Atom or JSON feed.
func ParseFeed(r io.Reader) (*Feed, error) {
	f, err := gofeed.NewParser().Parse(io.LimitReader(r, MaxFileBytes))
	if err != nil {
		return nil, err
	}
	out := &Feed{Title: strings.TrimSpace(f.Title)}
	for i, it := range f.Items {
		if i == MaxFeedItems {
			out.Truncated = len(f.Items) - MaxFeedItems
			break
		}
		if it == nil {
			continue
		}
		fi := FeedItem{ID: strings.TrimSpace(it.GUID), Title: strings.TrimSpace(it.Title), URL: strings.TrimSpace(it.Link)}
		if fi.ID == "" {
			fi.ID = fi.URL
		}
		switch {
		case it.PublishedParsed != nil:
			fi.Published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			fi.Published = *it.UpdatedParsed
		}
		text := it.Content
		if strings.TrimSpace(text) == "" {
			text = it.Description
		}
		if strings.Contains(text, "<") {
			text = htmltext.Extract(text).Text
		}
		fi.Text = strings.TrimSpace(text)
		out.Items = append(out.Items, fi)
	}
	return out, nil
}

// readFeed emits one document per feed item that carries text. Items with
// only a title and a link need their page fetched: `sitrep watch` does.
func readFeed(name string, br *bufio.Reader, emit func(Item) bool) error {
	f, err := ParseFeed(br)
	if err != nil {
		return fmt.Errorf("%s: %w: not a feed sitrep can read: %v", name, ErrInput, err)
	}
	var warn []string
	if f.Truncated > 0 {
		warn = append(warn, fmt.Sprintf("%s: the feed has %d items; the first %d are read", name, f.Truncated+MaxFeedItems, MaxFeedItems))
	}
	titleOnly := 0
	for _, fi := range f.Items {
		if fi.Text == "" && fi.Title != "" {
			titleOnly++
		}
	}
	if titleOnly > 0 {
		warn = append(warn, fmt.Sprintf("%s: %d items carry only a title, read as the text; `sitrep watch` fetches their pages", name, titleOnly))
	}
	for i, fi := range f.Items {
		id := fi.ID
		if id == "" {
			id = fmt.Sprintf("%s#%d", name, i+1)
		}
		text := fi.Text
		if text == "" {
			text = fi.Title
		}
		it := Item{Origin: name, Line: i + 1, Text: text, Warnings: warn, Meta: doc.Meta{
			ID: id, Title: fi.Title, URL: fi.URL, Source: f.Title, Format: "feed", Encoding: "utf-8",
		}}
		warn = nil
		if !fi.Published.IsZero() {
			y, m, d := fi.Published.Date()
			it.Meta.Published = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		}
		if text == "" {
			it.Err = fmt.Errorf("%s: item %d: %w: neither text nor title", name, i+1, ErrInput)
		}
		if !emit(it) {
			return nil
		}
	}
	return nil
}
