/**
 * Test helpers for the extractors' parsers and refiners: run one parser alone over a sentence,
 * or one refiner over findings, with a context made for the text.
 */
import type { DateContext, FoundDate } from '../../src/extract/dates/found.js';
import type { EntityContext, FoundEntity } from '../../src/extract/entities/found.js';
import { lowerWordsOf } from '../../src/extract/entities/index.js';
import { type Parser, run, type Span } from '../../src/extract/pipeline.js';
import type { FoundQuantity, QuantityContext } from '../../src/extract/quantities/found.js';

/** The findings of one parser over `text`, with their text, in order. */
export function parseWith<Context, Found extends Span>(
  parser: Parser<Context, Found>,
  context: Context,
  text: string,
): Array<Found & { text: string }> {
  return run({ parsers: [parser], refiners: [] }, context, text)
    .sort((a, b) => a.start - b.start)
    .map((found) => ({ ...found, text: text.slice(found.start, found.end) }));
}

/** A quantity context for `text`. */
export const quantityContext = (text: string): QuantityContext => ({ text });

/** A date context for `text`, the reference date `reference` (midnight UTC). */
export const dateContext = (
  text: string,
  reference: string | null = '2009-10-16',
  discourseYear: number | null = null,
): DateContext => ({
  text,
  reference: reference ? new Date(`${reference}T00:00:00Z`) : null,
  discourseYear,
});

/** An entity context for `text`. */
export function entityContext(text: string, extra: Partial<EntityContext> = {}): EntityContext {
  const mixedCase = /[a-z]{3,}/.test(text);
  return {
    text,
    mixedCase,
    lowerWords: mixedCase ? lowerWordsOf(text) : new Set(),
    acronyms: new Map(),
    people: new Set(),
    places: new Set(),
    named: new Map(),
    ...extra,
  };
}

/** A found quantity at the first occurrence of `written` in `text`. */
export function quantityAt(text: string, written: string, extra: Partial<FoundQuantity> = {}): FoundQuantity {
  const start = text.indexOf(written);
  return {
    start,
    end: start + written.length,
    value: 1,
    unit: null,
    kind: 'count',
    qualifier: null,
    normalized: null,
    ...extra,
  };
}

/** A found date at the first occurrence of `written` in `text`. */
export function dateAt(text: string, written: string, extra: Partial<FoundDate> = {}): FoundDate {
  const start = text.indexOf(written);
  return {
    start,
    end: start + written.length,
    kind: 'date',
    value: null,
    valueEnd: null,
    duration: null,
    granularity: 'day',
    implied: [],
    ...extra,
  };
}

/** A found entity at the first occurrence of `written` in `text`, untyped unless `kind` is given. */
export function entityAt(text: string, written: string, extra: Partial<FoundEntity> = {}): FoundEntity {
  const start = text.indexOf(written);
  return { start, end: start + written.length, kind: null, title: null, acronym: null, expansion: null, ...extra };
}
