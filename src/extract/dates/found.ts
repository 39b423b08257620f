/** What the date parsers and refiners pass along: a date mention without its position yet. */
import type { Span } from '../pipeline.js';
import type { DateMention } from '../schema.js';

/**
 * A date found in the text being read, offsets into it. `clock` marks a time of day alone (`at 0430`),
 * `weekdayOnly` a weekday alone, `anaphoric` the shift in years of `the previous year` from the year
 * under discussion, `relativeTo` the shift of `the following day` from the text's last date, `holiday` the name
 * of the holiday a date is (its day differs by year: no year written beside it is shared to it).
 */
export type FoundDate = Omit<DateMention, 'type' | 'text' | 'position'> &
  Span & {
    clock?: { hour: number; minute: number | null };
    weekdayOnly?: boolean;
    anaphoric?: number;
    /** A date named from the text's last one (`the following day`): the unit and the shift (see anaphoric-day.ts). */
    relativeTo?: { unit: 'day' | 'month'; shift: number };
    holiday?: string;
  };

/** What every date parser and refiner reads. */
export interface DateContext {
  text: string;
  /** The reference date (the cable's), midnight UTC, or null. */
  reference: Date | null;
  /** The year under discussion before this text (for `the previous year`). */
  discourseYear: number | null;
}

/** A found date of one day, month or year (no range), at `start..end`. */
export function dateAt(
  start: number,
  end: number,
  value: string,
  granularity: FoundDate['granularity'],
  implied: FoundDate['implied'] = [],
): FoundDate {
  const kind =
    granularity === 'year' ? 'year' : granularity === 'month' ? 'month' : granularity === 'day' ? 'date' : 'datetime';
  return { start, end, kind, value, valueEnd: null, duration: null, granularity, implied };
}
