/**
 * Mixed numbers: a whole number and a fraction written together, as words (`two and a half`), with a
 * slash (`2 1/2`) or a vulgar-fraction sign (`2½`), and a half or a quarter of a scale (`half a million`,
 * `a quarter million`); then the unit after them, as for any number.
 *
 * ```
 * two and a half years ... one and a half million dollars ... 2 1/2 percent ... half a million refugees
 * ^^^^^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^     ^^^^^^^^^^^^^^^^^^^^^^^
 * ```
 * The slash form is read only where the fraction is proper (`3/4`, not `4/22`, a date), after a whole number.
 * Source: English number names (the fractions as the Unicode vulgar fractions block writes them).
 */
import { SCALE_WORD, SCALES, WORD_NUMBER, wordValue } from '../../numbers.js';
import type { Parser } from '../../pipeline.js';
import { FRACTION_AFTER_WHOLE } from '../anchors.js';
import { amountOf } from '../amount.js';
import type { FoundQuantity, QuantityContext } from '../found.js';

/** The fractions a mixed number ends in, as words after `and`, and their values. */
const WORD_FRACTIONS: Readonly<Record<string, number>> = {
  'a half': 1 / 2,
  'one half': 1 / 2,
  'a third': 1 / 3,
  'one third': 1 / 3,
  'two thirds': 2 / 3,
  'a quarter': 1 / 4,
  'one quarter': 1 / 4,
  'three quarters': 3 / 4,
};
/** The vulgar fractions of Unicode's Number Forms and Latin-1 blocks, and their values. */
const VULGAR: Readonly<Record<string, number>> = { '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4 };

const WORD_FRACTION = '(?:a|one|two|three)\\s+(?:half|thirds?|quarters?)';
const WHOLE = `(?:\\d{1,3}|${WORD_NUMBER})`;

/** `two and a half`, `2 1/2`, `2½`, each maybe with a scale; `half a million`, `a quarter million`. */
export const mixedNumberParser: Parser<QuantityContext, FoundQuantity> = {
  needs: ['half', 'third', 'thirds', 'quarter', 'quarters', '#'],
  anchor: FRACTION_AFTER_WHOLE,
  pattern: new RegExp(
    `(?<![\\w.,/-])(?:(?<whole>${WHOLE})(?:\\s+and\\s+(?<words>${WORD_FRACTION})\\b|[ -](?<numerator>[1-9])/` +
      `(?<denominator>[2-9])(?![\\d/])|(?<vulgar>[½⅓⅔¼¾]))|` +
      `(?<part>half\\s+an?|an?\\s+(?:half|quarter)(?:\\s+of\\s+an?)?)(?=\\s+${SCALE_WORD}\\b))` +
      `(?:\\s+(?<scale>${SCALE_WORD})\\b)?`,
    'gi',
  ),
  extract(context, match) {
    const groups = match.groups ?? {};
    const value = mixedValue(groups);
    if (value === null) return null;
    const scale = groups.scale ? (SCALES[groups.scale.toLowerCase()] as number) : 1;
    const amount = Math.round(value * scale * 1e6) / 1e6;
    const end = match.index + match[0].length;
    return amountOf(context.text, { start: match.index, end, value: amount, currency: null });
  },
};

/** The value of a mixed number's groups before its scale, or null where they make none (`2 3/2`). */
function mixedValue(groups: Record<string, string | undefined>): number | null {
  if (groups.part) return /quarter/i.test(groups.part) ? 1 / 4 : 1 / 2;
  const written = groups.whole as string;
  const whole = /^\d/.test(written) ? Number(written) : wordValue(written);
  if (whole === null) return null;
  if (groups.words) {
    const fraction = WORD_FRACTIONS[groups.words.toLowerCase().replace(/\s+/g, ' ')];
    return fraction === undefined ? null : whole + fraction;
  }
  if (groups.vulgar) return whole + (VULGAR[groups.vulgar] as number);
  const numerator = Number(groups.numerator);
  const denominator = Number(groups.denominator);
  return numerator < denominator ? whole + numerator / denominator : null;
}
