package main

import (
	"os/exec"
	"path/filepath"
	"testing"
)

// buildSitrep builds the sitrep binary into a temporary folder of t, for
// the tests that run it as a user does (kill it, feed it hostile files),
// and returns its path.
func buildSitrep(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "sitrep")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}
