// Package timeml reads TimeML documents (TempEval-3) and scores sitrep's
// date layer against their TIMEX3 annotations as TempEval-3 does: strict
// and relaxed span F1, type accuracy and value F1 over relaxed matches.
package timeml

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
)

// Timex is a gold or system TIMEX3 with byte offsets into the document text.
type Timex struct {
	Start, End  int
	Type, Value string
}

// Document is a TimeML document: its text (tags removed), creation time and
// gold TIMEX3s.
type Document struct {
	Name string
	Text string
	DCT  string
	Gold []Timex
}

// Parse reads a TimeML document.
func Parse(name string, r io.Reader) (*Document, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	d := &Document{Name: name}
	var b strings.Builder
	inText, inDCT := false, false
	var open *Timex
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText = true
			case "DCT":
				inDCT = true
			case "TIMEX3":
				tx := Timex{Start: b.Len()}
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "type":
						tx.Type = a.Value
					case "value":
						tx.Value = a.Value
					}
				}
				if inDCT {
					d.DCT = tx.Value
				}
				if inText {
					open = &tx
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DCT":
				inDCT = false
			case "TIMEX3":
				if open != nil {
					open.End = b.Len()
					d.Gold = append(d.Gold, *open)
					open = nil
				}
			}
		case xml.CharData:
			if inText {
				b.Write(t)
			}
		}
	}
	d.Text = b.String()
	if d.DCT == "" {
		return nil, fmt.Errorf("%s: no DCT", name)
	}
	return d, nil
}

// Annotate runs the pipeline on the document with its creation time as the
// publication date and returns the system's timexes in source offsets.
func Annotate(ctx context.Context, p *pipeline.Pipeline, td *Document) ([]Timex, error) {
	pub, ok := input.ParseDate(td.DCT[:min(len(td.DCT), 10)])
	if !ok {
		return nil, fmt.Errorf("%s: bad DCT %q", td.Name, td.DCT)
	}
	d := doc.New(doc.Meta{ID: td.Name, Published: pub}, td.Text)
	if err := p.Run(ctx, d); err != nil {
		return nil, err
	}
	out := make([]Timex, 0, len(d.Dates))
	for _, t := range d.Dates {
		sp := d.Map.SpanToSource(t.Span)
		out = append(out, Timex{Start: int(sp.Start), End: int(sp.End), Type: t.Type, Value: t.Value})
	}
	return out, nil
}

// Score accumulates TempEval-3 counts.
type Score struct {
	Gold, System    int
	Strict, Relaxed int // matched pairs
	TypeOK, ValueOK int // among relaxed matches
}

// Add scores one document's system output against its gold.
func (s *Score) Add(gold, sys []Timex) {
	s.Gold += len(gold)
	s.System += len(sys)
	used := make([]bool, len(gold))
	for _, x := range sys {
		for gi, g := range gold {
			if used[gi] || x.End <= g.Start || g.End <= x.Start {
				continue
			}
			used[gi] = true
			s.Relaxed++
			if x.Start == g.Start && x.End == g.End {
				s.Strict++
			}
			if x.Type == g.Type {
				s.TypeOK++
			}
			if x.Value == g.Value {
				s.ValueOK++
			}
			break
		}
	}
}

func f1(correct, sys, gold int) (p, r, f float64) {
	if sys > 0 {
		p = float64(correct) / float64(sys)
	}
	if gold > 0 {
		r = float64(correct) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// StrictF1 is the F1 of exact span matches.
func (s Score) StrictF1() float64 { _, _, f := f1(s.Strict, s.System, s.Gold); return f }

// RelaxedF1 is the F1 of overlapping span matches.
func (s Score) RelaxedF1() float64 { _, _, f := f1(s.Relaxed, s.System, s.Gold); return f }

// ValueF1 is the F1 of relaxed matches whose value is right.
func (s Score) ValueF1() float64 { _, _, f := f1(s.ValueOK, s.System, s.Gold); return f }

// TypeF1 is the F1 of relaxed matches whose type is right.
func (s Score) TypeF1() float64 { _, _, f := f1(s.TypeOK, s.System, s.Gold); return f }

// TypeAccuracy is the share of relaxed matches whose type is right.
func (s Score) TypeAccuracy() float64 {
	if s.Relaxed == 0 {
		return 0
	}
	return float64(s.TypeOK) / float64(s.Relaxed)
}

func (s Score) String() string {
	rp, rr, rf := f1(s.Relaxed, s.System, s.Gold)
	return fmt.Sprintf("gold %d system %d | relaxed P %.3f R %.3f F1 %.3f | strict F1 %.3f | type acc %.3f F1 %.3f | value F1 %.3f",
		s.Gold, s.System, rp, rr, rf, s.StrictF1(), s.TypeAccuracy(), s.TypeF1(), s.ValueF1())
}
