package attrib

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/lexicon"
)

// person is a personal name the text gives, with its fullest form.
type person struct {
	span doc.Span
	full string // the fullest form of the name in the article: "Jan Egeland"
	kind string // the source type its description gives, or "unknown"
}

// people finds personal names: runs of two to four capitalized words
// (with particles such as al-) that are no place and no actor, and later
// mentions of their last or first word ("Egeland", "Fatemah").
func (s *Stage) people(d *doc.Doc) []person {
	var out []person
	// covered: a place or an actor overlaps sp (both layers are in text
	// order: a binary search finds the first that could).
	covered := func(sp doc.Span) bool {
		k := sort.Search(len(d.Places), func(k int) bool { return d.Places[k].Span.End > sp.Start })
		if k < len(d.Places) && d.Places[k].Span.Start < sp.End {
			return true
		}
		k = sort.Search(len(d.Actors), func(k int) bool { return d.Actors[k].Span.End > sp.Start })
		return k < len(d.Actors) && d.Actors[k].Span.Start < sp.End
	}
	full := map[uint64]string{} // lowerHash of a last or first word → full name
	for i := 0; i < len(d.Tokens); {
		t := d.Tokens[i]
		if t.Kind != doc.Word || !t.Upper || isCapsWord(d.TokenText(i)) {
			i++
			continue
		}
		j, words := i, 0
		for j < len(d.Tokens) && words < 5 {
			tj := d.Tokens[j]
			w := d.TokenNorm(j)
			// A title ends what came before it: "Regional Gov. Vadym
			// Filashkin" is Vadym Filashkin.
			if titleAt(d, j) {
				break
			}
			// A name does not run over a line break.
			if words > 0 && j > 0 && strings.ContainsRune(d.Text[d.Tokens[j-1].Span.End:tj.Span.Start], '\n') {
				break
			}
			if tj.Kind == doc.Word && (tj.Upper || s.particles[w] && words > 0) {
				words++
				j++
				continue
			}
			if w == "-" && !tj.SpaceBefore && words > 0 && j+1 < len(d.Tokens) && !d.Tokens[j+1].SpaceBefore {
				j++
				continue
			}
			break
		}
		// A run glued by a hyphen to a lowercase word modifies what
		// follows: "Al-Qaida-linked militants", "Saudi-led" — no name.
		if j > i && d.TokenNorm(j-1) == "-" {
			i = j
			continue
		}
		if words >= 2 && words <= 4 && !s.particles[d.TokenNorm(j-1)] && !s.notName[d.TokenNorm(i)] && !s.institutional(d, i, j) {
			sp := doc.Span{Start: t.Span.Start, End: d.Tokens[j-1].Span.End}
			name := sp.In(d.Text)
			if f, ok := full[lowerHash(name)]; ok {
				// A shorter form of a name seen before: "Al-Haj".
				out = append(out, person{span: sp, full: f, kind: "unknown"})
				i = j
				continue
			}
			if !covered(sp) && !strings.ContainsAny(name, "0123456789") {
				kind := s.describe(d, j)
				if kind == "unknown" {
					kind = s.describeBefore(d, i)
				}
				out = append(out, person{span: sp, full: name, kind: kind})
				parts := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
				full[lowerHash(parts[len(parts)-1])] = name
				full[lowerHash(parts[0])] = name
				full[lowerHash(name[strings.IndexByte(name, ' ')+1:])] = name
				i = j
				continue
			}
		}
		// A single capitalized word that an earlier name ends or begins
		// with: "Egeland", "Fatemah", "Al-Haj".
		if words >= 1 {
			sp := doc.Span{Start: t.Span.Start, End: d.Tokens[j-1].Span.End}
			key := lowerHash(d.TokenText(i))
			if j-1 > i {
				key = lowerHash(sp.In(d.Text))
			}
			if f, ok := full[key]; ok && !covered(sp) {
				out = append(out, person{span: sp, full: f, kind: "unknown"})
			}
		}
		i++
	}
	// Later mentions take the description of the first.
	kinds := map[string]string{}
	for _, p := range out {
		if p.kind != "unknown" && kinds[p.full] == "" {
			kinds[p.full] = p.kind
		}
	}
	for k := range out {
		if out[k].kind == "unknown" && kinds[out[k].full] != "" {
			out[k].kind = kinds[out[k].full]
		}
	}
	return out
}

// institutional reports whether tokens [i, j) hold a word that names an
// institution ("International Organization", "Darfur Bar Association"):
// no person's name.
func (s *Stage) institutional(d *doc.Doc, i, j int) bool {
	for k := i; k < j; k++ {
		if s.institution[d.TokenNorm(k)] {
			return true
		}
	}
	return false
}

// lowerHash is the FNV-1a hash of s in lower case, without making the
// lower-case string: names are looked up by it once per capitalized word.
func lowerHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range s {
		r = unicode.ToLower(r)
		if r < utf8.RuneSelf {
			h ^= uint64(r)
			h *= 1099511628211
			continue
		}
		var b [utf8.UTFMax]byte
		for _, c := range b[:utf8.EncodeRune(b[:], r)] {
			h ^= uint64(c)
			h *= 1099511628211
		}
	}
	return h
}

// describe reads an apposition after a name (", a member of the Syrian
// Civil Defense", ", a spokesman for") and returns the source type it
// gives.
func (s *Stage) describe(d *doc.Doc, j int) string {
	if j >= len(d.Tokens) || d.TokenNorm(j) != "," {
		return "unknown"
	}
	for k := j + 1; k < len(d.Tokens) && k <= j+8; k++ {
		w := d.TokenNorm(k)
		if w == "," || w == "." || s.say[w] {
			break
		}
		if t, ok := s.kind[w]; ok && t != "unknown" && t != "local sources" {
			return t
		}
	}
	return "unknown"
}

// describeBefore reads a title before a name ("UN humanitarian adviser Jan
// Egeland") and returns the source type it gives.
func (s *Stage) describeBefore(d *doc.Doc, i int) string {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := d.TokenNorm(k)
		// (past a title's own stop: "Gov. Ivan Fedorov")
		if w == "." && k > 0 && titleAt(d, k-1) {
			continue
		}
		if w == "," || w == "." {
			break
		}
		if t, ok := s.kind[w]; ok && t != "unknown" && t != "local sources" {
			return t
		}
	}
	return "unknown"
}

// titleAt reports whether token k is a title abbreviation with its stop
// ("Gov.", "Gen."): it stands before a name and is none of it.
func titleAt(d *doc.Doc, k int) bool {
	return d.Tokens[k].Kind == doc.Word && k+1 < len(d.Tokens) && d.TokenNorm(k+1) == "." && lexicon.Abbrev(d.TokenText(k)) == lexicon.Title
}

func isCapsWord(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}

// findPerson returns the name that lies inside sp.
func findPerson(ps []person, sp doc.Span) (person, bool) {
	for _, p := range ps {
		if p.span.Start >= sp.Start && p.span.End <= sp.End {
			return p, true
		}
	}
	return person{}, false
}

// lastPerson returns the last name mentioned before off.
func lastPerson(ps []person, off int32) (person, bool) {
	var best person
	ok := false
	for _, p := range ps {
		if p.span.End <= off {
			best, ok = p, true
		}
	}
	return best, ok
}
