#!/usr/bin/env node
// Throughput per stage over the real cables of ../shared/archive-dev/cablegate-dev.jsonl (the seed alone when
// ../shared is absent), on the built package, against the line floor measured in the same run: splitting each
// text into lines and testing one regexp per line, what any line-based reader must at least do. The ratio to the
// floor is what holds on a noisy machine (both slow down together); MB/s alone moves with the load. Also the
// per-cable latency of parse+record (p50, p99) and the time per MB of one input made of cables concatenated to
// 1, 4, 16 and 64 MB (a linear parser takes the same time per MB at every size). Stages are run interleaved,
// round after round, and the best round of each is kept. Speed is measured here, never asserted in tests.
//
//   npm run -s build && node bench/archive-stages.mjs [--rounds N] [--sizes 1,4,16,64]
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract, parseCable, toRecord } from '../dist/index.js';

const root = resolve(import.meta.dirname, '..');
const archive = resolve(root, '../shared/archive-dev/cablegate-dev.jsonl');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const rounds = Number(option('--rounds', 5));
const sizes = option('--sizes', '1,4,16,64').split(',').map(Number);
const texts = existsSync(archive)
  ? readFileSync(archive, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line).text)
  : [readFileSync(join(root, 'fixtures/seed/08ASTANA358.txt'), 'utf8')];
if (!existsSync(archive)) console.log('../shared/archive-dev is absent: the seed only');
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

// The floor: lines split, one regexp tested on each (a paragraph number), the count kept so none is optimized away.
const HEAD = /^\s*\d+\.\s/;
let sink = 0;
const stages = {
  'line floor': () => {
    for (const text of texts) for (const line of text.split('\n')) if (HEAD.test(line)) sink++;
  },
  parse: () => {
    for (const text of texts) sink += parseCable(text).children.length;
  },
  'parse+record': () => {
    for (const text of texts) sink += toRecord(parseCable(text)).paragraphs.length;
  },
  'parse+record+extract': () => {
    for (const text of texts) {
      const cable = parseCable(text);
      sink += toRecord(cable).paragraphs.length + extract(cable, text).dates.length;
    }
  },
};
const best = Object.fromEntries(Object.keys(stages).map((name) => [name, Number.POSITIVE_INFINITY]));
for (const run of Object.values(stages)) run(); // warm up
for (let round = 0; round < rounds; round++) {
  for (const [name, run] of Object.entries(stages)) {
    const start = performance.now();
    run();
    best[name] = Math.min(best[name], performance.now() - start);
  }
}
console.log(`node ${process.version}, ${texts.length} cables (${mb.toFixed(1)} MB), best of ${rounds} rounds`);
console.log(['stage'.padEnd(22), 'ms'.padStart(8), 'MB/s'.padStart(8), 'of floor'.padStart(9)].join(' '));
const floor = best['line floor'];
for (const [name, ms] of Object.entries(best)) {
  const ratio = `${((100 * floor) / ms).toFixed(2)}%`;
  console.log(
    [name.padEnd(22), ms.toFixed(0).padStart(8), ((mb * 1000) / ms).toFixed(1).padStart(8), ratio.padStart(9)].join(
      ' ',
    ),
  );
}

// Latency of parse+record per cable, over one pass.
const latencies = texts.map((text) => {
  const start = performance.now();
  toRecord(parseCable(text));
  return performance.now() - start;
});
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
console.log(`parse+record per cable: p50 ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms`);

// Time per MB of one input of concatenated cables, at each size (the limits lifted for the largest).
const perMb = sizes.map((size) => {
  const parts = [];
  let bytes = 0;
  for (let k = 0; bytes < size * 1e6; k++) {
    const text = texts[k % texts.length];
    parts.push(text);
    bytes += Buffer.byteLength(text) + 2;
  }
  const input = parts.join('\n\n');
  const options = { maxBytes: Number.POSITIVE_INFINITY, maxNodes: Number.POSITIVE_INFINITY };
  let ms = Number.POSITIVE_INFINITY;
  for (let round = 0; round < (size >= 16 ? 2 : 3); round++) {
    const start = performance.now();
    sink += toRecord(parseCable(input, options)).paragraphs.length;
    ms = Math.min(ms, performance.now() - start);
  }
  return { size, msPerMb: ms / (bytes / 1e6) };
});
const one = perMb[0]?.msPerMb ?? 1;
console.log(
  `parse+record of one input of concatenated cables, ms per MB: ${perMb
    .map(({ size, msPerMb }) => `${size} MB ${msPerMb.toFixed(0)} (${(msPerMb / one).toFixed(2)}x)`)
    .join(', ')}`,
);
if (sink < 0) console.log(sink);
