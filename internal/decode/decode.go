// Package decode turns input bytes in any common encoding into UTF-8 text.
//
// It recognises byte-order marks (UTF-8, UTF-16LE/BE), UTF-16 without a BOM,
// valid UTF-8, and otherwise chooses among single-byte encodings
// (Windows-1252/ISO-8859-1, Windows-1256, ISO-8859-6, Windows-1251,
// ISO-8859-7, ISO-8859-8) by how plausible the decoded words are. Invalid
// bytes become U+FFFD; decoding never fails and never panics.
package decode

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Result is decoded text and how it was obtained.
type Result struct {
	Text     string
	Encoding string // canonical name: "utf-8", "utf-16le", "windows-1256", …
	Replaced int    // invalid byte sequences replaced by U+FFFD
}

type candidate struct {
	name string
	enc  encoding.Encoding
}

var singleByte = []candidate{
	{"windows-1252", charmap.Windows1252},
	{"windows-1256", charmap.Windows1256},
	{"iso-8859-6", charmap.ISO8859_6},
	{"windows-1251", charmap.Windows1251},
	{"iso-8859-7", charmap.ISO8859_7},
	{"iso-8859-8", charmap.ISO8859_8},
}

// Bytes decodes b. hint is a charset label declared by the input (an HTML
// meta tag, an HTTP header), or ""; it is trusted only when the bytes are not
// already valid UTF-8.
func Bytes(b []byte, hint string) Result {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return utf8Result(b[3:])
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return transcode(b[2:], "utf-16le", xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM))
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return transcode(b[2:], "utf-16be", xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM))
	}
	if le, be := utf16Guess(b); le {
		return transcode(b, "utf-16le", xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM))
	} else if be {
		return transcode(b, "utf-16be", xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM))
	}
	if utf8.Valid(b) {
		return Result{Text: string(b), Encoding: "utf-8"}
	}
	if hint != "" {
		if enc, err := htmlindex.Get(hint); err == nil {
			name, _ := htmlindex.Name(enc)
			if name != "utf-8" {
				return transcode(b, name, enc)
			}
		}
	}
	if mostlyUTF8(b) {
		return utf8Result(b)
	}
	best, bestScore := singleByte[0], -1<<31
	for _, c := range singleByte {
		s := plausibility(b, c.enc)
		if s > bestScore {
			best, bestScore = c, s
		}
	}
	return transcode(b, best.name, best.enc)
}

func utf8Result(b []byte) Result {
	if utf8.Valid(b) {
		return Result{Text: string(b), Encoding: "utf-8"}
	}
	n := 0
	for i := 0; i < len(b); {
		r, sz := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && sz == 1 {
			n++
		}
		i += sz
	}
	return Result{Text: strings.ToValidUTF8(string(b), "\uFFFD"), Encoding: "utf-8", Replaced: n}
}

func transcode(b []byte, name string, enc encoding.Encoding) Result {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		// x/text decoders replace rather than fail; keep the bytes we can.
		return utf8Result(b)
	}
	r := utf8Result(out)
	r.Encoding = name
	// The decoder itself writes U+FFFD for bytes it cannot map.
	r.Replaced = strings.Count(r.Text, "\uFFFD")
	return r
}

// utf16Guess looks for the zero bytes that ASCII-heavy UTF-16 text has in
// every other position.
func utf16Guess(b []byte) (le, be bool) {
	n := min(len(b), 4096) &^ 1
	if n < 4 {
		return false, false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd*10 > half*4 && even*10 < half:
		return true, false
	case even*10 > half*4 && odd*10 < half:
		return false, true
	}
	return false, false
}

// mostlyUTF8 reports whether b is UTF-8 with a few corrupt bytes: at least
// as many valid multi-byte sequences as invalid bytes.
func mostlyUTF8(b []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, sz := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && sz == 1 {
			invalid++
		} else {
			valid++
		}
		i += sz
	}
	return valid > 0 && valid >= invalid
}

// plausibility scores how natural b looks decoded with enc: words whose
// letters come from one script score by their length; Latin words made mostly
// of accented letters, words mixing scripts, and control characters cost.
func plausibility(b []byte, enc encoding.Encoding) int {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return -1 << 30
	}
	score := 0
	s := string(out)
	for i := 0; i < len(s); {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			if r == utf8.RuneError || (r >= 0x80 && r < 0xA0) || (unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t') {
				score -= 5
			} else if r >= 0x80 && !unicode.IsSpace(r) && !unicode.IsPunct(r) {
				score-- // stray symbols (¤, ±, ...) are unlikely in news text
			}
			i += sz
			continue
		}
		// A word: a maximal run of letters.
		j := i
		var letters, nonASCII int
		var script *unicode.RangeTable
		mixed := false
		for j < len(s) {
			r, sz := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				break
			}
			letters++
			if r >= utf8.RuneSelf {
				nonASCII++
				sc := scriptOf(r)
				if script == nil {
					script = sc
				} else if sc != script {
					mixed = true
				}
			}
			j += sz
		}
		switch {
		case nonASCII == 0:
		case mixed:
			score -= nonASCII * 2
		case script == unicode.Latin:
			if nonASCII*2 > letters {
				score -= nonASCII
			} else {
				score += nonASCII
			}
		default:
			if nonASCII == letters {
				score += letters
			} else {
				score -= nonASCII
			}
		}
		i = j
	}
	return score
}

func scriptOf(r rune) *unicode.RangeTable {
	for _, t := range []*unicode.RangeTable{unicode.Latin, unicode.Arabic, unicode.Cyrillic, unicode.Greek, unicode.Hebrew} {
		if unicode.Is(t, r) {
			return t
		}
	}
	return nil
}
