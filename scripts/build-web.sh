#!/bin/sh
# Vendors the web page's front-end libraries from npm into
# internal/server/web/vendor, with their licences, so that `go build` alone
# builds the page and it works offline: Leaflet (BSD-2-Clause),
# topojson-client (ISC), world-atlas' Natural Earth countries (ISC; the data
# is public domain) and uPlot (MIT). Re-runnable.
set -eu
cd "$(dirname "$0")/.."
cache="${SITREP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sitrep}/npm"
mkdir -p "$cache"
for pkg in leaflet@1.9.4 topojson-client@3.1.0 world-atlas@2.0.2 uplot@1.6.32; do
	name="${pkg%@*}"; version="${pkg#*@}"
	if [ ! -d "$cache/$name-$version" ]; then
		(cd "$cache" && npm pack --silent "$pkg" >/dev/null)
		mkdir -p "$cache/$name-$version"
		tar xzf "$cache/$name-$version.tgz" -C "$cache/$name-$version"
	fi
done
out=internal/server/web/vendor
rm -rf "$out"
mkdir -p "$out/leaflet/images" "$out/topojson-client" "$out/world-atlas" "$out/uplot"
cp "$cache/leaflet-1.9.4/package/dist/leaflet.js" "$cache/leaflet-1.9.4/package/dist/leaflet.css" "$cache/leaflet-1.9.4/package/LICENSE" "$out/leaflet/"
cp "$cache/leaflet-1.9.4/package/dist/images/"*.png "$out/leaflet/images/"
cp "$cache/topojson-client-3.1.0/package/dist/topojson-client.min.js" "$cache/topojson-client-3.1.0/package/LICENSE" "$out/topojson-client/"
cp "$cache/world-atlas-2.0.2/package/countries-50m.json" "$cache/world-atlas-2.0.2/package/LICENSE" "$out/world-atlas/"
cp "$cache/uplot-1.6.32/package/dist/uPlot.iife.min.js" "$cache/uplot-1.6.32/package/dist/uPlot.min.css" "$cache/uplot-1.6.32/package/LICENSE" "$out/uplot/"
du -sh "$out"
