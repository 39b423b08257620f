/**
 * extract() on very many mentions: 100,000 quantities in one paragraph come out without error,
 * and the work grows linearly with the mentions, counted (regexp calls, elements visited by array
 * searches, string slices), never timed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { extract, parseCable } from '../../src/index.js';

/** A cable whose one paragraph holds `n` quantities and a date every tenth one. */
function cableWith(n: number): string {
  const items: string[] = [];
  for (let k = 0; k < n; k++)
    items.push(k % 10 === 0 ? `on March 3 police seized ${k + 1} kilos` : `then ${k + 1} kilos`);
  return `SUBJECT: SEIZURES\n\n1. ${items.join(', ')}.\n`;
}

/** A made-up capitalized name for `k` that no lexicon holds (`Qab`, `Qac`...). */
const nameFor = (k: number): string =>
  `Q${k.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)))}z`;

/** A cable whose one paragraph is a run of `n` capitalized names joined by `and`, ending in an organization word. */
function namesWith(n: number): string {
  const names: string[] = [];
  for (let k = 0; k < n; k++) names.push(nameFor(k));
  return `SUBJECT: NAMES\n\n1. The delegates of ${names.join(' and ')} Council met.\n`;
}

const counted = { regexp: 0, visited: 0, slices: 0 };
const originals: Array<[object, string, unknown]> = [];
/** Counts calls of `name` on `owner` (and the length searched, for array searches) while tests run. */
function count(owner: object, name: string, add: (self: unknown) => void): void {
  const original = (owner as Record<string, (...args: unknown[]) => unknown>)[name] as (...args: unknown[]) => unknown;
  originals.push([owner, name, original]);
  (owner as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
    add(this);
    return original.apply(this, args);
  };
}
function work(run: () => void): number {
  counted.regexp = counted.visited = counted.slices = 0;
  count(RegExp.prototype, 'exec', () => counted.regexp++);
  count(RegExp.prototype, 'test', () => counted.regexp++);
  for (const search of ['some', 'every', 'find', 'findIndex', 'filter', 'indexOf', 'includes'])
    count(Array.prototype, search, (self) => {
      counted.visited += (self as unknown[]).length;
    });
  count(String.prototype, 'slice', () => counted.slices++);
  try {
    run();
  } finally {
    restore();
  }
  return counted.regexp + counted.visited + counted.slices;
}
function restore(): void {
  for (const [owner, name, original] of originals.splice(0)) (owner as Record<string, unknown>)[name] = original;
}
afterEach(restore);

describe('extract() at scale', () => {
  it('extracts 100,000 quantities from one paragraph without error', { timeout: 120_000 }, () => {
    const input = cableWith(100_000);
    const found = extract(parseCable(input, { date: '2009-10-16' }), input);
    expect(found.quantities).toHaveLength(100_000);
    expect(found.quantities.at(-1)?.text).toBe('100000 kilos');
    expect(found.dates).toHaveLength(10_000);
  });
  it('does work linear in the number of mentions (counted, not timed)', () => {
    const small = cableWith(2_000);
    const large = cableWith(20_000);
    const smallCable = parseCable(small, { date: '2009-10-16' });
    const largeCable = parseCable(large, { date: '2009-10-16' });
    const smallWork = work(() => extract(smallCable, small));
    const largeWork = work(() => extract(largeCable, large));
    // Ten times the mentions: ten times the work, give or take (a quadratic step would be 100x).
    expect(largeWork / smallWork).toBeGreaterThan(8);
    expect(largeWork / smallWork).toBeLessThan(13);
  });
  it('does work linear in the length of a run of capitalized names (counted, not timed)', () => {
    const small = namesWith(1_000);
    const large = namesWith(4_000);
    const smallCable = parseCable(small, { date: '2009-10-16' });
    const largeCable = parseCable(large, { date: '2009-10-16' });
    const smallWork = work(() => extract(smallCable, small));
    const largeWork = work(() => extract(largeCable, large));
    // Four times the names: four times the work, give or take (a quadratic step would be 16x).
    expect(largeWork / smallWork).toBeGreaterThan(3.2);
    expect(largeWork / smallWork).toBeLessThan(5.2);
  });
});
