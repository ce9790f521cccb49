package main

import (
	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/sample"
)

func newDemoCommand() *cobra.Command {
	o := extractOptions{format: "md"}
	c := &cobra.Command{
		Use:   "demo",
		Short: "Run sitrep on its embedded sample of FA-KES articles",
		Long: `demo runs the whole pipeline on sixteen FA-KES news articles on the Syrian war
(CC BY 4.0) embedded in the binary, and prints what it found. It needs no
files and no network.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			src := []input.Source{input.Bytes(sample.Name, sample.JSONL())}
			return runSources(cmd.Context(), o, src, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	c.Flags().StringVar(&o.format, "format", o.format, "output format: jsonl, json or md")
	c.Flags().BoolVar(&o.mentions, "mentions", false, "include every annotation layer in the records")
	return c
}
