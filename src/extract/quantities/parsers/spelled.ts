/**
 * Numbers spelled out (`ten`, `Ninety-five`, `two hundred`), with a scale word after them
 * (`three billion`), and `a`/`an` before a unit or a scale (`a metric ton`, `a million`), then
 * their unit.
 *
 * ```
 * Ninety-five kilos ... perhaps one hundred families ... three billion dollars ... a metric ton
 * ^^^^^^^^^^^^^^^^^             ^^^^^^^^^^^               ^^^^^^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^
 * ```
 * `one` counts only before a unit or a noun (`one squadron`), not in `one of the reasons` or
 * `on the one hand`.
 */
import { NUMBER_CUES, SCALES, WORD_NUMBER, wordValue } from '../../numbers.js';
import type { Parser } from '../../pipeline.js';
import { amountOf } from '../amount.js';
import type { FoundQuantity, QuantityContext } from '../found.js';

const SCALE_WORD = `(?:${Object.keys(SCALES).join('|')})`;
const SCALE = `(?:[\\s-]+(?<scale>${SCALE_WORD}))`;
const UNIT_AHEAD = '(?:metric\\s+)?(?:tons?|tonnes?|kilos?|kilograms?)\\b';

/** Numbers spelled out, and `a`/`an` before a unit or scale. */
export const spelledParser: Parser<QuantityContext, FoundQuantity> = {
  needs: [...NUMBER_CUES.filter((cue) => cue !== '#'), ...Object.keys(SCALES)],
  pattern: new RegExp(
    `\\b(?:(?<word>${WORD_NUMBER})|(?<article>an?)(?=[\\s-]+${SCALE_WORD}\\b|\\s+${UNIT_AHEAD})` +
      `)${SCALE}?\\b(?!-(?!fold|year|month|week|day|hour|man|men|member|person|strong)[a-z])`,
    'gi',
  ),
  extract(context, match) {
    const groups = match.groups ?? {};
    let value = groups.word ? wordValue(groups.word) : 1;
    if (value === null) return null;
    if (groups.scale) value *= SCALES[groups.scale.toLowerCase()] as number;
    const end = match.index + match[0].length;
    const found = amountOf(context.text, { start: match.index, end, value, currency: null });
    // `a`/`an` is a quantity only with its unit or scale.
    if (groups.article && !groups.scale && found.kind === 'count') return null;
    // `one` alone: only before a unit, or a noun on the same line (`one squadron`, not `one of`).
    if (/^one$/i.test(groups.word ?? '') && !groups.scale && found.kind === 'count') {
      const after = context.text.slice(end, end + 30);
      if (
        !/^[ \t]+[A-Za-z]/.test(after) ||
        /^\s+(?:of|another|side|hand|way|thing|day|or|and|who|which|that)\b/i.test(after)
      )
        return null;
    }
    return found;
  },
};
