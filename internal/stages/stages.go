// Package stages builds sitrep's pipeline: the one place where the stages
// are registered, in order, in code.
package stages

import (
	"fmt"

	"github.com/sitrep-dev/sitrep/internal/actors"
	"github.com/sitrep-dev/sitrep/internal/attrib"
	"github.com/sitrep-dev/sitrep/internal/casualties"
	"github.com/sitrep-dev/sitrep/internal/clean"
	"github.com/sitrep-dev/sitrep/internal/control"
	"github.com/sitrep-dev/sitrep/internal/dates"
	"github.com/sitrep-dev/sitrep/internal/events"
	"github.com/sitrep-dev/sitrep/internal/gazetteer"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/places"
	"github.com/sitrep-dev/sitrep/internal/segment"
	"github.com/sitrep-dev/sitrep/internal/tokenize"
)

// Options change the data the pipeline runs with.
type Options struct {
	// Gazetteers are the user's own place files (GeoNames dumps or
	// sitrep's TSV), added to a private copy of the embedded gazetteer.
	Gazetteers []string
}

// Default returns the full pipeline with the embedded data.
func Default() (*pipeline.Pipeline, error) { return New(Options{}) }

// New returns the full pipeline with the embedded data and opt's.
func New(opt Options) (*pipeline.Pipeline, error) {
	var g *gazetteer.Gazetteer
	if len(opt.Gazetteers) > 0 {
		var err error
		if g, err = gazetteer.New(); err != nil {
			return nil, err
		}
		for _, f := range opt.Gazetteers {
			if err := g.AddFile(f); err != nil {
				return nil, fmt.Errorf("--gazetteer: %w", err)
			}
		}
	}
	c, err := clean.New()
	if err != nil {
		return nil, err
	}
	s, err := segment.New()
	if err != nil {
		return nil, err
	}
	dt, err := dates.New()
	if err != nil {
		return nil, err
	}
	cs, err := casualties.New()
	if err != nil {
		return nil, err
	}
	pl, err := places.New(g)
	if err != nil {
		return nil, err
	}
	ac, err := actors.New()
	if err != nil {
		return nil, err
	}
	at, err := attrib.New()
	if err != nil {
		return nil, err
	}
	ev, err := events.New()
	if err != nil {
		return nil, err
	}
	ct, err := control.New()
	if err != nil {
		return nil, err
	}
	return pipeline.New(c, s, tokenize.New(), dt, cs, pl, ac, at, ev, ct)
}
