package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/sample"
	"github.com/sitrep-dev/sitrep/internal/store"
)

func newDemoCommand() *cobra.Command {
	o := extractOptions{format: "md"}
	var print bool
	var addr string
	c := &cobra.Command{
		Use:   "demo",
		Short: "Ingest the embedded sample into a temporary store and serve the page",
		Long: `demo runs the whole pipeline on sixteen FA-KES news articles on the Syrian war
(CC BY 4.0) embedded in the binary, stores them in a temporary store and
serves the web page, printing its address. It needs no files and no network.
With --print it prints the article records instead.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			src := []input.Source{input.Bytes(sample.Name, sample.JSONL())}
			if print {
				return runSources(cmd.Context(), o, src, cmd.OutOrStdout(), cmd.ErrOrStderr())
			}
			dir, err := os.MkdirTemp("", "sitrep-demo-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(dir)
			st, err := store.Open(filepath.Join(dir, "demo.db"))
			if err != nil {
				return err
			}
			defer st.Close()
			stderr := cmd.ErrOrStderr()
			added, _, _, err := ingest(cmd.Context(), st, src, ingestOptions{}, stderr)
			if err != nil {
				return err
			}
			if err := st.Reconcile(context.Background()); err != nil {
				return err
			}
			s, err := st.Stats(context.Background())
			if err != nil {
				return err
			}
			fmt.Fprintf(stderr, "sitrep: demo store: %d documents, %d articles, %d events\n", added, s.Articles, s.Events)
			return serve(cmd.Context(), st, addr, "", stderr)
		},
	}
	c.Flags().BoolVar(&print, "print", false, "print the records instead of serving them")
	c.Flags().StringVar(&o.format, "format", o.format, "with --print: jsonl, json or md")
	c.Flags().BoolVar(&o.mentions, "mentions", false, "with --print: include every annotation layer")
	c.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to serve on")
	return c
}
