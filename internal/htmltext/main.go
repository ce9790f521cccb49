package htmltext

import (
	"fmt"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// Limits beyond which main-text extraction is not tried: go-trafilatura
// builds a DOM, and its cost grows with the square of the nesting depth
// and steeply with size. Real article pages are far inside both.
const (
	MainMaxBytes = 2 << 20
	MainMaxDepth = 256
)

// Article is the main text of a news page, as go-trafilatura finds it.
type Article struct {
	Text      string // with paragraph breaks
	Title     string
	Author    string
	Published time.Time // zero if the page states none
}

// Main extracts the article from a whole page — the body without
// navigation, sidebars, related links and comments — with the metadata
// go-trafilatura reads (title, author, publication date). It returns an
// error, and no article, when the page is beyond the limits or
// extraction finds no text; callers then fall back to Extract's text.
//
// maxDepth caps the nesting (0: MainMaxDepth).
func Main(src string, p Page, maxDepth int) (Article, error) {
	if maxDepth <= 0 {
		maxDepth = MainMaxDepth
	}
	switch {
	case len(src) > MainMaxBytes:
		return Article{}, fmt.Errorf("the page is over %d MB", MainMaxBytes>>20)
	case p.MaxDepth > maxDepth:
		return Article{}, fmt.Errorf("elements nest %d deep (over %d)", p.MaxDepth, maxDepth)
	}
	res, err := trafilatura.Extract(strings.NewReader(src), trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		Deduplicate:     true,
	})
	if err != nil {
		return Article{}, err
	}
	if res == nil || res.ContentNode == nil {
		return Article{}, fmt.Errorf("no main text found")
	}
	var b strings.Builder
	if err := html.Render(&b, res.ContentNode); err != nil {
		return Article{}, err
	}
	// Render the content again through Extract: one way of turning
	// HTML into text, with the same paragraph breaks as whole pages.
	text := Extract(b.String()).Text
	if strings.TrimSpace(text) == "" {
		return Article{}, fmt.Errorf("no main text found")
	}
	if !strings.Contains(text, "\n") && strings.Contains(p.Text, "\n") {
		// On short pages go-trafilatura falls back to a baseline that
		// runs every paragraph together, which would glue a headline to
		// its lead; the page's own text keeps the breaks.
		text = p.Text
	}
	a := Article{Text: text, Title: strings.TrimSpace(res.Metadata.Title), Author: strings.TrimSpace(res.Metadata.Author)}
	if !res.Metadata.Date.IsZero() {
		a.Published = res.Metadata.Date
	}
	return a, nil
}
