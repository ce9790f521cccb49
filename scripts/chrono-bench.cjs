// Times chrono-node's date parsing alone over a JSON Lines corpus, on one
// core (node runs JavaScript on one thread): the peer in
// scripts/bench-peers.sh. Usage: node chrono-bench.cjs CHRONO_DIR CORPUS.jsonl
'use strict';
const fs = require('fs');
const path = require('path');
const chrono = require(path.resolve(process.argv[2]));
const lines = fs.readFileSync(process.argv[3], 'utf8').split('\n').filter(Boolean);
const docs = lines.map((l) => {
  const o = JSON.parse(l);
  const ref = o.published ? new Date(o.published) : new Date('2016-12-12');
  return { text: o.text || o.content || o.body || '', ref };
});
let bytes = 0;
for (const d of docs) bytes += Buffer.byteLength(d.text, 'utf8');
// Warm up the JIT on a slice, as Go's benchmarks warm up too.
for (const d of docs.slice(0, 50)) chrono.parse(d.text, d.ref);
let found = 0;
let peak = 0;
const t0 = process.hrtime.bigint();
docs.forEach((d, i) => {
  found += chrono.parse(d.text, d.ref).length;
  if (i % 200 === 0) peak = Math.max(peak, process.memoryUsage().rss);
});
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({
  peer: 'chrono-node ' + require(path.resolve(process.argv[2], 'package.json')).version,
  articles: docs.length, mb: bytes / 1e6, seconds: secs,
  mb_per_s: bytes / 1e6 / secs, articles_per_s: docs.length / secs,
  peak_rss_mb: peak / 1e6, dates_found: found,
}));
