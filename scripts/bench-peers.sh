#!/bin/sh
# Speed against a peer, in one run on one machine (issue 8):
#   - chrono-node's date parsing alone (npm), one core;
#   - sitrep's whole pipeline (extract: every stage, records written), one core;
#   - sitrep on every core;
#   - sitrep's peak memory on a large input (SIZE_MB, default 1024: flat?).
# The corpus is the FA-KES articles (../shared or $SITREP_SHARED), or the
# JSON Lines file given as $1, repeated to at least 20 MB so that start-up
# (0.3 s of gazetteer loading) does not dominate.
# Prints a Markdown table for the README. Re-runnable; npm packages are
# cached in $SITREP_CACHE.
set -eu
cd "$(dirname "$0")/.."
shared="${SITREP_SHARED:-../shared}"
src="${1:-$shared/corpus/fakes/articles.jsonl}"
size_mb="${SIZE_MB:-1024}"
cache="${SITREP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sitrep}/npm"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$cache"

chrono=chrono-node@2.10.3
if [ ! -d "$cache/chrono-node-2.10.3" ]; then
	(cd "$cache" && npm pack --silent "$chrono" >/dev/null)
	mkdir -p "$cache/chrono-node-2.10.3"
	tar xzf "$cache/chrono-node-2.10.3.tgz" -C "$cache/chrono-node-2.10.3"
fi

go build -o "$work/sitrep" ./cmd/sitrep

# A corpus of at least 20 MB: the source repeated.
corpus="$work/corpus.jsonl"
: >"$corpus"
while [ "$(wc -c <"$corpus")" -lt 20000000 ]; do cat "$src" >>"$corpus"; done
bytes=$(python3 -c 'import json,sys; print(sum(len(json.loads(l).get("text","").encode()) for l in open(sys.argv[1]) if l.strip()))' "$corpus")
articles=$(grep -c . "$corpus")

# run LABEL CMD...: wall seconds and peak RSS of a command.
run() {
	label="$1"; shift
	/usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
	set -- $(cat "$work/time")
	python3 -c 'import sys
label, secs, kb, b, n = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
print(f"| {label} | {b/1e6/secs:.1f} | {n/secs:,.0f} | {kb/1024:.0f} |")' "$label" "$1" "$2" "$bytes" "$articles"
}

cpus=$(nproc)
echo "corpus: $articles articles, $((bytes / 1000000)) MB of text; machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $cpus cores; $(date -u +%F)"
echo
echo "| run | MB/s | articles/s | peak RSS (MB) |"
echo "|---|---|---|---|"
node scripts/chrono-bench.cjs "$cache/chrono-node-2.10.3/package" "$corpus" >"$work/chrono.json"
python3 -c 'import json,sys
r = json.load(open(sys.argv[1]))
print("| %s, dates only, 1 core | %.1f | %s | %.0f |" % (r["peer"], r["mb_per_s"], format(round(r["articles_per_s"]), ","), r["peak_rss_mb"]))' "$work/chrono.json"
GOMAXPROCS=1 run "sitrep extract, whole pipeline, 1 core" "$work/sitrep" extract -j 1 "$corpus"
run "sitrep extract, whole pipeline, $cpus cores" "$work/sitrep" extract "$corpus"

# Memory on a large input stays flat: the same corpus repeated to SIZE_MB.
if [ "$size_mb" -gt 0 ]; then
	big="$work/big.jsonl"
	: >"$big"
	while [ "$(wc -c <"$big")" -lt $((size_mb * 1000000)) ]; do cat "$corpus" >>"$big"; done
	bytes=$(( bytes * ($(wc -c <"$big") / $(wc -c <"$corpus")) ))
	articles=$(grep -c . "$big")
	run "sitrep extract, $cpus cores, $size_mb MB input" "$work/sitrep" extract "$big"
fi
