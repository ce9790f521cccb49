// Package stages builds sitrep's pipeline: the one place where the stages
// are registered, in order, in code.
package stages

import (
	"github.com/sitrep-dev/sitrep/internal/actors"
	"github.com/sitrep-dev/sitrep/internal/attrib"
	"github.com/sitrep-dev/sitrep/internal/casualties"
	"github.com/sitrep-dev/sitrep/internal/clean"
	"github.com/sitrep-dev/sitrep/internal/dates"
	"github.com/sitrep-dev/sitrep/internal/events"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/places"
	"github.com/sitrep-dev/sitrep/internal/segment"
	"github.com/sitrep-dev/sitrep/internal/tokenize"
)

// Default returns the full pipeline with the embedded data.
func Default() (*pipeline.Pipeline, error) {
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
	pl, err := places.New(nil)
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
	return pipeline.New(c, s, tokenize.New(), dt, cs, pl, ac, at, ev)
}
