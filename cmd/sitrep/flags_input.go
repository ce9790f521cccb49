package main

import (
	"strings"

	"github.com/spf13/pflag"

	"github.com/sitrep-dev/sitrep/internal/htmltext"
	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/stages"
)

// inputFlags map a dump's own column or key names onto the record's
// fields, for CSV and JSON Lines dumps that do not use SPEC's names.
type inputFlags struct {
	id, title, text, date, url, source string
	maxDocMB, maxLineMB                float64
	maxHTMLDepth, maxAnnotations       int
	gazetteers                         []string
}

// registerData adds the flags that change the pipeline's data.
func (f *inputFlags) registerData(fs *pflag.FlagSet) {
	fs.StringArrayVar(&f.gazetteers, "gazetteer", nil, "a `FILE` of more places: a GeoNames dump (allCountries.txt, SY.txt) or sitrep's TSV (repeatable)")
	fs.IntVar(&f.maxAnnotations, "max-annotations", pipeline.DefaultMaxAnnotations, "most annotations (dates, figures, places, …) in one document; more is reported and the document skipped")
}

// pipeline builds the pipeline with the user's data.
func (f *inputFlags) pipeline() (*pipeline.Pipeline, error) {
	p, err := stages.New(stages.Options{Gazetteers: f.gazetteers})
	if err != nil {
		return nil, err
	}
	p.MaxAnnotations = f.maxAnnotations
	return p, nil
}

func (f *inputFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.text, "text-field", "", "dump column/key holding the article text (comma-separated names to try)")
	fs.StringVar(&f.date, "date-field", "", "dump column/key holding the publication date")
	fs.StringVar(&f.title, "title-field", "", "dump column/key holding the title")
	fs.StringVar(&f.id, "id-field", "", "dump column/key holding the document id")
	fs.StringVar(&f.url, "url-field", "", "dump column/key holding the URL")
	fs.StringVar(&f.source, "source-field", "", "dump column/key holding the outlet's name")
	f.registerData(fs)
	fs.Float64Var(&f.maxLineMB, "max-line-size", float64(input.MaxLineBytes)/(1<<20), "longest dump line or CSV record, in MB")
	fs.IntVar(&f.maxHTMLDepth, "max-html-depth", htmltext.MainMaxDepth, "deepest element nesting of a page whose main text is extracted (deeper pages keep their whole text)")
	fs.Float64Var(&f.maxDocMB, "max-doc-size", float64(input.DefaultMaxDocBytes)/(1<<20), "largest document read, in MB of text; larger ones are reported and skipped")
}

func (f *inputFlags) reader() input.Reader {
	split := func(s string) []string {
		var out []string
		for _, p := range strings.Split(s, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
		return out
	}
	return input.Reader{MaxDocBytes: int(f.maxDocMB * (1 << 20)), MaxLineBytes: int(f.maxLineMB * (1 << 20)), MaxHTMLDepth: f.maxHTMLDepth, Fields: input.Fields{
		ID: split(f.id), Title: split(f.title), Text: split(f.text),
		Published: split(f.date), URL: split(f.url), Source: split(f.source),
	}}
}
