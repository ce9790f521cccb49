package events_test

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/stages"
	"github.com/sitrep-dev/sitrep/internal/testshared"
)

// FuzzEvents: every event's links point into their layers and its
// evidence into the text, whatever the text.
func FuzzEvents(f *testing.F) {
	testshared.FuzzDocs(f, stages.Default, doc.Meta{}, testshared.SeedExcerpts(), func(t *testing.T, d *doc.Doc) {
		in := func(ix doc.Index, n int) bool { return !ix.Valid() || ix.Get() < n }
		for _, e := range d.Events {
			for _, ev := range e.Evidence {
				if ev.Start < 0 || ev.End > int32(len(d.Text)) || ev.Start > ev.End {
					t.Fatalf("evidence %v outside the text", ev)
				}
			}
			if !in(e.Place, len(d.Places)) || !in(e.Actor1, len(d.Actors)) || !in(e.Actor2, len(d.Actors)) ||
				!in(e.Fatalities, len(d.Quantities)) || !in(e.Source, len(d.Sources)) || e.Article < 0 || int(e.Article) >= len(d.Articles) {
				t.Fatalf("event with a dangling link: %+v", e)
			}
			if e.DateStart != 0 && e.DateEnd < e.DateStart {
				t.Fatalf("event ends before it starts: %+v", e)
			}
		}
	})
}
