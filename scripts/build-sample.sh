#!/usr/bin/env bash
# Rebuilds internal/sample/data/fakes-sample.jsonl, the corpus that
# `sitrep demo` runs on, from the FA-KES articles in ../shared (CC BY 4.0:
# Abu Salem, Al Feel, Elbassuoni, Jaber, Farah, "FA-KES: A Fake News Dataset
# around the Syrian War", ICWSM 2019, Zenodo record 2607278).
#
# The selection covers several outlets, governorates, weapons and years.
# Re-run it after changing the list; it needs only grep.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
src=${1:-$here/../shared/corpus/fakes/articles.jsonl}
out=$here/internal/sample/data/fakes-sample.jsonl
ids=(
  fakes-1914947530 fakes-1914947537 fakes-1915433687 fakes-1918398779
  fakes-1919191767 fakes-1923102849 fakes-1923102851 fakes-1923102898
  fakes-1923102934 fakes-1923102948 fakes-1923102970 fakes-1923848144
  fakes-1923848171 fakes-1923848198 fakes-1923848231 fakes-1923848233
)
: >"$out"
for id in "${ids[@]}"; do
  grep -F "\"id\": \"$id\"" "$src" >>"$out"
done
echo "wrote $(wc -l <"$out") articles to $out"
