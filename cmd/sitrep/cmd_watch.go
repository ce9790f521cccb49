package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/store"
	"github.com/sitrep-dev/sitrep/internal/watch"
)

type watchOptions struct {
	db       string
	interval time.Duration
	timeout  time.Duration
	maxMB    int64
	private  bool
	once     bool
	ingest   ingestOptions
}

func newWatchCommand() *cobra.Command {
	var o watchOptions
	c := &cobra.Command{
		Use:   "watch [--db PATH] [--interval D] FEED-URL...",
		Short: "Poll RSS/Atom feeds and ingest each new item's page",
		Long: `watch polls each feed every --interval, asking conditionally (ETag,
Last-Modified), fetches the page of every item not taken before, and ingests
it as ingest does. A feed that fails is retried with exponential backoff; the
state of each feed and the items taken are kept in the store, so a restarted
watch takes nothing twice. Ctrl-C stops it cleanly.

Item pages on loopback, private or link-local addresses are refused unless
--allow-private: a feed's links are written by whoever controls the feed.`,
		Example: `  sitrep watch https://example.org/syria/rss.xml
  sitrep watch --interval 15m --db record.db https://a.example/feed https://b.example/atom`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runWatch(cmd.Context(), o, args, cmd.ErrOrStderr())
		},
	}
	f := c.Flags()
	f.StringVar(&o.db, "db", defaultDB, "the store")
	f.DurationVar(&o.interval, "interval", 5*time.Minute, "time between polls of a feed")
	f.DurationVar(&o.timeout, "timeout", 30*time.Second, "limit on each request, body included")
	f.Int64Var(&o.maxMB, "max-size", 16, "largest feed or page read, in MB")
	f.BoolVar(&o.private, "allow-private", false, "fetch item pages from loopback, private and link-local addresses")
	f.BoolVar(&o.once, "once", false, "poll each feed once and exit")
	f.IntVarP(&o.ingest.jobs, "jobs", "j", 0, "documents processed in parallel (0: one per core)")
	o.ingest.fields.registerData(f)
	return c
}

func runWatch(ctx context.Context, o watchOptions, feeds []string, stderr io.Writer) error {
	if o.interval < time.Second {
		return usageError{fmt.Errorf("--interval: at least 1s, got %s", o.interval)}
	}
	st, err := store.Open(o.db)
	if err != nil {
		return err
	}
	defer st.Close()
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	if o.ingest.pipeline, err = o.ingest.fields.pipeline(); err != nil {
		return usageError{err}
	}
	opt := watch.Options{Interval: o.interval, AllowPrivate: o.private, Once: o.once, Log: stderr}
	opt.Fetch.Timeout = o.timeout
	opt.Fetch.MaxBytes = o.maxMB << 20
	err = watch.Run(ctx, st, feeds, opt, func(ctx context.Context, sources []input.Source) (int, error) {
		added, _, _, err := ingest(ctx, st, sources, o.ingest, stderr)
		if err != nil || added == 0 {
			return added, err
		}
		return added, st.Reconcile(context.WithoutCancel(ctx))
	})
	if err != nil {
		return usageError{err}
	}
	return nil
}
