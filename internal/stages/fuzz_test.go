package stages

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/record"
)

// FuzzPipeline runs every stage and the record over any text: no panic,
// every span inside the cleaned text, every record valid JSON whose
// evidence offsets point into its article's text.
func FuzzPipeline(f *testing.F) {
	p, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"Over one hundred civilians were executed by Assad regime forces on Monday, opposition sources said.",
		"ALEPPO, Syria (Reuters) - Some 990 civilians have been killed over the course of the last 27 days.",
		"\"Goodbye,\" she said. \"This may be our last call.\"\nBana and mother await \"miracle\"",
		"between 20 and 30 fighters of Jabhat Fateh al-Sham were killed in Idlib late July",
		"٣٠٠ قتيل في حلب",
		"Russian attack on Kharkiv kills 6\nby Martin Fornusek\nOctober 31, 2024 9:14 AM 2 min read\nRussian forces struck a residential building in Kharkiv with a guided aerial bomb on Oct. 30, killing six people, officials said.\nRead also: Russia launches drones\nSEATTLE (AP) — Boeing machinists voted Monday.",
	} {
		f.Add(s, "2016-12-12")
	}
	f.Fuzz(func(t *testing.T, s, pub string) {
		d := doc.New(doc.Meta{ID: "fuzz"}, s)
		if t, ok := input.ParseDate(pub); ok {
			d.Meta.Published = t
		}
		if err := p.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		n := int32(len(d.Text))
		check := func(layer string, sp doc.Span) {
			if sp.Start < 0 || sp.End > n || sp.Start > sp.End {
				t.Fatalf("%s span %v outside the text (%d bytes)", layer, sp, n)
			}
		}
		for _, x := range d.Sents {
			check("sentence", x.Span)
		}
		for _, x := range d.Dates {
			check("date", x.Span)
		}
		for _, x := range d.Quantities {
			check("quantity", x.Span)
		}
		for _, x := range d.Actors {
			check("actor", x.Span)
		}
		for _, x := range d.Control {
			check("control", x.Span)
			check("control area", x.Area)
		}
		for _, x := range d.Quotes {
			check("quote", x.Span)
		}
		for _, a := range record.Build(d, record.Options{Mentions: true}) {
			if _, err := json.Marshal(a); err != nil {
				t.Fatal(err)
			}
			for _, e := range a.Events {
				if e.Evidence.Start < 0 || e.Evidence.End > len(a.Text) || e.Evidence.Start > e.Evidence.End {
					t.Fatalf("evidence %+v outside the article (%d bytes)", e.Evidence, len(a.Text))
				}
			}
		}
	})
}
