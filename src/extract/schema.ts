/**
 * The mentions the extractors return, declared as zod schemas (types inferred under the same
 * names). Every mention has `type`, `text` and `position` (UTF-16 offsets into the caller's input,
 * end exclusive; line and column too when it comes from `extract(cable)`).
 */
import * as z from 'zod';
import { Position } from '../schemas/position.js';

/** A qualifier of a quantity: `more than` (gt), `under` (lt), `approximately` (approx). */
export const Qualifier = z.object({ text: z.string(), op: z.enum(['gt', 'ge', 'lt', 'le', 'approx']) });
/** A qualifier of a quantity. */
export type Qualifier = z.infer<typeof Qualifier>;

/**
 * A quantity: value as written (scale words applied), unit (ISO 4217 for money, `kg`, `t`, `%`,
 * `fold`, `year`..., or the counted noun), kind, qualifier, and the value in base units.
 * @example `23.479 metric tons` → `{ value: 23.479, unit: 't', kind: 'mass', normalized: { value:
 * 23479, unit: 'kg' } }`
 * @example `200-250 troops` → `{ value: 200, valueEnd: 250, unit: 'troop', kind: 'count' }`
 */
export const Quantity = z.object({
  type: z.literal('quantity'),
  text: z.string(),
  position: Position,
  value: z.number(),
  unit: z.string().nullable(),
  kind: z.enum(['count', 'currency', 'percent', 'ratio', 'mass', 'length', 'duration', 'age']),
  qualifier: Qualifier.nullable(),
  normalized: z.object({ value: z.number(), unit: z.string() }).nullable(),
  /** The high end of a range (`200-250 troops`: value 200, valueEnd 250); absent otherwise. */
  valueEnd: z.number().optional(),
  /** True when the unit was not written but carried from an earlier mention (`... another 2 billion`). */
  implicitUnit: z.boolean().optional(),
});
/** A quantity. */
export type Quantity = z.infer<typeof Quantity>;

/**
 * A date, a range or a duration, resolved against the reference date where the text leaves parts
 * out (`December 12` in a February 2008 cable is 2007-12-12; `implied` lists what was filled in).
 */
export const DateMention = z.object({
  type: z.literal('date'),
  text: z.string(),
  position: Position,
  kind: z.enum(['datetime', 'date', 'month', 'year', 'range', 'duration']),
  value: z.string().nullable(),
  valueEnd: z.string().nullable(),
  duration: z.string().nullable(),
  granularity: z.enum(['minute', 'hour', 'day', 'month', 'year']),
  implied: z.array(z.enum(['year', 'month', 'day'])),
  /** A part of the period (`mid-March`: mid; `early next month`: early; `before 1100`: before); absent otherwise. */
  mod: z.enum(['before', 'after', 'since', 'early', 'mid', 'late', 'end', 'start']).optional(),
});
/** A date mention. */
export type DateMention = z.infer<typeof DateMention>;

/** An entity: a person, organization, place, operation, program or other named thing. */
export const Entity = z.object({
  type: z.literal('entity'),
  text: z.string(),
  position: Position,
  kind: z.enum(['person', 'organization', 'place', 'operation', 'program', 'other']),
  /** A person's title as written before the name (`Vice Minister of Internal Affairs`). */
  title: z.string().nullable(),
  /**
   * The acronym this mention defines (`PGO` for `Procurator General's Office (PGO)`), or the full name
   * an acronym stands for.
   */
  acronym: z.string().nullable(),
  expansion: z.string().nullable(),
});
/** An entity mention. */
export type Entity = z.infer<typeof Entity>;
