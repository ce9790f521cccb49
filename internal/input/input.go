// Package input reads what users give sitrep — files, folders, standard
// input — and yields documents: decoded UTF-8 text plus the metadata the
// input carried. Plain text, HTML and the JSON Lines dump format of SPEC are
// told apart by content, not by file name.
//
// A bad input never stops the others: each problem is an Item with Err set,
// naming the file (and line, for dumps).
package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep/internal/decode"
	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/htmltext"
)

// Limits on what is read.
const (
	// MaxFileBytes caps a plain-text or HTML file. Larger files are
	// reported and skipped.
	MaxFileBytes = 256 << 20
	// MaxLineBytes caps one line of a JSON Lines dump.
	MaxLineBytes = 64 << 20
)

// Item is one document read from an input, or the problem met reading it.
type Item struct {
	Origin string // the file's path, or "-" for standard input
	Line   int    // the line of a JSON Lines dump; 0 otherwise
	Meta   doc.Meta
	Text   string // decoded UTF-8, before cleaning
	Err    error
}

// ErrInput marks problems with the input itself (as opposed to I/O).
var ErrInput = errors.New("bad input")

// Source is one input to read: a file, standard input, or bytes in memory.
type Source struct {
	Name string
	Open func() (io.ReadCloser, error)
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

// Read reads one input and calls emit for each document in it, in order.
// Reading stops early when emit returns false. The returned error is for
// the input as a whole (it could not be read at all); problems with single
// documents in a dump are emitted as Items with Err.
func Read(name string, r io.Reader, emit func(Item) bool) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(4096)
	if len(head) == 0 {
		return fmt.Errorf("%s: %w: empty input", name, ErrInput)
	}
	switch Sniff(head) {
	case JSONL:
		return readJSONL(name, br, emit)
	case HTML:
		b, err := readAll(name, br)
		if err != nil {
			return err
		}
		emit(fromHTML(name, b))
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

func fromHTML(name string, b []byte) Item {
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

// dumpRecord is one line of the JSON Lines dump format.
type dumpRecord struct {
	ID        json.RawMessage `json:"id"`
	Title     string          `json:"title"`
	Text      *string         `json:"text"`
	Content   *string         `json:"content"`
	Body      *string         `json:"body"`
	Published string          `json:"published"`
	URL       string          `json:"url"`
	Source    string          `json:"source"`
}

func readJSONL(name string, br *bufio.Reader, emit func(Item) bool) error {
	line := 0
	for {
		b, err := readLine(br)
		if len(b) > 0 || err == nil {
			line++
			if it, ok := parseDumpLine(name, line, b); ok {
				if !emit(it) {
					return nil
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if errors.Is(err, errLongLine) {
			if !emit(Item{Origin: name, Line: line, Err: fmt.Errorf("%s:%d: %w: line longer than %d MB", name, line, ErrInput, MaxLineBytes>>20)}) {
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

// readLine reads one line without its line break. A line over MaxLineBytes
// is skipped to its end and reported as errLongLine.
func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > MaxLineBytes {
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

func parseDumpLine(name string, line int, b []byte) (Item, bool) {
	b = bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")))
	if len(b) == 0 {
		return Item{}, false
	}
	it := Item{Origin: name, Line: line}
	var rec dumpRecord
	if err := json.Unmarshal(b, &rec); err != nil {
		it.Err = fmt.Errorf("%s:%d: %w: not a JSON object: %v", name, line, ErrInput, err)
		return it, true
	}
	text := rec.Text
	if text == nil {
		text = rec.Content
	}
	if text == nil {
		text = rec.Body
	}
	if text == nil || strings.TrimSpace(*text) == "" {
		it.Err = fmt.Errorf("%s:%d: %w: no \"text\", \"content\" or \"body\"", name, line, ErrInput)
		return it, true
	}
	id := idString(rec.ID)
	if id == "" {
		id = fmt.Sprintf("%s:%d", name, line)
	}
	it.Text = *text
	it.Meta = doc.Meta{ID: id, Title: strings.TrimSpace(rec.Title), URL: rec.URL, Source: rec.Source, Format: string(JSONL), Encoding: "utf-8"}
	if rec.Published != "" {
		t, ok := ParseDate(rec.Published)
		if !ok {
			it.Err = fmt.Errorf("%s:%d: %w: \"published\" is not an ISO date: %q", name, line, ErrInput, rec.Published)
			return it, true
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
	return it, true
}

func looksHTML(s string) bool {
	return Sniff([]byte(s[:min(len(s), 2048)])) == HTML && strings.Contains(s, "</")
}

func idString(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw) // a number: keep its JSON spelling
}

// ParseDate reads an ISO date or date-time (RFC 3339 and common variants).
// Only the calendar date is kept, in the time zone the value states.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{
		"2006-01-02", time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05",
		"2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02T15:04:05Z0700", "2006-01-02 15:04:05Z07:00",
		"2006-01-02T15:04:05.000Z0700", time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822,
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
