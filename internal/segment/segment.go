// Package segment finds the structure of a cleaned document: paragraphs, the
// articles run together in it (each with its headline and dateline), and
// their sentences.
//
// Headlines are found by shape, not by position in a known file: a line of
// three to twenty-five words that does not end like a sentence, standing as
// its own paragraph or glued to the end of the previous article's last
// sentence ("… to reporters. Bana and mother await …"), and followed by body
// text. Sentence boundaries honour abbreviations (Dec. 4, w. Aleppo, U.N.,
// Lt. Col.), initials, decimals, ellipses and quotations.
package segment

import (
	"context"
	_ "embed"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/lexicon"
)

// Name is the stage name.
const Name = "segment"

//go:embed data/datelines.tsv
var datelineSrc string

// Segmenter is the segmentation stage. It is safe for concurrent use.
type Segmenter struct {
	datelines []*regexp.Regexp
}

// New returns a segmenter with the embedded dateline patterns.
func New() (*Segmenter, error) {
	res, err := ParsePatterns("datelines.tsv", datelineSrc)
	if err != nil {
		return nil, fmt.Errorf("segment: %w", err)
	}
	return &Segmenter{datelines: res}, nil
}

// ParsePatterns reads a pattern file: one regular expression a line, and
// "define NAME<TAB>REGEX" lines whose {NAME} later lines may use.
func ParsePatterns(name, src string) ([]*regexp.Regexp, error) {
	var out []*regexp.Regexp
	var macros []string // old, new pairs for strings.Replacer
	err := lexicon.ScanLines(name, strings.NewReader(src), func(line int, f []string) error {
		expand := func(s string) string { return strings.NewReplacer(macros...).Replace(s) }
		if f[0] == "define" {
			if len(f) != 3 {
				return fmt.Errorf("define wants a name and a pattern")
			}
			macros = append(macros, "{"+f[1]+"}", "(?:"+expand(f[2])+")")
			return nil
		}
		re, err := regexp.Compile(expand(strings.Join(f, "\t")))
		if err != nil {
			return err
		}
		out = append(out, re)
		return nil
	})
	return out, err
}

func (*Segmenter) Name() string          { return Name }
func (*Segmenter) Requires() []doc.Layer { return []doc.Layer{doc.LayerText} }
func (*Segmenter) Assigns() []doc.Layer {
	return []doc.Layer{doc.LayerArticles, doc.LayerSentences}
}

// Process fills d.Paras, d.Articles, d.Datelines and d.Sents.
func (s *Segmenter) Process(_ context.Context, d *doc.Doc) error {
	d.Paras = s.splitGlued(d.Text, paragraphs(d.Text))
	s.articles(d)
	for ai, a := range d.Articles {
		start := a.Span.Start
		if a.Dateline.Valid() {
			if dl := d.Datelines[a.Dateline.Get()]; dl.Span.Start >= a.Span.Start && dl.Span.End > start {
				start = min(dl.Span.End, a.Span.End)
			}
		}
		sentences(d, doc.Span{Start: start, End: a.Span.End}, int32(ai))
	}
	return nil
}

// paragraphs splits text on blank lines.
func paragraphs(text string) []doc.Span {
	var out []doc.Span
	start := 0
	for {
		i := strings.Index(text[start:], "\n\n")
		if i < 0 {
			break
		}
		if i > 0 {
			out = append(out, doc.Span{Start: int32(start), End: int32(start + i)})
		}
		start += i + 2
		for start < len(text) && text[start] == '\n' {
			start++
		}
	}
	if start < len(text) {
		out = append(out, doc.Span{Start: int32(start), End: int32(len(text))})
	}
	return out
}

// splitGlued splits a block of a scraped page's one-line paragraphs,
// glued by single newlines, where another story starts in it: at a
// headline's line between a finished sentence (or a short line such as
// "Advertisement") and a long line or a dateline, and at a dateline's
// line after a finished sentence ("…the UN.\nAdvertisement\nSudan army
// says it repelled RSF assault on El Fasher\nKHARTOUM, Sept 24 (Reuters)
// - …"). The headline's line becomes a paragraph of its own, which the
// article finder reads as it reads a headline between blank lines. A
// block of short lines (wrapped text) is left whole.
func (s *Segmenter) splitGlued(text string, paras []doc.Span) []doc.Span {
	var out []doc.Span
	for _, p := range paras {
		block := p.In(text)
		if !longLines(block) {
			out = append(out, p)
			continue
		}
		var lines []doc.Span
		for off := 0; off < len(block); {
			nl := strings.IndexByte(block[off:], '\n')
			if nl < 0 {
				nl = len(block) - off
			}
			lines = append(lines, doc.Span{Start: p.Start + int32(off), End: p.Start + int32(off+nl)})
			off += nl + 1
		}
		start := p.Start
		for i := 0; i < len(lines); i++ {
			line := lines[i].In(text)
			if i > 0 && !finished(lines[i-1].In(text)) {
				continue
			}
			dated := false
			if i > 0 {
				_, dated = s.matchDateline(text[lines[i].Start:p.End], lines[i].Start)
			}
			head := !dated && i+1 < len(lines) && len(line) <= wrapWidth && titleLike(line, 4) && s.storyAfter(text, lines[i+1:], p.End)
			if !dated && !head {
				continue
			}
			if i > 0 {
				out = append(out, doc.Span{Start: start, End: lines[i-1].End})
			}
			start = lines[i].Start
			if head {
				out = append(out, lines[i])
				start = lines[i+1].Start
				// (The byline and date line under it open the story.)
				for i+2 < len(lines) && len(lines[i+1].In(text)) <= wrapWidth {
					i++
				}
				i++
			}
		}
		out = append(out, doc.Span{Start: start, End: p.End})
	}
	return out
}

// storyAfter reports whether the lines after a headline's line open a
// story: a long line, or a dateline, after at most three lines of a
// page's furniture ("by Martin Fornusek", a caption's credit).
func (s *Segmenter) storyAfter(text string, lines []doc.Span, end int32) bool {
	for k, l := range lines {
		if k > 3 {
			return false
		}
		line := l.In(text)
		if len(line) > wrapWidth {
			return true
		}
		if _, ok := s.matchDateline(text[l.Start:end], l.Start); ok {
			return true
		}
		if !byline(line) && len(strings.Fields(line)) > 3 {
			return false
		}
	}
	return false
}

// byline reports whether line is a byline of its own: "by Martin
// Fornusek", "By Kateryna Denisova and Olena Goncharova".
func byline(line string) bool {
	f := strings.Fields(line)
	if len(f) < 2 || len(f) > 8 || f[0] != "by" && f[0] != "By" && f[0] != "BY" {
		return false
	}
	for _, w := range f[1:] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "and" {
			return false
		}
	}
	return true
}

// wrapWidth is the widest line of wrapped text, in bytes: a longer line
// is a whole paragraph of a scraped page, a shorter one may be a
// headline, a byline or part of a wrapped paragraph.
const wrapWidth = 100

// longLines reports whether block has several lines and one of them is
// longer than wrapped text's lines are (wrapWidth): a page's paragraphs,
// one a line.
func longLines(block string) bool {
	if strings.IndexByte(block, '\n') < 0 {
		return false
	}
	for line := range strings.SplitSeq(block, "\n") {
		if len(line) > wrapWidth {
			return true
		}
	}
	return false
}

// finished reports whether line ends a paragraph: a sentence's end, or a
// line of a page's furniture of three words or fewer ("Advertisement",
// "Share this article").
func finished(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" {
		return true
	}
	if len(strings.Fields(line)) <= 3 || byline(line) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(line, "\"'”’)]"))
	return strings.ContainsRune(".!?", last)
}

// headline is a candidate article start.
type headline struct {
	title     doc.Span
	bodyStart int32
}

func (s *Segmenter) articles(d *doc.Doc) {
	text := d.Text
	if strings.TrimSpace(text) == "" {
		return
	}
	var heads []headline
	for pi, p := range d.Paras {
		last := pi == len(d.Paras)-1
		ptext := p.In(text)
		// (a) The document's first line, if it reads like a headline.
		if pi == 0 {
			line := ptext
			if nl := strings.IndexByte(ptext, '\n'); nl >= 0 {
				line = ptext[:nl]
			}
			continued := len(line) < len(ptext) && lowerAt(ptext, len(line)+1)
			if titleLike(line, 3) && !continued && (len(line) < len(ptext) || !last) {
				end := p.Start + int32(len(line))
				heads = append(heads, headline{title: doc.Span{Start: p.Start, End: end}, bodyStart: nextText(text, end)})
				continue
			}
		}
		// (d) A paragraph that opens with a dateline ("GOMA, Congo
		// (Reuters) — …"): a wire story glued on, with no headline of its
		// own — unless a headline just before it leads it.
		if pi > 0 && !(len(heads) > 0 && heads[len(heads)-1].bodyStart == p.Start) {
			if _, ok := s.matchDateline(ptext, p.Start); ok {
				heads = append(heads, headline{title: doc.Span{Start: p.Start, End: p.Start}, bodyStart: p.Start})
				continue
			}
		}
		if last || pi == 0 {
			continue
		}
		// (b) A paragraph that is one headline-like line.
		if !strings.Contains(ptext, "\n") && titleLike(ptext, 4) {
			heads = append(heads, headline{title: p, bodyStart: d.Paras[pi+1].Start})
			continue
		}
		// (c) A headline glued onto the end of a paragraph's last sentence.
		if tail := gluedTail(ptext); tail > 0 {
			st := p.Start + int32(tail)
			heads = append(heads, headline{title: doc.Span{Start: st, End: p.End}, bodyStart: d.Paras[pi+1].Start})
		}
	}
	bodyEnd := func(i int) int32 {
		if i+1 < len(heads) {
			return trimEnd(text, heads[i+1].title.Start)
		}
		return int32(len(text))
	}
	switch {
	case len(heads) == 0:
		d.Articles = append(d.Articles, doc.Article{Span: doc.Span{Start: 0, End: int32(len(text))}})
	default:
		if heads[0].title.Start > 0 {
			// Text before the first headline is an article without one.
			d.Articles = append(d.Articles, doc.Article{Span: doc.Span{Start: 0, End: trimEnd(text, heads[0].title.Start)}})
		}
		for i, h := range heads {
			body := doc.Span{Start: h.bodyStart, End: bodyEnd(i)}
			if body.End < body.Start {
				body.End = body.Start
			}
			d.Articles = append(d.Articles, doc.Article{Span: body, Title: h.title})
		}
	}
	// An article with no body (a headline at the very end) joins the one before.
	out := d.Articles[:0]
	for _, a := range d.Articles {
		if a.Span.Empty() && len(out) > 0 {
			out[len(out)-1].Span.End = max(out[len(out)-1].Span.End, a.Title.End)
			continue
		}
		out = append(out, a)
	}
	d.Articles = out
	for i := range d.Articles {
		s.dateline(d, i)
	}
}

// dateline looks for a dateline at the start of article i's body, and, for
// the first article, for a dateline followed by a repeat of the input's
// title ("Wed 05 Apr 2017 Syria attack symptoms … WHO. Victims …").
func (s *Segmenter) dateline(d *doc.Doc, i int) {
	a := &d.Articles[i]
	s.leadDateline(d, a)
	if i != 0 || !a.Title.Empty() || d.Meta.Title == "" {
		return
	}
	// A repeat of the input's headline near the start of the body (after a
	// dateline or byline: "Posted on April 4 2017 by … 58 Killed in …")
	// becomes the title, and the body starts after it.
	body := a.Span.In(d.Text)
	window := body[:min(len(body), 400)]
	if len(strings.Fields(d.Meta.Title)) < 3 {
		return // "Aleppo" inside a sentence is no headline repeated
	}
	at, n := findFold(window, d.Meta.Title)
	if n == 0 || !headlineEnds(body[at+n:]) {
		return
	}
	a.Title = doc.Span{Start: a.Span.Start + int32(at), End: a.Span.Start + int32(at+n)}
	rest := at + n
	for rest < len(body) && strings.IndexByte(".:-|– ", body[rest]) >= 0 {
		rest++
	}
	if rest >= len(body) {
		a.Title = doc.Span{}
		return
	}
	a.Span.Start += int32(rest)
	if !a.Dateline.Valid() || d.Datelines[a.Dateline.Get()].Span.Start > a.Title.Start {
		if a.Dateline.Valid() {
			// A "dateline" inside the headline was not one.
			d.Datelines = d.Datelines[:a.Dateline.Get()]
			a.Dateline = 0
		}
		s.leadDateline(d, a)
	}
}

// headlineEnds reports whether rest can follow a headline: a line break,
// the end, punctuation, or a new sentence's capital or figure — not the
// rest of a sentence that merely contains the headline's words.
func headlineEnds(rest string) bool {
	rest = strings.TrimLeft(rest, " \t")
	if rest == "" {
		return true
	}
	switch c := rest[0]; {
	case c == '\n' || c == '\r' || strings.IndexByte(".:-|\u2013", c) >= 0 || c == 0xe2: // – — and the like
		return true
	case c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '"', c == '\'', c == '(':
		return true
	}
	return false
}

// leadDateline records a dateline at the start of a's body.
func (s *Segmenter) leadDateline(d *doc.Doc, a *doc.Article) {
	if a.Dateline.Valid() {
		return
	}
	if dl, ok := s.matchDateline(a.Span.In(d.Text), a.Span.Start); ok {
		d.Datelines = append(d.Datelines, dl)
		a.Dateline = doc.MakeIndex(len(d.Datelines) - 1)
	}
}

// findFold finds title in s as prefixFold does, at a word start; it returns
// the offset and length of the match, or 0, 0.
func findFold(s, title string) (int, int) {
	for i := 0; i < len(s); i++ {
		if i > 0 && !isWordStart(s, i) {
			continue
		}
		if n := prefixFold(s[i:], title); n > 0 {
			return i, n
		}
	}
	return 0, 0
}

func isWordStart(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	c, _ := utf8.DecodeRuneInString(s[i:])
	return !(unicode.IsLetter(r) || unicode.IsDigit(r)) && (unicode.IsLetter(c) || unicode.IsDigit(c) || c == '"')
}

func (s *Segmenter) matchDateline(body string, base int32) (doc.Dateline, bool) {
	head := body
	if len(head) > 160 {
		head = head[:160]
	}
	for _, re := range s.datelines {
		m := re.FindStringSubmatchIndex(head)
		if m == nil || m[1] == 0 || m[1] >= len(body) || strings.TrimSpace(body[:m[1]]) == "" {
			continue
		}
		end := m[1]
		for end > 0 && (body[end-1] == ' ' || body[end-1] == '\t') {
			end--
		}
		dl := doc.Dateline{Span: doc.Span{Start: base, End: base + int32(end)}}
		for gi, name := range re.SubexpNames() {
			if m[2*gi] < 0 {
				continue
			}
			sp := doc.Span{Start: base + int32(m[2*gi]), End: base + int32(m[2*gi+1])}
			switch name {
			case "place":
				dl.Place = sp
			case "date":
				dl.Date = sp
			case "agency":
				dl.Agency = sp
			}
		}
		return dl, true
	}
	return doc.Dateline{}, false
}

// prefixFold returns the length of the prefix of s that equals title,
// ignoring case and runs of space and punctuation, or 0.
func prefixFold(s, title string) int {
	i, j := 0, 0
	for j < len(title) {
		if i >= len(s) {
			return 0
		}
		rs, ns := utf8.DecodeRuneInString(s[i:])
		rt, nt := utf8.DecodeRuneInString(title[j:])
		if unicode.ToLower(rs) == unicode.ToLower(rt) {
			i, j = i+ns, j+nt
			continue
		}
		skipped := false
		if !unicode.IsLetter(rt) && !unicode.IsDigit(rt) {
			j += nt
			skipped = true
		}
		if !unicode.IsLetter(rs) && !unicode.IsDigit(rs) {
			i += ns
			skipped = true
		}
		if !skipped {
			return 0
		}
	}
	if i < len(s) {
		r, _ := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return 0 // the title stopped inside a word
		}
	}
	return i
}

func nextText(text string, i int32) int32 {
	for int(i) < len(text) && (text[i] == '\n' || text[i] == ' ') {
		i++
	}
	return i
}

func trimEnd(text string, i int32) int32 {
	for i > 0 && (text[i-1] == '\n' || text[i-1] == ' ') {
		i--
	}
	return i
}

// titleLike reports whether line reads like a headline: minWords to 25
// words, starting with a capital, digit or quote, and not ending like a
// sentence.
func titleLike(line string, minWords int) bool {
	line = strings.TrimSpace(line)
	if len(line) < 8 || len(line) > 220 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line)
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '\'') {
		return false
	}
	// A bracketed tag after a sentence is no headline's end: "…, killing
	// 5 civilians. [size=no report]".
	body := line
	if strings.HasSuffix(body, "]") {
		if i := strings.LastIndexByte(body, '['); i > 0 {
			body = strings.TrimSpace(body[:i])
		}
	}
	last, _ := utf8.DecodeLastRuneInString(body)
	if strings.ContainsRune(".,;:!?…-–—", last) {
		return false
	}
	if last == '"' || last == '”' || last == ')' {
		// A quotation that closes a sentence: `… he said "no."`
		body := strings.TrimRight(line, "\"”)")
		if l2, _ := utf8.DecodeLastRuneInString(body); strings.ContainsRune(".,;:!?", l2) {
			return false
		}
	}
	words := strings.Fields(line)
	if len(words) < minWords || len(words) > 25 {
		return false
	}
	// One sentence only.
	for i := 0; i+1 < len(words); i++ {
		w := words[i]
		if strings.HasSuffix(w, ".") && len(w) > 2 && lexicon.Abbrev(strings.TrimSuffix(w, ".")) == lexicon.NotAbbrev {
			if nr, _ := utf8.DecodeRuneInString(words[i+1]); unicode.IsUpper(nr) {
				return false
			}
		}
	}
	// Lower-case words that only continue a sentence make a poor start.
	switch strings.ToLower(strings.Trim(words[0], "\"“'")) {
	case "and", "but", "or", "which", "who":
		return false
	}
	return true
}

// gluedTail returns the offset, in a paragraph, of a headline glued onto its
// last sentence ("… to reporters. Bana and mother await …"), or 0.
func gluedTail(p string) int {
	lineStart := strings.LastIndexByte(p, '\n') + 1
	line := p[lineStart:]
	// The last sentence end in the line: a terminator followed by a space.
	best := -1
	for i := 0; i+1 < len(line); i++ {
		c := line[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(line) && (line[j] == '"' || line[j] == '\'' || line[j] == ')') {
			j++
		}
		if strings.HasPrefix(line[j:], "”") {
			j += len("”")
		}
		if j < len(line) && line[j] == ' ' {
			if c == '.' && !sentenceStop(line, i) {
				continue
			}
			best = j + 1
		}
	}
	if best <= 0 || best >= len(line) {
		return 0
	}
	if !titleLike(line[best:], 4) {
		return 0
	}
	return lineStart + best
}
