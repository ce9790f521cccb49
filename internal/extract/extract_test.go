package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
)

// bomb panics on documents that mention "boom": a bug in a stage.
type bomb struct{}

func (bomb) Name() string          { return "bomb" }
func (bomb) Requires() []doc.Layer { return nil }
func (bomb) Assigns() []doc.Layer  { return nil }
func (bomb) Process(ctx context.Context, d *doc.Doc) error {
	if strings.Contains(d.Source, "boom") {
		var spans []doc.Span
		_ = spans[len(d.Source)] // an index out of range, as real bugs are
	}
	return nil
}

// A panic in one document's processing is that document's error, named
// by its id; the documents around it are processed, in order.
func TestPanicIsOneDocumentsError(t *testing.T) {
	p, err := pipeline.New(bomb{})
	if err != nil {
		t.Fatal(err)
	}
	dump := `{"id":"a","text":"Shelling in Hama."}
{"id":"b","text":"boom"}
{"id":"c","text":"Clashes in Daraa."}
`
	var got []string
	err = Run(context.Background(), p, []input.Source{input.Bytes("d.jsonl", []byte(dump))}, Options{Jobs: 2}, func(r Result) error {
		if r.Err != nil {
			got = append(got, "error: "+r.Err.Error())
		} else {
			got = append(got, r.Item.Meta.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// With no segmenter, a and c have no articles: a plain input error.
	if len(got) != 3 || got[0] != "error: a: bad input: no text left after cleaning" || got[2] != "error: c: bad input: no text left after cleaning" ||
		!strings.HasPrefix(got[1], "error: b: stage bomb: internal error: runtime error: index out of range") {
		t.Errorf("got %q", got)
	}
	if strings.Contains(strings.Join(got, ""), "goroutine") {
		t.Error("a stack trace reached the user")
	}
}
