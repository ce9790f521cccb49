package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep/internal/export"
	"github.com/sitrep-dev/sitrep/internal/extract"
	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/record"
	"github.com/sitrep-dev/sitrep/internal/store"
)

const defaultDB = "sitrep.db"

func newIngestCommand() *cobra.Command {
	var db string
	var o ingestOptions
	c := &cobra.Command{
		Use:   "ingest [--db PATH] [PATH|URL|-]...",
		Short: "Store articles and their events, and reconcile the record",
		Long: `ingest reads its inputs as extract does, stores every new article with its
events (an article whose normalized text is stored already changes nothing),
and rebuilds the reconciled events. Batches are committed one by one: an
ingest killed at any moment loses nothing committed, and running it again
carries on.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.input = o.fields.reader()
			return runIngest(cmd.Context(), db, args, o, cmd.ErrOrStderr())
		},
	}
	c.Flags().StringVar(&db, "db", defaultDB, "the store")
	c.Flags().IntVarP(&o.jobs, "jobs", "j", 0, "documents processed in parallel (0: one per core)")
	c.Flags().IntVar(&o.batch, "batch", 200, "documents per transaction")
	o.fields.register(c.Flags())
	return c
}

type ingestOptions struct {
	jobs, batch int
	fields      inputFlags
	input       input.Reader
	pipeline    *pipeline.Pipeline // loaded on first use when nil
}

func runIngest(ctx context.Context, db string, args []string, o ingestOptions, stderr io.Writer) error {
	inputs, errs := input.Expand(args)
	for _, e := range errs {
		fmt.Fprintln(stderr, "sitrep:", e)
	}
	st, err := store.Open(db)
	if err != nil {
		return err
	}
	defer st.Close()
	added, seen, failed, err := ingest(ctx, st, inputs, o, stderr)
	if err != nil {
		return err
	}
	if err := st.Reconcile(context.Background()); err != nil {
		return err
	}
	stats, err := st.Stats(context.Background())
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "sitrep: %d documents added, %d stored before, %d failed; the store holds %d articles, %d reports, %d events (%d disputed)\n",
		added, seen-added, failed+len(errs), stats.Articles, stats.Reports, stats.Events, stats.Disputed)
	if failed+len(errs) > 0 {
		return fmt.Errorf("%w: %d", errSomeInputsFailed, failed+len(errs))
	}
	return nil
}

// ingest runs the pipeline over inputs and stores the documents in
// batches. It returns how many documents were added and seen.
func ingest(ctx context.Context, st store.Store, inputs []input.Source, o ingestOptions, stderr io.Writer) (added, seen, failed int, err error) {
	p := o.pipeline
	if p == nil {
		if p, err = o.fields.pipeline(); err != nil {
			return 0, 0, 0, usageError{err}
		}
	}
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	batch := o.batch
	if batch <= 0 {
		batch = 200
	}
	var pending []store.Document
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		n, err := st.Add(context.Background(), pending)
		added += n
		pending = pending[:0]
		return err
	}
	opt := extract.Options{Jobs: o.jobs, Record: record.Options{Mentions: true}, Input: o.input,
		Skip: func(it input.Item) bool {
			ok, err := st.Stored(ctx, store.Hash(it.Text))
			return err == nil && ok
		}}
	defer showProgress(&opt, len(inputs), stderr)()
	err = extract.Run(ctx, p, inputs, opt, func(r extract.Result) error {
		if failedResult(r, stderr, &failed) {
			return nil
		}
		seen++
		if r.Skipped {
			return nil
		}
		pending = append(pending, store.Document{Doc: r.Item.Meta.ID, Text: r.Item.Text, Articles: r.Records})
		if len(pending) >= batch {
			return flush()
		}
		return nil
	})
	if ferr := flush(); err == nil {
		err = ferr
	}
	return added, seen, failed, err
}

func newEventsCommand() *cobra.Command {
	var db, format, from, to, typ, bbox, q, actor string
	var limit int
	var disputed bool
	c := &cobra.Command{
		Use:   "events [--db PATH] [--format jsonl|json|csv|geojson] [filters]",
		Short: "Print the reconciled events of the store",
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := store.Open(db)
			if err != nil {
				return err
			}
			defer st.Close()
			query := store.Query{From: from, To: to, Type: typ, Text: q, Actor: actor, Disputed: disputed, Limit: limit}
			if bbox != "" {
				b, err := parseBBox(bbox)
				if err != nil {
					return usageError{err}
				}
				query.BBox = &b
			}
			return writeEvents(cmd.Context(), st, query, format, cmd.OutOrStdout())
		},
	}
	f := c.Flags()
	f.StringVar(&db, "db", defaultDB, "the store")
	f.StringVar(&format, "format", "jsonl", "output format: jsonl, json, csv (ACLED's columns) or geojson")
	f.StringVar(&from, "from", "", "events on or after `YYYY-MM-DD`")
	f.StringVar(&to, "to", "", "events on or before `YYYY-MM-DD`")
	f.StringVar(&typ, "type", "", "an ACLED event type or sub-event type")
	f.StringVar(&actor, "actor", "", "a part of an actor's name")
	f.StringVar(&bbox, "bbox", "", "`W,S,E,N` in degrees")
	f.StringVar(&q, "q", "", "words the reports' articles contain")
	f.BoolVar(&disputed, "disputed", false, "only events whose reports disagree")
	f.IntVar(&limit, "limit", 1000, "at most this many events")
	return c
}

func writeEvents(ctx context.Context, st store.Store, q store.Query, format string, w io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	var all []store.Event
	want := q.Limit
	if want <= 0 {
		want = 1000
	}
	for len(all) < want {
		q.Limit = min(want-len(all), 1000)
		q.Offset = len(all)
		evs, total, err := st.Events(ctx, q)
		if err != nil {
			return err
		}
		all = append(all, evs...)
		if len(evs) == 0 || len(all) >= total {
			break
		}
	}
	switch format {
	case "jsonl":
		enc := json.NewEncoder(w)
		for _, e := range all {
			if err := enc.Encode(e); err != nil {
				return err
			}
		}
		return nil
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(all)
	case "csv":
		return export.CSV(w, all)
	case "geojson":
		return json.NewEncoder(w).Encode(export.GeoJSON(all))
	}
	return usageError{fmt.Errorf("--format: unknown format %q (want one of jsonl, json, csv, geojson)", format)}
}

func parseBBox(s string) ([4]float64, error) {
	var b [4]float64
	parts := strings.Split(s, ",")
	if len(parts) != 4 {
		return b, fmt.Errorf("--bbox: want W,S,E,N, got %q", s)
	}
	for i, p := range parts {
		v, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return b, fmt.Errorf("--bbox: %q is no number", p)
		}
		b[i] = v
	}
	if b[0] > b[2] || b[1] > b[3] || b[1] < -90 || b[3] > 90 {
		return b, fmt.Errorf("--bbox: want west <= east and south <= north, got %q", s)
	}
	return b, nil
}

func newStatsCommand() *cobra.Command {
	var db, format string
	c := &cobra.Command{
		Use:   "stats [--db PATH] [--format text|json]",
		Short: "Count what the store holds",
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := store.Open(db)
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := st.Stats(context.Background())
			if err != nil {
				return err
			}
			if format == "json" {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(s)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "documents %d\narticles  %d\nreports   %d\nevents    %d\ndisputed  %d\n", s.Documents, s.Articles, s.Reports, s.Events, s.Disputed)
			return nil
		},
	}
	c.Flags().StringVar(&db, "db", defaultDB, "the store")
	c.Flags().StringVar(&format, "format", "text", "text or json")
	return c
}
