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
	// Control lists claims of territorial control ("one per cent of the
	// original pocket remains in opposition hands"), for setting sources'
	// figures side by side.
	Control  []Control `json:"control"`
	Mentions *Mentions `json:"mentions,omitempty"`
}

// Dateline is the article's dateline, as written.
type Dateline struct {
	Text   string `json:"text"`
	Place  string `json:"place,omitempty"`
	Date   string `json:"date,omitempty"`
	Agency string `json:"agency,omitempty"`
}

// Event is SPEC's event record, with sitrep's additions: the evidence of
// every restatement, the modality of an event the text does not assert,
// the source's type, and ACLED's geo-precision.
type Event struct {
	Type       string      `json:"type"`
	Subtype    string      `json:"subtype"`
	Date       *EventDate  `json:"date"`
	Place      *EventPlace `json:"place"`
	Actor1     *Named      `json:"actor1"`
	Actor2     *Named      `json:"actor2"`
	Fatalities *Count      `json:"fatalities"`
	Victims    *string     `json:"victims"`
	Affected   []Affected  `json:"affected"`
	Source     *Source     `json:"source"`
	Evidence   Offsets     `json:"evidence"`
	More       []Offsets   `json:"more_evidence,omitempty"`
	Modality   string      `json:"modality,omitempty"`
}

// EventDate is when an event happened: a day range and its precision.
type EventDate struct {
	Start     string `json:"start"`
	End       string `json:"end"`
	Precision string `json:"precision"`
	Text      string `json:"text"` // the expression that dates it; "" for the publication date
}

// EventPlace is where an event happened.
type EventPlace struct {
	Name         string  `json:"name"`
	Country      string  `json:"country"`
	Admin1       string  `json:"admin1,omitempty"`
	Lat          float64 `json:"lat"`
	Lon          float64 `json:"lon"`
	Precision    string  `json:"precision"`
	GeoPrecision int8    `json:"geo_precision"`
	ID           string  `json:"id"`
	Text         string  `json:"text"`
	Qualifier    string  `json:"qualifier,omitempty"`
	From         string  `json:"from"` // sentence, paragraph, dateline, article
}

// Named is an actor: its dictionary name and the text.
type Named struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

// Count is a figure with UCDP bounds.
type Count struct {
	Low   *int64 `json:"low"`
	Best  *int64 `json:"best"`
	High  *int64 `json:"high"`
	Text  string `json:"text"`
	Vague bool   `json:"vague,omitempty"` // "dozens": a convention, not a number written
}

// Affected is a figure of people besieged, trapped, displaced …
type Affected struct {
	Count int64  `json:"count"`
	What  string `json:"what"`
	Text  string `json:"text"`
}

// Source is who says it; null in an event is the publisher's own voice.
type Source struct {
	Name string `json:"name"`
	Type string `json:"type"`
	Text string `json:"text"`
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
	Quantities []Quantity     `json:"quantities"`
	Places     []Place        `json:"places"`
	Actors     []Actor        `json:"actors"`
}

// Actor is an actor named in the text.
type Actor struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Name  string `json:"name"`
	Type  string `json:"type"`
}

// Place is a toponym and the gazetteer entry it resolves to.
type Place struct {
	Start        int     `json:"start"`
	End          int     `json:"end"`
	Text         string  `json:"text"`
	Kind         string  `json:"kind"` // place, demonym, metonym
	Name         string  `json:"name"`
	ID           string  `json:"id"`
	Country      string  `json:"country"`
	Admin1       string  `json:"admin1,omitempty"`
	Lat          float64 `json:"lat"`
	Lon          float64 `json:"lon"`
	Precision    string  `json:"precision"`
	GeoPrecision int8    `json:"geo_precision"`
	Qualifier    string  `json:"qualifier,omitempty"`
}

// Quantity is a figure of people harmed or affected; low/best/high follow
// UCDP (null when open), stated is the number as written.
type Quantity struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Stated   int64  `json:"stated"`
	Low      *int64 `json:"low"`
	Best     *int64 `json:"best"`
	High     *int64 `json:"high"`
	Vague    bool   `json:"vague,omitempty"`
	Who      string `json:"who,omitempty"`
	Civilian string `json:"civilian,omitempty"`
	What     string `json:"what"`
	Class    string `json:"class"`
	Role     string `json:"role,omitempty"`
	Parent   *int   `json:"parent,omitempty"` // index in this list
	And      *int   `json:"and,omitempty"`    // index in this list
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
			Control: []Control{},
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
		for _, e := range d.Events {
			if e.Article == ai {
				rec.Events = append(rec.Events, event(d, e, base))
			}
		}
		for _, q := range d.Quotes {
			if a.Span.Contains(q.Span) {
				o := rebase(q.Span, base)
				rec.Quotes = append(rec.Quotes, Quote{Speaker: q.Name, Text: q.Span.In(d.Text), Start: o.Start, End: o.End})
			}
		}
		for _, c := range d.Control {
			if int(c.Article) == ai {
				rec.Control = append(rec.Control, control(d, c, base))
			}
		}
		if opt.Mentions {
			m := &Mentions{Sentences: []Offsets{}, Dates: []DateMention{}, DateRanges: []RangeMention{}, Quantities: []Quantity{}, Places: []Place{}, Actors: []Actor{}}
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
			m.Quantities = quantities(d, a, base)
			for _, x := range d.Actors {
				if a.Span.Contains(x.Span) {
					o := rebase(x.Span, base)
					m.Actors = append(m.Actors, Actor{Start: o.Start, End: o.End, Text: x.Span.In(d.Text), Name: x.Name, Type: x.Type})
				}
			}
			for _, p := range d.Places {
				if !a.Span.Contains(p.Span) {
					continue
				}
				o := rebase(p.Span, base)
				m.Places = append(m.Places, Place{Start: o.Start, End: o.End, Text: p.Span.In(d.Text), Kind: p.Kind,
					Name: p.Name, ID: p.ID, Country: p.Country, Admin1: p.Admin1, Lat: p.Lat, Lon: p.Lon,
					Precision: p.Precision, GeoPrecision: p.GeoPrecision, Qualifier: p.Qualifier})
			}
			rec.Mentions = m
		}
		out = append(out, rec)
	}
	return out
}

// Control is a claim of territorial control.
type Control struct {
	Value     float64     `json:"value"`
	Unit      string      `json:"unit"`
	Qualifier string      `json:"qualifier,omitempty"`
	Area      string      `json:"area"`
	Holder    string      `json:"holder"`
	Place     *EventPlace `json:"place"`
	Source    *Source     `json:"source"`
	Text      string      `json:"text"`
	Evidence  Offsets     `json:"evidence"` // the sentence
}

func control(d *doc.Doc, c doc.Control, base int32) Control {
	out := Control{Value: c.Value, Unit: "percent", Qualifier: c.Qualifier, Area: c.Area.In(d.Text), Holder: c.Holder,
		Text: c.Span.In(d.Text), Evidence: rebase(d.Sents[c.Sent].Span, base)}
	if c.Place.Valid() {
		p := d.Places[c.Place.Get()]
		out.Place = &EventPlace{Name: p.Name, Country: p.Country, Admin1: p.Admin1, Lat: p.Lat, Lon: p.Lon, Precision: p.Precision,
			GeoPrecision: p.GeoPrecision, ID: p.ID, Text: p.Span.In(d.Text), From: "article"}
	}
	if c.Source.Valid() {
		s := d.Sources[c.Source.Get()]
		out.Source = &Source{Name: s.Name, Type: s.Type, Text: s.Span.In(d.Text)}
	}
	return out
}

// event makes SPEC's event record of e.
func event(d *doc.Doc, e doc.Event, base int32) Event {
	out := Event{Type: e.Type, Subtype: e.Subtype, Affected: []Affected{}, Modality: e.Modality, Evidence: rebase(e.Evidence[0], base)}
	for _, sp := range e.Evidence[1:] {
		out.More = append(out.More, rebase(sp, base))
	}
	if e.DateStart != 0 {
		out.Date = &EventDate{Start: dates.Format(e.DateStart), End: dates.Format(e.DateEnd), Precision: e.DatePrecision.String(), Text: e.DateSpan.In(d.Text)}
	}
	if e.Place.Valid() {
		p := d.Places[e.Place.Get()]
		out.Place = &EventPlace{Name: p.Name, Country: p.Country, Admin1: p.Admin1, Lat: p.Lat, Lon: p.Lon, Precision: p.Precision,
			GeoPrecision: p.GeoPrecision, ID: p.ID, Text: p.Span.In(d.Text), Qualifier: p.Qualifier, From: e.PlaceFrom}
	}
	named := func(ix doc.Index) *Named {
		if !ix.Valid() {
			return nil
		}
		a := d.Actors[ix.Get()]
		return &Named{Name: a.Name, Text: a.Span.In(d.Text)}
	}
	out.Actor1, out.Actor2 = named(e.Actor1), named(e.Actor2)
	if e.Fatalities.Valid() {
		q := d.Quantities[e.Fatalities.Get()]
		out.Fatalities = &Count{Low: bound(q.Low), Best: bound(q.Best), High: bound(q.High), Text: q.Span.In(d.Text), Vague: q.Vague}
		for _, ix := range e.MoreFatal {
			out.Fatalities.add(d.Quantities[ix.Get()], d.Text)
		}
	}
	if e.Victims != "" {
		v := e.Victims
		out.Victims = &v
	}
	for _, ix := range e.Affected {
		q := d.Quantities[ix.Get()]
		out.Affected = append(out.Affected, Affected{Count: q.Best, What: q.What, Text: q.Span.In(d.Text)})
	}
	if e.Source.Valid() {
		s := d.Sources[e.Source.Get()]
		out.Source = &Source{Name: s.Name, Type: s.Type, Text: s.Span.In(d.Text)}
	}
	return out
}

func rebase(s doc.Span, base int32) Offsets {
	return Offsets{Start: int(s.Start - base), End: int(s.End - base)}
}

// quantities lists the figures inside article a, with links as indices
// into the list itself.
func quantities(d *doc.Doc, a doc.Article, base int32) []Quantity {
	out := []Quantity{}
	at := map[int]int{}
	for k, q := range d.Quantities {
		if a.Span.Contains(q.Span) { // offsets point into the body
			at[k] = len(out)
			o := rebase(q.Span, base)
			out = append(out, Quantity{
				Start: o.Start, End: o.End, Text: q.Span.In(d.Text), Stated: q.Stated,
				Low: bound(q.Low), Best: bound(q.Best), High: bound(q.High), Vague: q.Vague,
				Who: q.Who, Civilian: q.Civilian, What: q.What, Class: q.Class, Role: q.Role,
			})
		}
	}
	link := func(ix doc.Index) *int {
		if !ix.Valid() {
			return nil
		}
		if j, ok := at[ix.Get()]; ok {
			return &j
		}
		return nil
	}
	for k, q := range d.Quantities {
		if j, ok := at[k]; ok {
			out[j].Parent, out[j].And = link(q.Parent), link(q.And)
		}
	}
	return out
}

// add sums a further group of the dead into c: each bound is the sum of
// the parts' bounds (a part without a low bound gives its best; a part
// without a high bound leaves the sum without one), and the texts are
// joined.
func (c *Count) add(q doc.Quantity, text string) {
	sum := func(a *int64, b ...int64) *int64 {
		if a == nil {
			return nil
		}
		for _, v := range b {
			if v != doc.NoCount {
				s := *a + v
				return &s
			}
		}
		return nil
	}
	low := c.Low
	if low == nil {
		low = c.Best
	}
	c.Low = sum(low, q.Low, q.Best)
	c.Best = sum(c.Best, q.Best, q.Low)
	c.High = sum(c.High, q.High)
	c.Text += " + " + q.Span.In(text)
	c.Vague = c.Vague || q.Vague
}

func bound(v int64) *int64 {
	if v == doc.NoCount {
		return nil
	}
	return &v
}
