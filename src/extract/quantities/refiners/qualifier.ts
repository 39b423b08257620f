/**
 * Reads the qualifier before a quantity: the words `more than`, `nearly`, `up to`... right before
 * it (on the same line or across a line break), and what they mean.
 *
 * ```
 * more than 15.5 million   → gt        nearly half     → approx
 * up\nto 400 troops        → le        at least 20     → ge
 * ```
 */
import type { Refiner } from '../../pipeline.js';
import type { Qualifier } from '../../schema.js';
import type { FoundQuantity, QuantityContext } from '../found.js';

/** Qualifier words and what they mean; the longer first where one ends another (`no more than`). */
export const QUALIFIERS: Readonly<Record<string, Qualifier['op']>> = {
  'no more than': 'le',
  'not more than': 'le',
  'more than': 'gt',
  'greater than': 'gt',
  'higher than': 'gt',
  'in excess of': 'gt',
  'upwards of': 'gt',
  'well over': 'gt',
  'just over': 'gt',
  over: 'gt',
  above: 'gt',
  'at least': 'ge',
  'as many as': 'le',
  'as much as': 'le',
  'up to': 'le',
  'at most': 'le',
  'less than': 'lt',
  'fewer than': 'lt',
  'just under': 'lt',
  under: 'lt',
  below: 'lt',
  nearly: 'approx',
  almost: 'approx',
  approximately: 'approx',
  approx: 'approx',
  about: 'approx',
  around: 'approx',
  roughly: 'approx',
  perhaps: 'approx',
  some: 'approx',
  'an estimated': 'approx',
  estimated: 'approx',
  'close to': 'approx',
  circa: 'approx',
};
const QUALIFIER = new RegExp(
  `\\b(${Object.keys(QUALIFIERS)
    .sort((a, b) => b.length - a.length)
    .map((q) => q.replace(/ /g, '\\s+'))
    .join('|')})\\s+$`,
  'i',
);

/** Sets each quantity's qualifier from the words right before it. */
export const qualifierRefiner: Refiner<QuantityContext, FoundQuantity> = {
  refine(context, found) {
    for (const quantity of found) {
      const match = QUALIFIER.exec(context.text.slice(Math.max(0, quantity.start - 30), quantity.start));
      if (!match) continue;
      const text = (match[1] as string).replace(/\s+/g, ' ');
      quantity.qualifier = { text, op: QUALIFIERS[text.toLowerCase()] as Qualifier['op'] };
    }
    return found;
  },
};
