// Package input reads what users give sitrep — files, folders, standard
// input — and yields documents: decoded UTF-8 text plus the metadata the
// input carried. Plain text, HTML pages, RSS/Atom feeds, JSON Lines dumps
// (SPEC) and CSV dumps with a header are told apart by content, not by
// file name.
//
// A bad input never stops the others: each problem is an Item with Err set,
// naming the file (and line, for dumps).
package input

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/sitrep-dev/sitrep/internal/decode"
	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/fetch"
	"github.com/sitrep-dev/sitrep/internal/htmltext"
)

// Limits on what is read.
const (
	// MaxFileBytes caps a plain-text or HTML file. Larger files are
	// reported and skipped.
	MaxFileBytes = 256 << 20
	// MaxLineBytes is the default cap on one line of a JSON Lines dump
	// (and one CSV record); Reader.MaxLineBytes changes it.
	MaxLineBytes = 64 << 20
)

// Item is one document read from an input, or the problem met reading it.
type Item struct {
	Origin string // the file's path, or "-" for standard input
	Line   int    // the line of a JSON Lines dump; 0 otherwise
	Meta   doc.Meta
	Text   string // decoded UTF-8, before cleaning
	Err    error
	// Warnings are problems that did not stop the document, such as a
	// page whose main text could not be told from its chrome.
	Warnings []string
}

// ErrInput marks problems with the input itself (as opposed to I/O).
var ErrInput = errors.New("bad input")

// Source is one input to read: a file, standard input, or bytes in memory.
type Source struct {
	Name string
	Open func() (io.ReadCloser, error)
	// Defaults fill the metadata an input leaves empty (a fetched page
	// takes its feed item's title and date when it states none).
	Defaults doc.Meta
}

// Fill sets the fields of m that are empty to those of d.
func Fill(m *doc.Meta, d doc.Meta) {
	for _, p := range []struct {
		dst *string
		src string
	}{
		{&m.Title, d.Title}, {&m.URL, d.URL}, {&m.Source, d.Source},
	} {
		if *p.dst == "" {
			*p.dst = p.src
		}
	}
	if m.Published.IsZero() {
		m.Published = d.Published
	}
}

// File returns the Source for a path ("-" is standard input).
func File(name string) Source {
	return Source{Name: name, Open: func() (io.ReadCloser, error) {
		if name == "-" {
			return io.NopCloser(os.Stdin), nil
		}
		return os.Open(name)
	}}
}

// URL returns a Source that fetches a page, feed or dump named on the
// command line. The user named it, so it may be on their own network;
// every other limit of package fetch applies.
func URL(u string) Source {
	return Source{Name: u, Open: func() (io.ReadCloser, error) {
		r, err := fetch.New(fetch.Options{AllowPrivate: true, MaxBytes: MaxFileBytes, Timeout: 2 * time.Minute}).Get(context.Background(), u, fetch.Any, fetch.Conditional{})
		if err != nil {
			return nil, err
		}
		return io.NopCloser(bytes.NewReader(r.Body)), nil
	}}
}

// Bytes returns a Source that reads b.
func Bytes(name string, b []byte) Source {
	return Source{Name: name, Open: func() (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(b)), nil
	}}
}

// Expand turns command-line paths into the inputs to read: files as given,
// folders walked in lexical order (hidden entries skipped), "-" for standard
// input. Paths that cannot be read are returned as errors; the rest go on.
func Expand(paths []string) ([]Source, []error) {
	if len(paths) == 0 {
		return []Source{File("-")}, nil
	}
	var out []Source
	var errs []error
	for _, p := range paths {
		if p == "-" {
			out = append(out, File(p))
			continue
		}
		if strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://") {
			out = append(out, URL(p))
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !st.IsDir() {
			out = append(out, File(p))
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, err)
				return nil
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, err)
		}
		sort.Strings(files)
		for _, f := range files {
			out = append(out, File(f))
		}
	}
	return out, errs
}

// Format is how an input is read.
type Format string

// Input formats.
const (
	Text  Format = "text"
	HTML  Format = "html"
	JSONL Format = "jsonl"
)

// Sniff decides the format from the first bytes of an input.
func Sniff(head []byte) Format {
	h := bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	if len(h) > 0 && h[0] == '{' {
		// A JSON object on the first line, or (when the first line is
		// longer than the sniffed head) one that names a text field.
		line, complete := h, len(head) < 4096
		if i := bytes.IndexByte(h, '\n'); i >= 0 {
			line, complete = h[:i], true
		}
		if complete && json.Valid(bytes.TrimSpace(line)) {
			return JSONL
		}
		for _, k := range []string{`"text"`, `"content"`, `"body"`} {
			if bytes.Contains(line, []byte(k)) {
				return JSONL
			}
		}
	}
	lower := bytes.ToLower(h[:min(len(h), 2048)])
	for _, m := range [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"), []byte("<article"), []byte("<p>"), []byte("<div"), []byte("<meta ")} {
		if bytes.Contains(lower, m) {
			return HTML
		}
	}
	return Text
}

// Reader reads inputs with settings; the zero value reads SPEC's dumps
// with DefaultFields.
type Reader struct {
	// Fields overrides the dump fields to read (slots left empty keep
	// DefaultFields).
	Fields Fields
	// MaxDocBytes caps one document's text (0: DefaultMaxDocBytes). The
	// pipeline needs memory in proportion to a document; a larger one is
	// reported and skipped.
	MaxDocBytes int
	// MaxLineBytes caps one dump line or CSV record (0: MaxLineBytes).
	MaxLineBytes int
	// MaxHTMLDepth caps the element nesting of a page whose main text is
	// extracted (0: htmltext.MainMaxDepth); deeper pages keep their whole
	// text.
	MaxHTMLDepth int
}

func (r Reader) lineLimit() int {
	if r.MaxLineBytes > 0 {
		return r.MaxLineBytes
	}
	return MaxLineBytes
}

// DefaultMaxDocBytes is four times the longest news document we have
// seen (a scrape of several hundred articles glued together).
const DefaultMaxDocBytes = 4 << 20

// limited wraps emit with the document size check.
func (r Reader) limited(emit func(Item) bool) func(Item) bool {
	max := r.MaxDocBytes
	if max <= 0 {
		max = DefaultMaxDocBytes
	}
	return func(it Item) bool {
		if it.Err == nil && len(it.Text) > max {
			where := it.Origin
			if it.Line > 0 {
				where = fmt.Sprintf("%s:%d", it.Origin, it.Line)
			}
			it.Err = fmt.Errorf("%s: %w: the text is %.1f MB, over the %.1f MB limit on one document (--max-doc-size)",
				where, ErrInput, float64(len(it.Text))/(1<<20), float64(max)/(1<<20))
			it.Text = ""
		}
		if it.Err == nil && !hasWord(it.Text) {
			where := it.Origin
			if it.Line > 0 {
				where = fmt.Sprintf("%s:%d", it.Origin, it.Line)
			}
			it.Err = fmt.Errorf("%s: %w: no words in %d bytes of text", where, ErrInput, len(it.Text))
		}
		return emit(it)
	}
}

// hasWord reports whether s holds two letters in a row: anything less is
// no article (a stray byte, punctuation, digits alone).
func hasWord(s string) bool {
	prev := false
	for _, r := range s {
		l := unicode.IsLetter(r)
		if l && prev {
			return true
		}
		prev = l
	}
	return false
}

func (r Reader) fields() Fields { return DefaultFields.With(r.Fields) }

// Read reads one input with the default settings; see Reader.Read.
func Read(name string, rd io.Reader, emit func(Item) bool) error {
	return Reader{}.Read(name, rd, emit)
}

// Read reads one input and calls emit for each document in it, in order.
// Reading stops early when emit returns false. The returned error is for
// the input as a whole (it could not be read at all); problems with single
// documents in a dump are emitted as Items with Err.
func (r Reader) Read(name string, rd io.Reader, emit func(Item) bool) error {
	emit = r.limited(emit)
	br := bufio.NewReaderSize(rd, 64<<10)
	head, _ := br.Peek(4096)
	if len(head) == 0 {
		return fmt.Errorf("%s: %w: empty input", name, ErrInput)
	}
	f := r.fields()
	if d, ok := f.sniffCSV(head); ok {
		return r.readCSV(name, br, d, emit)
	}
	if isFeed(head) {
		return readFeed(name, br, emit)
	}
	switch Sniff(head) {
	case JSONL:
		return r.readJSONL(name, br, emit)
	case HTML:
		b, err := readAll(name, br)
		if err != nil {
			return err
		}
		emit(fromHTML(name, b, r.MaxHTMLDepth))
		return nil
	default:
		b, err := readAll(name, br)
		if err != nil {
			return err
		}
		res := decode.Bytes(b, "")
		it := Item{Origin: name, Text: res.Text, Meta: doc.Meta{ID: name, Format: string(Text), Encoding: res.Encoding}}
		if strings.TrimSpace(res.Text) == "" {
			it.Err = fmt.Errorf("%s: %w: no text", name, ErrInput)
		}
		emit(it)
		return nil
	}
}

func readAll(name string, r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > MaxFileBytes {
		return nil, fmt.Errorf("%s: %w: larger than %d MB", name, ErrInput, MaxFileBytes>>20)
	}
	return b, nil
}

func fromHTML(name string, b []byte, maxDepth int) Item {
	res := decode.Bytes(b, charsetHint(b))
	p := htmltext.Extract(res.Text)
	it := Item{Origin: name, Text: p.Text, Meta: doc.Meta{
		ID: name, Title: p.Title, URL: p.URL, Source: p.Site, Format: string(HTML), Encoding: res.Encoding,
	}}
	if t, ok := ParseDate(p.Published); ok {
		it.Meta.Published = t
	}
	if strings.TrimSpace(p.Text) == "" {
		it.Err = fmt.Errorf("%s: %w: the page has no text", name, ErrInput)
		return it
	}
	// The page's main text without its chrome; the whole text when that
	// cannot be found.
	a, err := htmltext.Main(res.Text, p, maxDepth)
	if err != nil {
		it.Warnings = append(it.Warnings, fmt.Sprintf("%s: main text not extracted (%v); using the whole page's text", name, err))
		return it
	}
	it.Text = a.Text
	if it.Meta.Title == "" {
		it.Meta.Title = a.Title
	}
	if it.Meta.Published.IsZero() && !a.Published.IsZero() {
		y, m, d := a.Published.Date()
		it.Meta.Published = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	return it
}

// charsetHint finds a charset declared in an HTML page's head.
func charsetHint(b []byte) string {
	h := bytes.ToLower(b[:min(len(b), 4096)])
	i := bytes.Index(h, []byte("charset="))
	if i < 0 {
		return ""
	}
	rest := h[i+len("charset="):]
	rest = bytes.TrimLeft(rest, `"' `)
	end := bytes.IndexAny(rest, `"'; />`)
	if end < 0 {
		return ""
	}
	return string(rest[:end])
}

func (r Reader) readJSONL(name string, br *bufio.Reader, emit func(Item) bool) error {
	line := 0
	for {
		b, err := readLine(br, r.lineLimit())
		if len(b) > 0 || err == nil {
			line++
			if it, ok := r.parseDumpLine(name, line, b); ok {
				if !emit(it) {
					return nil
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if errors.Is(err, errLongLine) {
			line++
			if !emit(Item{Origin: name, Line: line, Err: fmt.Errorf("%s:%d: %w: line longer than %.1f MB (--max-line-size)", name, line, ErrInput, float64(r.lineLimit())/(1<<20))}) {
				return nil
			}
			continue
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
}

var errLongLine = errors.New("line too long")

// readLine reads one line without its line break. A line over limit
// is skipped to its end and reported as errLongLine.
func readLine(br *bufio.Reader, limit int) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > limit {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return nil, err
			}
			return nil, errLongLine
		}
		buf = append(buf, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}

func (r Reader) parseDumpLine(name string, line int, b []byte) (Item, bool) {
	b = bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")))
	if len(b) == 0 {
		return Item{}, false
	}
	// One pass decodes every field (numbers kept as written); the text, the
	// largest by far, is scanned twice (validation, decoding) instead of
	// four times through raw messages decoded again one by one.
	var rec map[string]any
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	err := dec.Decode(&rec)
	if err == nil && dec.More() {
		err = errors.New("data after the object")
	}
	if err != nil {
		return Item{Origin: name, Line: line, Err: fmt.Errorf("%s:%d: %w: not a JSON object: %v", name, line, ErrInput, err)}, true
	}
	lower := make(map[string]any, len(rec))
	for k, v := range rec {
		if _, dup := lower[strings.ToLower(k)]; !dup || k == strings.ToLower(k) {
			lower[strings.ToLower(k)] = v
		}
	}
	return r.fromFields(name, line, JSONL, func(k string) (string, bool) {
		v, ok := lower[k]
		if !ok {
			return "", false
		}
		return jsonString(v), true
	}), true
}

// fromFields builds the document of one dump record.
func (r Reader) fromFields(name string, line int, format Format, get lookup) Item {
	f := r.fields()
	it := Item{Origin: name, Line: line}
	text, _, found := pick(get, f.Text)
	if strings.TrimSpace(text) == "" {
		why := "no text field"
		if found {
			why = "an empty text field"
		}
		it.Err = fmt.Errorf("%s:%d: %w: %s (looked for %s)", name, line, ErrInput, why, quoteNames(f.Text))
		return it
	}
	id, _, _ := pick(get, f.ID)
	if id == "" {
		id = fmt.Sprintf("%s:%d", name, line)
	}
	title, _, _ := pick(get, f.Title)
	url, _, _ := pick(get, f.URL)
	source, _, _ := pick(get, f.Source)
	it.Text = text
	it.Meta = doc.Meta{ID: id, Title: strings.TrimSpace(title), URL: strings.TrimSpace(url), Source: strings.TrimSpace(source), Format: string(format), Encoding: "utf-8"}
	if pub, field, _ := pick(get, f.Published); pub != "" {
		t, ok := ParseDate(pub)
		if !ok {
			it.Err = fmt.Errorf("%s:%d: %w: %q is not a date sitrep reads (ISO 8601, RFC 1123 or RFC 822): %q", name, line, ErrInput, field, pub)
			return it
		}
		it.Meta.Published = t
	}
	if looksHTML(it.Text) {
		p := htmltext.Extract(it.Text)
		it.Text = p.Text
		if it.Meta.Title == "" {
			it.Meta.Title = p.Title
		}
	}
	return it
}

func quoteNames(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return strings.Join(q, ", ")
}

func looksHTML(s string) bool {
	return Sniff([]byte(s[:min(len(s), 2048)])) == HTML && strings.Contains(s, "</")
}

// jsonString is a JSON value as text: strings unquoted, numbers in their
// JSON spelling, null and empty as "".
func jsonString(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case json.Number:
		return string(v)
	}
	b, _ := json.Marshal(v) // true, false, arrays and objects as JSON text
	return string(b)
}

// ParseDate reads an ISO date or date-time (RFC 3339 and common variants).
// Only the calendar date is kept, in the time zone the value states.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{
		"2006-01-02", time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05",
		"2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02T15:04:05Z0700", "2006-01-02 15:04:05Z07:00",
		"2006-01-02T15:04:05.000Z0700", time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822,
		"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2006/01/02", "January 2, 2006", "Jan 2, 2006", "2 January 2006",
	} {
		if t, err := time.Parse(layout, s); err == nil {
			y, m, d := t.Date()
			if y < 1 || y > 9999 {
				return time.Time{}, false
			}
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
}
