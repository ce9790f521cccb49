package events_test

import (
	"context"
	"fmt"
	"os"
	"strings"
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

// The seed's timeline (issue 6's "done when"): about twenty events, each
// with type, dates, place and actor, and the three the issue names.
func TestSeedTimeline(t *testing.T) {
	src, err := os.ReadFile("../../testdata/corpus/aleppo-2016-12.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := run(t, doc.Meta{}, string(src))
	var all []string
	for _, e := range d.Events {
		s := show(d, e)
		t.Log(s)
		all = append(all, s)
		if e.DateStart == 0 || !e.Place.Valid() {
			t.Errorf("an event without a date or a place: %s", s)
		}
	}
	if n := len(d.Events); n < 15 || n > 25 {
		t.Errorf("%d events, want about twenty", n)
	}
	for _, want := range []string{
		`Battles / Government regains territory | 2016-12-04..2016-12-04 | Karm al-Myassar(sentence) | a1=Military Forces of Syria (2000-)`,
		`Violence against civilians / Attack | 2016-12-12..2016-12-12 | Aleppo(sentence) | a1=Military Forces of Syria (2000-) a2=Civilians (Syria) | dead=101/101 | src=publisher`,
		`Violence against civilians / Attack | 2016-12-12..2016-12-12 | Aleppo(article) | a1=Military Forces of Syria (2000-) a2=- | dead=181/181 | src=Opposition sources`,
		`Violence against civilians / Attack | 2016-11-16..2016-12-12 | Aleppo(sentence) | a1=Military Forces of Syria (2000-) a2=Civilians (Syria) | dead=-1/990 | src=local sources`,
	} {
		found := false
		for _, s := range all {
			if strings.HasPrefix(s, want) {
				found = true
			}
		}
		if !found {
			t.Errorf("no event %s", want)
		}
	}
}
