/**
 * The adversarial inputs of bench/adversarial.mjs (and of issue 13's audit), read at n and 4n characters: the
 * regexp work of parseCable + toRecord (tests/regex-work.ts: the characters its `exec` calls walked at least)
 * grows at most linearly, 4x give or take, where a rule that scans to the end of the text from many starting
 * points would do 16x. Counted, never timed; each regexp's own work inside one call is the audit's
 * (tests/regex-audit.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCable, toRecord } from '../src/index.js';
import { ROOT } from './helpers.js';
import { recordExec, walked } from './regex-work.js';

const seed = readFileSync(join(ROOT, 'fixtures/seed/08ASTANA358.txt'), 'utf8');
const header = seed.slice(0, seed.indexOf('1. According'));
/** `unit` repeated to `bytes` characters or just over. */
const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length));

/** Each family: its name (as in the bench) and the input of about `n` characters. */
const FAMILIES: Array<[string, (n: number) => string]> = [
  ['ordinary: the seed, repeated', (n) => fill(`${seed}\n\n`, n)],
  ['REF: + a run of capitals', (n) => `REF: ${fill('A', n)}`],
  ['REF: + capital words, no serial', (n) => `REF: ${fill('ABCDEFGHI ', n)}`],
  ['REF: + `A.` items', (n) => `REF: ${fill('A. ', n)}`],
  ['REF: + items on lines', (n) => fill('REF: A. STATE 12345 B. 07ASTANA 1234; C. X\n', n)],
  ['REF: + a `-A` run', (n) => `REF: ${fill('-A', n)}`],
  ["REF: + an `'A` run", (n) => `REF: ${fill("'A", n)}`],
  ['TAGS: + commas', (n) => `TAGS: ${fill(',', n)}`],
  ['TAGS: + a run-together word', (n) => `TAGS: ${fill('PREL', n)}`],
  ['TAGS: + words', (n) => `TAGS: ${fill('ABCD ', n)}`],
  ['TAGS: + `(` run', (n) => `TAGS: ${fill('(', n)}`],
  ['TAGS: + a long space run', (n) => `TAGS: PREL${fill(' ', n)}X`],
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

const N = 25_000;

describe('adversarial inputs: regexp work linear in the length', () => {
  it.each(FAMILIES)('%s', (_name, make) => {
    const [small, large] = [N, 4 * N].map((n) => {
      const text = make(n);
      return walked(recordExec(() => toRecord(parseCable(text)))) / text.length;
    }) as [number, number];
    // Work per character at 4n within 1.3x of n's (a quadratic rule: 4x).
    expect(large / small).toBeLessThan(1.3);
  });
});
