/**
 * `extractQuantities`: numbers with what they count or measure, chrono's way. The parsers read
 * ranges, fractions, numbers in digits and numbers spelled out, each with the unit after it; the
 * refiners drop what is no quantity, set qualifiers, carry a currency to elliptical amounts, and
 * keep the longest of overlapping readings.
 *
 * ```
 * over 15.5 million people      → 15,500,000 person, qualifier gt
 * 23.479 metric tons            → 23.479 t (23,479 kg)
 * $2bn, 480M, 5.5 mln           → 2e9 USD, 480e6, 5.5e6
 * 200-250 troops                → 200 to 250 troop (one range)
 * roughly two thirds            → 0.666667 fraction, approx
 * twice as many, -1.5 percent   → 2 fold; -1.5 %
 * ```
 */
import type { Position } from '../../position.js';
import { type Configuration, longestFirst, run } from '../pipeline.js';
import { positionsIn } from '../positions.js';
import type { Quantity } from '../schema.js';
import type { FoundQuantity, QuantityContext } from './found.js';
import { digitsParser } from './parsers/digits.js';
import { fractionParser } from './parsers/fraction.js';
import { mixedNumberParser } from './parsers/mixed-number.js';
import { multiplierParser } from './parsers/multiplier.js';
import { rangeParser } from './parsers/range.js';
import { spelledParser } from './parsers/spelled.js';
import { carryCurrencyRefiner } from './refiners/carry-currency.js';
import { localCurrencyRefiner } from './refiners/local-currency.js';
import { notQuantityRefiner } from './refiners/not-quantity.js';
import { qualifierRefiner } from './refiners/qualifier.js';

/** The parsers and refiners of {@link extractQuantities}, in order. */
export const QUANTITY_CONFIGURATION: Configuration<QuantityContext, FoundQuantity> = {
  parsers: [rangeParser, mixedNumberParser, fractionParser, digitsParser, spelledParser, multiplierParser],
  refiners: [longestFirst(), notQuantityRefiner, qualifierRefiner, localCurrencyRefiner, carryCurrencyRefiner],
};

/** Options of {@link extractQuantities}. */
export interface QuantityOptions {
  /** Added to every offset (where `text` starts in a larger input). */
  offset?: number;
  /** Positions for offsets (default: line and column within `text`). */
  position?: (start: number, end: number) => Position;
  /**
   * ISO 4217 codes of the money of the country the text is from: a currency name several countries share, written
   * bare (`pesos`), is this country's where its currency has that name (`extract` gives those of the cable's post).
   */
  currencies?: ReadonlySet<string>;
}

/**
 * The quantities of a text, in order.
 *
 * @example
 * extractQuantities('seized 23.479 metric tons')[0] // { text: '23.479 metric tons', value: 23.479,
 * unit: 't', kind: 'mass', ... }
 */
export function extractQuantities(text: string, options: QuantityOptions = {}): Quantity[] {
  const base = options.offset ?? 0;
  const position = positionsIn(text, base, options.position);
  return run(QUANTITY_CONFIGURATION, { text, currencies: options.currencies }, text).map((found) => {
    const quantity: Quantity = {
      type: 'quantity',
      text: text.slice(found.start, found.end),
      position: position(base + found.start, base + found.end),
      value: found.value,
      unit: found.unit,
      kind: found.kind,
      qualifier: found.qualifier,
      normalized: found.normalized,
    };
    // The keys a range and a carried currency add, in the order they are added.
    if ('valueEnd' in found) quantity.valueEnd = found.valueEnd;
    if ('implicitUnit' in found) quantity.implicitUnit = found.implicitUnit;
    return quantity;
  });
}
