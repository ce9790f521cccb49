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
		item input.Item
		out  chan Result
	}
	work := make(chan job)
	order := make(chan chan Result, jobs*4)

	// The pipeline's memory grows with a document's size: one large
	// document at a time keeps the peak bounded however many workers run.
	large := make(chan struct{}, 1)
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for j := range work {
				if opt.Skip != nil && opt.Skip(j.item) {
					j.out <- Result{Item: j.item, Skipped: true}
					continue
				}
				big := len(j.item.Text) > LargeDoc
				if big {
					large <- struct{}{}
				}
				j.out <- process(ctx, p, j.item, opt)
				if big {
					<-large
				}
			}
		})
	}

	// Producer: read inputs in order, queue each document.
	go func() {
		defer close(order)
		defer close(work)
		submit := func(it input.Item) bool {
			out := make(chan Result, 1)
			select {
			case order <- out:
			case <-ctx.Done():
				return false
			}
			if it.Err != nil {
				out <- Result{Item: it, Err: it.Err}
				return true
			}
			select {
			case work <- job{it, out}:
				return true
			case <-ctx.Done():
				out <- Result{Item: it, Err: ctx.Err()}
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

	var sinkErr error
	for out := range order {
		res := <-out
		if sinkErr == nil {
			if sinkErr = sink(res); sinkErr != nil {
				cancel()
			}
		}
	}
	wg.Wait()
	if sinkErr != nil {
		return sinkErr
	}
	return ctx.Err()
}

func process(ctx context.Context, p *pipeline.Pipeline, it input.Item, opt Options) (res Result) {
	res.Item = it
	defer func() {
		// A panic in a stage is a bug; it must not take the batch down.
		if r := recover(); r != nil {
			res.Err = fmt.Errorf("%s: internal error: %v", it.Meta.ID, r)
		}
	}()
	d := doc.New(it.Meta, it.Text)
	if !opt.Published.IsZero() {
		d.Meta.Published = opt.Published
	}
	if err := p.Run(ctx, d); err != nil {
		res.Err = fmt.Errorf("%s: %w", it.Meta.ID, err)
		return res
	}
	res.Doc = d
	res.Records = record.Build(d, opt.Record)
	if len(res.Records) == 0 {
		res.Err = fmt.Errorf("%s: %w: no text left after cleaning", it.Meta.ID, input.ErrInput)
	}
	return res
}
