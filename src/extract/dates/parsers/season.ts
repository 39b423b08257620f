/**
 * Seasons named from the reference date: `last summer`, `this fall`, `next spring`, `late this summer`, `this
 * coming winter`. As the part-of-year parser does with `the summer of 2008`, a season is its year (where seasons
 * fall differs by hemisphere): the year its first month falls in, counting seasons as meteorologists do for the
 * northern hemisphere (NOAA's and the WMO's meteorological seasons: spring March to May, summer June to August, fall
 * September to November, winter December to February). `last` is the latest season over before the reference
 * date's month, `next` the first not yet begun, `this` the one under way or the next of the year. A season with its
 * article after a word of time (`in the fall`, `during the summer`) or with a part alone (`late summer`) is the
 * one nearest the reference date in the tense of its clause, as a year-less month is. A season alone (`in summer`)
 * names no date.
 *
 * ```
 * since last summer ... early this fall ... by next spring ... in the fall ... until late summer
 *       ^^^^^^^^^^^     ^^^^^^^^^^^^^^^        ^^^^^^^^^^^        ^^^^^^^^          ^^^^^^^^^^^
 * ```
 */
import type { Parser } from '../../pipeline.js';
import { SEASON_NAME } from '../anchors.js';
import { occurrenceFor, tenseAt } from '../calendar-math.js';
import { type DateContext, dateAt, type FoundDate } from '../found.js';

/** The month (0-based) each season opens in. */
const FIRST_MONTH: Readonly<Record<string, number>> = { spring: 2, summer: 5, fall: 8, autumn: 8, winter: 11 };
const MODS: Readonly<Record<string, FoundDate['mod']>> = { early: 'early', mid: 'mid', late: 'late' };

/** The year the season `which` (`last`, `this`, `next`, `the coming`) names falls in, from the reference month. */
function yearOfSeason(season: string, which: string, reference: Date): number {
  const now = reference.getUTCFullYear() * 12 + reference.getUTCMonth();
  const year = reference.getUTCFullYear();
  // The season's months, counted from year 0, in the year before the reference's, its own and the next.
  const first = (y: number) => y * 12 + (FIRST_MONTH[season] as number);
  const candidates = [year - 2, year - 1, year, year + 1];
  if (/last|past/i.test(which)) return candidates.filter((y) => first(y) + 2 < now).at(-1) as number;
  if (/next|coming/i.test(which)) return candidates.find((y) => first(y) > now) as number;
  return candidates.find((y) => first(y) + 2 >= now) as number;
}

/** The year of the season nearest the reference date in the tense of the clause at `at` (`in the fall`). */
function nearestSeason(season: string, context: DateContext, at: number): number {
  const reference = context.reference as Date;
  const first = FIRST_MONTH[season] as number;
  const candidates = [-1, 0, 1].map((shift) => {
    const y = reference.getUTCFullYear() + shift;
    return { y, first: Date.UTC(y, first, 1), last: Date.UTC(y, first + 3, 0) };
  });
  return (occurrenceFor(reference, candidates, tenseAt(context.text, at)) ?? candidates[1])?.y as number;
}

// Before `the` + a season (`in the fall`, `during the summer`): a word of time; after it no `of` (`the fall of the
// regime`) or hyphen (`summer-long`).
const TIME_WORD_BEFORE = /\b(?:in|during|by|until|till|through|throughout|over|since|before|after|for|from)\s+$/i;
const GOES_ON = /^(?:\s+of\b|-)/;

/** `last summer`, `this fall`, `late next spring`, `this coming winter`, `in the fall`, `late summer`. */
export const seasonParser: Parser<DateContext, FoundDate> = {
  needs: ['spring', 'summer', 'fall', 'autumn', 'winter'],
  anchor: SEASON_NAME,
  pattern: new RegExp(
    String.raw`\b(?:(?<part>early|mid|late)[\s-]+)?(?:(?<which>last|past|this|next|coming|the\s+coming|` +
      String.raw`this\s+coming|this\s+past)\s+|(?<the>the)\s+)?(?<season>spring|summer|fall|autumn|winter)\b`,
    'gi',
  ),
  extract(context, m) {
    const g = m.groups ?? {};
    if (!context.reference) return null;
    const season = (g.season as string).toLowerCase();
    const end = m.index + m[0].length;
    if (!g.which) {
      // A season alone names no date (`in summer`); with its article it does after a word of time, with a part
      // alone it does (`late summer`). In mixed case it is written in lower case (`the Arab Spring`).
      if (!g.part && (!g.the || !TIME_WORD_BEFORE.test(context.text.slice(Math.max(0, m.index - 12), m.index))))
        return null;
      if (GOES_ON.test(context.text.slice(end, end + 4)) || /^[A-Z][a-z]/.test(g.season as string)) return null;
    }
    const year = g.which ? yearOfSeason(season, g.which, context.reference) : nearestSeason(season, context, m.index);
    const found = dateAt(m.index, m.index + m[0].length, String(year), 'year');
    const mod = MODS[(g.part ?? '').toLowerCase()];
    return mod ? { ...found, mod } : found;
  },
};
