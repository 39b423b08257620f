/**
 * Clock times, in prose and military style: `9 P.M.`, `2:45 p.m.`, `noon`, `midnight`, `0430
 * hours`, `at 0430`, `before 1100`, `1530 local`. Read as the reference day's local time; the
 * date-time refiner joins a time to the date next to it (`at 0430 on March 3`).
 *
 * ```
 * at 9 P.M. ... at 2:45 p.m. ... at 0430 on March 3 ... before 1100 ... 0430 HOURS
 *    ^^^^^^        ^^^^^^^^^        ^^^^                 ^^^^^^^^^^^     ^^^^^^^^^^
 * ```
 * Four digits are a time only after `at`/`before`/`after`/`until`/`by`/`from`/`since` or before
 * `hours`/`local`/`GMT`, and only as a valid hhmm; `before` makes the mention's `mod`.
 */
import { CURRENCY_CODES } from '../../../tables/currency-codes.js';
import type { Parser } from '../../pipeline.js';
import { isoTime } from '../calendar-math.js';
import type { DateContext, FoundDate } from '../found.js';

// What follows an amount, not a time: an ISO 4217 code (not a time zone's `EST`), a plural noun.
const AMOUNT_AFTER = /^\s+(?:(?<code>[A-Z]{3})\b|(?!(?:this|was|has|thus|plus|across|towards)\b)[a-z]{3,}s\b)/;

/** True when what follows four digits makes them an amount (`approximately 1600 USD`, `by 1207 funds`). */
function amountAfter(after: string): boolean {
  const m = AMOUNT_AFTER.exec(after);
  return m !== null && (m.groups?.code === undefined || CURRENCY_CODES.has(m.groups.code));
}
const CLOCK_WORD_BEFORE = /\b(?:at|before|after|until|till|by|from|since|around|about|approximately)\s+$/i;
const MERIDIEM = '(?<meridiem>a\\.\\s?m\\.|p\\.\\s?m\\.|am\\b|pm\\b)';
const CLOCK = new RegExp(
  [
    `\\b(?<h1>1[0-2]|0?[1-9])(?::(?<m1>[0-5]\\d))?\\s?${MERIDIEM}`,
    `\\b(?<h2>[01]?\\d|2[0-3]):(?<m2>[0-5]\\d)\\b(?!:\\d)(?:\\s*(?:hours|hrs|local|GMT|UTC)\\b)?`,
    // (`2008 local council elections`: `local` of a noun after it is no time zone.)
    `\\b(?<h3>[01]\\d|2[0-3])(?<m3>[0-5]\\d)(?:\\s*(?<suffix>hours|hrs|local(?!\\s+(?!time\\b)[a-z]{4})|GMT|UTC)` +
      `\\b|Z\\b)?` +
      `(?![\\d:/-]|[,.]\\d|\\s*(?:people|persons|troops|dollars|kilos|tons))`,
    '\\b(?<word>noon|midnight)\\b',
  ].join('|'),
  'gi',
);

/** `9 P.M.`, `2:45 p.m.`, `at 0430`, `0430 hours`, `noon`. */
export const clockTimeParser: Parser<DateContext, FoundDate> = {
  needs: ['#', 'noon', 'midnight'],
  pattern: CLOCK,
  extract(context, m) {
    const g = m.groups ?? {};
    let hour: number;
    let minute: number | null;
    if (g.word) [hour, minute] = [/noon/i.test(g.word) ? 12 : 0, 0];
    else if (g.h1) {
      hour = (Number(g.h1) % 12) + (/^p/i.test(g.meridiem as string) ? 12 : 0);
      minute = g.m1 ? Number(g.m1) : null;
    } else if (g.h2) [hour, minute] = [Number(g.h2), Number(g.m2)];
    else {
      // Four digits: a time only after a word that introduces one, or with `hours`/`local`/`Z` after them.
      if (
        !g.suffix &&
        !/Z$/.test(m[0]) &&
        !CLOCK_WORD_BEFORE.test(context.text.slice(Math.max(0, m.index - 16), m.index))
      )
        return null;
      // `in 2007 before 2008`: a four-digit year after `before` is no time.
      if (/^(?:19|20)\d\d$/.test(`${g.h3}${g.m3}`) && !g.suffix) return null;
      // `approximately 1600 USD`, `by 1207 funds`: an amount (a currency code, a plural noun after it).
      if (!g.suffix && amountAfter(context.text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
      [hour, minute] = [Number(g.h3), Number(g.m3)];
    }
    const before = context.text.slice(Math.max(0, m.index - 8), m.index);
    const mod: FoundDate['mod'] = /\bbefore\s+$/i.test(before)
      ? 'before'
      : /\bafter\s+$/i.test(before)
        ? 'after'
        : /\bsince\s+$/i.test(before)
          ? 'since'
          : undefined;
    const day = context.reference ? context.reference.toISOString().slice(0, 10) : '';
    const found: FoundDate = {
      start: m.index,
      end: m.index + m[0].length,
      kind: 'datetime',
      value: `${day}${isoTime(hour, minute)}`,
      valueEnd: null,
      duration: null,
      granularity: minute === null ? 'hour' : 'minute',
      implied: context.reference ? ['year', 'month', 'day'] : [],
      clock: { hour, minute },
    };
    if (mod) {
      found.mod = mod;
      found.start -= /(?<!\w)\w+\s+$/.exec(before)?.[0].length ?? 0;
    }
    return found;
  },
};
