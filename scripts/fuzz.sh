#!/bin/sh
# Runs every go test -fuzz target in the module for FUZZTIME each (default
# 60s; CI uses a few seconds). New crashers land in the package's
# testdata/fuzz/ and are then replayed by plain `go test` as regression
# tests: commit them with the fix.
#   scripts/fuzz.sh            every target, 60 s each
#   FUZZTIME=10m scripts/fuzz.sh ./internal/dates   one package, longer
set -eu
cd "$(dirname "$0")/.."
fuzztime="${FUZZTIME:-60s}"
pkgs="${*:-./...}"
status=0
for pkg in $(go list $pkgs); do
	dir=$(go list -f '{{.Dir}}' "$pkg")
	for target in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u); do
		echo "--- $pkg $target ($fuzztime)"
		if ! go test "$pkg" -run '^$' -fuzz "^$target\$" -fuzztime "$fuzztime" >/tmp/sitrep-fuzz.$$ 2>&1; then
			cat /tmp/sitrep-fuzz.$$
			status=1
		else
			tail -1 /tmp/sitrep-fuzz.$$
		fi
	done
done
rm -f /tmp/sitrep-fuzz.$$
exit $status
