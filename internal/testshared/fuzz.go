package testshared

import (
	"context"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/doc"
)

// Runner runs a pipeline over a document, as *pipeline.Pipeline does.
type Runner interface {
	Run(ctx context.Context, d *doc.Doc) error
}

// FuzzDocs is the body of a stage's fuzz target: it builds the pipeline
// with newPipeline (stages.Default; this package cannot import stages,
// whose own tests use it), seeds the corpus, and hands every input, run
// as a document with meta, to check.
func FuzzDocs[P Runner](f *testing.F, newPipeline func() (P, error), meta doc.Meta, seeds []string, check func(t *testing.T, d *doc.Doc)) {
	p, err := newPipeline()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := doc.New(meta, s)
		if err := p.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		check(t, d)
	})
}
