/**
 * Dates in digits: `YYYY/MM/DD`, `MM/DD/YYYY`, `M/D/YY`, and a month and day alone (`4/22`) after
 * a word that introduces a date (`On 7/28`, `(5/16)`) or before a range's other end or a word for what happens on a
 * day (`his 4/13 meetings`), the year from the reference date and the sentence's tense. The day comes
 * first where the first number cannot be a month (`16/02/2009`), and always with dots (`16.02.2009`, the
 * numeric date of most of Europe and the former Soviet Union: ISO 8601 leaves it out, CLDR's `dd.MM.y`).
 *
 * ```
 * DECL: 02/21/2018 ... E.O. 13526: DECL: 2019/12/31 ... met on 4/22 ... by 5/1 ... the decree of 16.02.2009
 *       ^^^^^^^^^^                       ^^^^^^^^^^            ^^^^       ^^^                    ^^^^^^^^^^
 * ```
 * A bare `4/22` elsewhere may be a ratio, a reference or a vote, and is left alone.
 */
import type { Parser } from '../../pipeline.js';
import { iso, tenseAt, valid, yearFor } from '../calendar-math.js';
import { type DateContext, dateAt, type FoundDate } from '../found.js';

// A word that introduces a date before it, in any case (`on 4/22`, `On 7/28`), a weekday, a dash, a parenthesis.
const INTRODUCED = new RegExp(
  String.raw`\b(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Tt]hrough|[Ff]rom|to|[Bb]efore|[Aa]fter|of|[Dd]ated|and|` +
    String.raw`[Bb]etween|[A-Z][a-z]+day)\s+$|[-(]\s*$`,
);
// After it: the other end of a range (`10/28-10/29`), or a word for what happens on a day (`Wolf's 4/13 meetings`).
const EVENT_AFTER = new RegExp(
  String.raw`^(?:\s*-\s*\d{1,2}\/\d{1,2}\b|\s+(?:meetings?|visits?|talks|sessions?|deadline|elections?|` +
    String.raw`conversations?|calls?|letters?|e-?mails?|demarches?|hearings?|vote)\b)`,
);

/** `02/21/2018`, `2019/12/31`, `on 4/22`. */
export const numericDateParser: Parser<DateContext, FoundDate> = {
  needs: ['#'],
  pattern: new RegExp(
    String.raw`(?<![\w/.]|(?<!\d\/\d{1,2})-)(?:(?<y1>\d{4})[/.-](?<m1>\d{1,2})[/.-](?<d1>\d{1,2})|(?<m2>\d{1,2})` +
      String.raw`\/(?<d2>\d{1,2})(?:\/(?<y2>\d{4}|\d{2}))?|(?<d3>\d{1,2})\.(?<m3>\d{1,2})\.(?<y3>\d{4}))` +
      String.raw`(?![\w/]|\.\d|-(?!\d{1,2}\/\d)\d)`,
    'g',
  ),
  extract(context, m) {
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    if (g.y1) {
      const [y, mo, d] = [Number(g.y1), Number(g.m1) - 1, Number(g.d1)];
      return valid(y, mo, d) ? dateAt(m.index, end, iso(y, mo, d), 'day') : null;
    }
    if (g.y3) {
      const [y, mo, d] = [Number(g.y3), Number(g.m3) - 1, Number(g.d3)];
      return valid(y, mo, d) ? dateAt(m.index, end, iso(y, mo, d), 'day') : null;
    }
    const [mo, d] = [Number(g.m2) - 1, Number(g.d2)];
    if (g.y2) {
      const y = g.y2.length === 2 ? (Number(g.y2) <= 30 ? 2000 : 1900) + Number(g.y2) : Number(g.y2);
      if (valid(y, mo, d)) return dateAt(m.index, end, iso(y, mo, d), 'day');
      // No month 13 or more: the day came first (`16/02/2009`).
      return mo >= 12 && valid(y, d - 1, mo + 1) ? dateAt(m.index, end, iso(y, d - 1, mo + 1), 'day') : null;
    }
    if (!context.reference) return null;
    // `1/3 of the population`, `1/4 to 1/3 of them`: a fraction (a proper one, of something), no day.
    if (mo + 1 < d && d <= 10 && /^\s+(?:of|to)\b/.test(context.text.slice(end, end + 4))) return null;
    const introduced = INTRODUCED.test(context.text.slice(Math.max(0, m.index - 12), m.index));
    if (!introduced && !EVENT_AFTER.test(context.text.slice(end, end + 16))) return null;
    const y = yearFor(context.reference, mo, d, tenseAt(context.text, m.index));
    return valid(y, mo, d) ? dateAt(m.index, end, iso(y, mo, d), 'day', ['year']) : null;
  },
};
