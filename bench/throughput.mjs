#!/usr/bin/env node
// Throughput of parseCable + toRecord over the texts of ../shared/corpus (and the bundled seed),
// on the built package (run `npm run bench`, which builds first). Prints MB/s and cables/s; speed
// is measured here, never asserted in tests.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCable, toRecord } from '../dist/index.js';
import { corpusFiles } from './corpus.mjs';

const root = resolve(import.meta.dirname, '..');
const groups = [['seed (fixtures/)', [join(root, 'fixtures/seed/08ASTANA358.txt')]]];
const all = corpusFiles();
if (all.length > 0) {
  groups.push(['corpus .txt (bodies, headers)', all.filter((f) => f.endsWith('.txt'))]);
  groups.push(['corpus .html (Cablegate pages)', all.filter((f) => f.endsWith('.html'))]);
} else {
  console.log('../shared/corpus is absent: benchmarking the seed only');
}

const minSeconds = Number(process.env.BENCH_SECONDS ?? 2);
console.log(`node ${process.version}, at least ${minSeconds}s per row`);
console.log(
  ['input'.padEnd(36), 'files'.padStart(6), 'MB'.padStart(8), 'MB/s'.padStart(8), 'cables/s'.padStart(10)].join(' '),
);
for (const [name, files] of groups) {
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (const t of texts) toRecord(parseCable(t)); // warm up
  let rounds = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minSeconds) {
    for (const t of texts) toRecord(parseCable(t));
    rounds++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  const mb = bytes / 1e6;
  console.log(
    [
      name.padEnd(36),
      String(files.length).padStart(6),
      mb.toFixed(3).padStart(8),
      ((mb * rounds) / elapsed).toFixed(1).padStart(8),
      ((files.length * rounds) / elapsed).toFixed(0).padStart(10),
    ].join(' '),
  );
}

// The extractors on the seed: milliseconds per cable of its size (target: under 5 ms each).
{
  const { extract, extractQuantities, extractDates, extractEntities } = await import('../dist/index.js');
  const seedText = readFileSync(join(root, 'fixtures/seed/08ASTANA358.txt'), 'utf8');
  const cable = parseCable(seedText);
  const body = seedText.slice(seedText.indexOf('1. According'));
  const time = (run) => {
    for (let i = 0; i < 20; i++) run();
    const start = process.hrtime.bigint();
    let n = 0;
    while (Number(process.hrtime.bigint() - start) < 1e9) {
      run();
      n++;
    }
    return Number(process.hrtime.bigint() - start) / 1e6 / n;
  };
  console.log(
    `extractors on the seed (ms per cable): quantities ${time(() => extractQuantities(body)).toFixed(2)}, ` +
      `dates ${time(() => extractDates(body, { reference: '2008-02-21' })).toFixed(2)}, ` +
      `entities ${time(() => extractEntities(body)).toFixed(2)}, ` +
      `extract() ${time(() => extract(cable, seedText)).toFixed(2)}`,
  );
}
