// Command sitrep turns raw news about armed conflict into a dated, mapped,
// sourced record of events. See README.md and SPEC.md.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// Exit codes.
const (
	exitOK         = 0
	exitInputError = 1 // some input could not be read or processed
	exitUsage      = 2 // bad flags or arguments
	exitFailure    = 3 // sitrep itself failed
)

// errSomeInputsFailed is returned when the run finished but inputs failed.
var errSomeInputsFailed = errors.New("some inputs failed")

type usageError struct{ error }

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	root := newRootCommand()
	root.SetArgs(args)
	err := root.Execute()
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errSomeInputsFailed):
		return exitInputError
	case errors.As(err, new(usageError)):
		fmt.Fprintln(os.Stderr, "sitrep:", err)
		return exitUsage
	default:
		fmt.Fprintln(os.Stderr, "sitrep:", err)
		return exitFailure
	}
}

func newRootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "sitrep",
		Short: "Turn raw conflict news into a dated, mapped, sourced record of events",
		Long: `sitrep reads news about armed conflict — scraped text, HTML pages, JSON Lines
dumps — and extracts every event with its type, dates, places, actors and
casualty figures, each traceable to the sentence and the source that claims it.

Exit status: 0 on success, 1 if any input failed (the others are still
processed), 2 for a usage error, 3 if sitrep itself failed.`,
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	// --cpuprofile writes a pprof CPU profile of the whole run, for
	// anyone measuring sitrep on their own data (go tool pprof FILE).
	var cpuprofile string
	var profile *os.File
	root.PersistentFlags().StringVar(&cpuprofile, "cpuprofile", "", "write a CPU profile to `FILE` (go tool pprof)")
	root.PersistentPreRunE = func(*cobra.Command, []string) error {
		if cpuprofile == "" {
			return nil
		}
		f, err := os.Create(cpuprofile)
		if err != nil {
			return usageError{err}
		}
		profile = f
		return pprof.StartCPUProfile(f)
	}
	root.PersistentPostRun = func(*cobra.Command, []string) {
		if profile != nil {
			pprof.StopCPUProfile()
			profile.Close()
		}
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%w (run '%s --help' for usage)", err, c.CommandPath())}
	})
	root.AddCommand(newExtractCommand(), newDemoCommand(), newIngestCommand(), newWatchCommand(), newEventsCommand(), newStatsCommand(), newServeCommand())
	return root
}
