// Package tokenize splits the cleaned text into tokens with byte offsets and
// a normalized form that later stages match against: lower case, diacritics
// removed, apostrophe-like marks inside words dropped ("Rif‘at" → "rifat"),
// and digits of any script as ASCII ("٣٠٠" → "300").
//
// Words keep inner apostrophes; a possessive "'s" is its own token. Hyphens
// are tokens of their own, so "al-Myassar" is [al][-][myassar] and
// "seven-year-old" is [seven][-][year][-][old]. Numbers keep their
// separators and decimals ("300,000", "1.5"); letters after digits start a
// new token ("2.3m" → [2.3][m]). Initialisms stay whole ("U.N.").
package tokenize

import (
	"context"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/sitrep-dev/sitrep/internal/doc"
)

// Name is the stage name.
const Name = "tokenize"

// Tokenizer is the tokenization stage; it has no state.
type Tokenizer struct{}

// New returns the tokenizer.
func New() *Tokenizer { return &Tokenizer{} }

func (*Tokenizer) Name() string          { return Name }
func (*Tokenizer) Requires() []doc.Layer { return []doc.Layer{doc.LayerText} }
func (*Tokenizer) Assigns() []doc.Layer  { return []doc.Layer{doc.LayerTokens} }

// Process fills d.Tokens and d.Norm.
func (*Tokenizer) Process(_ context.Context, d *doc.Doc) error {
	d.Tokens, d.Norm = Tokens(d.Text, d.Tokens[:0])
	return nil
}

// Tokens tokenizes text, appending to toks, and returns the tokens with the
// buffer their Norm spans point into.
//
// Be careful: this is a hot path over every byte; ASCII takes a fast path
// and the normalized forms share one buffer.
func Tokens(text string, toks []doc.Token) ([]doc.Token, string) {
	if toks == nil {
		toks = make([]doc.Token, 0, len(text)/5+1)
	}
	nb := make([]byte, 0, len(text))
	space := true
	i := 0
	for i < len(text) {
		c := text[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			space = true
			i++
			continue
		}
		start := i
		var kind doc.TokenKind
		var r rune = rune(c)
		size := 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				space = true
				i += size
				continue
			}
		}
		switch {
		case isApostrophe(r) && !space && possessiveAt(text, i+size):
			// "Assad's" → [Assad]['s]: the clitic is one token, normalized "'s".
			i += size + 1
			ns := len(nb)
			nb = append(nb, "'s"...)
			toks = append(toks, doc.Token{Span: doc.Span{Start: int32(start), End: int32(i)}, Norm: doc.Span{Start: int32(ns), End: int32(len(nb))}, Hash: hashBytes(nb[ns:]), Kind: doc.Punct})
			continue
		case isDigit(r):
			kind = doc.Number
			i = scanNumber(text, i)
		case isLetter(r):
			kind = doc.Word
			i = scanWord(text, i)
		case unicode.IsPunct(r):
			kind = doc.Punct
			i += size
		default:
			kind = doc.Symbol
			i += size
		}
		ns := len(nb)
		nb = appendNorm(nb, text[start:i], kind)
		toks = append(toks, doc.Token{
			Span:        doc.Span{Start: int32(start), End: int32(i)},
			Norm:        doc.Span{Start: int32(ns), End: int32(len(nb))},
			Hash:        hashBytes(nb[ns:]),
			Kind:        kind,
			Upper:       kind == doc.Word && unicode.IsUpper(r),
			SpaceBefore: space,
		})
		space = false
	}
	return toks, string(nb)
}

// hashBytes is lexicon.Hash of b.
func hashBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if s[i] < utf8.RuneSelf {
		return rune(s[i]), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// scanNumber returns the end of the number starting at i: digits, with
// "," or "." between digits.
func scanNumber(s string, i int) int {
	for {
		r, n := runeAt(s, i)
		if n == 0 {
			return i
		}
		if isDigit(r) {
			i += n
			continue
		}
		if r == ',' || r == '.' || r == '٫' || r == '٬' {
			if r2, _ := runeAt(s, i+n); isDigit(r2) {
				i += n
				continue
			}
		}
		return i
	}
}

// possessiveAt reports whether s[i:] starts with an "s" that ends a word.
func possessiveAt(s string, i int) bool {
	if i >= len(s) || s[i] != 's' && s[i] != 'S' {
		return false
	}
	r, _ := runeAt(s, i+1)
	return !isLetter(r) && !isDigit(r)
}

// isApostrophe reports whether r is a mark that can stand inside a word.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʿ', 'ʾ', '`', 'ʼ', '´':
		return true
	}
	return false
}

// scanWord returns the end of the word starting at i: letters and marks,
// inner apostrophes (not a possessive 's), and initialisms ("U.N.").
func scanWord(s string, i int) int {
	start := i
	for {
		if i < len(s) {
			if c := s[i] | 0x20; 'a' <= c && c <= 'z' {
				i++ // ASCII letter fast path
				continue
			}
		}
		r, n := runeAt(s, i)
		if n == 0 {
			return i
		}
		if isLetter(r) || isDigit(r) && i > start {
			i += n
			continue
		}
		if isApostrophe(r) {
			r2, n2 := runeAt(s, i+n)
			if !isLetter(r2) {
				return i
			}
			// Possessive 's / ’s ends the word.
			if (r2 == 's' || r2 == 'S') && i > start {
				r3, _ := runeAt(s, i+n+n2)
				if !isLetter(r3) {
					return i
				}
			}
			i += n
			continue
		}
		if r == '.' && i-start <= 2 {
			// Initialisms: "U.N.", "U.S.", "e.g." — single letters between stops.
			if r2, n2 := runeAt(s, i+1); isLetter(r2) && r2 < utf8.RuneSelf {
				if r3, _ := runeAt(s, i+1+n2); r3 == '.' {
					j := i
					for {
						a, _ := runeAt(s, j+1)
						b, _ := runeAt(s, j+2)
						if a < utf8.RuneSelf && isLetter(a) && b == '.' {
							j += 2
							continue
						}
						break
					}
					return j + 1
				}
			}
		}
		return i
	}
}

// appendNorm appends the normalized form of tok to b.
func appendNorm(b []byte, tok string, kind doc.TokenKind) []byte {
	ascii := true
	for i := 0; i < len(tok); i++ {
		if tok[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(tok); i++ {
			c := tok[i]
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '\'' || c == '`':
				if kind == doc.Word {
					continue
				}
			}
			b = append(b, c)
		}
		return b
	}
	return AppendFold(b, tok)
}

// AppendFold appends the folded form of s: NFD, combining marks dropped,
// lower-cased, apostrophe-like marks dropped, letters without a
// decomposition mapped (ø → o, ß → ss, ı → i), digits of any script as ASCII.
func AppendFold(b []byte, s string) []byte {
	var it norm.Iter
	it.InitString(norm.NFD, s)
	for !it.Done() {
		seg := it.Next()
		for len(seg) > 0 {
			r, n := utf8.DecodeRune(seg)
			seg = seg[n:]
			switch {
			case unicode.Is(unicode.Mn, r), isApostrophe(r):
				continue
			case r < utf8.RuneSelf:
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				b = append(b, byte(r))
				continue
			case unicode.IsDigit(r):
				if d := digitValue(r); d >= 0 {
					b = append(b, byte('0'+d))
					continue
				}
			}
			if f, ok := special[r]; ok {
				b = append(b, f...)
				continue
			}
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}

var special = map[rune]string{
	'ø': "o", 'Ø': "o", 'ß': "ss", 'ı': "i", 'đ': "d", 'Đ': "d", 'ł': "l", 'Ł': "l",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'þ': "th", 'ð': "d", 'ħ': "h", 'Ħ': "h",
	'–': "-", '—': "-", '‐': "-", '‑': "-", '“': "\"", '”': "\"", '«': "\"", '»': "\"",
}

// digitValue returns the value of a decimal digit of any script, or -1.
func digitValue(r rune) int {
	for _, t := range unicode.Nd.R16 {
		if uint16(r) >= t.Lo && uint16(r) <= t.Hi && r <= 0xFFFF {
			return int(uint16(r)-t.Lo) % 10
		}
	}
	for _, t := range unicode.Nd.R32 {
		if uint32(r) >= t.Lo && uint32(r) <= t.Hi {
			return int(uint32(r)-t.Lo) % 10
		}
	}
	return -1
}
