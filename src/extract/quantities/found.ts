/** What the quantity parsers and refiners pass along: a quantity without its position yet. */
import type { Span } from '../pipeline.js';
import type { Quantity } from '../schema.js';

/** A quantity found in the text being read, offsets into it. */
export type FoundQuantity = Omit<Quantity, 'type' | 'text' | 'position'> & Span;

/** What every quantity parser and refiner reads: the text itself. */
export interface QuantityContext {
  text: string;
  /** ISO 4217 codes of the money of the text's country (see local-currency.ts); omitted: none known. */
  currencies?: ReadonlySet<string>;
}
