package attrib

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/placename"
)

// quotes finds quoted speech of at least three words and its speaker.
// Straight quotes pair in order within a paragraph; a closing quote with
// no opening one (a scraper dropped it) quotes from its sentence's start.
func (s *Stage) quotes(d *doc.Doc, names []person) {
	for _, para := range d.Paras {
		text := para.In(d.Text)
		if !hasQuote(text) {
			continue
		}
		type mark struct {
			at   int32
			open bool
		}
		var marks []mark
		straight := 0
		for i, r := range text {
			at := para.Start + int32(i)
			switch r {
			case '“':
				marks = append(marks, mark{at, true})
			case '”':
				marks = append(marks, mark{at, false})
			case '"':
				// A straight quote opens after a space or at the start,
				// closes before one; else it alternates.
				prev, _ := utf8.DecodeLastRuneInString(text[:i])
				open := i == 0 || prev == ' ' || prev == '(' || prev == '\n'
				if i > 0 && !open && (prev == '.' || prev == ',' || prev == '!' || prev == '?' || isLetter(prev)) {
					open = false
				} else if !open {
					open = straight%2 == 0
				}
				straight++
				marks = append(marks, mark{at, open})
			}
		}
		for k := 0; k < len(marks); k++ {
			m := marks[k]
			var start, end int32
			switch {
			case m.open && k+1 < len(marks) && !marks[k+1].open:
				start, end = m.at+1, marks[k+1].at
				k++
			case !m.open:
				// A closing mark alone: from its sentence's start.
				start, end = sentenceStart(d, m.at), m.at
			default:
				continue
			}
			q := doc.Span{Start: start, End: end}
			if countWords(q.In(d.Text), 3) < 3 {
				continue
			}
			quote := doc.Quote{Span: trimSpan(d, q)}
			quote.Speaker, quote.Name = s.speaker(d, q, end+1, para.End, names)
			quote.Name = s.resolve(d, quote)
			d.Quotes = append(d.Quotes, quote)
		}
	}
	sort.Slice(d.Quotes, func(i, j int) bool { return d.Quotes[i].Span.Start < d.Quotes[j].Span.Start })
}

// resolve names a quote's speaker by an earlier quote's, in the same
// article: "the worried mother" is the person last quoted by full name;
// "Fatima" or "al-Abed" alone is the full name they shorten ("Fatemah
// al-Abed", matched by spelling skeleton).
func (s *Stage) resolve(d *doc.Doc, q doc.Quote) string {
	name := q.Name
	if name == "" {
		return name
	}
	art := -1
	for i, a := range d.Articles {
		if a.Span.Contains(q.Span) {
			art = i
			break
		}
	}
	if art < 0 {
		return name
	}
	a := d.Articles[art].Span
	capital := func(w string) bool {
		w = strings.TrimPrefix(strings.TrimPrefix(w, "al-"), "el-")
		return w != "" && w[0] >= 'A' && w[0] <= 'Z'
	}
	fullNamed := func(n string) bool {
		ws := strings.Fields(n)
		return len(ws) >= 2 && capital(ws[0]) && capital(ws[len(ws)-1])
	}
	// The speaker as written ("the worried mother"), which the source's
	// name may shorten.
	if written := q.Speaker.In(d.Text); written != "" {
		before := strings.ToLower(d.Text[max(0, int(q.Speaker.Start)-4):q.Speaker.Start])
		switch w := strings.Fields(written); {
		case len(w) > 0 && strings.EqualFold(w[0], "the"):
			name = written
		case before == "the " && !capital(w[0]):
			name = "the " + written
		}
	}
	words := strings.Fields(name)
	lower := strings.ToLower(name)
	switch {
	case len(words) >= 2 && (words[0] == "the" || words[0] == "The") && s.anaphor[strings.ToLower(words[len(words)-1])] && !strings.ContainsAny(strings.Join(words[1:], ""), "ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
		for k := len(d.Quotes) - 1; k >= 0; k-- {
			p := d.Quotes[k]
			if p.Span.Start < a.Start || q.Span.Start-p.Span.End > 3000 {
				break
			}
			if fullNamed(p.Name) {
				return p.Name
			}
		}
		return q.Name
	case len(words) == 1 && capital(name):
		sk := placename.Skeleton(name)
		for k := len(d.Quotes) - 1; k >= 0; k-- {
			p := d.Quotes[k]
			if p.Span.Start < a.Start {
				break
			}
			if !fullNamed(p.Name) {
				continue
			}
			pw := strings.Fields(p.Name)
			last := strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(pw[len(pw)-1]), "al-"), "el-")
			if placename.Skeleton(pw[0]) == sk || last == strings.TrimPrefix(strings.TrimPrefix(lower, "al-"), "el-") {
				return p.Name
			}
		}
	}
	return q.Name
}

func pronounSpan(d *doc.Doc, sp doc.Span) bool { return pronoun(strings.ToLower(sp.In(d.Text))) }

// hasQuote reports whether s holds a quotation mark (IndexByte and
// Contains are fast where ContainsAny with non-ASCII marks is not).
func hasQuote(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "“") || strings.Contains(s, "”")
}

// countWords counts the words of s, stopping at max.
func countWords(s string, max int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n < max; i++ {
		letter := s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 'a' && s[i] <= 'z' || s[i] >= 0x80 || s[i] >= '0' && s[i] <= '9'
		if letter && !in {
			n++
		}
		in = letter
	}
	return n
}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

func sentenceStart(d *doc.Doc, off int32) int32 {
	i := d.SentAt(off)
	if i < len(d.Sents) && d.Sents[i].Span.Start <= off {
		return d.Sents[i].Span.Start
	}
	return off
}

func trimSpan(d *doc.Doc, sp doc.Span) doc.Span {
	for sp.Start < sp.End && strings.ContainsRune(" \n\t", rune(d.Text[sp.Start])) {
		sp.Start++
	}
	for sp.End > sp.Start && strings.ContainsRune(" \n\t,", rune(d.Text[sp.End-1])) {
		sp.End--
	}
	return sp
}

// speaker finds who says the quote q (closing mark before after): a
// source whose verb is right after the quote (`," said X`, `," X said`,
// `X told dpa`), or right before it (`X said: "`), else a person named
// by the verb's pronoun.
func (s *Stage) speaker(d *doc.Doc, q doc.Span, after, paraEnd int32, names []person) (doc.Span, string) {
	// A source of the sentence the quote sits in: "… said Monday the
	// fighters are doing "their best…"".
	for _, src := range d.Sources {
		if src.Scope.Start <= q.Start && q.End <= src.Scope.End && !pronounSpan(d, src.Span) {
			return src.Span, src.Name
		}
	}
	best := -1
	var dist int32 = 1 << 30
	for k, src := range d.Sources {
		// After the quote, within the same or the next sentence's first
		// words, in its paragraph (not the next one's "The RSF denied").
		if src.Cue.Start >= after && src.Cue.Start-after < 40 && src.Cue.End <= paraEnd {
			if g := src.Cue.Start - after; g < dist {
				best, dist = k, g
			}
		}
		// Before it: "X said:", "X tweeted".
		if src.Cue.End <= q.Start && q.Start-src.Cue.End < 4 {
			if g := q.Start - src.Cue.End; g < dist {
				best, dist = k, g
			}
		}
	}
	if best < 0 {
		// A quote that goes on from the last one: same speaker.
		if n := len(d.Quotes); n > 0 && d.Quotes[n-1].Name != "" && q.Start-d.Quotes[n-1].Span.End < 200 {
			return d.Quotes[n-1].Speaker, d.Quotes[n-1].Name
		}
		return doc.Span{}, ""
	}
	src := d.Sources[best]
	return src.Span, src.Name
}
