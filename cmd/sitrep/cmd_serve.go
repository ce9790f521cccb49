package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep/internal/server"
	"github.com/sitrep-dev/sitrep/internal/store"
)

func newServeCommand() *cobra.Command {
	var db, addr, tiles string
	c := &cobra.Command{
		Use:   "serve [--db PATH] [--addr 127.0.0.1:8080]",
		Short: "Serve the web page and the read-only API over a store",
		RunE: func(cmd *cobra.Command, _ []string) error {
			if _, err := os.Stat(db); err != nil {
				return fmt.Errorf("%s: %w (run sitrep ingest first)", db, err)
			}
			st, err := store.Open(db)
			if err != nil {
				return err
			}
			defer st.Close()
			return serve(cmd.Context(), st, addr, tiles, cmd.ErrOrStderr())
		},
	}
	c.Flags().StringVar(&db, "db", defaultDB, "the store")
	c.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on (loopback by default)")
	c.Flags().StringVar(&tiles, "tiles", "", "a tile `URL` template (https://…/{z}/{x}/{y}.png) for users online; default: the embedded base map")
	return c
}

func serve(ctx context.Context, st store.Store, addr, tiles string, stderr interface{ Write([]byte) (int, error) }) error {
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	return server.Serve(ctx, addr, server.Handler(st, server.Options{Tiles: tiles}), func(a string) {
		fmt.Fprintf(stderr, "sitrep: serving http://%s/ (Ctrl-C to stop)\n", a)
	})
}
