// Package testshared finds the project's shared corpora for tests and
// benchmarks: $SITREP_SHARED, else the shared/ folder beside the module.
// Tests must pass without it, so callers skip or fall back when it is absent.
package testshared

import (
	"os"
	"path/filepath"
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
