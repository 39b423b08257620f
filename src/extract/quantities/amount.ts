/**
 * A number and what follows it, made one quantity: the unit (or currency, or counted noun) read
 * after the number, the kind it gives, and the value in base units. Shared by the parsers of
 * numbers in digits and spelled out.
 */
import type { FoundQuantity } from './found.js';
import { countedNoun, unitAfter } from './units.js';

// `ages 10 and 12`, `aged 15`, `at the age of 15`, `between the ages of 17 and 30`.
const AGES_BEFORE = /\b(?:ages?(?:\s+of)?|aged)\s+(?:\d+\s*(?:,|and|or|to)\s*)*$/i;

/** A number read at `start..end` of `text`, with its value and the currency written before it, if any. */
export interface NumberRead {
  start: number;
  end: number;
  value: number;
  currency: string | null;
}

/**
 * The quantity of a number: its unit from what follows, a counted noun when nothing else does.
 *
 * @example
 * amountOf('seized 23.479 metric tons', { start: 7, end: 13, value: 23.479, currency: null })
 * // { start: 7, end: 25, value: 23.479, unit: 't', kind: 'mass', normalized: { value: 23479, unit: 'kg' }, ... }
 */
export function amountOf(text: string, number: NumberRead): FoundQuantity {
  const read = unitAfter(text, number.end, number.currency !== null);
  const found: FoundQuantity = {
    start: number.start,
    end: number.end,
    value: number.value,
    unit: number.currency,
    kind: number.currency ? 'currency' : 'count',
    qualifier: null,
    normalized: null,
  };
  if (read) {
    found.end += read.length;
    found.unit = read.unit;
    found.kind = read.kind;
    // (To 12 significant digits: `6 * 0.0254` is 0.15239999999999998 in binary floating point.)
    if (read.base)
      found.normalized = { value: Number((number.value * read.base[0]).toPrecision(12)), unit: read.base[1] };
  }
  if (found.kind === 'currency') found.normalized = { value: found.value, unit: found.unit as string };
  if (found.kind === 'count' && !read) found.unit = countedNoun(text, found.end);
  // `ages 10 and 12`, `aged 15`: ages, in years.
  if (found.kind === 'count' && AGES_BEFORE.test(text.slice(Math.max(0, found.start - 30), found.start))) {
    found.unit = 'year';
    found.kind = 'age';
  }
  return found;
}
