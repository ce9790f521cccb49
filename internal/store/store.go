// Package store keeps articles, their events and the reconciled record of
// real-world events. Store is the interface a deployment implements (SQLite
// here, embedded; PostgreSQL/PostGIS later); Open returns the SQLite one.
package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"github.com/sitrep-dev/sitrep/internal/record"
)

// Store is what sitrep needs of a database.
type Store interface {
	// Add stores a batch of documents in one transaction; documents whose
	// normalized text is already stored are skipped. It returns how many
	// documents were added.
	Add(ctx context.Context, docs []Document) (int, error)
	// Stored reports whether a document with this Hash is stored.
	Stored(ctx context.Context, hash string) (bool, error)
	// Reconcile rebuilds the reconciled events from the stored reports.
	Reconcile(ctx context.Context) error
	// Events returns reconciled events matching q, and how many match.
	Events(ctx context.Context, q Query) ([]Event, int, error)
	// Article returns one stored article record.
	Article(ctx context.Context, doc string, article int) (record.Article, bool, error)
	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	// FactDisputes lists claims of fact (territorial control) on which
	// reports disagree, published between from and to (ISO dates, "" for
	// open).
	FactDisputes(ctx context.Context, from, to string) ([]FactDispute, error)
	FeedStore
	Close() error
}

// FactDispute is one fact that reports state differently: the share of
// an area a side holds, with each report's value and who claims it.
type FactDispute struct {
	Kind   string             `json:"kind"`
	Area   string             `json:"area"`
	Holder string             `json:"holder"`
	Place  *record.EventPlace `json:"place"`
	Claims []FactClaim        `json:"claims"`
}

// FactClaim is one report's statement of a disputed fact.
type FactClaim struct {
	Doc       string `json:"doc"`
	Article   int    `json:"article"`
	Published string `json:"published"`
	record.Control
}

// AreaKey is the key that tells two areas apart: folded, without articles
// ("The original pocket" and "the original pocket" are one area).
func AreaKey(area string) string {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(area)) {
		if w != "the" && w != "a" && w != "an" {
			words = append(words, w)
		}
	}
	return strings.Join(words, " ")
}

// FeedStore keeps the state of watched feeds, so that a restarted watch
// asks conditionally and takes no item twice.
type FeedStore interface {
	Feed(ctx context.Context, url string) (FeedState, error)
	SaveFeed(ctx context.Context, f FeedState) error
	ItemSeen(ctx context.Context, feed, item string) (bool, error)
	MarkItem(ctx context.Context, feed, item, status string) error
}

// FeedState is what a watch remembers of a feed between polls.
type FeedState struct {
	URL          string
	ETag         string
	LastModified string
	Failures     int    // consecutive failed polls, for backoff
	LastError    string // the last failure, "" after a success
	Checked      string // time of the last poll, RFC 3339
}

// Document is one input document with its article records.
type Document struct {
	Doc      string // its id: a path, a dump's id
	Text     string // the text it was read from, for the duplicate check
	Articles []record.Article
}

// Hash is the key of a document's normalized text: whitespace collapsed,
// case folded. Storing a text twice changes nothing.
func Hash(text string) string {
	var b strings.Builder
	space := false
	for _, r := range text {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:])
}

// Query selects reconciled events.
type Query struct {
	From, To string      // ISO dates; events overlapping [From, To]
	Type     string      // ACLED event type or sub-event type
	Actor    string      // a substring of actor1 or actor2
	BBox     *[4]float64 // west, south, east, north
	Text     string      // full-text search over the reports' articles
	Disputed bool        // only disputed events
	Limit    int         // 0: 100
	Offset   int
}

// Stats counts what a store holds.
type Stats struct {
	Documents int `json:"documents"`
	Articles  int `json:"articles"`
	Reports   int `json:"reports"`
	Events    int `json:"events"`
	Disputed  int `json:"disputed"`
}

// Event is a reconciled event: SPEC's event fields over all its reports.
type Event struct {
	ID      int64              `json:"id"`
	Type    string             `json:"type"`
	Subtype string             `json:"subtype"`
	Date    *record.EventDate  `json:"date"`
	Place   *record.EventPlace `json:"place"`
	Actor1  *record.Named      `json:"actor1"`
	Actor2  *record.Named      `json:"actor2"`
	// Fatalities across the reports: low is the lowest figure reported,
	// high the highest, best the median of the reports' best figures
	// (UCDP's "most reliable" made mechanical: no one source decides).
	Fatalities *record.Count `json:"fatalities"`
	Victims    *string       `json:"victims"`
	Disputed   bool          `json:"disputed"`
	// Claims lists each distinct figure of the dead and who gives it, when
	// the reports disagree beyond rounding.
	Claims []Claim `json:"claims,omitempty"`
	// Why says why the reports were merged.
	Why     string   `json:"why"`
	Reports []Report `json:"reports"`
	// Precision codes in UCDP's style: time 1 (day) to 5 (year), place 1
	// (the place itself) to 3 (region or country).
	TimePrecision  int `json:"time_precision"`
	PlacePrecision int `json:"geo_precision"`
}

// Report is one article's statement of an event.
type Report struct {
	Doc        string         `json:"doc"`
	Article    int            `json:"article"`
	Title      string         `json:"title,omitempty"`
	Published  string         `json:"published,omitempty"`
	Source     *record.Source `json:"source"`
	Fatalities *record.Count  `json:"fatalities"`
	Evidence   record.Offsets `json:"evidence"`
	Text       string         `json:"text"` // the evidence sentence
	Event      record.Event   `json:"event"`
}

// Claim is one figure of a disputed event and who gives it.
type Claim struct {
	Value   int64    `json:"value"`
	Text    []string `json:"text"`
	Sources []string `json:"sources"` // "publisher" for an article's own voice
}
