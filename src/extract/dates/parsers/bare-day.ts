/**
 * A day of the month alone, as an ordinal after a preposition: `on the 21st`, `by the 3rd`,
 * `until the 15th`. The month is the reference date's, or the one before (a reported day past
 * in this month) or after (a planned day already past in this month).
 *
 * ```
 * met on the 21st ... by the 3rd
 *        ^^^^^^^^        ^^^^^^^
 * ```
 */
import type { Parser } from '../../pipeline.js';
import { iso, tenseAt, valid } from '../calendar-math.js';
import { type DateContext, dateAt, type FoundDate } from '../found.js';

/** `on the 21st`. */
export const bareDayParser: Parser<DateContext, FoundDate> = {
  needs: ['st', 'nd', 'rd', 'th'],
  pattern: new RegExp(
    String.raw`\bthe\s+(?<day>[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\b|century|anniversary|time|round` +
      '|session|meeting|floor|day|year|birthday|place|largest|[A-Z]))',
    'g',
  ),
  extract(context, m) {
    const before = context.text.slice(Math.max(0, m.index - 9), m.index);
    if (!context.reference || !/\b(?:on|by|until|till|since|from|before|after|through)\s+$/i.test(before)) return null;
    const day = Number(m.groups?.day);
    const tense = tenseAt(context.text, m.index);
    const y = context.reference.getUTCFullYear();
    let month = context.reference.getUTCMonth();
    const today = context.reference.getUTCDate();
    if (tense === 'past' && day > today) month--;
    else if (tense === 'future' && day < today) month++;
    const date = new Date(Date.UTC(y, month, 1));
    if (!valid(date.getUTCFullYear(), date.getUTCMonth(), day)) return null;
    return dateAt(m.index, m.index + m[0].length, iso(date.getUTCFullYear(), date.getUTCMonth(), day), 'day', [
      'year',
      'month',
    ]);
  },
};
