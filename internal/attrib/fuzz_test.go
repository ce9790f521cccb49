package attrib_test

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/stages"
	"github.com/sitrep-dev/sitrep/internal/testshared"
)

// FuzzAttribution: sources, their cues and scopes, quotes and speakers
// all lie in the text, whatever the quotation marks.
func FuzzAttribution(f *testing.F) {
	testshared.FuzzDocs(f, stages.Default, doc.Meta{}, append(testshared.SeedExcerpts(), `"Unclosed, he said. “Curly” and "straight" "" said the mother.`), func(t *testing.T, d *doc.Doc) {
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
