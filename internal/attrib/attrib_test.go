package attrib_test

import (
	"context"
	"os"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/attrib"
	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/stages"
)

func run(t testing.TB, text string) *doc.Doc {
	t.Helper()
	p, err := stages.Default()
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New(doc.Meta{}, text)
	if err := p.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestSeedDump(t *testing.T) {
	src, err := os.ReadFile("../../testdata/corpus/aleppo-2016-12.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := run(t, string(src))
	for _, a := range d.Actors {
		t.Logf("ACTOR %q %s %s", a.Span.In(d.Text), a.Name, a.Type)
	}
	for _, s := range d.Sources {
		t.Logf("SOURCE %q cue=%q name=%q type=%s", s.Span.In(d.Text), s.Cue.In(d.Text), s.Name, s.Type)
	}
	for _, q := range d.Quotes {
		t.Logf("QUOTE %.60q speaker=%q name=%q", q.Span.In(d.Text), q.Speaker.In(d.Text), q.Name)
	}
}

func TestPeopleDump(t *testing.T) {
	src, _ := os.ReadFile("../../testdata/corpus/aleppo-2016-12.txt")
	d := run(t, string(src))
	s, _ := attrib.New()
	for _, p := range s.People(d) {
		t.Logf("%q → %q", p[0], p[1])
	}
}
