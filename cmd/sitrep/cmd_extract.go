package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/sitrep-dev/sitrep/internal/extract"
	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/record"
)

type extractOptions struct {
	published string
	format    string
	mentions  bool
	jobs      int
	fields    inputFlags
}

func newExtractCommand() *cobra.Command {
	var o extractOptions
	c := &cobra.Command{
		Use:   "extract [flags] [PATH|-]...",
		Short: "Extract article records from files, folders or standard input",
		Long: `extract reads each PATH (a file, or a folder walked in order; "-" or nothing
for standard input), detects plain text, HTML, a JSON Lines dump or a CSV dump with a header by
content,
and prints one article record per article found, in input order.

A bad input is reported on standard error and skipped; the exit status is 1
if any input failed.`,
		Example: `  sitrep extract report.txt
  sitrep extract --published 2016-12-12 --format md aleppo.txt
  cat dump.jsonl | sitrep extract --mentions -
  sitrep extract --text-field story --date-field when export.csv`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExtract(cmd.Context(), o, args, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := c.Flags()
	f.StringVar(&o.published, "published", "", "publication date `YYYY-MM-DD` of every input (overrides what the input says)")
	f.StringVar(&o.format, "format", "jsonl", "output format: jsonl, json or md (article records); csv or geojson (one row or feature per event)")
	f.BoolVar(&o.mentions, "mentions", false, "include every annotation layer in the records")
	f.IntVarP(&o.jobs, "jobs", "j", 0, "documents processed in parallel (0: one per core)")
	o.fields.register(f)
	return c
}

func runExtract(ctx context.Context, o extractOptions, args []string, stdout, stderr io.Writer) error {
	inputs, errs := input.Expand(args)
	for _, e := range errs {
		fmt.Fprintln(stderr, "sitrep:", e)
	}
	err := runSources(ctx, o, inputs, stdout, stderr)
	if err == nil && len(errs) > 0 {
		err = fmt.Errorf("%w: %d", errSomeInputsFailed, len(errs))
	}
	return err
}

// runSources runs the pipeline over inputs and writes the records.
func runSources(ctx context.Context, o extractOptions, inputs []input.Source, stdout, stderr io.Writer) error {
	opt := extract.Options{Jobs: o.jobs, Record: record.Options{Mentions: o.mentions}, Input: o.fields.reader()}
	if o.published != "" {
		t, err := time.Parse(time.DateOnly, o.published)
		if err != nil {
			return usageError{fmt.Errorf("--published: want YYYY-MM-DD, got %q", o.published)}
		}
		opt.Published = t
	}
	w, err := record.NewWriter(stdout, o.format)
	if err != nil {
		return usageError{fmt.Errorf("--format: %w", err)}
	}
	p, err := o.fields.pipeline()
	if err != nil {
		return usageError{err}
	}
	failed := 0
	defer showProgress(&opt, len(inputs), stderr)()
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()
	err = extract.Run(ctx, p, inputs, opt, func(r extract.Result) error {
		if failedResult(r, stderr, &failed) {
			return nil
		}
		for i := range r.Records {
			if err := w.Write(&r.Records[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%w: %d", errSomeInputsFailed, failed)
	}
	return nil
}

// failedResult writes a result's warnings and error on stderr; it reports
// whether the input failed, counting it in *failed. The batch goes on.
func failedResult(r extract.Result, stderr io.Writer, failed *int) bool {
	for _, w := range r.Item.Warnings {
		fmt.Fprintln(stderr, "sitrep: warning:", w)
	}
	if r.Err != nil {
		*failed++
		fmt.Fprintln(stderr, "sitrep:", r.Err)
		return true
	}
	return false
}

// showProgress shows a progress bar for a batch of n inputs when
// newProgress gives one, advancing it as opt's inputs are done; the
// returned function finishes it.
func showProgress(opt *extract.Options, n int, stderr io.Writer) func() {
	bar := newProgress(n, stderr)
	if bar == nil {
		return func() {}
	}
	opt.Progress = func(string) { bar.Add(1) }
	return func() { bar.Finish() }
}

// newProgress returns a progress bar on standard error for large batches
// when it is a terminal, and nil otherwise (pipes, CI).
func newProgress(n int, stderr io.Writer) *progressbar.ProgressBar {
	f, ok := stderr.(*os.File)
	if n < 50 || !ok || !term.IsTerminal(int(f.Fd())) || os.Getenv("CI") != "" {
		return nil
	}
	return progressbar.NewOptions(n,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription("extracting"),
		progressbar.OptionShowCount(),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
}
