#!/usr/bin/env node
// Adversarial inputs for time: lines built to make a rule backtrack or go quadratic, measured as
// time per MB of parseCable + toRecord against ordinary cables (the seed and the corpus' plain
// texts). Target: every row within 1.5x of ordinary. Run after a build (`npm run bench`).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCable, toRecord } from '../dist/index.js';

const root = resolve(import.meta.dirname, '..');
const seed = readFileSync(join(root, 'fixtures/seed/08ASTANA358.txt'), 'utf8');
const corpusDir = resolve(root, '../shared/corpus/raw/tathagata-reveal');
const tehran = existsSync(join(corpusDir, '79TEHRAN8980.txt')) ? readFileSync(join(corpusDir, '79TEHRAN8980.txt'), 'utf8') : null;
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

const seconds = Number(process.env.BENCH_SECONDS ?? 1);
const perMB = (text) => {
  toRecord(parseCable(text));
  let rounds = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < seconds || rounds < 2) {
    toRecord(parseCable(text));
    rounds++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  return (elapsed / rounds) / (text.length / MB);
};

// Nodes and diagnostics per MB: dense inputs cost per node, not per byte.
const countNodes = (node) => 1 + (node.children ?? []).reduce((n, child) => n + countNodes(child), 0);
const density = (text) => {
  const cable = parseCable(text);
  return (countNodes(cable) + cable.diagnostics.length) / (text.length / MB);
};

console.log(`${'input'.padEnd(40)} ${'MB'.padStart(6)} ${'ms/MB'.padStart(9)} ${'x ordinary'.padStart(11)} ${'nodes/MB'.padStart(10)} ${'us/node'.padStart(8)}`);
let ordinary = 0;
let worst = 0;
let ordinaryPerNode = 0;
let worstPerNode = 0;
for (const [name, text] of rows) {
  const t = perMB(text);
  if (!ordinary) ordinary = t;
  const ratio = t / ordinary;
  worst = Math.max(worst, ratio);
  const nodes = density(text);
  const perNode = (t * 1e6) / nodes;
  if (!ordinaryPerNode) ordinaryPerNode = perNode;
  // Per node only where the input is node-dense (per MB is the measure for the others).
  if (nodes > 2 * 8000) worstPerNode = Math.max(worstPerNode, perNode / ordinaryPerNode);
  console.log(`${name.padEnd(40)} ${(text.length / MB).toFixed(2).padStart(6)} ${(t * 1000).toFixed(1).padStart(9)} ${ratio.toFixed(2).padStart(11)} ${nodes.toFixed(0).padStart(10)} ${((t * 1e6) / nodes).toFixed(2).padStart(8)}`);
}
console.log(`worst: ${worst.toFixed(2)}x ordinary per MB (target <= 1.5x); node-dense rows: worst ${worstPerNode.toFixed(2)}x ordinary per node`);
