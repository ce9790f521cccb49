package input

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/decode"
)

// CSV dumps: a header line, then one document per record. Fields may be
// quoted ("…", with "" for a quote) and span lines, as spreadsheets and
// pandas write them. The parser is tolerant: a record with the wrong number
// of fields is reported and skipped, and a quote that never closes is
// reported at the line that opened it and reading resumes on the next line,
// so one broken record costs that record only.

// sniffCSV reports whether the first line of head is a CSV header naming a
// text column, and with which delimiter.
func (f Fields) sniffCSV(head []byte) (byte, bool) {
	line := head
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	line = bytes.TrimPrefix(bytes.TrimRight(line, "\r"), []byte("\xef\xbb\xbf"))
	if len(line) == 0 || len(line) > 2048 {
		return 0, false
	}
	for _, d := range []byte{',', '\t', ';', '|'} {
		if bytes.IndexByte(line, d) < 0 {
			continue
		}
		for _, name := range bytes.Split(line, []byte{d}) {
			if f.isTextColumn(string(name)) {
				return d, true
			}
		}
	}
	return 0, false
}

type csvLine struct {
	b []byte
	n int // line number, from 1
}

type csvScanner struct {
	br    *bufio.Reader
	back  []csvLine // lines to read again, last first
	next  int       // number of the next line read from br
	delim byte
	limit int       // bytes in one record
	last  []csvLine // the lines of the record read last
}

// reread puts back every line of the last record but its first, so that
// reading resumes on the line after the one that opened it.
func (s *csvScanner) reread() {
	for i := len(s.last) - 1; i >= 1; i-- {
		s.back = append(s.back, s.last[i])
	}
	s.last = nil
}

var errCSVQuote = errors.New("a quoted field that never closes")

func (s *csvScanner) line() (csvLine, error) {
	if n := len(s.back); n > 0 {
		l := s.back[n-1]
		s.back = s.back[:n-1]
		return l, nil
	}
	b, err := readLine(s.br, s.limit)
	if err == io.EOF && len(b) == 0 {
		return csvLine{}, io.EOF
	}
	s.next++
	l := csvLine{b: b, n: s.next}
	if errors.Is(err, errLongLine) {
		return l, err
	}
	if err != nil && err != io.EOF {
		return l, err
	}
	return l, nil
}

// record reads the next record. It returns the line it starts on.
func (s *csvScanner) record() ([]string, int, error) {
	first, err := s.line()
	if err != nil {
		return nil, first.n, err
	}
	lines := []csvLine{first}
	size := len(first.b)
	var fields []string
	var field []byte
	inQuote, quotedField := false, false
	cur, pos := first.b, 0
	for {
		if pos >= len(cur) {
			if !inQuote {
				s.last = lines
				return append(fields, string(field)), first.n, nil
			}
			l, err := s.line()
			if err != nil || size+len(l.b) > s.limit {
				if err == nil || errors.Is(err, errLongLine) {
					lines = append(lines, l)
				} else if err != io.EOF {
					return nil, first.n, err
				}
				s.last = lines
				s.reread()
				return nil, first.n, errCSVQuote
			}
			lines = append(lines, l)
			size += len(l.b)
			field = append(field, '\n')
			cur, pos = l.b, 0
			continue
		}
		c := cur[pos]
		switch {
		case inQuote && c == '"':
			switch {
			case pos+1 < len(cur) && cur[pos+1] == '"':
				field = append(field, '"')
				pos++
			case pos+1 < len(cur) && cur[pos+1] != s.delim && cur[pos+1] != '\r' && len(lines) > 1:
				// A quote spanning lines that closes on text: the
				// field opened by mistake and closed on the next
				// record's quote.
				s.last = lines
				s.reread()
				return nil, first.n, errCSVQuote
			default:
				inQuote = false
			}
		case inQuote:
			field = append(field, c)
		case c == s.delim:
			fields = append(fields, string(field))
			field, quotedField = field[:0], false
		case c == '"' && len(field) == 0 && !quotedField:
			inQuote, quotedField = true, true
		default:
			field = append(field, c)
		}
		pos++
	}
}

func (r Reader) readCSV(name string, br *bufio.Reader, delim byte, emit func(Item) bool) error {
	s := &csvScanner{br: br, delim: delim, limit: r.lineLimit()}
	header, _, err := s.record()
	if err != nil {
		return fmt.Errorf("%s:1: %w: unreadable CSV header: %v", name, ErrInput, err)
	}
	col := make(map[string]int, len(header))
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if _, dup := col[h]; !dup {
			col[h] = i
		}
	}
	for {
		rec, line, err := s.record()
		switch {
		case err == io.EOF:
			return nil
		case errors.Is(err, errCSVQuote):
			if !emit(Item{Origin: name, Line: line, Err: fmt.Errorf("%s:%d: %w: %v; the record is skipped", name, line, ErrInput, err)}) {
				return nil
			}
			continue
		case errors.Is(err, errLongLine):
			if !emit(Item{Origin: name, Line: line, Err: fmt.Errorf("%s:%d: %w: line longer than %.1f MB (--max-line-size)", name, line, ErrInput, float64(r.lineLimit())/(1<<20))}) {
				return nil
			}
			continue
		case err != nil:
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // blank line
		}
		var it Item
		if len(rec) != len(header) && len(s.last) > 1 {
			// A record spanning lines with the wrong shape: a stray
			// quote swallowed line breaks. Resume after its first line.
			s.reread()
			it = Item{Origin: name, Line: line, Err: fmt.Errorf("%s:%d: %w: %v; the record is skipped", name, line, ErrInput, errCSVQuote)}
		} else if len(rec) != len(header) {
			it = Item{Origin: name, Line: line, Err: fmt.Errorf("%s:%d: %w: %d fields where the header has %d", name, line, ErrInput, len(rec), len(header))}
		} else {
			it = r.fromFields(name, line, Format("csv"), func(k string) (string, bool) {
				i, ok := col[k]
				if !ok {
					return "", false
				}
				v := rec[i]
				if !utf8.ValidString(v) {
					v = decode.Bytes([]byte(v), "").Text
				}
				return v, true
			})
		}
		if !emit(it) {
			return nil
		}
	}
}
