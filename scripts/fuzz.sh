#!/bin/sh
# Runs every go test -fuzz target in the module for FUZZTIME each (default
# 60s; CI uses a few seconds). New crashers land in the package's
# testdata/fuzz/ and are then replayed by plain `go test` as regression
# tests: commit them with the fix.
#   scripts/fuzz.sh            every target, 60 s each
#   FUZZTIME=10m scripts/fuzz.sh ./internal/dates   one package, longer
#
# The Go toolchain's fuzz coordinator can itself report "context deadline
# exceeded" when -fuzztime runs out: internal/fuzz compares the timed-out
# context's error with its child's before cancellation has reached the child.
# That failure names no input and writes no crasher; it says nothing about
# our code, so such a run is repeated once. Any failure with an input, or the
# same toolchain error twice, fails the script.
set -eu
cd "$(dirname "$0")/.."
fuzztime="${FUZZTIME:-60s}"
pkgs="${*:-./...}"
out=/tmp/sitrep-fuzz.$$
status=0

# toolchain_race reports whether the run in $out failed only with the
# coordinator's own deadline error.
toolchain_race() {
	grep -q 'context deadline exceeded' "$out" &&
		! grep -q 'Failing input written\|testdata/fuzz/' "$out"
}

for pkg in $(go list $pkgs); do
	dir=$(go list -f '{{.Dir}}' "$pkg")
	for target in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u); do
		echo "--- $pkg $target ($fuzztime)"
		for attempt in 1 2; do
			if go test "$pkg" -run '^$' -fuzz "^$target\$" -fuzztime "$fuzztime" >"$out" 2>&1; then
				tail -1 "$out"
				break
			fi
			if [ "$attempt" = 1 ] && toolchain_race; then
				echo "    (the fuzz coordinator's deadline race, no input at fault: running again)"
				continue
			fi
			cat "$out"
			status=1
			break
		done
	done
done
rm -f "$out"
exit $status
