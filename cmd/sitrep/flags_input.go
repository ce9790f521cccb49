package main

import (
	"strings"

	"github.com/spf13/pflag"

	"github.com/sitrep-dev/sitrep/internal/input"
)

// inputFlags map a dump's own column or key names onto the record's
// fields, for CSV and JSON Lines dumps that do not use SPEC's names.
type inputFlags struct {
	id, title, text, date, url, source string
	maxDocMB                           float64
}

func (f *inputFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.text, "text-field", "", "dump column/key holding the article text (comma-separated names to try)")
	fs.StringVar(&f.date, "date-field", "", "dump column/key holding the publication date")
	fs.StringVar(&f.title, "title-field", "", "dump column/key holding the title")
	fs.StringVar(&f.id, "id-field", "", "dump column/key holding the document id")
	fs.StringVar(&f.url, "url-field", "", "dump column/key holding the URL")
	fs.StringVar(&f.source, "source-field", "", "dump column/key holding the outlet's name")
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
	return input.Reader{MaxDocBytes: int(f.maxDocMB * (1 << 20)), Fields: input.Fields{
		ID: split(f.id), Title: split(f.title), Text: split(f.text),
		Published: split(f.date), URL: split(f.url), Source: split(f.source),
	}}
}
