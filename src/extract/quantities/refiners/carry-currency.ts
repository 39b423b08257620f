/**
 * An elliptical amount takes the currency of the money named before it in the same text: a
 * number with a scale and nothing counted after it, or after `another`/`an additional`.
 *
 * ```
 * pledged 3 billion dollars ... and another 2 billion      → 2 billion: USD (implicitUnit)
 * ```
 */
import type { Refiner } from '../../pipeline.js';
import type { FoundQuantity, QuantityContext } from '../found.js';

const ELLIPSIS_BEFORE =
  /\b(?:another|an?\s+(?:additional|further|extra)|additional|further|and|or|to|of|plus|with)\s+$/i;
/** How far back (characters) an earlier currency is carried. */
const REACH = 400;

/** Gives elliptical amounts the currency of the last money before them. */
export const carryCurrencyRefiner: Refiner<QuantityContext, FoundQuantity> = {
  refine(context, found) {
    let last: FoundQuantity | null = null;
    for (const quantity of found.sort((a, b) => a.start - b.start)) {
      if (quantity.kind === 'currency') last = quantity;
      else if (last && quantity.kind === 'count' && quantity.start - last.end < REACH) {
        const written = context.text.slice(quantity.start, quantity.end);
        const scaled = /\d\s*(?:[MBk]|mn|mln|bn|bln|million|billion|trillion)\b|(?:million|billion|trillion)$/i.test(
          written,
        );
        const before = context.text.slice(Math.max(0, quantity.start - 25), quantity.start);
        const bare = quantity.unit === null || /^(?:more|less|each|in|for|from)$/.test(quantity.unit);
        if (
          bare &&
          (scaled || /\b(?:another|additional|further|extra)\s+$/i.test(before)) &&
          ELLIPSIS_BEFORE.test(before)
        ) {
          quantity.kind = 'currency';
          quantity.unit = last.unit;
          quantity.normalized = { value: quantity.value, unit: last.unit as string };
          quantity.implicitUnit = true;
        }
      }
    }
    return found;
  },
};
