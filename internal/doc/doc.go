package doc

import (
	"fmt"
	"sort"
	"time"
)

// Layer names an annotation layer. Stages declare the layers they require
// and the layers they assign; the pipeline checks the order when it is built.
type Layer string

// The layers of a Doc.
const (
	LayerText      Layer = "text"      // Text, Map, Removals
	LayerArticles  Layer = "articles"  // Paras, Articles, Datelines
	LayerSentences Layer = "sentences" // Sents
	LayerTokens    Layer = "tokens"    // Tokens, Norm
)

// Meta is what the input said about a document besides its text: the dump
// fields of SPEC, HTML metadata, or nothing for plain text.
type Meta struct {
	ID        string    // becomes the record's doc
	Title     string    // title given by the input (dump field, <title>), "" if none
	Published time.Time // publication date given by the input; zero if none
	URL       string
	Source    string // outlet, when the input names it
	Format    string // how the input was read: "text", "html", "jsonl"
	Encoding  string // the character encoding it was decoded from
}

// Doc is one input document: its decoded source, its cleaned text and every
// annotation layer found in it. A stage appends to the layers it assigns and
// treats all others as read-only.
type Doc struct {
	Meta Meta

	// Source is the decoded input text (UTF-8) before cleaning.
	Source string
	// Text is the cleaned text. Every span below points into it.
	Text string
	// Map maps offsets in Text back to offsets in Source.
	Map OffsetMap
	// Removals records what cleaning took out of Source, and why.
	Removals []Removal

	Paras     []Span
	Articles  []Article
	Datelines []Dateline
	Sents     []Sent
	Tokens    []Token
	// Norm holds the normalized (case- and diacritic-folded) form of every
	// token, back to back; Token.Norm spans point into it.
	Norm string

	// Dates holds every temporal expression, in text order; DateRanges
	// the phrases that join them into spans of days; ArticleDates the
	// publication date of each article (parallel to Articles).
	Dates        []Timex
	DateRanges   []DateRange
	ArticleDates []ArticleDate

	// Quantities holds every casualty figure, in text order.
	Quantities []Quantity
	// Places holds every toponym, in text order.
	Places []PlaceMention

	Actors  []ActorMention
	Sources []SourceMention
	Quotes  []Quote
	Events  []Event
	// Control holds claims of territorial control, in text order.
	Control []Control

	Diags Diagnostics

	// tokAt[b] is the index of the first token that starts at or after
	// byte b of Text: TokensIn's index, built on first use (every stage
	// asks it for every sentence, and many spans besides).
	tokAt []int32
}

// New returns a Doc for decoded source text.
func New(meta Meta, source string) *Doc {
	return &Doc{Meta: meta, Source: source}
}

// Removal is a piece of source text that cleaning removed or replaced.
type Removal struct {
	Source Span   // in Doc.Source
	Rule   string // the cleaning rule's name
	With   string // replacement text, "" for a plain removal
}

// Article is one article of a document that may hold several run together.
type Article struct {
	Span     Span  // the article body, title excluded
	Title    Span  // the headline; empty if none was found
	Dateline Index // into Doc.Datelines
}

// WithTitle is the article's body and the headline before it.
func (a Article) WithTitle() Span {
	sp := a.Span
	if !a.Title.Empty() && a.Title.Start < sp.Start {
		sp.Start = a.Title.Start
	}
	return sp
}

// Dateline is the "BEIRUT (Reuters) -" or "Wed 05 Apr 2017" lead of an
// article: metadata for later stages, not body text.
type Dateline struct {
	Span   Span // the whole dateline
	Place  Span // "BEIRUT"; empty if none
	Date   Span // "Dec. 12", "Wed 05 Apr 2017"; empty if none
	Agency Span // "Reuters"; empty if none
}

// Sent is one sentence.
type Sent struct {
	Span    Span
	Article int32 // index into Doc.Articles; -1 for a headline outside any body
	Para    int32 // index into Doc.Paras
}

// TokenKind classifies a token.
type TokenKind uint8

// Token kinds.
const (
	Word TokenKind = iota + 1
	Number
	Punct
	Symbol
)

func (k TokenKind) String() string {
	switch k {
	case Word:
		return "word"
	case Number:
		return "number"
	case Punct:
		return "punct"
	case Symbol:
		return "symbol"
	}
	return "?"
}

// Token is one token of the cleaned text.
type Token struct {
	Span Span
	Norm Span // into Doc.Norm: the folded form
	// Hash is lexicon.Hash of the folded form: stages look words up by it.
	Hash uint64
	Kind TokenKind
	// Upper is set when the token starts with an upper-case letter.
	Upper bool
	// SpaceBefore is set when whitespace precedes the token.
	SpaceBefore bool
}

// TokenText returns the token's text.
func (d *Doc) TokenText(i int) string { return d.Tokens[i].Span.In(d.Text) }

// TokenNorm returns the token's normalized form.
func (d *Doc) TokenNorm(i int) string { return d.Tokens[i].Norm.In(d.Norm) }

// InDateline reports whether sp lies in an article's dateline: metadata
// ("BEIRUT (Reuters) -"), not the body's text.
func (d *Doc) InDateline(sp Span) bool {
	for _, dl := range d.Datelines {
		if dl.Span.Contains(sp) {
			return true
		}
	}
	return false
}

// SentAt returns the index of the sentence that holds offset off, or of
// the first one after it when off falls between sentences; len(d.Sents)
// past the last sentence.
func (d *Doc) SentAt(off int32) int {
	return sort.Search(len(d.Sents), func(k int) bool { return d.Sents[k].Span.End > off })
}

// TokensIn returns the tokens [lo, hi) that lie within sp, found by binary
// search: the tokens of a sentence, a headline, a dateline.
func (d *Doc) TokensIn(sp Span) (lo, hi int) {
	// Tokens are sorted and do not overlap. Once built, a table from byte
	// offset to token gives both ends in two loads; it is rebuilt if the
	// tokens changed since (a test's hand-made Doc).
	n := len(d.Text)
	if len(d.tokAt) != n+1 || len(d.Tokens) > 0 && d.tokAt[d.Tokens[len(d.Tokens)-1].Span.Start] != int32(len(d.Tokens)-1) {
		d.indexTokens()
	}
	start, end := min(max(int(sp.Start), 0), n), min(max(int(sp.End), 0), n)
	lo, hi = int(d.tokAt[start]), int(d.tokAt[end])
	if hi > lo && d.Tokens[hi-1].Span.End > sp.End {
		hi-- // a token that runs past the span's end
	}
	if hi < lo {
		hi = lo
	}
	return lo, hi
}

func (d *Doc) indexTokens() {
	n := len(d.Text)
	if cap(d.tokAt) >= n+1 {
		d.tokAt = d.tokAt[:n+1]
	} else {
		d.tokAt = make([]int32, n+1)
	}
	k := 0
	for b := 0; b <= n; b++ {
		for k < len(d.Tokens) && int(d.Tokens[k].Span.Start) < b {
			k++
		}
		d.tokAt[b] = int32(k)
	}
}

// Severity grades a diagnostic.
type Severity uint8

// Severities.
const (
	Info Severity = iota
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	}
	return "error"
}

// Diag is a problem found in the input: it never stops processing.
type Diag struct {
	Span     Span
	Severity Severity
	Code     string // stable code, e.g. "SR-DECODE-001"
	Msg      string
}

func (d Diag) String() string {
	return fmt.Sprintf("%d:%d: %s %s: %s", d.Span.Start, d.Span.End, d.Severity, d.Code, d.Msg)
}

// Diagnostics is a list of diagnostics; the zero value is ready to use.
type Diagnostics []Diag

// Add appends a diagnostic.
func (l *Diagnostics) Add(sp Span, sev Severity, code, format string, args ...any) {
	*l = append(*l, Diag{Span: sp, Severity: sev, Code: code, Msg: fmt.Sprintf(format, args...)})
}

// Sort orders the list by position, then code, for deterministic output.
func (l Diagnostics) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].Span.Start != l[j].Span.Start {
			return l[i].Span.Start < l[j].Span.Start
		}
		return l[i].Code < l[j].Code
	})
}

// Annotations counts the mentions of every layer after tokens: dates,
// ranges, figures, places, actors, sources, quotes, events and claims.
func (d *Doc) Annotations() int {
	return len(d.Dates) + len(d.DateRanges) + len(d.Quantities) + len(d.Places) + len(d.Actors) +
		len(d.Sources) + len(d.Quotes) + len(d.Events) + len(d.Control)
}

// Check verifies the Doc's invariant: every span lies inside the text and
// every index refers to an element. It returns the first violation.
func (d *Doc) Check() error {
	n := int32(len(d.Text))
	in := func(what string, i int, s Span) error {
		if s.Start < 0 || s.End < s.Start || s.End > n {
			return fmt.Errorf("%s[%d] span %d:%d outside text of %d bytes", what, i, s.Start, s.End, n)
		}
		return nil
	}
	for i, s := range d.Paras {
		if err := in("para", i, s); err != nil {
			return err
		}
	}
	for i, a := range d.Articles {
		if err := in("article", i, a.Span); err != nil {
			return err
		}
		if err := in("article title", i, a.Title); err != nil {
			return err
		}
		if a.Dateline.Valid() && a.Dateline.Get() >= len(d.Datelines) {
			return fmt.Errorf("article[%d] dateline index out of range", i)
		}
	}
	for i, s := range d.Sents {
		if err := in("sentence", i, s.Span); err != nil {
			return err
		}
	}
	for i, t := range d.Tokens {
		if err := in("token", i, t.Span); err != nil {
			return err
		}
		if t.Norm.End > int32(len(d.Norm)) || t.Norm.Start > t.Norm.End {
			return fmt.Errorf("token[%d] norm span out of range", i)
		}
	}
	return nil
}
