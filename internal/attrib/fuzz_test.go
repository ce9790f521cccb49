package attrib_test

import (
	"context"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/stages"
	"github.com/sitrep-dev/sitrep/internal/testshared"
)

// FuzzAttribution: sources, their cues and scopes, quotes and speakers
// all lie in the text, whatever the quotation marks.
func FuzzAttribution(f *testing.F) {
	p, err := stages.Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range testshared.SeedExcerpts() {
		f.Add(s)
	}
	f.Add(`"Unclosed, he said. “Curly” and "straight" "" said the mother.`)
	f.Fuzz(func(t *testing.T, s string) {
		d := doc.New(doc.Meta{}, s)
		if err := p.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		n := int32(len(d.Text))
		ok := func(sp doc.Span) bool { return sp.Start >= 0 && sp.End <= n && sp.Start <= sp.End }
		for _, src := range d.Sources {
			if !ok(src.Span) || !ok(src.Cue) || !ok(src.Scope) {
				t.Fatalf("source %+v outside the text", src)
			}
		}
		for _, q := range d.Quotes {
			if !ok(q.Span) || !ok(q.Speaker) {
				t.Fatalf("quote %+v outside the text", q)
			}
		}
	})
}
