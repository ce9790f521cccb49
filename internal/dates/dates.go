// Package dates finds temporal expressions, normalizes them to TimeML TIMEX3
// (type, value, mod) and resolves them to day ranges; it also fixes each
// article's publication date, from the input, the dateline, or the text.
//
// Relative expressions are resolved against the publication date, with a
// past bias suited to news: "on Monday" is the most recent Monday on or
// before it. Year-less dates follow the narrative: after "early Feb. 2016",
// "late July" is July 2016.
package dates

import (
	"context"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/lexicon"
	"github.com/sitrep-dev/sitrep/internal/numbers"
)

// Name is the stage name.
const Name = "dates"

//go:embed data/temporal.tsv
var vocabSrc string

type vocab struct {
	month, weekday, ordinal map[string]int
	unit, season, part      map[string]string
	daypart                 map[string]string
	tense                   map[string]string
	zone                    map[string]bool
	deed                    map[string]bool      // "the August 21 attack": told after it happened
	report                  map[string]bool      // "said on Tuesday": the day of the telling
	medium                  map[string]bool      // "read on state television late Friday": where a telling is carried
	telling                 map[string]bool      // "in a statement on Friday": a telling named by a noun
	onset                   map[string]string    // "since" (prep), "began" (verb): a date opening a period
	holiday                 map[string][]holiday // by first word, longest first
}

// Stage is the date stage; it is safe for concurrent use.
type Stage struct {
	v vocab
	// starts holds every word that can begin an expression; startSet
	// the same by hash, for the scan over every token.
	starts   map[string]bool
	startSet *lexicon.Set
	// coreSet: words that carry time; funcSet: start words that do not.
	coreSet, funcSet *lexicon.Set
}

// New returns the date stage with its embedded vocabulary.
func New() (*Stage, error) {
	v := vocab{month: map[string]int{}, weekday: map[string]int{}, ordinal: map[string]int{},
		unit: map[string]string{}, season: map[string]string{}, part: map[string]string{}, daypart: map[string]string{},
		tense: map[string]string{}, zone: map[string]bool{}, deed: map[string]bool{}, report: map[string]bool{}, medium: map[string]bool{}, telling: map[string]bool{}, onset: map[string]string{}, holiday: map[string][]holiday{}}
	err := lexicon.ScanLines("temporal.tsv", strings.NewReader(vocabSrc), func(_ int, f []string) error {
		if len(f) != 3 {
			return fmt.Errorf("want 3 columns")
		}
		switch f[0] {
		case "month", "weekday", "ordinal":
			n, err := strconv.Atoi(f[2])
			if err != nil {
				return err
			}
			map[string]map[string]int{"month": v.month, "weekday": v.weekday, "ordinal": v.ordinal}[f[0]][f[1]] = n
		case "unit":
			v.unit[f[1]] = f[2]
		case "season":
			v.season[f[1]] = f[2]
		case "part":
			v.part[f[1]] = f[2]
		case "daypart":
			v.daypart[f[1]] = f[2]
		case "zone":
			v.zone[f[1]] = true
		case "onset":
			if f[2] != "prep" && f[2] != "verb" {
				return fmt.Errorf("onset %q: want prep or verb", f[2])
			}
			v.onset[f[1]] = f[2]
		case "report":
			if f[2] != "verb" {
				return fmt.Errorf("report %q: want verb", f[2])
			}
			v.report[f[1]] = true
		case "medium":
			if f[2] != "noun" {
				return fmt.Errorf("medium %q: want noun", f[2])
			}
			v.medium[f[1]] = true
		case "telling":
			if f[2] != "noun" {
				return fmt.Errorf("telling %q: want noun", f[2])
			}
			v.telling[f[1]] = true
		case "deed":
			if f[2] != "past" {
				return fmt.Errorf("deed %q: want past", f[2])
			}
			v.deed[f[1]] = true
		case "tense":
			if f[2] != "past" && f[2] != "future" {
				return fmt.Errorf("tense %q: want past or future", f[2])
			}
			v.tense[f[1]] = f[2]
		case "holiday":
			h, err := parseHoliday(f[1], f[2])
			if err != nil {
				return err
			}
			list := append(v.holiday[h.words[0]], h)
			sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
			v.holiday[h.words[0]] = list
		default:
			return fmt.Errorf("unknown category %q", f[0])
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("dates: %w", err)
	}
	st := &Stage{v: v, starts: map[string]bool{}}
	for _, m := range []map[string]int{v.month, v.weekday, v.ordinal} {
		for w := range m {
			st.starts[w] = true
		}
	}
	for _, m := range []map[string]string{v.unit, v.season, v.part} {
		for w := range m {
			st.starts[w] = true
		}
	}
	for w := range v.holiday {
		st.starts[w] = true
	}
	for _, w := range numbers.Words() {
		st.starts[w] = true
	}
	// Words the matchers in find.go begin with.
	for _, w := range strings.Fields(`the a an about around approximately roughly early mid late middle
		last past previous next coming this current today yesterday tomorrow tonight overnight now
		nowadays recently lately currently year earlier that coming noon midday midnight later recent fiscal more over less under nearly almost some
		at several few many daily weekly monthly annually yearly every each`) {
		st.starts[w] = true
	}
	st.startSet = lexicon.KeySet(st.starts)
	// Core words carry time themselves; the other start words ("the",
	// "a", "at", "more") begin an expression only with a core word or a
	// number a few tokens on, which one lookup per token tells.
	core := map[string]bool{}
	for _, m := range []map[string]int{v.month, v.weekday, v.ordinal} {
		for w := range m {
			core[w] = true
		}
	}
	for _, m := range []map[string]string{v.unit, v.season, v.daypart} {
		for w := range m {
			core[w] = true
		}
	}
	for w := range v.holiday {
		core[w] = true
	}
	for _, w := range numbers.Words() {
		core[w] = true
	}
	for _, w := range strings.Fields(`today yesterday tomorrow tonight overnight now nowadays recently lately
		currently past future present noon midday midnight ago quarter quarters period decade decades century
		centuries weekend daily weekly monthly annually yearly recent current year term`) {
		core[w] = true
	}
	var fn []string
	for w := range st.starts {
		if !core[w] {
			fn = append(fn, w)
		}
	}
	st.coreSet, st.funcSet = lexicon.KeySet(core), lexicon.NewSet(fn)
	return st, nil
}

func (*Stage) Name() string { return Name }
func (*Stage) Requires() []doc.Layer {
	return []doc.Layer{doc.LayerText, doc.LayerArticles, doc.LayerSentences, doc.LayerTokens}
}
func (*Stage) Assigns() []doc.Layer { return []doc.Layer{doc.LayerDates} }

// Process fills d.Dates and d.ArticleDates.
func (s *Stage) Process(_ context.Context, d *doc.Doc) error {
	// Pass 1: find expressions and the ranges that join them.
	ms := s.find(d)
	ls := s.links(d, ms)
	d.ArticleDates = make([]doc.ArticleDate, len(d.Articles))
	docPub, docFrom := doc.Day(0), ""
	if !d.Meta.Published.IsZero() {
		docPub, docFrom = DayOf(d.Meta.Published), "input"
	}
	for ai := range d.Articles {
		ad := &d.ArticleDates[ai]
		// An article's own dated line says when it was written: a live
		// blog's "14 Mar 2024" over the entries of that day, a page
		// whose input date is the day it was saved or last updated. The
		// input's date wins when the line is later than it or more than
		// a month earlier (not this article's date, or not this page).
		dl := doc.Day(0)
		if a := d.Articles[ai]; a.Dateline.Valid() {
			dl = s.datelineDay(d, d.Datelines[a.Dateline.Get()])
			// "KHARTOUM, Sept 3 (Reuters) -": a day with no year is the
			// last such day by the input's date.
			if dl == 0 && docPub != 0 {
				dl = yearlessDay(d.Datelines[a.Dateline.Get()].Date.In(d.Text), docPub)
			}
		}
		switch {
		case dl != 0 && (docPub == 0 || dl <= docPub && docPub-dl <= 31):
			ad.Published, ad.From = dl, "dateline"
			continue
		case docPub != 0:
			ad.Published, ad.From = docPub, docFrom
			continue
		}
		if day := s.inferPublished(d, ms, ai); day != 0 {
			ad.Published, ad.From, ad.Inferred = day, "text", true
		}
	}
	// Articles with nothing to go on share the document's inferred date.
	var fallback doc.ArticleDate
	for _, ad := range d.ArticleDates {
		if ad.Published != 0 {
			fallback = ad
			break
		}
	}
	for i := range d.ArticleDates {
		if d.ArticleDates[i].Published == 0 && fallback.Published != 0 {
			d.ArticleDates[i] = fallback
			d.ArticleDates[i].Inferred = true
		}
	}
	// Pass 2: resolve every expression against its article's date.
	var f focus
	art := -1
	at := make([]int, len(ms))
	for k, m := range ms {
		at[k] = -1
		ref := doc.Day(0)
		if m.article >= 0 && m.article < len(d.ArticleDates) {
			ref = d.ArticleDates[m.article].Published
		}
		if m.article != art {
			art, f = m.article, focus{}
		}
		if m.bareNight && f.last.Precision == doc.PrecDay && f.last.Span.End <= m.span.Start {
			si := d.SentAt(m.span.Start)
			m.dayInSentence = si < len(d.Sents) && d.Sents[si].Span.Contains(f.last.Span)
		}
		if t, ok := m.resolve(ref, &f); ok {
			at[k] = len(d.Dates)
			t.Told = s.told(d, m.span)
			d.Dates = append(d.Dates, t)
		}
	}
	addRanges(d, ms, ls, at)
	return nil
}

// told reports whether the date at sp is a reporting verb's: "said on
// Tuesday", "told AFP on Monday", "reported Sunday", "said late Friday",
// "a statement read on state television late Friday".
func (s *Stage) told(d *doc.Doc, sp doc.Span) bool {
	k, _ := d.TokensIn(sp)
	k--
	// ("said late Friday", "told AFP early Monday")
	if k >= 0 && (d.TokenNorm(k) == "late" || d.TokenNorm(k) == "early") {
		k--
	}
	// Where it was carried: "read on state television late Friday".
	if k >= 2 && s.v.medium[d.TokenNorm(k)] {
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if d.TokenNorm(j) == "on" || d.TokenNorm(j) == "in" {
				k = j - 1
				break
			}
		}
	}
	if k >= 0 && d.TokenNorm(k) == "on" {
		k--
	}
	// A telling named by a noun: "claimed responsibility … in a
	// statement on Friday".
	if k >= 2 && s.v.telling[d.TokenNorm(k)] && (d.TokenNorm(k-1) == "a" || d.TokenNorm(k-1) == "its" || d.TokenNorm(k-1) == "the") && d.TokenNorm(k-2) == "in" {
		return true
	}
	// An object between: "told AFP", "told reporters".
	if k >= 1 && d.Tokens[k].Kind == doc.Word && s.v.report[d.TokenNorm(k-1)] && !s.v.report[d.TokenNorm(k)] {
		k--
	}
	return k >= 0 && s.v.report[d.TokenNorm(k)]
}

// DayOf returns the Day of t's calendar date.
func DayOf(t time.Time) doc.Day {
	y, m, dd := t.Date()
	return dayOf(y, int(m), dd)
}

func dayOf(y, m, d int) doc.Day {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	n := doc.Day(t.Unix() / 86400)
	if n == 0 {
		n = -1 // keep 1970-01-01 distinct from "none"
	}
	return n
}

// Time returns the calendar date of a Day.
func Time(d doc.Day) time.Time {
	if d == -1 {
		d = 0
	}
	return time.Unix(int64(d)*86400, 0).UTC()
}

// Format returns d as YYYY-MM-DD, or "" for none.
func Format(d doc.Day) string {
	if d == 0 {
		return ""
	}
	return Time(d).Format(time.DateOnly)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func ymd(d doc.Day) (int, int, int) {
	t := Time(d)
	return t.Year(), int(t.Month()), t.Day()
}
