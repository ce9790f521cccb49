// Package pipeline runs stages over a document in a fixed, validated order.
//
// A Stage adds annotation layers to a doc.Doc. It declares which layers it
// requires and which it assigns; New checks that every requirement is
// assigned by an earlier stage and that no stage name or assigned layer
// appears twice, so a misordered pipeline fails when it is built, not when it
// runs.
package pipeline

import (
	"context"
	"errors"
	"fmt"

	"github.com/sitrep-dev/sitrep/internal/doc"
)

// Stage is one step of the pipeline.
type Stage interface {
	// Name identifies the stage in errors and diagnostics.
	Name() string
	// Requires lists the layers that must exist before Process runs.
	Requires() []doc.Layer
	// Assigns lists the layers Process fills.
	Assigns() []doc.Layer
	// Process annotates d. It returns an error only when the stage itself
	// fails (a cancelled context, a broken resource); problems in the
	// input become diagnostics on d.
	Process(ctx context.Context, d *doc.Doc) error
}

// Pipeline is a validated sequence of stages. It is safe for concurrent use
// when its stages are, which every stage in this module is.
type Pipeline struct {
	stages []Stage
	// MaxAnnotations caps the annotations of one document (dates,
	// figures, places, actors, sources, quotes, events, claims); a
	// document that goes over it is an error of that document alone, and
	// memory stays bounded whatever an adversary writes. Zero means
	// DefaultMaxAnnotations.
	MaxAnnotations int
}

// DefaultMaxAnnotations is far above any news article (the seed, three
// articles, has about 200) and far below what exhausts memory.
const DefaultMaxAnnotations = 200_000

// ErrLimit marks a document over a limit.
var ErrLimit = errors.New("over a limit")

// ErrInvalid is returned by New for a pipeline whose stages do not fit.
var ErrInvalid = errors.New("invalid pipeline")

// New validates the stages' declared dependencies and returns the pipeline.
func New(stages ...Stage) (*Pipeline, error) {
	names := map[string]bool{}
	have := map[doc.Layer]string{}
	for _, s := range stages {
		if names[s.Name()] {
			return nil, fmt.Errorf("%w: stage %q appears twice", ErrInvalid, s.Name())
		}
		names[s.Name()] = true
		for _, l := range s.Requires() {
			if _, ok := have[l]; !ok {
				return nil, fmt.Errorf("%w: stage %q requires layer %q, which no earlier stage assigns", ErrInvalid, s.Name(), l)
			}
		}
		for _, l := range s.Assigns() {
			if prev, ok := have[l]; ok {
				return nil, fmt.Errorf("%w: layer %q assigned by both %q and %q", ErrInvalid, l, prev, s.Name())
			}
			have[l] = s.Name()
		}
	}
	return &Pipeline{stages: stages}, nil
}

// Stages returns the stage names in order.
func (p *Pipeline) Stages() []string {
	out := make([]string, len(p.stages))
	for i, s := range p.stages {
		out[i] = s.Name()
	}
	return out
}

// Run processes one document through every stage in order.
func (p *Pipeline) Run(ctx context.Context, d *doc.Doc) error {
	for _, s := range p.stages {
		if err := p.step(ctx, s, d); err != nil {
			return err
		}
	}
	d.Diags.Sort()
	return nil
}

// RunBatch processes several documents, each stage over all of them
// before the next stage starts, and returns each document's error (nil
// when it went through). The result is the same as Run on each document;
// it is faster because a stage's tables (the gazetteer's postings, the
// lexicons) and code stay in the processor's caches across the batch
// instead of being pushed out by the other stages' after every document
// (spaCy's nlp.pipe batches for the same reason). A document that fails,
// or whose stage panics, leaves the batch and the others go on.
func (p *Pipeline) RunBatch(ctx context.Context, ds []*doc.Doc) []error {
	errs := make([]error, len(ds))
	for _, s := range p.stages {
		for i, d := range ds {
			if errs[i] == nil {
				errs[i] = p.safeStep(ctx, s, d)
			}
		}
	}
	for i, d := range ds {
		if errs[i] == nil {
			d.Diags.Sort()
		}
	}
	return errs
}

// ErrPanic marks a stage that panicked on a document in RunBatch: a bug,
// reported as that document's error.
var ErrPanic = errors.New("internal error")

func (p *Pipeline) safeStep(ctx context.Context, s Stage, d *doc.Doc) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("stage %s: %w: %v", s.Name(), ErrPanic, r)
		}
	}()
	return p.step(ctx, s, d)
}

// step runs one stage on one document and checks its annotation limit.
func (p *Pipeline) step(ctx context.Context, s Stage, d *doc.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := s.Process(ctx, d); err != nil {
		return fmt.Errorf("stage %s: %w", s.Name(), err)
	}
	max := p.MaxAnnotations
	if max <= 0 {
		max = DefaultMaxAnnotations
	}
	if n := d.Annotations(); n > max {
		return fmt.Errorf("%w: %d annotations after stage %s, more than %d (--max-annotations)", ErrLimit, n, s.Name(), max)
	}
	return nil
}
