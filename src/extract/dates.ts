/**
 * `extractDates`: dates, ranges and durations, resolved against a reference date (the cable's
 * DTG). Small ordered readers, chrono's way, each reading one shape at the text's positions;
 * the first that matches wins and the scan goes on after it:
 *
 * ```
 * 210951Z FEB 08                 DTG, UTC, to the minute
 * 02/21/2018, 2019/12/31         numeric dates (DECL lines)
 * November 20 to December 15     a range within the same year, resolved together
 * October 16-17                  a range of days
 * November 1, 2007 / December 12 a day, its year filled in nearest the reference date
 * February 2008                  a month
 * the last 15 years              a duration ending at the reference date
 * the previous year              the year before the one under discussion
 * in 2007                        a bare year (not `Barrier-2007`)
 * ```
 */
import { fullYear } from '../grammar/dtg-line.js';
import type { Position } from '../position.js';
import { positionsIn } from './positions.js';
import { WORD_NUMBER, wordValue } from './numbers.js';
import type { DateMention } from './schema.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase());
/** The ISO day `shift` days from `reference`. */
const dayOf = (reference: Date, shift: number) =>
  new Date(reference.getTime() + shift * 86400000).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m + 1)}-${pad(d)}`;
const valid = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m, d));
  return m >= 0 && date.getUTCMonth() === m && date.getUTCDate() === d;
};

/** The year that puts month/day nearest the reference date (`December 12` in February 2008 → 2007). */
function nearestYear(reference: Date, month: number, day: number): number {
  const year = reference.getUTCFullYear();
  let best = year;
  let bestDistance = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const distance = Math.abs(Date.UTC(y, month, day) - reference.getTime());
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

/** Options of {@link extractDates}. */
export interface DateOptions {
  /** The reference date (`YYYY-MM-DD` or ISO 8601): the cable's date. Without it, year-less dates keep no year. */
  reference?: string | null;
  /** Added to every offset (where `text` starts in a larger input). */
  offset?: number;
  /** Positions for offsets (default: line and column within `text`). */
  position?: (start: number, end: number) => Position;
  /** The year under discussion before this text (for `the previous year`). */
  discourseYear?: number | null;
}

interface Reader {
  pattern: RegExp;
  read(
    match: RegExpExecArray,
    context: { reference: Date | null; discourseYear: number | null },
  ): Omit<DateMention, 'type' | 'text' | 'position'> | null;
}

const NUMBER_WORDS = `(?:\\d{1,3}|${WORD_NUMBER})`;
const DURATION_UNITS: Readonly<Record<string, string>> = { year: 'Y', month: 'M', week: 'W', day: 'D' };

const READERS: Reader[] = [
  {
    // DTG: day, hour, minute, Z, month, year.
    pattern: /\b(\d{2})(\d{2})(\d{2})Z\s+([A-Z]{3})\s+(\d{2}|\d{4})\b/y,
    read(m) {
      const month = monthOf(m[4] as string);
      const y = fullYear(m[5] as string);
      if (!valid(y, month, Number(m[1]))) return null;
      return {
        kind: 'datetime',
        value: `${iso(y, month, Number(m[1]))}T${m[2]}:${m[3]}Z`,
        valueEnd: null,
        duration: null,
        granularity: 'minute',
        implied: [],
      };
    },
  },
  {
    // Numeric dates: YYYY/MM/DD, MM/DD/YYYY, M/D/YY.
    pattern: /\b(?:(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})|(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2}))\b(?![/.-]\d)/y,
    read(m) {
      const [y, mo, d] = m[1]
        ? [Number(m[1]), Number(m[2]) - 1, Number(m[3])]
        : [(m[6] as string).length === 2 ? 2000 + Number(m[6]) : Number(m[6]), Number(m[4]) - 1, Number(m[5])];
      if (!valid(y, mo, d)) return null;
      return { kind: 'date', value: iso(y, mo, d), valueEnd: null, duration: null, granularity: 'day', implied: [] };
    },
  },
  {
    // Month day to month day (one range, the year of both resolved together).
    pattern: new RegExp(
      `\\b(${MONTH_NAME})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:to|until|through|-)\\s+(${MONTH_NAME})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`,
      'iy',
    ),
    read(m, { reference }) {
      const m1 = monthOf(m[1] as string);
      const m2 = monthOf(m[3] as string);
      const y2 = m[5] ? Number(m[5]) : reference ? nearestYear(reference, m2, Number(m[4])) : null;
      if (y2 === null) return null;
      const y1 = m1 > m2 ? y2 - 1 : y2;
      if (!valid(y1, m1, Number(m[2])) || !valid(y2, m2, Number(m[4]))) return null;
      return {
        kind: 'range',
        value: iso(y1, m1, Number(m[2])),
        valueEnd: iso(y2, m2, Number(m[4])),
        duration: null,
        granularity: 'day',
        implied: m[5] ? [] : ['year'],
      };
    },
  },
  {
    // Month day-day: a range of days.
    pattern: new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{1,2})\\s*-\\s*(\\d{1,2})(?:,?\\s+(\\d{4}))?\\b`, 'iy'),
    read(m, { reference }) {
      const month = monthOf(m[1] as string);
      const y = m[4] ? Number(m[4]) : reference ? nearestYear(reference, month, Number(m[2])) : null;
      if (y === null || !valid(y, month, Number(m[2])) || !valid(y, month, Number(m[3]))) return null;
      return {
        kind: 'range',
        value: iso(y, month, Number(m[2])),
        valueEnd: iso(y, month, Number(m[3])),
        duration: null,
        granularity: 'day',
        implied: m[4] ? [] : ['year'],
      };
    },
  },
  {
    // Month day (, year).
    pattern: new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b(?![,.]?\\d)`, 'iy'),
    read(m, { reference }) {
      const month = monthOf(m[1] as string);
      const day = Number(m[2]);
      const y = m[3] ? Number(m[3]) : reference ? nearestYear(reference, month, day) : null;
      if (y === null || !valid(y, month, day)) return null;
      return {
        kind: 'date',
        value: iso(y, month, day),
        valueEnd: null,
        duration: null,
        granularity: 'day',
        implied: m[3] ? [] : ['year'],
      };
    },
  },
  {
    // Day month year (`21 February 2008`).
    pattern: new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_NAME})\\s+(\\d{4})\\b`, 'iy'),
    read(m) {
      const month = monthOf(m[2] as string);
      if (!valid(Number(m[3]), month, Number(m[1]))) return null;
      return {
        kind: 'date',
        value: iso(Number(m[3]), month, Number(m[1])),
        valueEnd: null,
        duration: null,
        granularity: 'day',
        implied: [],
      };
    },
  },
  {
    // Month year (`February 2008`); `May` only with its year.
    pattern: new RegExp(`\\b(${MONTH_NAME})\\s+(?:of\\s+)?(\\d{4})\\b`, 'iy'),
    read(m) {
      const month = monthOf(m[1] as string);
      return {
        kind: 'month',
        value: `${m[2]}-${pad(month + 1)}`,
        valueEnd: null,
        duration: null,
        granularity: 'month',
        implied: [],
      };
    },
  },
  {
    // Month to month (`JUNE TO DECEMBER`): a range of months, the year nearest the reference.
    pattern: new RegExp(`\\b(${MONTH_FULL})\\s+(?:to|until|through|-)\\s+(${MONTH_FULL})\\b`, 'iy'),
    read(m, { reference }) {
      if (!reference) return null;
      const m1 = monthOf(m[1] as string);
      const m2 = monthOf(m[2] as string);
      const y1 = nearestYear(reference, m1, 15);
      const y2 = m2 < m1 ? y1 + 1 : y1;
      return {
        kind: 'range',
        value: `${y1}-${pad(m1 + 1)}`,
        valueEnd: `${y2}-${pad(m2 + 1)}`,
        duration: null,
        granularity: 'month',
        implied: ['year'],
      };
    },
  },
  {
    // A month alone (`in March`, `the end of January`): `May` never (a verb as often).
    pattern: new RegExp(`\\b(${MONTH_FULL.replace('May|', '')})\\b(?!\\s+\\d)`, 'y'),
    read(m, { reference }) {
      if (!reference) return null;
      const month = monthOf(m[1] as string);
      return {
        kind: 'month',
        value: `${nearestYear(reference, month, 15)}-${pad(month + 1)}`,
        valueEnd: null,
        duration: null,
        granularity: 'month',
        implied: ['year'],
      };
    },
  },
  {
    // `today`, `tomorrow`, `yesterday`.
    pattern: /\b(today|tomorrow|yesterday)\b/iy,
    read(m, { reference }) {
      if (!reference) return null;
      const shift = { today: 0, tomorrow: 1, yesterday: -1 }[(m[1] as string).toLowerCase() as 'today'] ?? 0;
      return {
        kind: 'date',
        value: dayOf(reference, shift),
        valueEnd: null,
        duration: null,
        granularity: 'day',
        implied: ['year', 'month'],
      };
    },
  },
  {
    // `(this|next|last) week`, `(this )?(coming )?weekend`: weeks run Monday to Sunday.
    pattern: /\b(?:(this|next|last)\s+week|(?:(this|next|last)\s+)?(?:coming\s+)?weekend)\b/iy,
    read(m, { reference }) {
      if (!reference) return null;
      const weekday = (reference.getUTCDay() + 6) % 7; // Monday 0
      const which = ((m[1] ?? m[2] ?? 'this') as string).toLowerCase();
      const weeks = which === 'next' ? 1 : which === 'last' ? -1 : 0;
      if (m[1])
        return {
          kind: 'range',
          value: dayOf(reference, -weekday + 7 * weeks),
          valueEnd: dayOf(reference, 6 - weekday + 7 * weeks),
          duration: null,
          granularity: 'day',
          implied: ['year', 'month'],
        };
      // `this weekend` early in the week is the one just past; `coming` always looks ahead.
      const past = which === 'this' && !/coming/i.test(m[0]) && weekday <= 2 ? -1 : 0;
      return {
        kind: 'range',
        value: dayOf(reference, 5 - weekday + 7 * (weeks + past)),
        valueEnd: dayOf(reference, 6 - weekday + 7 * (weeks + past)),
        duration: null,
        granularity: 'day',
        implied: ['year', 'month'],
      };
    },
  },
  {
    // A weekday: the last one before the reference date, or the next with `next`/`coming`.
    pattern: /\b(?:(next|coming|last)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/iy,
    read(m, { reference }) {
      if (!reference) return null;
      const target = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].indexOf(
        (m[2] as string).toLowerCase(),
      );
      const today = (reference.getUTCDay() + 6) % 7;
      const forward = m[1] && /next|coming/i.test(m[1]);
      const shift = forward ? (target - today + 7) % 7 || 7 : -((today - target + 7) % 7 || 7);
      return {
        kind: 'date',
        value: dayOf(reference, shift),
        valueEnd: null,
        duration: null,
        granularity: 'day',
        implied: ['year', 'month'],
      };
    },
  },
  {
    // `in eighteen months`: a date that far from the reference date.
    pattern: new RegExp(`\\bin\\s+(${NUMBER_WORDS})\\s+(years?|months?|weeks?|days?)\\b`, 'iy'),
    read(m, { reference }) {
      const count = /^\d/.test(m[1] as string) ? Number(m[1]) : wordValue(m[1] as string);
      if (count === null || !reference) return null;
      const unit = (m[2] as string).toLowerCase().replace(/s$/, '');
      const date = new Date(reference.getTime());
      if (unit === 'year') date.setUTCFullYear(date.getUTCFullYear() + count);
      else if (unit === 'month') date.setUTCMonth(date.getUTCMonth() + count);
      else date.setUTCDate(date.getUTCDate() + count * (unit === 'week' ? 7 : 1));
      const granularity = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
      const value = date.toISOString().slice(0, granularity === 'year' ? 4 : granularity === 'month' ? 7 : 10);
      return { kind: 'date', value, valueEnd: null, duration: null, granularity, implied: [] };
    },
  },
  {
    // A duration anchored at the reference date: `the last 15 years`, `the next four years`, `within two weeks`.
    pattern: new RegExp(
      `\\b(?:(?:the\\s+)?(last|past|next|coming)|within)\\s+(${NUMBER_WORDS})\\s+(years?|months?|weeks?|days?)\\b`,
      'iy',
    ),
    read(m, { reference }) {
      const count = /^\d/.test(m[2] as string) ? Number(m[2]) : wordValue(m[2] as string);
      if (count === null || !reference) return null;
      const unit = (m[3] as string).toLowerCase().replace(/s$/, '');
      const other = new Date(reference.getTime());
      const sign = m[1] && /last|past/i.test(m[1]) ? -1 : 1;
      if (unit === 'year') other.setUTCFullYear(other.getUTCFullYear() + sign * count);
      else if (unit === 'month') other.setUTCMonth(other.getUTCMonth() + sign * count);
      else other.setUTCDate(other.getUTCDate() + sign * count * (unit === 'week' ? 7 : 1));
      const [from, to] = sign < 0 ? [other, reference] : [reference, other];
      const day = (d: Date) => d.toISOString().slice(0, 10);
      return {
        kind: 'duration',
        value: day(from),
        valueEnd: day(to),
        duration: `P${count}${DURATION_UNITS[unit]}`,
        granularity: unit === 'year' ? 'year' : 'day',
        implied: [],
      };
    },
  },
  {
    // `the previous year`, `last year`, `next year`, `this year`.
    pattern: /\b(?:(the\s+)?(previous|preceding|prior)\s+year|(last|next|this)\s+year)\b/iy,
    read(m, { reference, discourseYear }) {
      const ref = reference ? reference.getUTCFullYear() : null;
      let year: number | null;
      if (m[2]) year = (discourseYear ?? ref) === null ? null : (discourseYear ?? (ref as number)) - 1;
      else if (ref === null) year = null;
      else
        year = ref + ({ last: -1, next: 1, this: 0 }[(m[3] as string).toLowerCase() as 'last' | 'next' | 'this'] ?? 0);
      if (year === null) return null;
      return { kind: 'year', value: String(year), valueEnd: null, duration: null, granularity: 'year', implied: [] };
    },
  },
  {
    // A bare year, not inside a name or identifier (`Barrier-2007`, `Resolution 1540`).
    pattern: /(?<![\w-])(19[4-9]\d|20[0-4]\d)(?![\w-]|\.\d|,\d)/y,
    read(m) {
      return { kind: 'year', value: m[1] as string, valueEnd: null, duration: null, granularity: 'year', implied: [] };
    },
  },
];

// Where a reader may start: a digit, or a letter that begins a month or a relative phrase.
const START =
  /[0-9]|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|the|last|past|next|coming|within|previous|preceding|prior|this|today|tomorrow|yesterday|weekend|in|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/gi;

/**
 * The dates of a text, in order, resolved against `options.reference`.
 *
 * @example
 * extractDates('On December 12, the PGO ...', { reference: '2008-02-21' })[0].value // '2007-12-12'
 */
export function extractDates(text: string, options: DateOptions = {}): DateMention[] {
  const base = options.offset ?? 0;
  const reference =
    options.reference && /^\d{4}-\d{2}-\d{2}/.test(options.reference)
      ? new Date(`${options.reference.slice(0, 10)}T00:00:00Z`)
      : null;
  const position = positionsIn(text, base, options.position);
  const found: DateMention[] = [];
  let discourseYear = options.discourseYear ?? null;
  START.lastIndex = 0;
  let start: RegExpExecArray | null;
  while ((start = START.exec(text))) {
    const at = start.index;
    for (const reader of READERS) {
      reader.pattern.lastIndex = at;
      const match = reader.pattern.exec(text);
      if (!match) continue;
      const read = reader.read(match, { reference, discourseYear });
      if (!read) continue;
      const end = at + match[0].length;
      found.push({ type: 'date', text: match[0], position: position(base + at, base + end), ...read });
      let last = end;
      // More days of the same month: `October 21, 22 and 23`.
      if (read.kind === 'date' && read.granularity === 'day' && read.value && /^[A-Za-z]/.test(match[0])) {
        const more = /(?:,\s*|\s+and\s+)(\d{1,2})\b(?![,.]?\d)/y;
        more.lastIndex = last;
        let day: RegExpExecArray | null;
        while ((day = more.exec(text))) {
          const [y, mo] = read.value.split('-').map(Number) as [number, number];
          if (!valid(y, mo - 1, Number(day[1]))) break;
          const dayStart = last + day[0].indexOf(day[1] as string);
          found.push({
            type: 'date',
            text: day[1] as string,
            position: position(base + dayStart, base + dayStart + (day[1] as string).length),
            kind: 'date',
            value: iso(y, mo - 1, Number(day[1])),
            valueEnd: null,
            duration: null,
            granularity: 'day',
            implied: read.implied,
          });
          last = more.lastIndex;
        }
      }
      if (read.kind === 'year' && read.value && !/previous|preceding|prior|last|next|this/i.test(match[0]))
        discourseYear = Number(read.value);
      else if (read.value && read.kind !== 'duration' && read.kind !== 'datetime')
        discourseYear = Number(read.value.slice(0, 4));
      START.lastIndex = last;
      break;
    }
  }
  return found;
}
