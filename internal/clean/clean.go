// Package clean repairs scraped text once, before any other stage reads it:
// it removes photo credits, HTML residue and share boilerplate (rules from a
// data file), splits sentences glued without a space ("reporters.Bana"), and
// normalizes whitespace. Every change is recorded: the cleaned text comes
// with an offset map back to the source and a list of removals.
package clean

import (
	"context"
	_ "embed"
	"fmt"
	"html"
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/lexicon"
)

// Name is the stage name.
const Name = "clean"

//go:embed data/rules.tsv
var defaultRules string

type action uint8

const (
	actDrop action = iota + 1
	actDropLine
	actSpace
	actEntity
	actReplace
)

// Rule is one cleaning rule.
type Rule struct {
	Name     string
	action   action
	triggers []string
	re       *regexp.Regexp
	with     string // for actReplace
	// spansLines is set for inline patterns that can match across a line
	// break (tags, comments).
	spansLines bool
	// reach is the longest match the pattern allows, in bytes (or -1 if
	// unbounded): an inline rule looks that far around its trigger.
	reach int
}

// Cleaner is the cleaning stage. It is safe for concurrent use.
type Cleaner struct {
	rules       []Rule
	lineRules   []*Rule // drop-line rules, in file order
	inlineRules []*Rule // all others
	lineReach   int     // the longest line any line rule can match; -1 if unbounded
}

// New returns a cleaner with the embedded default rules.
func New() (*Cleaner, error) { return Parse("rules.tsv", defaultRules) }

// Parse reads rules in the data-file format (see data/rules.tsv). Errors
// name the file and line.
func Parse(name, src string) (*Cleaner, error) {
	c := &Cleaner{}
	acts := map[string]action{"drop": actDrop, "drop-line": actDropLine, "space": actSpace, "entity": actEntity}
	err := lexicon.ScanLines(name, strings.NewReader(src), func(line int, f []string) error {
		if len(f) != 4 {
			return fmt.Errorf("want 4 tab-separated columns, got %d", len(f))
		}
		a, ok := acts[f[1]]
		var with string
		if w, found := strings.CutPrefix(f[1], "replace="); found {
			a, ok, with = actReplace, true, w
		}
		if !ok {
			return fmt.Errorf("unknown action %q", f[1])
		}
		pat := f[3]
		if a == actDropLine {
			// Line rules run on one line at a time; without (?m) the
			// pattern is anchored at the line's start and fails fast.
			pat = strings.TrimPrefix(pat, "(?m)")
		}
		re, err := regexp.Compile(pat)
		if err != nil {
			return fmt.Errorf("rule %s: %w", f[0], err)
		}
		reach, err := maxMatchLen(pat)
		if err != nil {
			return fmt.Errorf("rule %s: %w", f[0], err)
		}
		r := Rule{Name: f[0], action: a, re: re, with: with, reach: reach, spansLines: strings.Contains(f[3], `\n`) || strings.Contains(f[3], "(?s)")}
		if a == actDropLine && !strings.HasPrefix(strings.TrimPrefix(f[3], "(?m)"), "^") {
			return fmt.Errorf("rule %s: a drop-line pattern must start with ^", f[0])
		}
		if f[2] != "-" {
			// "|" separates triggers; "\|" is a literal bar.
			for _, t := range strings.Split(strings.ReplaceAll(f[2], `\|`, "\x00"), "|") {
				t = strings.ReplaceAll(t, "\x00", "|")
				if t == "" {
					return fmt.Errorf("rule %s: empty trigger", f[0])
				}
				r.triggers = append(r.triggers, t)
			}
		}
		c.rules = append(c.rules, r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i := range c.rules {
		r := &c.rules[i]
		if r.action != actDropLine {
			c.inlineRules = append(c.inlineRules, r)
			continue
		}
		c.lineRules = append(c.lineRules, r)
		if r.reach < 0 || c.lineReach < 0 {
			c.lineReach = -1
		} else {
			c.lineReach = max(c.lineReach, r.reach)
		}
	}
	return c, nil
}

func triggered(s string, triggers []string) bool {
	if triggers == nil {
		return true
	}
	for _, t := range triggers {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}

func (*Cleaner) Name() string          { return Name }
func (*Cleaner) Requires() []doc.Layer { return nil }
func (*Cleaner) Assigns() []doc.Layer  { return []doc.Layer{doc.LayerText} }

// Process cleans d.Source into d.Text, d.Map and d.Removals.
func (c *Cleaner) Process(_ context.Context, d *doc.Doc) error {
	d.Text, d.Map, d.Removals = c.Clean(d.Source)
	return nil
}

// Clean returns the cleaned text, its map back to src, and the removals.
func (c *Cleaner) Clean(src string) (string, doc.OffsetMap, []doc.Removal) {
	var removals []doc.Removal
	text, m1 := c.applyRules(src, &removals)
	text2, m2 := splitGlued(text)
	text3, m3, ws := normalizeSpace(text2)
	m := m3.Compose(m2).Compose(m1)
	// Whitespace removals were found in the intermediate text; record them
	// against the source.
	mid := m2.Compose(m1)
	for _, sp := range ws {
		st := mid.ToSource(int(sp.Start))
		en := mid.ToSource(int(sp.End))
		if en > st {
			removals = append(removals, doc.Removal{Source: doc.Span{Start: int32(st), End: int32(en)}, Rule: "whitespace"})
		}
	}
	sort.SliceStable(removals, func(i, j int) bool { return removals[i].Source.Start < removals[j].Source.Start })
	return text3, m, removals
}

type edit struct {
	start, end int
	rule       *Rule
	with       string
}

func (c *Cleaner) applyRules(src string, removals *[]doc.Removal) (string, doc.OffsetMap) {
	var edits []edit
	// Line rules: a pattern must match a whole line, so only lines no
	// longer than the longest match are candidates. News paragraphs are long;
	// credits and boilerplate lines are short.
	if c.lineReach != 0 {
		for ls := 0; ls < len(src); {
			le := strings.IndexByte(src[ls:], '\n')
			if le < 0 {
				le = len(src)
			} else {
				le += ls
			}
			if c.lineReach < 0 || le-ls <= c.lineReach {
				line := src[ls:le]
				for _, r := range c.lineRules {
					if (r.reach < 0 || len(line) <= r.reach) && triggered(line, r.triggers) && r.re.MatchString(line) {
						e, _ := r.edit(src, ls, le)
						edits = append(edits, e)
						break
					}
				}
			}
			ls = le + 1
		}
	}
	var windows []window
	for _, r := range c.inlineRules {
		windows = r.candidates(src, windows[:0])
		for _, w := range windows {
			for _, loc := range r.re.FindAllStringIndex(src[w.start:w.end], -1) {
				if e, ok := r.edit(src, w.start+loc[0], w.start+loc[1]); ok {
					edits = append(edits, e)
				}
			}
		}
	}
	if len(edits) == 0 {
		return src, doc.Identity(len(src))
	}
	sort.Slice(edits, func(i, j int) bool {
		if edits[i].start != edits[j].start {
			return edits[i].start < edits[j].start
		}
		return edits[i].end > edits[j].end
	})
	var b doc.Builder
	b.Grow(len(src))
	pos := 0
	for _, e := range edits {
		if e.start < pos {
			continue // overlaps an earlier edit
		}
		b.Copy(src, pos, e.start)
		b.Insert(e.with, e.start)
		*removals = append(*removals, doc.Removal{Source: doc.Span{Start: int32(e.start), End: int32(e.end)}, Rule: e.rule.Name, With: e.with})
		pos = e.end
	}
	b.Copy(src, pos, len(src))
	return b.Finish()
}

// window is a region of the source that a rule's pattern is run on.
type window struct{ start, end int }

// candidates returns the regions of src where the inline rule r can match,
// in order and without overlap: the neighbourhood of each trigger, as far
// as the pattern's longest match reaches, within its line unless the
// pattern spans lines. Running patterns only there keeps cleaning fast on
// the common text that has nothing to clean.
func (r *Rule) candidates(src string, out []window) []window {
	if r.triggers == nil {
		return append(out, window{0, len(src)})
	}
	add := func(w window) {
		if n := len(out); n > 0 && w.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, w.end)
			return
		}
		out = append(out, w)
	}
	var found []window
	for _, t := range r.triggers {
		for off := 0; ; {
			i := strings.Index(src[off:], t)
			if i < 0 {
				break
			}
			p := off + i
			ls := strings.LastIndexByte(src[:p], '\n') + 1
			le := strings.IndexByte(src[p:], '\n')
			if le < 0 {
				le = len(src)
			} else {
				le += p
			}
			w := window{ls, le}
			if r.reach >= 0 {
				w = window{max(ls, p-r.reach), min(le, p+len(t)+r.reach)}
				if r.spansLines {
					w = window{max(0, p-r.reach), min(len(src), p+len(t)+r.reach)}
				}
			}
			found = append(found, w)
			off = p + len(t)
		}
	}
	sort.Slice(found, func(i, j int) bool { return found[i].start < found[j].start })
	for _, w := range found {
		add(w)
	}
	return out
}

// maxMatchLen returns the longest match, in bytes, that pattern allows, or
// -1 when a repetition is unbounded.
func maxMatchLen(pattern string) (int, error) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return 0, err
	}
	const unbounded = 1 << 30
	var walk func(*syntax.Regexp) int
	walk = func(re *syntax.Regexp) int {
		sat := func(n int) int { return min(n, unbounded) }
		switch re.Op {
		case syntax.OpLiteral:
			n := 0
			for _, r := range re.Rune {
				n += utf8.RuneLen(r)
			}
			return n
		case syntax.OpCharClass:
			// The widest rune in the class, in UTF-8 bytes.
			if n := len(re.Rune); n > 0 && re.Rune[n-1] < utf8.MaxRune {
				return utf8.RuneLen(re.Rune[n-1])
			}
			return utf8.UTFMax
		case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
			return utf8.UTFMax
		case syntax.OpCapture, syntax.OpQuest:
			return walk(re.Sub[0])
		case syntax.OpStar, syntax.OpPlus:
			return unbounded
		case syntax.OpRepeat:
			if re.Max < 0 {
				return unbounded
			}
			return sat(re.Max * walk(re.Sub[0]))
		case syntax.OpConcat:
			n := 0
			for _, s := range re.Sub {
				n = sat(n + walk(s))
			}
			return n
		case syntax.OpAlternate:
			n := 0
			for _, s := range re.Sub {
				n = max(n, walk(s))
			}
			return n
		}
		return 0
	}
	if n := walk(re); n < unbounded {
		return n, nil
	}
	return -1, nil
}

// edit turns a match at src[st:en] into an edit, or reports false.
func (r *Rule) edit(src string, st, en int) (edit, bool) {
	if en <= st {
		return edit{}, false
	}
	e := edit{start: st, end: en, rule: r}
	switch r.action {
	case actDropLine:
		for e.start > 0 && src[e.start-1] != '\n' {
			e.start--
		}
		for e.end < len(src) && src[e.end] != '\n' {
			e.end++
		}
		if e.end < len(src) {
			e.end++ // the line break
		}
	case actSpace:
		e.with = " "
	case actReplace:
		e.with = r.with
	case actEntity:
		e.with = html.UnescapeString(src[st:en])
		if e.with == src[st:en] {
			return edit{}, false // not an entity html knows
		}
		if e.with == "\u00a0" {
			e.with = " "
		}
	}
	return e, true
}

// splitGlued inserts the missing space in sentences glued together by a
// scraper: "reporters.Bana" → "reporters. Bana", `conflict."We` →
// `conflict. "We`, `well."She` → `well." She`. It leaves decimals (1.5),
// abbreviations and initials (U.N., St.John, Nov.28), URLs and e-mail
// addresses alone: the stop must follow a word of two or more letters ending
// in a lower-case letter, the word must not be a listed abbreviation or part
// of a URL or address, and an upper-case letter must follow.
//
// Be careful: this runs over every byte of every document; keep it free of
// allocations when nothing is glued.
func splitGlued(s string) (string, doc.OffsetMap) {
	var b doc.Builder
	started := false
	pos := 0
	quotes := 0 // straight double quotes seen in this paragraph
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '"':
			quotes++
			continue
		case '\n':
			if i+1 < len(s) && s[i+1] == '\n' {
				quotes = 0
			}
			continue
		case '.', '!', '?':
		default:
			continue
		}
		j := i + 1
		if j >= len(s) {
			break
		}
		// What follows: an optional quote, then an upper-case letter.
		quoteLen, curly := quoteAt(s, j)
		k := j + quoteLen
		if k >= len(s) || !upperAt(s, k) {
			continue
		}
		if quoteLen == 0 && !isLetterByte(s[j]) {
			continue
		}
		if !gluableWord(s, i) {
			continue
		}
		// Where does the space go? A quote after the stop either closes the
		// sentence's quotation (space after it) or opens the next one
		// (space before it).
		at := j
		if quoteLen > 0 {
			closes := false
			switch curly {
			case '”':
				closes = true
			case '“':
				closes = false
			default:
				closes = quotes%2 == 1
			}
			if closes {
				at = k
			}
		}
		if !started {
			b.Grow(len(s) + 16)
			started = true
		}
		b.Copy(s, pos, at)
		b.Insert(" ", at)
		pos = at
	}
	if !started {
		return s, doc.Identity(len(s))
	}
	b.Copy(s, pos, len(s))
	return b.Finish()
}

// quoteAt reports the byte length of a double quote at s[i] (0 if none) and,
// for a curly quote, which one.
func quoteAt(s string, i int) (int, rune) {
	if s[i] == '"' {
		return 1, 0
	}
	if strings.HasPrefix(s[i:], "“") {
		return len("“"), '“'
	}
	if strings.HasPrefix(s[i:], "”") {
		return len("”"), '”'
	}
	return 0, 0
}

func upperAt(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

func isLetterByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf
}

// gluableWord reports whether the word ending at the stop s[stop] is an
// ordinary word that a sentence can end with.
func gluableWord(s string, stop int) bool {
	st := stop
	for st > 0 && !isSpaceByte(s[st-1]) && s[st-1] != '"' && s[st-1] != '(' {
		st--
	}
	w := s[st:stop]
	if len(w) < 2 {
		return false
	}
	// The rest of the whitespace-delimited token: an address or a path
	// continues after the stop ("press.Office@un.org").
	en := stop + 1
	for en < len(s) && !isSpaceByte(s[en]) {
		en++
	}
	if strings.ContainsAny(s[stop:en], "@/\\=_") {
		return false
	}
	last := w[len(w)-1]
	if !('a' <= last && last <= 'z') && last != ')' && last != '"' && last != '\'' && last < utf8.RuneSelf {
		return false
	}
	if strings.ContainsAny(w, "@/\\:.=_") || strings.Contains(w, "www") {
		return false // a URL, path, address or initialism
	}
	// The letters before the stop must be at least two.
	letters := 0
	for k := len(w) - 1; k >= 0 && isLetterByte(w[k]); k-- {
		letters++
	}
	if letters < 2 && last != ')' && last != '"' && last != '\'' {
		return false
	}
	return lexicon.Abbrev(strings.TrimLeft(w, "'\"(")) == lexicon.NotAbbrev
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// normalizeSpace turns CR and CRLF into LF, every other space character into
// an ASCII space, drops control and zero-width characters, collapses runs of
// spaces, trims lines, and keeps at most one blank line between paragraphs.
// It returns the spans (in s) that it removed or replaced.
//
// Be careful: this is the one pass that touches every byte; it copies runs
// of clean text in one piece.
func normalizeSpace(s string) (string, doc.OffsetMap, []doc.Span) {
	var b doc.Builder
	b.Grow(len(s))
	var removed []doc.Span
	rm := func(st, en int) {
		if n := len(removed); n > 0 && int(removed[n-1].End) == st {
			removed[n-1].End = int32(en)
			return
		}
		removed = append(removed, doc.Span{Start: int32(st), End: int32(en)})
	}
	runStart := 0 // start of the pending run of ordinary text
	pendingSpace := -1
	newlines := 0 // line breaks pending since the last text
	flushRun := func(end int) {
		b.Copy(s, runStart, end)
	}
	emitBreaks := func(at int) {
		if b.Len() == 0 {
			newlines = 0
			pendingSpace = -1
			return
		}
		if newlines > 0 {
			if newlines >= 2 {
				b.Insert("\n\n", at)
			} else {
				b.Insert("\n", at)
			}
		} else if pendingSpace >= 0 {
			b.Insert(" ", pendingSpace)
		}
		newlines = 0
		pendingSpace = -1
	}
	i := 0
	for i < len(s) {
		c := s[i]
		if c > 0x20 && c < 0x7f {
			// ordinary ASCII: extend the run
			if runStart < 0 {
				emitBreaks(i)
				runStart = i
			}
			i++
			continue
		}
		if c == ' ' && runStart >= 0 && i+1 < len(s) && s[i+1] > 0x20 && s[i+1] < 0x7f {
			// A single space between words stays inside the run.
			i++
			continue
		}
		var r rune
		size := 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		} else {
			r = rune(c)
		}
		kind := classify(r)
		if kind == kText {
			if runStart < 0 {
				emitBreaks(i)
				runStart = i
			}
			i += size
			continue
		}
		// Whitespace or junk: end the current run.
		if runStart >= 0 {
			flushRun(i)
			runStart = -1
		}
		switch kind {
		case kSpace:
			if pendingSpace < 0 && newlines == 0 {
				pendingSpace = i
				if r != ' ' || size != 1 {
					rm(i, i+size) // replaced by an ASCII space
				}
			} else {
				rm(i, i+size)
			}
		case kNewline:
			if pendingSpace >= 0 && s[pendingSpace] == ' ' {
				rm(pendingSpace, pendingSpace+1) // trailing space on a line
			}
			pendingSpace = -1
			newlines++
			if r == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				rm(i, i+1)
				i++
				size = 1
			}
			if newlines > 2 || r != '\n' {
				rm(i, i+size)
			}
		case kDrop:
			rm(i, i+size)
		}
		i += size
	}
	if runStart >= 0 {
		flushRun(len(s))
	} else if end := len(strings.TrimRightFunc(s, unicode.IsSpace)); end < len(s) {
		rm(end, len(s)) // trailing whitespace of the document
	}
	if b.Len() == len(s) && len(removed) == 0 {
		return s, doc.Identity(len(s)), nil
	}
	out, m := b.Finish()
	return out, m, removed
}

type charKind uint8

const (
	kText charKind = iota
	kSpace
	kNewline
	kDrop
)

func classify(r rune) charKind {
	switch r {
	case '\n', '\r', '\u2028', '\u2029', '\v', '\f':
		return kNewline
	case ' ', '\t', '\u00a0', '\u1680', '\u202f', '\u205f', '\u3000':
		return kSpace
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return kDrop
	}
	if r >= '\u2000' && r <= '\u200a' {
		return kSpace
	}
	if r < 0x20 || (r >= 0x7f && r < 0xa0) {
		return kDrop
	}
	return kText
}
