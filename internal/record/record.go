// Package record turns an annotated doc.Doc into SPEC's article records: one
// per article, with every offset rebased onto the article's own text.
package record

import (
	"github.com/sitrep-dev/sitrep/internal/dates"
	"github.com/sitrep-dev/sitrep/internal/doc"
)

// Article is SPEC's article record.
type Article struct {
	Doc               string    `json:"doc"`
	Article           int       `json:"article"`
	Title             string    `json:"title"`
	Published         *string   `json:"published"`
	PublishedInferred bool      `json:"published_inferred"`
	Source            string    `json:"source,omitempty"`
	URL               string    `json:"url,omitempty"`
	Dateline          *Dateline `json:"dateline,omitempty"`
	Text              string    `json:"text"`
	Events            []Event   `json:"events"`
	Quotes            []Quote   `json:"quotes"`
	Mentions          *Mentions `json:"mentions,omitempty"`
}

// Dateline is the article's dateline, as written.
type Dateline struct {
	Text   string `json:"text"`
	Place  string `json:"place,omitempty"`
	Date   string `json:"date,omitempty"`
	Agency string `json:"agency,omitempty"`
}

// Event is SPEC's event record. Its fields arrive with the events stage.
type Event struct {
	Type     string  `json:"type"`
	Subtype  string  `json:"subtype"`
	Evidence Offsets `json:"evidence"`
}

// Quote is a quotation with its speaker.
type Quote struct {
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Offsets is a byte range into the article's text.
type Offsets struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Mentions holds every annotation layer, for --mentions.
type Mentions struct {
	Sentences  []Offsets      `json:"sentences"`
	Dates      []DateMention  `json:"dates"`
	DateRanges []RangeMention `json:"date_ranges"`
}

// RangeMention is a phrase that joins dates into one span of days:
// "between Nov. 26 and Dec. 4", "since 2011".
type RangeMention struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Kind      string `json:"kind"`           // between, from, since, until
	From      string `json:"from,omitempty"` // first day, "" when open
	To        string `json:"to,omitempty"`   // last day, "" when open
	Precision string `json:"precision,omitempty"`
}

// DateMention is one temporal expression (TimeML TIMEX3 type, value, mod)
// with the day range it resolves to.
type DateMention struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Type      string `json:"type"`
	Value     string `json:"value,omitempty"`
	Mod       string `json:"mod,omitempty"`
	From      string `json:"from,omitempty"` // first day of the range
	To        string `json:"to,omitempty"`   // last day of the range
	Precision string `json:"precision,omitempty"`
}

// Options control what a record includes.
type Options struct {
	Mentions bool
}

// Build returns the records of every article in d.
func Build(d *doc.Doc, opt Options) []Article {
	out := make([]Article, 0, len(d.Articles))
	for ai, a := range d.Articles {
		base := a.Span.Start
		rec := Article{
			Doc:     d.Meta.ID,
			Article: ai,
			Title:   a.Title.In(d.Text),
			Source:  d.Meta.Source,
			URL:     d.Meta.URL,
			Text:    a.Span.In(d.Text),
			Events:  []Event{},
			Quotes:  []Quote{},
		}
		if rec.Title == "" && ai == 0 {
			rec.Title = d.Meta.Title
		}
		// The dates layer holds every article's publication date, the
		// input's own included.
		if ai < len(d.ArticleDates) && d.ArticleDates[ai].Published != 0 {
			s := dates.Format(d.ArticleDates[ai].Published)
			rec.Published = &s
			rec.PublishedInferred = d.ArticleDates[ai].Inferred
		}
		if a.Dateline.Valid() {
			dl := d.Datelines[a.Dateline.Get()]
			rec.Dateline = &Dateline{
				Text:   dl.Span.In(d.Text),
				Place:  dl.Place.In(d.Text),
				Date:   dl.Date.In(d.Text),
				Agency: dl.Agency.In(d.Text),
			}
		}
		if opt.Mentions {
			m := &Mentions{Sentences: []Offsets{}, Dates: []DateMention{}, DateRanges: []RangeMention{}}
			for _, s := range d.Sents {
				if int(s.Article) == ai {
					m.Sentences = append(m.Sentences, rebase(s.Span, base))
				}
			}
			for _, t := range d.Dates {
				if !a.Span.Contains(t.Span) {
					continue
				}
				o := rebase(t.Span, base)
				m.Dates = append(m.Dates, DateMention{
					Start: o.Start, End: o.End, Text: t.Span.In(d.Text), Type: t.Type, Value: t.Value, Mod: t.Mod,
					From: dates.Format(t.Start), To: dates.Format(t.End), Precision: t.Precision.String(),
				})
			}
			for _, r := range d.DateRanges {
				if !a.Span.Contains(r.Span) {
					continue
				}
				o := rebase(r.Span, base)
				m.DateRanges = append(m.DateRanges, RangeMention{
					Start: o.Start, End: o.End, Text: r.Span.In(d.Text), Kind: r.Kind,
					From: dates.Format(r.Start), To: dates.Format(r.End), Precision: r.Precision.String(),
				})
			}
			rec.Mentions = m
		}
		out = append(out, rec)
	}
	return out
}

func rebase(s doc.Span, base int32) Offsets {
	return Offsets{Start: int(s.Start - base), End: int(s.End - base)}
}
