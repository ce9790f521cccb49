// Package placename makes the matching keys of place names: Fold, Loose
// and Skeleton. The gazetteer files names under them and the place stage
// reads text with them.
package placename

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/sitrep-dev/sitrep/internal/lexicon"
)

// The spelling tables (data/spellings.tsv): the forms of the Arabic
// article, the variants of common name words and their one form, the heads
// of names, and abbreviations of name words.
var (
	//go:embed data/spellings.tsv
	spellingsSrc  string
	articles      = map[string]bool{}
	wordClass     = map[string]string{}
	heads         = map[string]bool{}
	abbreviations = map[string]string{}
	maxArticle    int // the longest article form
)

func init() {
	if err := loadSpellings(spellingsSrc); err != nil {
		panic(err) // the file is embedded: a test catches this before any build ships
	}
}

func loadSpellings(src string) error {
	return lexicon.ScanLines("spellings.tsv", strings.NewReader(src), func(_ int, f []string) error {
		switch {
		case f[0] == "article" && len(f) == 2:
			articles[f[1]] = true
			maxArticle = max(maxArticle, len(f[1]))
		case f[0] == "word" && len(f) == 3:
			wordClass[f[1]] = f[2]
		case f[0] == "head" && len(f) == 2:
			heads[f[1]] = true
		case f[0] == "abbr" && len(f) == 3:
			abbreviations[f[1]] = f[2]
		default:
			return fmt.Errorf("bad line %q", strings.Join(f, "\t"))
		}
		return nil
	})
}

// Fold returns a name's matching key: lower case, diacritics and the
// marks of Arabic transliteration (‘ ’ ʿ ʾ ' `) removed, hyphens and other
// punctuation turned into single spaces. "Tall Rif‘at" → "tall rifat",
// "Deir ez-Zor" → "deir ez zor", "Şanlıurfa" → "sanliurfa".
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		// Bytes that are no UTF-8 part words; NFD then splits every
		// letter from its marks (it leaves letters after an invalid
		// byte whole).
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, " ")
		}
		s = norm.NFD.String(s)
	}
	prevLetter := false
	for i, r := range s {
		// A full stop inside or after letters abbreviates: "S.C." → "sc",
		// "St." → "st".
		if r == '.' && prevLetter {
			if j := i + 1; j >= len(s) || s[j] == ' ' || s[j] == '.' || unicode.IsLetter(rune(s[j])) {
				continue
			}
		}
		prevLetter = unicode.IsLetter(r)
		switch {
		case r == '\'' || r == '`' || r == '‘' || r == '’' || r == 'ʿ' || r == 'ʾ' || r == 'ʻ' || r == 'ʼ' || r == '´':
			continue
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			r = unicode.ToLower(r)
			switch r {
			case 'ı':
				r = 'i'
			case 'ß':
				b.WriteString("ss")
				continue
			case 'ø':
				r = 'o'
			case 'æ':
				b.WriteString("ae")
				continue
			case 'đ', 'ð':
				r = 'd'
			case 'ł':
				r = 'l'
			case 'þ':
				b.WriteString("th")
				continue
			}
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

// Loose returns a forgiving key for any name: Fold, then in each word
// doubled letters collapsed, "ou" read as "u" and a final h after a vowel
// dropped, and the article forms of a name of several words read as "al":
// "Ar Raqqah" and "ar-Raqqa" give "al raqa", "Raqqa" and "Raqqah" "raqa".
func Loose(s string) string {
	words := strings.Fields(Fold(s))
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		if articles[w] && len(words) > 1 {
			b.WriteString("al")
			continue
		}
		b.WriteString(loosen(w))
	}
	return b.String()
}

func loosen(w string) string {
	if full, ok := abbreviations[w]; ok {
		w = full
	}
	return string(appendLoose(make([]byte, 0, len(w)), w))
}

// appendLoose appends the Loose key of a word that is no abbreviation.
func appendLoose(out []byte, w string) []byte {
	if len(w) > 2 && w[len(w)-1] == 'h' && isVowel(w[len(w)-2]) {
		w = w[:len(w)-1]
	}
	start := len(out)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == 'u' && len(out) > start && out[len(out)-1] == 'o' {
			out[len(out)-1] = 'u'
			continue
		}
		// Doubled letters collapse; bytes of a non-ASCII letter are kept
		// as they are ("𧧧" repeats a byte that is no letter of its own).
		if len(out) > start && out[len(out)-1] == c && c < utf8.RuneSelf {
			continue
		}
		out = append(out, c)
	}
	return out
}

// splitArticle splits an article glued to its noun by a doubled letter:
// "ezzor" → "zor", "arraqqa" → "raqqa".
func splitArticle(w string) (string, bool) {
	if len(w) < 5 || (w[0] != 'a' && w[0] != 'e') {
		return w, false
	}
	c := w[1]
	if c != 'l' && c != 'z' && c != 's' && c != 'd' && c != 'r' && c != 't' && c != 'n' || w[2] != c {
		return w, false
	}
	return w[2:], true
}

// Skeleton returns the romanisation-insensitive key of a name from an
// Arabic-speaking region: articles become "al", common name words one
// form ("Tal"/"Tall"/"Tell"), then each word keeps its first letter and its
// consonants with doubled letters collapsed, q read as k, ou and w/y after
// a vowel dropped and a final h dropped. "Tal Rifaat", "Tall Rif‘at" and
// "Tell Rifat" all give "tl rft"; "Deir ez-Zor" and "Dayr az Zawr" give
// "dyr al zr". Fold is applied first.
func Skeleton(s string) string {
	words := strings.Fields(Fold(s))
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		if articles[w] && len(words) > 1 {
			b.WriteString("al")
			continue
		}
		if c, ok := wordClass[w]; ok {
			w = c
		} else if rest, ok := splitArticle(w); ok && i > 0 {
			b.WriteString("al ")
			w = rest
		}
		b.WriteString(consonants(w))
	}
	return b.String()
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

func consonants(w string) string { return string(appendConsonants(make([]byte, 0, len(w)), w)) }

func appendConsonants(out []byte, w string) []byte {
	if w == "" {
		return out
	}
	// A final h after a vowel is a spelling of the feminine ending: Raqqah.
	if len(w) > 2 && w[len(w)-1] == 'h' && isVowel(w[len(w)-2]) {
		w = w[:len(w)-1]
	}
	// An initial vowel is kept as a vowel, whichever: Afrin and Efrin,
	// Idlib and Edlib, Azaz and Ezaz are spelled from one Arabic letter.
	if isVowel(w[0]) {
		out = append(out, 'a')
	} else {
		out = append(out, w[0])
	}
	prevVowel := isVowel(w[0])
	for i := 1; i < len(w); i++ {
		c := w[i]
		switch {
		case isVowel(c):
			prevVowel = true
			continue
		case (c == 'w' || c == 'y') && prevVowel:
			continue // diphthongs: Dayr, Zawr
		case c == 'q':
			c = 'k'
		}
		prevVowel = false
		if out[len(out)-1] == c && c < utf8.RuneSelf {
			continue
		}
		out = append(out, c)
	}
	return out
}

// IsHead reports whether a folded word is the head of an Arabic place
// name, one that does not stand alone before a person's name: "Kafr",
// "Tal", "Deir", "Ain", "Jabal", "Wadi", "Beit", "Ras", "Qasr" in any of
// their spellings. The name after it is part of the place's name: "Kafar
// Hamra" is not Hamra.
func IsHead(w string) bool { return heads[wordClass[w]] }

// MarkWords puts the spelling tables' word classes into c under the bits
// given, for a stage that looks tokens up by hash: the forms of the
// article (IsArticle), the heads of names in all their spellings (IsHead)
// and the abbreviated name words (IsAbbreviation); listed marks every word
// any table holds, which AppendLooseWord and AppendSkeletonWord must look
// up — the others (most words) they key without a lookup.
func MarkWords(c *lexicon.Classes, article, head, abbreviation, listed uint32) {
	for w := range articles {
		c.Add(w, article|listed)
	}
	for w, class := range wordClass {
		m := listed
		if heads[class] {
			m |= head
		}
		c.Add(w, m)
	}
	for w := range abbreviations {
		c.Add(w, abbreviation|listed)
	}
}

// IsAbbreviation reports whether a folded word abbreviates a name word
// ("st" for Saint, "mt" for Mount): a full stop after it ends no name.
func IsAbbreviation(w string) bool {
	_, ok := abbreviations[w]
	return ok
}

// IsArticle reports whether a folded word is a form of the Arabic article.
func IsArticle(w string) bool {
	// Every form is one to three letters; most words are longer, and this
	// runs for every word the place stage reads.
	if len(w) == 0 || len(w) > maxArticle {
		return false
	}
	return articles[w]
}

// LooseWord is Loose for one folded word that is not an article (its
// full stops, as in "st.", are dropped as Fold drops them).
func LooseWord(w string) string {
	if strings.IndexByte(w, '.') >= 0 {
		w = strings.ReplaceAll(w, ".", "")
	}
	return loosen(w)
}

// AppendLooseWord appends LooseWord(w) to dst: a caller that keys many
// words makes them in one buffer. listed is false only when the caller
// knows w is none of the words MarkWords marks listed (it then skips the
// tables); true is always right.
func AppendLooseWord(dst []byte, w string, listed bool) []byte {
	if strings.IndexByte(w, '.') >= 0 {
		w = strings.ReplaceAll(w, ".", "")
		listed = true // "st." was marked as "st.", not "st"
	}
	if listed {
		if full, ok := abbreviations[w]; ok {
			w = full
		}
	}
	return appendLoose(dst, w)
}

// SkeletonWord is Skeleton for one folded word; later marks a word after
// the first (where an article glued to it is split off: "ezzor" → "al zr").
func SkeletonWord(w string, later bool) string {
	return string(AppendSkeletonWord(make([]byte, 0, len(w)+3), w, later, true))
}

// AppendSkeletonWord appends SkeletonWord(w, later) to dst; listed as in
// AppendLooseWord.
func AppendSkeletonWord(dst []byte, w string, later, listed bool) []byte {
	if listed {
		if articles[w] {
			return append(dst, "al"...)
		}
		if c, ok := wordClass[w]; ok {
			return appendConsonants(dst, c)
		}
	}
	if rest, ok := splitArticle(w); ok && later {
		return appendConsonants(append(dst, "al "...), rest)
	}
	return appendConsonants(dst, w)
}
