package input

import (
	"strings"
)

// Fields names the columns (CSV) or keys (JSON Lines) a dump's documents
// are read from. Each slot lists the names to try, in order, matched
// without regard to case; the first present and non-empty one wins.
type Fields struct {
	ID        []string
	Title     []string
	Text      []string
	Published []string
	URL       []string
	Source    []string
}

// DefaultFields are SPEC's dump fields and the names news APIs and
// scrapers commonly use for them.
var DefaultFields = Fields{
	ID:        []string{"id", "guid", "uuid", "article_id", "doc_id"},
	Title:     []string{"title", "headline"},
	Text:      []string{"text", "content", "body", "article", "full_text", "maintext"},
	Published: []string{"published", "date", "published_at", "publish_date", "date_publish", "pubdate", "datetime", "publishedAt"},
	URL:       []string{"url", "link", "source_url"},
	Source:    []string{"source", "outlet", "publisher", "domain", "source_name"},
}

// With returns f with the slots that o sets replacing f's.
func (f Fields) With(o Fields) Fields {
	for _, p := range []struct{ dst, src *[]string }{
		{&f.ID, &o.ID}, {&f.Title, &o.Title}, {&f.Text, &o.Text},
		{&f.Published, &o.Published}, {&f.URL, &o.URL}, {&f.Source, &o.Source},
	} {
		if len(*p.src) > 0 {
			*p.dst = *p.src
		}
	}
	return f
}

// index maps lower-cased names to the values of one record.
type lookup func(name string) (string, bool)

// pick returns the first non-empty value among names and the name it
// was found under; found reports whether any of the names was present.
func pick(get lookup, names []string) (v, name string, found bool) {
	for _, n := range names {
		if v, ok := get(strings.ToLower(n)); ok {
			found = true
			if strings.TrimSpace(v) != "" {
				return v, n, true
			}
		}
	}
	return "", "", found
}

// isTextColumn reports whether a header name is one of the text slots.
func (f Fields) isTextColumn(name string) bool {
	name = strings.ToLower(strings.TrimSpace(strings.Trim(strings.TrimSpace(name), `"`)))
	for _, n := range f.Text {
		if strings.ToLower(n) == name {
			return true
		}
	}
	return false
}
