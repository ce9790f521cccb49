package events_test

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/dates"
	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/stages"
)

func run(t testing.TB, meta doc.Meta, text string) *doc.Doc {
	t.Helper()
	p, err := stages.Default()
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New(meta, text)
	if err := p.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

func show(d *doc.Doc, e doc.Event) string {
	place, a1, a2, fat, src := "-", "-", "-", "-", "publisher"
	if e.Place.Valid() {
		place = d.Places[e.Place.Get()].Name + "(" + e.PlaceFrom + ")"
	}
	if e.Actor1.Valid() {
		a1 = d.Actors[e.Actor1.Get()].Name
	}
	if e.Actor2.Valid() {
		a2 = d.Actors[e.Actor2.Get()].Name
	}
	if e.Fatalities.Valid() {
		q := d.Quantities[e.Fatalities.Get()]
		fat = fmt.Sprintf("%d/%d", q.Low, q.Best)
	}
	if e.Source.Valid() {
		src = d.Sources[e.Source.Get()].Name
	}
	return fmt.Sprintf("%s / %s | %s..%s | %s | a1=%s a2=%s | dead=%s | src=%s | mod=%s | %q",
		e.Type, e.Subtype, dates.Format(e.DateStart), dates.Format(e.DateEnd), place, a1, a2, fat, src, e.Modality, e.Trigger.In(d.Text))
}

func TestSeedDump(t *testing.T) {
	src, err := os.ReadFile("../../testdata/corpus/aleppo-2016-12.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := run(t, doc.Meta{}, string(src))
	for _, e := range d.Events {
		t.Log(show(d, e))
	}
}
