package stages

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/actors"
	"github.com/sitrep-dev/sitrep/internal/attrib"
	"github.com/sitrep-dev/sitrep/internal/casualties"
	"github.com/sitrep-dev/sitrep/internal/clean"
	"github.com/sitrep-dev/sitrep/internal/dates"
	"github.com/sitrep-dev/sitrep/internal/decode"
	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/events"
	"github.com/sitrep-dev/sitrep/internal/extract"
	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/places"
	"github.com/sitrep-dev/sitrep/internal/record"
	"github.com/sitrep-dev/sitrep/internal/sample"
	"github.com/sitrep-dev/sitrep/internal/segment"
	"github.com/sitrep-dev/sitrep/internal/testshared"
	"github.com/sitrep-dev/sitrep/internal/tokenize"
)

// corpus returns the FA-KES articles: the full development set when the
// shared corpus is at hand (see testshared), else the embedded sample.
func corpus(tb testing.TB) [][]byte {
	tb.Helper()
	src := sample.JSONL()
	if p, ok := testshared.Path("corpus/fakes/articles.jsonl"); ok {
		if b, err := os.ReadFile(p); err == nil {
			src = b
		}
	}
	var texts [][]byte
	err := input.Read("fakes", strings.NewReader(string(src)), func(it input.Item) bool {
		if it.Err == nil {
			texts = append(texts, []byte(it.Text))
		}
		return true
	})
	if err != nil || len(texts) == 0 {
		tb.Fatal(err, len(texts))
	}
	return texts
}

func TestPipelineBuilds(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(p.Stages(), ","); got != "clean,segment,tokenize,dates,casualties,places,actors,attribution,events,control" {
		t.Errorf("stages = %s", got)
	}
	for _, text := range corpus(t) {
		d := doc.New(doc.Meta{}, string(text))
		if err := p.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if err := d.Check(); err != nil {
			t.Fatal(err)
		}
	}
}

// BenchmarkFrontEnd measures decoding, cleaning and segmentation over
// FA-KES on one core (issue 2's target: 100 MB/s).
func BenchmarkFrontEnd(b *testing.B) {
	c, err := clean.New()
	if err != nil {
		b.Fatal(err)
	}
	s, err := segment.New()
	if err != nil {
		b.Fatal(err)
	}
	p, err := pipeline.New(c, s)
	if err != nil {
		b.Fatal(err)
	}
	benchPipeline(b, p, 0)
}

// BenchmarkPipeline measures the whole default pipeline over FA-KES on one
// core as extract runs it, in batches of extract.BatchDocs documents (the
// target for everything sitrep does: 15 MB/s).
func BenchmarkPipeline(b *testing.B) {
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	benchPipeline(b, p, extract.BatchDocs)
}

// BenchmarkPipelineOneByOne is BenchmarkPipeline with each document
// through every stage before the next starts (pipeline.Run): the
// difference is what batching saves.
func BenchmarkPipelineOneByOne(b *testing.B) {
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	benchPipeline(b, p, 0)
}

// Running the stages over a batch gives each document exactly what
// running it alone does.
func TestBatchSameAsRun(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := corpus(t)
	if len(texts) > 100 {
		texts = texts[:100]
	}
	var one, batch []*doc.Doc
	for _, text := range texts {
		d := doc.New(doc.Meta{}, string(text))
		if err := p.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		one = append(one, d)
		batch = append(batch, doc.New(doc.Meta{}, string(text)))
	}
	for i, err := range p.RunBatch(context.Background(), batch) {
		if err != nil {
			t.Fatal(i, err)
		}
	}
	for i := range one {
		a, _ := json.Marshal(record.Build(one[i], record.Options{Mentions: true}))
		b, _ := json.Marshal(record.Build(batch[i], record.Options{Mentions: true}))
		if string(a) != string(b) {
			t.Errorf("document %d: batch differs from one by one:\n%s\n%s", i, a, b)
		}
	}
}

// benchPipeline runs p over FA-KES: each document through every stage
// in turn (pipeline.Run) when batch is 0, else in batches of that many
// documents (pipeline.RunBatch), as extract does.
func benchPipeline(b *testing.B, p *pipeline.Pipeline, batch int) {
	texts := corpus(b)
	var n int64
	for _, t := range texts {
		n += int64(len(t))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	ctx := context.Background()
	ds := make([]*doc.Doc, 0, batch)
	for b.Loop() {
		if batch == 0 {
			for _, t := range texts {
				p.Run(ctx, doc.New(doc.Meta{}, decode.Bytes(t, "").Text))
			}
			continue
		}
		for i := 0; i < len(texts); i += batch {
			ds = ds[:0]
			for _, t := range texts[i:min(i+batch, len(texts))] {
				ds = append(ds, doc.New(doc.Meta{}, decode.Bytes(t, "").Text))
			}
			p.RunBatch(ctx, ds)
		}
	}
	b.ReportMetric(float64(len(texts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkDates measures the date stage alone over FA-KES on one core,
// on documents already cleaned, segmented and tokenized (issue 3's target:
// 50 MB/s, ten times chrono-node).
func BenchmarkDates(b *testing.B) {
	dt, err := dates.New()
	if err != nil {
		b.Fatal(err)
	}
	benchStage(b, dt, func(d *doc.Doc) { d.Dates, d.DateRanges, d.ArticleDates = d.Dates[:0], d.DateRanges[:0], nil })
}

// BenchmarkCasualties measures the casualty stage alone over FA-KES on
// one core (issue 4's target: 50 MB/s).
func BenchmarkCasualties(b *testing.B) {
	cs, err := casualties.New()
	if err != nil {
		b.Fatal(err)
	}
	benchStage(b, cs, func(d *doc.Doc) { d.Quantities = d.Quantities[:0] })
}

// benchStage runs the default pipeline over the corpus once, then times
// stage st alone, with reset clearing what st assigns before each run.
func benchStage(b *testing.B, st pipeline.Stage, reset func(*doc.Doc)) {
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	texts := corpus(b)
	docs := make([]*doc.Doc, len(texts))
	var n int64
	ctx := context.Background()
	for i, t := range texts {
		n += int64(len(t))
		docs[i] = doc.New(doc.Meta{}, decode.Bytes(t, "").Text)
		if err := p.Run(ctx, docs[i]); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			reset(d)
			st.Process(ctx, d)
		}
	}
	b.ReportMetric(float64(len(texts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPlaces measures the place stage alone over FA-KES on one core
// with the embedded gazetteer (issue 5's target: 30 MB/s).
func BenchmarkPlaces(b *testing.B) {
	pl, err := places.New(nil)
	if err != nil {
		b.Fatal(err)
	}
	benchStage(b, pl, func(d *doc.Doc) { d.Places = d.Places[:0] })
}

// BenchmarkTokenize, BenchmarkActors, BenchmarkAttribution and
// BenchmarkEvents measure one stage each, as BenchmarkDates does.
func BenchmarkTokenize(b *testing.B) {
	benchStage(b, tokenize.New(), func(d *doc.Doc) { d.Tokens, d.Norm = d.Tokens[:0], "" })
}

func BenchmarkActors(b *testing.B) {
	s, err := actors.New()
	if err != nil {
		b.Fatal(err)
	}
	benchStage(b, s, func(d *doc.Doc) { d.Actors = d.Actors[:0] })
}

func BenchmarkAttribution(b *testing.B) {
	s, err := attrib.New()
	if err != nil {
		b.Fatal(err)
	}
	benchStage(b, s, func(d *doc.Doc) { d.Sources, d.Quotes = d.Sources[:0], d.Quotes[:0] })
}

func BenchmarkEvents(b *testing.B) {
	s, err := events.New()
	if err != nil {
		b.Fatal(err)
	}
	benchStage(b, s, func(d *doc.Doc) { d.Events = d.Events[:0] })
}
