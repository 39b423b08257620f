/**
 * The options of `parseCable`, checked: what the caller passed is read into {@link CheckedOptions}, and every
 * option that is not what it should be is ignored (its default used) and described, for a CG903 diagnostic.
 * Nothing here throws, whatever it is given (`null`, a string, an object with odd fields).
 */
import type { Format } from './ast.js';
import { FORMATS } from './render/index.js';

/** The limits `parseCable` keeps to unless told otherwise: 64 MB of input, a million nodes. */
export const PARSE_LIMITS = {
  /** The longest input read, in UTF-16 code units (what `string.length` counts): 64 MiB. */
  maxBytes: 64 * 1024 * 1024,
  /** The most nodes, diagnostics and lines one tree may hold: about 0.5 GB of memory at most. */
  maxNodes: 1_000_000,
} as const;

/** Options of `parseCable`. */
export interface ParseOptions {
  /** The rendering of the input; detected when `auto` (the default). */
  format?: Format | 'auto';
  /**
   * The cable's date (`YYYY-MM-DD` or ISO 8601) for texts without a DTG (a snippet, a body
   * without header): it completes references written without a year. A date that is not a real
   * one (`2008-02-30`, `21 FEB 08`) is ignored and reported (CG903).
   */
  date?: string;
  /**
   * The longest input read, in UTF-16 code units (64 MiB by default, {@link PARSE_LIMITS}); a longer one is
   * refused whole: an empty tree and a CG904 error. `Infinity` lifts the limit.
   */
  maxBytes?: number;
  /**
   * The most nodes (with diagnostics and lines) the tree may hold (1,000,000 by default); the input past the
   * line where the limit is reached is not read, and a CG905 error covers it. `Infinity` lifts the limit.
   */
  maxNodes?: number;
}

/** The options as `parseCable` uses them: every one present and valid. */
export interface CheckedOptions {
  format: Format | 'auto';
  /** The date's `YYYY-MM-DD`, or null. */
  date: string | null;
  maxBytes: number;
  maxNodes: number;
  /** One sentence per option that was not valid (and was ignored). */
  problems: Array<{ message: string; expected: string; actual: string }>;
}

/** How a value is named in a message: its type, or the value itself when it is short. */
function described(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `\`${value.length > 40 ? `${value.slice(0, 40)}…` : value}\``;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'an array' : `a${typeof value === 'object' ? 'n' : ''} ${typeof value}`;
}

const DATE = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The `YYYY-MM-DD` of a date written `YYYY-MM-DD` or in ISO 8601 (`2008-02-21T09:51:00Z`), when it is a real
 * day of the calendar; else null.
 *
 * @example
 * cableDate('2008-02-21T09:51Z') // '2008-02-21'
 * cableDate('2008-02-30')        // null
 */
export function cableDate(text: string): string | null {
  const groups = DATE.exec(text)?.groups;
  if (!groups) return null;
  const [y, m, d] = [Number(groups.y), Number(groups.m), Number(groups.d)];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return m >= 1 && m <= 12 && d >= 1 && d <= days ? text.slice(0, 10) : null;
}

/** A limit given as an option: a positive whole number, or Infinity. */
const isLimit = (value: unknown): value is number =>
  typeof value === 'number' && value > 0 && (Number.isInteger(value) || value === Number.POSITIVE_INFINITY);

/** Reads the options `parseCable` was given (anything at all) into {@link CheckedOptions}. */
export function checkOptions(options: unknown): CheckedOptions {
  const checked: CheckedOptions = { format: 'auto', date: null, ...PARSE_LIMITS, problems: [] };
  if (options === undefined || options === null) return checked;
  const problem = (name: string, expected: string, value: unknown) =>
    checked.problems.push({
      message: `Expected ${name} to be ${expected}, found ${described(value)}: it was ignored`,
      expected,
      actual: described(value),
    });
  if (typeof options !== 'object' || Array.isArray(options)) {
    problem('the options', 'an object like { date: "2008-02-21" }', options);
    return checked;
  }
  const { format, date, maxBytes, maxNodes } = options as Record<string, unknown>;
  if (format !== undefined) {
    if (format === 'auto' || (FORMATS as readonly unknown[]).includes(format)) checked.format = format as Format;
    else problem('format', `auto or one of ${FORMATS.join(', ')}`, format);
  }
  if (date !== undefined && date !== null) {
    checked.date = typeof date === 'string' ? cableDate(date) : null;
    if (checked.date === null) problem('date', 'a real date like 2008-02-21', date);
  }
  for (const [name, value] of [
    ['maxBytes', maxBytes],
    ['maxNodes', maxNodes],
  ] as const) {
    if (value === undefined) continue;
    if (isLimit(value)) checked[name] = value;
    else problem(name, 'a whole number above 0 (or Infinity)', value);
  }
  return checked;
}
