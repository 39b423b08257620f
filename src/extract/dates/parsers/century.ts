/**
 * Centuries and decades named by words: `the 13th century`, `the nineteenth century`, `the early 21st century`, and
 * after `the`, a decade of the twentieth century in words or two digits (`the sixties`, `the late seventies`, `the
 * '90s`, `the 80's`). A century is the range of its hundred years as they are counted in speech (the 13th century:
 * 1200 to 1299), a decade its ten; a part (`early`, `mid`, `late`) is the `mod`.
 *
 * ```
 * the tomb of 13th century mystic ... since the late nineteenth century ... in the sixties ... the '90s
 *             ^^^^^^^^^^^^                  ^^^^^^^^^^^^^^^^^^^^^^^^^^          ^^^^^^^        ^^^^
 * ```
 * A decade written without `the` before it is an age's (`in his late sixties`, `in their 30s`), no date; a
 * capitalized `Century` before another capitalized word is a name's (`21st Century Socialism`).
 */
import type { Parser } from '../../pipeline.js';
import { CENTURY_OR_DECADE } from '../anchors.js';
import { type DateContext, dateAt, type FoundDate } from '../found.js';

/** The ordinals of the centuries, in words: the first to the twenty-first. */
const CENTURY_WORDS: readonly string[] = (
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth ' +
  'sixteenth seventeenth eighteenth nineteenth twentieth twenty-first'
).split(' ');
/** The decades of the twentieth century in words, from the twenties. */
const DECADE_WORDS: readonly string[] = 'twenties thirties forties fifties sixties seventies eighties nineties'.split(
  ' ',
);
const MODS: Readonly<Record<string, FoundDate['mod']>> = { early: 'early', mid: 'mid', late: 'late' };

const CENTURY =
  String.raw`(?:(?<part>early|mid|late)[\s-]+)?(?:(?<n>[1-9]|1\d|2[01])(?:st|nd|rd|th)` +
  String.raw`|(?<word>${CENTURY_WORDS.join('|')}))[\s-]+century`;
// (`the` is matched and cut off in `extract`: a look behind over white space would scan back over every run of it.)
const DECADE =
  String.raw`\b(?<the>the\s+)(?:(?<decadePart>early|mid|late)[\s-]+)?` +
  `(?:(?<decade>${DECADE_WORDS.join('|')})|'?(?<yy>[2-9]0)'?s)`;

const NAME_AFTER = /^ [A-Z][a-z]/;

/** The years `first..first + length - 1` at `start..end`, a range, with the part's `mod`. */
function yearsAt(start: number, end: number, first: number, length: number, part: string | undefined): FoundDate {
  const found: FoundDate = {
    ...dateAt(start, end, String(first), 'year'),
    kind: 'range',
    valueEnd: String(first + length - 1),
  };
  const mod = MODS[(part ?? '').toLowerCase()];
  return mod ? { ...found, mod } : found;
}

/** `the 13th century`, `the late nineteenth century`, `the sixties`, `the '90s`. */
export const centuryParser: Parser<DateContext, FoundDate> = {
  needs: ['century', ...DECADE_WORDS, '#'],
  anchor: CENTURY_OR_DECADE,
  pattern: new RegExp(String.raw`\b${CENTURY}\b(?!-)|${DECADE}\b(?![\w'-])`, 'gi'),
  extract(context, m) {
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    if (g.n || g.word) {
      // `21st Century Socialism`, `the Twenty-first Century Fund`: a name's words.
      if (/Century$/.test(m[0]) && NAME_AFTER.test(context.text.slice(end, end + 3))) return null;
      const n = g.n ? Number(g.n) : CENTURY_WORDS.indexOf((g.word as string).toLowerCase()) + 1;
      return yearsAt(m.index, end, (n - 1) * 100, 100, g.part);
    }
    const tens = g.yy ? Number(g.yy) : (DECADE_WORDS.indexOf((g.decade as string).toLowerCase()) + 2) * 10;
    return yearsAt(m.index + (g.the as string).length, end, 1900 + tens, 10, g.decadePart);
  },
};
