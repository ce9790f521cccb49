package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/lexicon"
)

// sentences appends the sentences of the article body sp to d.Sents.
//
// Be careful: this scans every byte of every body.
func sentences(d *doc.Doc, sp doc.Span, article int32) {
	text := d.Text
	for pi, p := range d.Paras {
		if p.End <= sp.Start || p.Start >= sp.End {
			continue
		}
		st, en := max(p.Start, sp.Start), min(p.End, sp.End)
		from := int(st)
		add := func(to int) {
			a, b := from, to
			for a < b && (text[a] == ' ' || text[a] == '\n') {
				a++
			}
			for b > a && (text[b-1] == ' ' || text[b-1] == '\n') {
				b--
			}
			if b > a {
				d.Sents = append(d.Sents, doc.Sent{Span: doc.Span{Start: int32(a), End: int32(b)}, Article: article, Para: int32(pi)})
			}
			from = to
		}
		for i := int(st); i < int(en); i++ {
			c := text[i]
			switch {
			case c == '\n':
				// A line break ends a sentence unless the next line
				// continues it in lower case (hard-wrapped text).
				if j := i + 1; j < int(en) && !lowerAt(text, j) {
					add(j)
				}
			case c == '.' || c == '!' || c == '?':
				j := i + 1
				for j < int(en) && text[j] == c { // "...", "?!"
					j++
				}
				j = skipClosers(text, j, int(en))
				if j >= int(en) {
					continue // the paragraph end closes it anyway
				}
				if text[j] != ' ' && text[j] != '\n' {
					continue // "Nov.28", "1.5", "U.N."
				}
				k := j
				for k < int(en) && text[k] == ' ' {
					k++
				}
				if k >= int(en) || lowerAt(text, k) {
					continue
				}
				if c == '.' && j == i+1 && !boundaryAfterStop(text, i, k) {
					continue
				}
				add(j)
				i = j - 1
			case c == 0xE2 && strings.HasPrefix(text[i:], "…"):
				j := skipClosers(text, i+len("…"), int(en))
				if j < int(en) && text[j] == ' ' {
					k := j + 1
					if k < int(en) && upperAt(text, k) {
						add(j)
					}
				}
			}
		}
		add(int(en))
	}
}

func skipClosers(text string, j, end int) int {
	for j < end {
		switch {
		case text[j] == '"' || text[j] == '\'' || text[j] == ')' || text[j] == ']':
			j++
		case strings.HasPrefix(text[j:], "”"), strings.HasPrefix(text[j:], "’"):
			j += 3
		default:
			return j
		}
	}
	return j
}

func lowerAt(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLower(r)
}

func upperAt(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

// wordBefore returns the word that ends at the full stop s[stop], letters and
// inner stops only ("U.N" for "U.N.", "Dec" for "Dec.").
func wordBefore(s string, stop int) string {
	st := stop
	for st > 0 {
		c := s[st-1]
		if c == '.' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			st--
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeLastRuneInString(s[:st])
			if unicode.IsLetter(r) {
				st -= n
				continue
			}
		}
		break
	}
	return s[st:stop]
}

// sentenceStop reports whether the full stop at s[stop] can end a sentence
// judged by the word before it alone (used where no next word is at hand).
func sentenceStop(s string, stop int) bool {
	w := wordBefore(s, stop)
	if w == "" {
		return true
	}
	if strings.Contains(w, ".") {
		return false
	}
	if utf8.RuneCountInString(w) == 1 && !('0' <= w[0] && w[0] <= '9') {
		return false
	}
	switch lexicon.Abbrev(w) {
	case lexicon.NotAbbrev, lexicon.Other:
		return true
	}
	return false
}

// boundaryAfterStop decides whether the full stop at s[stop], followed by
// whitespace and a non-lower-case character at s[next], ends a sentence.
func boundaryAfterStop(s string, stop, next int) bool {
	w := wordBefore(s, stop)
	if w == "" {
		return true
	}
	nextWord := s[next:]
	if e := strings.IndexAny(nextWord, " \n,;:.!?\"”)"); e >= 0 {
		nextWord = nextWord[:e]
	}
	digitNext := s[next] >= '0' && s[next] <= '9'
	starter := lexicon.SentenceStarter(nextWord)
	// Initialisms: "U.N.", "U.S.", "e.g."
	if strings.Contains(w, ".") {
		return starter
	}
	if c := w[0]; '0' <= c && c <= '9' {
		return true // "by Dec. 7. Regime forces …"
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			return false // an initial: "George W. Bush"
		}
		return starter && lexicon.Abbrev(w) != lexicon.Direction
	}
	switch lexicon.Abbrev(w) {
	case lexicon.Title, lexicon.Direction:
		return false
	case lexicon.Month, lexicon.Ordinal:
		return !digitNext && starter
	case lexicon.Other:
		return starter
	}
	return true
}
