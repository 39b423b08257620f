// The adversarial input families of issue 13, each a name and the input of about `n` characters: lines built to make
// a rule backtrack or go quadratic. Read by bench/adversarial.mjs (timed at 1 MB and 8 MB) and by
// tests/adversarial-work.test.ts (regexp work counted at n and 4n characters).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const seed = readFileSync(join(resolve(import.meta.dirname, '..'), 'fixtures/seed/08ASTANA358.txt'), 'utf8');
const header = seed.slice(0, seed.indexOf('1. According'));
/** `unit` repeated to `bytes` characters or just over. */
const fill = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length));

/** @type {Array<[string, (n: number) => string]>} */
export const FAMILIES = [
  ['ordinary: the seed, repeated', (n) => fill(`${seed}\n\n`, n)],
  ['REF: + a run of capitals', (n) => `REF: ${fill('A', n)}`],
  ['REF: + capital words, no serial', (n) => `REF: ${fill('ABCDEFGHI ', n)}`],
  ['REF: + `A.` items', (n) => `REF: ${fill('A. ', n)}`],
  ['REF: + items on lines', (n) => fill('REF: A. STATE 12345 B. 07ASTANA 1234; C. X\n', n)],
  ['REF: + a `-A` run', (n) => `REF: ${fill('-A', n)}`],
  ["REF: + an `'A` run", (n) => `REF: ${fill("'A", n)}`],
  ['TAGS: + commas', (n) => `TAGS: ${fill(',', n)}`],
  ['TAGS: + a run-together word', (n) => `TAGS: ${fill('PREL', n)}`],
  ['TAGS: + words (PREL PREL ...)', (n) => `TAGS: ${fill('PREL ', n)}`],
  ['TAGS: + words (ABCD ABCD ...)', (n) => `TAGS: ${fill('ABCD ', n)}`],
  ['TAGS: + a `(` run', (n) => `TAGS: ${fill('(', n)}`],
  ['TAGS: + a long space run', (n) => `TAGS: PREL${fill(' ', n)}X`],
  ['E.O.: + a `DECL0` run', (n) => `SUBJECT: X\nE.O. 12958: DECL: ${fill('DECL0', n)}\n`],
  ['Classified By: + a long line', (n) => `Classified By: ${fill('Acting Deputy Chief ', n)}`],
  ['SUBJECT: + inline keywords', (n) => fill('SUBJECT: X TAGS: Y REF: Z Classified By: W\n', n)],
  ['repeated headers', (n) => fill(header, n)],
  ['one line of words', (n) => fill('the quick brown fox ', n)],
  ['one line of digits', (n) => fill('1234567890', n)],
  ['page-marker look-alikes', (n) => fill('ASTANA 00000358 001.2 OF 00X\n', n)],
  ['paragraph numbers', (n) => fill('1. \n', n)],
  ['dash lines', (n) => fill('-----\nTITLE\n', n)],
  ['summary with no end', (n) => `1. Summary: ${fill('text -- more ', n)}`],
  ['markdown: a `](` run', (n) => `${fill('](', n)}#`],
  ['html: `<pre>` with no end', (n) => fill('<PRE>', n)],
  ['html: `<td` with no `>`', (n) => `<table class="cable"><td${fill('<TD', n)}</table><pre>x</pre>`],
  ['signature: a `#` run', (n) => `1. Text.\n\nJONES\n${fill('#', n)}\n`],
];
