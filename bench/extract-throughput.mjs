#!/usr/bin/env node
// Throughput of extract() on the built package over the real cables of
// ../shared/archive-dev/cablegate-dev.jsonl (the seed alone when ../shared is absent): each text is
// parsed once beforehand, then extract(cable, text) is timed over all of them. Prints MB/s of input
// text and mentions per second; speed is measured here, never asserted in tests.
//
//   npm run -s build && node bench/extract-throughput.mjs [--limit N]
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract, parseCable } from '../dist/index.js';

const root = resolve(import.meta.dirname, '..');
const archive = resolve(root, '../shared/archive-dev/cablegate-dev.jsonl');
const args = process.argv.slice(2);
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
const texts = existsSync(archive)
  ? readFileSync(archive, 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(0, limit)
      .map((line) => JSON.parse(line).text)
  : [readFileSync(join(root, 'fixtures/seed/08ASTANA358.txt'), 'utf8')];
if (!existsSync(archive)) console.log('../shared/archive-dev is absent: the seed only');

const cables = texts.map((text) => [parseCable(text), text]);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const minSeconds = Number(process.env.BENCH_SECONDS ?? 2);
let mentions = 0;
for (const [cable, text] of cables.slice(0, 200)) extract(cable, text); // warm up
let rounds = 0;
const start = process.hrtime.bigint();
let elapsed = 0;
while (elapsed < minSeconds || rounds === 0) {
  mentions = 0;
  for (const [cable, text] of cables) {
    const found = extract(cable, text);
    mentions += found.quantities.length + found.dates.length + found.entities.length;
  }
  rounds++;
  elapsed = Number(process.hrtime.bigint() - start) / 1e9;
}
const mb = bytes / 1e6;
console.log(
  `extract() over ${cables.length} real cables (${mb.toFixed(1)} MB, ${mentions} mentions), ${rounds} round(s): ` +
    `${((mb * rounds) / elapsed).toFixed(1)} MB/s, ${Math.round((mentions * rounds) / elapsed)} mentions/s`,
);
