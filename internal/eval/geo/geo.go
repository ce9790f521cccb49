// Package geo scores toponym recognition and resolution against the
// geoparsing corpora in the format of Gritta et al.'s release (LGL,
// TR-News, GeoWebNews): articles with toponym spans and GeoNames
// coordinates.
package geo

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/earth"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
)

// Article is one annotated article.
type Article struct {
	ID       string
	Text     string
	Toponyms []Toponym
}

// Toponym is a gold toponym: byte offsets into Text and, when the
// annotators placed it, coordinates.
type Toponym struct {
	Start, End int
	Phrase     string
	Lat, Lon   float64
	Placed     bool
}

type xmlArticles struct {
	Articles []struct {
		DocID    string `xml:"docid,attr"`
		Text     string `xml:"text"`
		Toponyms []struct {
			Start  int    `xml:"start"`
			End    int    `xml:"end"`
			Phrase string `xml:"phrase"`
			Gaztag *struct {
				Lat *float64 `xml:"lat"`
				Lon *float64 `xml:"lon"`
			} `xml:"gaztag"`
		} `xml:"toponyms>toponym"`
	} `xml:"article"`
}

// Parse reads a corpus file. Gold offsets count characters; they become
// byte offsets here.
func Parse(name string, r io.Reader) ([]Article, error) {
	var x xmlArticles
	if err := xml.NewDecoder(r).Decode(&x); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	out := make([]Article, 0, len(x.Articles))
	for _, a := range x.Articles {
		// Rune index → byte offset.
		idx := make([]int, 0, len(a.Text)+1)
		for i := range a.Text {
			idx = append(idx, i)
		}
		idx = append(idx, len(a.Text))
		art := Article{ID: a.DocID, Text: a.Text}
		for _, t := range a.Toponyms {
			if t.Start < 0 || t.End > len(idx)-1 || t.Start >= t.End {
				continue
			}
			tp := Toponym{Start: idx[t.Start], End: idx[t.End], Phrase: t.Phrase}
			// Some gold offsets count from a slightly different text
			// (TR-News drifts by a few characters after blank lines):
			// the phrase nearest the offset is the toponym meant.
			if a.Text[tp.Start:tp.End] != t.Phrase && t.Phrase != "" {
				if at, ok := nearest(a.Text, t.Phrase, tp.Start, 200); ok {
					tp.Start, tp.End = at, at+len(t.Phrase)
				}
			}
			if t.Gaztag != nil && t.Gaztag.Lat != nil && t.Gaztag.Lon != nil {
				tp.Lat, tp.Lon, tp.Placed = *t.Gaztag.Lat, *t.Gaztag.Lon, true
			}
			art.Toponyms = append(art.Toponyms, tp)
		}
		if !utf8.ValidString(art.Text) {
			continue
		}
		out = append(out, art)
	}
	return out, nil
}

// nearest returns the byte offset of the occurrence of phrase in text
// closest to at, no farther than within bytes.
func nearest(text, phrase string, at, within int) (int, bool) {
	lo, hi := max(0, at-within), min(len(text), at+within+len(phrase))
	best, ok := 0, false
	for i := lo; i+len(phrase) <= hi; i++ {
		if text[i:i+len(phrase)] == phrase && (!ok || abs(i-at) < abs(best-at)) {
			best, ok = i, true
		}
	}
	return best, ok
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Score accumulates counts over articles.
type Score struct {
	Gold, System int // toponyms
	Found        int // gold toponyms overlapped by a system toponym
	Correct      int // system toponyms overlapping a gold one
	Placed       int // gold toponyms with coordinates that were found
	Within161    int // of those, placed within 161 km
}

// Add runs pipeline p over one article and scores it.
// miss, when not nil, is called for each gold toponym missed or misplaced;
// extra for each system toponym that overlaps none.
func (s *Score) Add(ctx context.Context, p *pipeline.Pipeline, a Article, miss func(Toponym, *doc.PlaceMention), extra func(*doc.Doc, doc.PlaceMention)) error {
	d, err := run(ctx, p, a)
	if err != nil {
		return err
	}
	type sys struct {
		sp doc.Span
		m  *doc.PlaceMention
	}
	var ss []sys
	for i := range d.Places {
		ss = append(ss, sys{d.Map.SpanToSource(d.Places[i].Span), &d.Places[i]})
	}
	s.Gold += len(a.Toponyms)
	s.System += len(ss)
	for _, x := range ss {
		hit := false
		for _, g := range a.Toponyms {
			if int(x.sp.Start) < g.End && g.Start < int(x.sp.End) {
				hit = true
				break
			}
		}
		if hit {
			s.Correct++
		} else if extra != nil {
			extra(d, *x.m)
		}
	}
	for _, g := range a.Toponyms {
		var hit *doc.PlaceMention
		for _, x := range ss {
			if int(x.sp.Start) < g.End && g.Start < int(x.sp.End) {
				hit = x.m
				break
			}
		}
		if hit != nil {
			s.Found++
		}
		if !g.Placed {
			continue
		}
		if hit != nil {
			s.Placed++
			if earth.Km(hit.Lat, hit.Lon, g.Lat, g.Lon) <= 161 {
				s.Within161++
				continue
			}
		}
		if miss != nil {
			miss(g, hit)
		}
	}
	return nil
}

// Precision, Recall and F1 of recognition.
func (s Score) Precision() float64 { return ratio(s.Correct, s.System) }
func (s Score) Recall() float64    { return ratio(s.Found, s.Gold) }
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Acc161 is the share of recognized gold toponyms with coordinates put
// within 161 km of them.
func (s Score) Acc161() float64 { return ratio(s.Within161, s.Placed) }

// EndToEnd is the share of all gold toponyms found and placed within 161
// km (those without gold coordinates count as misses).
func (s Score) EndToEnd() float64 { return ratio(s.Within161, s.Gold) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (s Score) String() string {
	return fmt.Sprintf("gold %d system %d | recognition P %.3f R %.3f F1 %.3f | acc@161 %.3f (%d/%d) | end to end %.3f",
		s.Gold, s.System, s.Precision(), s.Recall(), s.F1(), s.Acc161(), s.Within161, s.Placed, s.EndToEnd())
}

func run(ctx context.Context, p *pipeline.Pipeline, a Article) (*doc.Doc, error) {
	d := doc.New(doc.Meta{ID: a.ID}, a.Text)
	return d, p.Run(ctx, d)
}
