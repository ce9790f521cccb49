// Package extract runs the pipeline over inputs on several cores and hands
// back article records in input order. It wires input, pipeline and record;
// it holds no logic of its own beyond scheduling.
package extract

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/record"
)

// LargeDoc is the text size above which documents are processed one at a
// time.
const LargeDoc = 512 << 10

// Documents go through the pipeline in batches of up to BatchDocs
// documents or BatchBytes of text (pipeline.RunBatch: each stage over the
// batch, its tables kept in cache). A batch is sent early when a worker is
// idle and no document is waiting, so a slow stream is not held back.
const (
	BatchDocs  = 64
	BatchBytes = 256 << 10
)

// Options configure a run.
type Options struct {
	Jobs      int       // workers; 0 means every core
	Published time.Time // overrides the publication date of every document
	Record    record.Options
	Input     input.Reader // how dumps are read
	// Skip, if set, is asked before a document is processed; a document
	// it skips comes back as a Result with Skipped set (ingest skips the
	// documents it has stored).
	Skip func(input.Item) bool
	// Progress, if set, is called after each input file is read.
	Progress func(file string)
}

// Result is the outcome for one document.
type Result struct {
	Item    input.Item
	Doc     *doc.Doc
	Records []record.Article
	Err     error
	Skipped bool
}

// Run reads every input, processes each document and calls sink with the
// results in input order. Problems with one input or document are delivered
// to sink as a Result with Err and do not stop the others; Run returns an
// error only if sink does or ctx is cancelled.
func Run(ctx context.Context, p *pipeline.Pipeline, inputs []input.Source, opt Options, sink func(Result) error) error {
	jobs := opt.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		items []input.Item
		out   chan []Result
	}
	work := make(chan job)
	order := make(chan chan []Result, jobs*2)

	// The pipeline's memory grows with a document's size: one large
	// document at a time keeps the peak bounded however many workers run.
	large := make(chan struct{}, 1)
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for j := range work {
				big := len(j.items) == 1 && len(j.items[0].Text) > LargeDoc
				if big {
					large <- struct{}{}
				}
				j.out <- processBatch(ctx, p, j.items, opt)
				if big {
					<-large
				}
			}
		})
	}

	// Reader: read inputs in order, one document at a time.
	items := make(chan input.Item, BatchDocs)
	go func() {
		defer close(items)
		submit := func(it input.Item) bool {
			select {
			case items <- it:
				return true
			case <-ctx.Done():
				return false
			}
		}
		for _, src := range inputs {
			name := src.Name
			r, err := src.Open()
			if err != nil {
				if !submit(input.Item{Origin: name, Err: err}) {
					return
				}
				continue
			}
			err = opt.Input.Read(name, r, func(it input.Item) bool {
				input.Fill(&it.Meta, src.Defaults)
				return submit(it)
			})
			r.Close()
			if err != nil && !submit(input.Item{Origin: name, Err: err}) {
				return
			}
			if opt.Progress != nil {
				opt.Progress(name)
			}
			if ctx.Err() != nil {
				return
			}
		}
	}()

	// Batcher: group documents into batches, queue each batch for a
	// worker and its results for the sink, in order.
	go func() {
		defer close(order)
		defer close(work)
		var batch []input.Item
		var out chan []Result // the results of the batch being gathered
		size := 0
		// queued puts a batch taken by a worker in the sink's order.
		queued := func(j job) bool {
			select {
			case order <- j.out:
				return true
			case <-ctx.Done():
				return false
			}
		}
		take := func() job {
			j := job{batch, out}
			batch, out, size = nil, nil, 0
			return j
		}
		send := func() bool { // blocks until a worker takes the batch
			j := take()
			select {
			case work <- j:
				return queued(j)
			case <-ctx.Done():
				return false
			}
		}
		for {
			var it input.Item
			var ok bool
			if len(batch) == 0 {
				it, ok = <-items
			} else {
				// A partial batch goes to an idle worker rather than wait
				// for a document that is not there yet.
				select {
				case it, ok = <-items:
				case work <- job{batch, out}:
					if !queued(take()) {
						return
					}
					continue
				case <-ctx.Done():
					return
				}
			}
			if !ok {
				if len(batch) > 0 {
					send()
				}
				return
			}
			if len(it.Text) > LargeDoc && len(batch) > 0 && !send() {
				return
			}
			if len(batch) == 0 {
				out = make(chan []Result, 1)
			}
			batch = append(batch, it)
			size += len(it.Text)
			if (len(batch) >= BatchDocs || size >= BatchBytes || size > LargeDoc) && !send() {
				return
			}
		}
	}()

	var sinkErr error
	for out := range order {
		for _, res := range <-out {
			if sinkErr == nil {
				if sinkErr = sink(res); sinkErr != nil {
					cancel()
				}
			}
		}
	}
	wg.Wait()
	if sinkErr != nil {
		return sinkErr
	}
	return ctx.Err()
}

// processBatch runs the pipeline over a batch's documents and builds their
// records; each document's problems are its own Result's.
func processBatch(ctx context.Context, p *pipeline.Pipeline, items []input.Item, opt Options) []Result {
	res := make([]Result, len(items))
	ds := make([]*doc.Doc, 0, len(items))
	at := make([]int, 0, len(items))
	for i, it := range items {
		res[i].Item = it
		switch {
		case it.Err != nil:
			res[i].Err = it.Err
		case opt.Skip != nil && opt.Skip(it):
			res[i].Skipped = true
		default:
			d := doc.New(it.Meta, it.Text)
			if !opt.Published.IsZero() {
				d.Meta.Published = opt.Published
			}
			ds = append(ds, d)
			at = append(at, i)
		}
	}
	for k, err := range p.RunBatch(ctx, ds) {
		r := &res[at[k]]
		if err != nil {
			r.Err = fmt.Errorf("%s: %w", r.Item.Meta.ID, err)
			continue
		}
		r.Doc = ds[k]
		buildRecords(r, opt)
	}
	return res
}

func buildRecords(res *Result, opt Options) {
	defer func() {
		// A panic while building records is a bug; it must not take the
		// batch down.
		if r := recover(); r != nil {
			res.Doc, res.Records = nil, nil
			res.Err = fmt.Errorf("%s: %w: %v", res.Item.Meta.ID, pipeline.ErrPanic, r)
		}
	}()
	res.Records = record.Build(res.Doc, opt.Record)
	if len(res.Records) == 0 {
		res.Err = fmt.Errorf("%s: %w: no text left after cleaning", res.Item.Meta.ID, input.ErrInput)
	}
}
