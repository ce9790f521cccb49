// Package testshared finds the project's shared corpora for tests and
// benchmarks: $SITREP_SHARED, else the shared/ folder beside the module.
// Tests must pass without it, so callers skip or fall back when it is absent.
package testshared

import (
	"os"
	"path/filepath"
	"strings"
)

// Path returns the path of rel inside the shared folder and whether it exists.
func Path(rel string) (string, bool) {
	root := os.Getenv("SITREP_SHARED")
	if root == "" {
		dir, err := os.Getwd()
		if err != nil {
			return "", false
		}
		// Walk up to the module root; shared/ sits beside it.
		for {
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				break
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				return "", false
			}
			dir = parent
		}
		root = filepath.Join(filepath.Dir(dir), "shared")
	}
	p := filepath.Join(root, rel)
	_, err := os.Stat(p)
	return p, err == nil
}

// SeedExcerpts returns the paragraphs of the project's canonical input
// (testdata/corpus/aleppo-2016-12.txt, found from the module root), for
// seeding fuzz targets with real text. It returns none if the file is
// missing.
func SeedExcerpts() []string {
	dir, err := os.Getwd()
	if err != nil {
		return nil
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "testdata", "corpus", "aleppo-2016-12.txt"))
		if err == nil {
			var out []string
			for _, p := range strings.Split(string(b), "\n") {
				if strings.TrimSpace(p) != "" {
					out = append(out, p)
				}
			}
			return out
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil
		}
		dir = parent
	}
}
