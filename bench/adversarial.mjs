#!/usr/bin/env node
// Adversarial inputs for time: lines built to make a rule backtrack or go quadratic, measured as
// time per MB of parseCable + toRecord against an ordinary cable (the seed, repeated to 2 MB; the
// corpus' plain texts, parsed one by one, are shown beside it). Target: every row within 1.5x of
// ordinary per MB. Rows many times denser in nodes than a cable are also shown per node (and
// diagnostic). Then each adversarial family (and issue 13's) at 1 MB and 8 MB: time per MB at each and their ratio,
// which a linear rule keeps near 1 and a quadratic one near 8 (BENCH_GROWTH=0 skips it). Run after a build
// (`npm run bench`).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCable, toRecord } from '../dist/index.js';
import { FAMILIES } from './adversarial-families.mjs';
import { CORPUS, corpusFiles } from './corpus.mjs';

const root = resolve(import.meta.dirname, '..');
const seed = readFileSync(join(root, 'fixtures/seed/08ASTANA358.txt'), 'utf8');
const corpusDir = join(CORPUS, 'raw/tathagata-reveal');
const tehran = existsSync(join(corpusDir, '79TEHRAN8980.txt'))
  ? readFileSync(join(corpusDir, '79TEHRAN8980.txt'), 'utf8')
  : null;
const MB = 1_000_000;
const fill = (unit, bytes = MB) => unit.repeat(Math.ceil(bytes / unit.length));
const header = seed.slice(0, seed.indexOf('1. According'));

const rows = [
  ['ordinary: the seed, repeated', fill(`${seed}\n\n`, 2 * MB)],
  ['REF: + a run of capitals', `REF: ${fill('A')}`],
  ['REF: + capital words, no serial', `REF: ${fill('ABCDEFGHI ')}`],
  ['REF: + 100k `A.` items', `REF: ${fill('A. ', 300_000)}`],
  ['REF: + 100k items on lines', fill('REF: A. STATE 12345 B. 07ASTANA 1234; C. X\n', MB)],
  ['TAGS: + 100k commas', `TAGS: ${fill(',', 100_000)}`],
  ['TAGS: + a run-together word', `TAGS: ${fill('PREL', 100_000)}`],
  ['TAGS: + 100k words', `TAGS: ${fill('ABCD ', 500_000)}`],
  ['Classified By: + a long line', `Classified By: ${fill('Acting Deputy Chief ')}`],
  ['SUBJECT: + inline keywords', fill('SUBJECT: X TAGS: Y REF: Z Classified By: W\n')],
  ['repeated headers (header x 1000s)', fill(header)],
  ['one 1 MB line of words', fill('the quick brown fox ')],
  ['one 1 MB line of digits', fill('1234567890')],
  ['page-marker look-alikes', fill('ASTANA 00000358 001.2 OF 00X\n')],
  ['100k paragraph numbers', fill('1. \n')],
  ['dash lines', fill('-----\nTITLE\n')],
  ['summary with no end', `1. Summary: ${fill('text -- more ')}`],
  ...(tehran ? [['79TEHRAN8980 (a peer takes ~1s)', fill(`${tehran}\n\n`, MB)]] : []),
];

// Ordinary cables as they come: the corpus' plain texts, each parsed on its own (context only:
// real headers make them denser in nodes than the seed's long paragraphs).
const corpusTexts = corpusFiles()
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(f, 'utf8'));

const seconds = Number(process.env.BENCH_SECONDS ?? 1);
const MIN_ROUNDS = 3;
/** Seconds per MB of `work` over `texts` (the median round's). */
const timePerMB = (texts, work) => {
  const bytes = texts.reduce((n, t) => n + t.length, 0);
  // Warm up for half a second or a quarter of the measuring time (at least one round): a cold
  // reference row is twice as slow and would make every ratio look better than it is.
  const warm = process.hrtime.bigint();
  do for (const t of texts) work(t);
  while (Number(process.hrtime.bigint() - warm) / 1e9 < Math.max(seconds / 4, 0.5));
  const rounds = [];
  const start = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - start) / 1e9 < seconds || rounds.length < MIN_ROUNDS) {
    const t0 = process.hrtime.bigint();
    for (const t of texts) work(t);
    rounds.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  rounds.sort((x, y) => x - y);
  return rounds[rounds.length >> 1] / (bytes / MB);
};
const parse = (text) => toRecord(parseCable(text));

// Nodes and diagnostics per MB: dense inputs cost per node, not per byte.
const countNodes = (node) => 1 + (node.children ?? []).reduce((n, child) => n + countNodes(child), 0);

const TARGET = 1.5;
console.log(
  `${'input'.padEnd(40)} ${'MB'.padStart(5)} ${'ms/MB'.padStart(7)} ${'x ordinary'.padStart(10)}` +
    ` ${'nodes/MB'.padStart(9)} ${'us/node'.padStart(8)} ${'x per node'.padStart(10)}`,
);
let ordinary = 0;
let ordinaryPerNode = 0;
const over = [];
const measured = corpusTexts.length
  ? [['ordinary: corpus plain texts, one by one', corpusTexts], ...rows.map(([name, text]) => [name, [text]])]
  : rows.map(([name, text]) => [name, [text]]);
// The seed row first: it is the reference.
measured.sort((x, y) => (x[0].startsWith('ordinary: the seed') ? -1 : y[0].startsWith('ordinary: the seed') ? 1 : 0));
for (const [name, texts] of measured) {
  const t = timePerMB(texts, parse);
  const mb = texts.reduce((n, text) => n + text.length, 0) / MB;
  const trees = texts.map((text) => parseCable(text));
  const nodes = trees.reduce((n, cable) => n + countNodes(cable) + cable.diagnostics.length, 0) / mb;
  if (!ordinary) {
    ordinary = t;
    ordinaryPerNode = t / nodes;
  }
  const ratio = t / ordinary;
  const perNode = t / nodes / ordinaryPerNode;
  // Per node only where the input is node-dense (twice ordinary or more); per MB is the measure for the others.
  const dense = nodes >= 2 * (ordinary / ordinaryPerNode);
  if (ratio > TARGET && !name.startsWith('ordinary'))
    over.push({ name, ratio, perNode, dense: nodes / (ordinary / ordinaryPerNode) });
  console.log(
    `${name.padEnd(40)} ${mb.toFixed(2).padStart(5)} ${(t * 1000).toFixed(1).padStart(7)}` +
      ` ${ratio.toFixed(2).padStart(10)} ${nodes.toFixed(0).padStart(9)}` +
      ` ${(dense ? ((t * 1e6) / nodes).toFixed(2) : '-').padStart(8)}` +
      ` ${(dense ? perNode.toFixed(2) : '-').padStart(10)}`,
  );
}
console.log(
  `x ordinary: time per MB against the seed repeated (target <= ${TARGET}x); x per node: per node and diagnostic`,
);
if (over.length === 0) console.log(`every row within ${TARGET}x ordinary per MB`);
for (const row of over) {
  console.log(
    `over ${TARGET}x per MB: ${row.name}: ${row.ratio.toFixed(2)}x per MB, ${row.dense.toFixed(1)}x the nodes ` +
      `per MB of ordinary, ${row.perNode.toFixed(2)}x ordinary per node`,
  );
}

// Growth: each family at 1 MB and 8 MB. The best of a few rounds at each (one at 8 MB on a slow family), after a
// warm-up at 1 MB; ratio is time per MB at 8 MB over time per MB at 1 MB (linear: ~1; quadratic: ~8).

/** The best seconds of `rounds` runs of `work` on `text`. */
const best = (text, rounds) => {
  let min = Number.POSITIVE_INFINITY;
  for (let k = 0; k < rounds; k++) {
    const t0 = process.hrtime.bigint();
    parse(text);
    min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return min;
};
if (process.env.BENCH_GROWTH !== '0') {
  console.log(
    `\n${'family'.padEnd(40)} ${'1 MB ms/MB'.padStart(11)} ${'8 MB ms/MB'.padStart(11)} ${'ratio'.padStart(6)}`,
  );
  const superlinear = [];
  for (const [name, make] of FAMILIES) {
    const one = make(MB);
    parse(one);
    const perOne = best(one, 3) / (one.length / MB);
    const eight = make(8 * MB);
    const perEight = best(eight, perOne > 1 ? 1 : 2) / (eight.length / MB);
    const ratio = perEight / perOne;
    if (ratio > 2) superlinear.push(`${name}: ${ratio.toFixed(2)}x`);
    console.log(
      `${name.padEnd(40)} ${(perOne * 1000).toFixed(1).padStart(11)} ${(perEight * 1000).toFixed(1).padStart(11)}` +
        ` ${ratio.toFixed(2).padStart(6)}`,
    );
  }
  console.log(superlinear.length ? `over 2x from 1 to 8 MB: ${superlinear.join('; ')}` : 'every family within 2x');
}
