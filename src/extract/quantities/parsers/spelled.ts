/**
 * Numbers spelled out (`ten`, `Ninety-five`, `two hundred`), with a scale word after them
 * (`three billion`), and `a`/`an` before a unit or a scale (`a metric ton`, `a million`), then
 * their unit.
 *
 * ```
 * Ninety-five kilos ... perhaps one hundred families ... three billion dollars ... a metric ton
 * ^^^^^^^^^^^^^^^^^             ^^^^^^^^^^^               ^^^^^^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^
 * ```
 * `one` counts only before a unit or a noun (`one squadron`), not in `one of the reasons`, `on the one hand`, `no
 * one was hurt`, `one cannot`, `a positive one` or `one-on-one`.
 */
import { NUMBER_CUES, SCALE_WORD, SCALES, WORD_NUMBER, wordValue } from '../../numbers.js';
import type { Parser } from '../../pipeline.js';
import { amountOf } from '../amount.js';
import type { FoundQuantity, QuantityContext } from '../found.js';

const SCALE = `(?:[\\s-]+(?<scale>${SCALE_WORD}))`;
const UNIT_AHEAD = '(?:metric\\s+)?(?:tons?|tonnes?|kilos?|kilograms?)\\b';

// What makes `one` a pronoun: a determiner before it (`no one`, `a positive one`, `one-on-one`; not `only one buyer`),
// a verb, a pronoun or a preposition after it (`one cannot`, `the one to blame`, `one among equals`), or no word
// after it on its line.
const PRONOUN_BEFORE = /(?:\b(?:no|any|every|each|some|another|such)\s+|\ban?\s+[a-z]+\s+|-on-)$/i;
const PRONOUN_AFTER = new RegExp(
  String.raw`^(?:-on-|\s+(?:of|another|side|hand|way|thing|day|or|and|who|which|that|cannot|can|could|would|shoul` +
    `d|must|may|might|will|shall|is|was|has|had|does|did|among|against|possibly|else|to|in|at|from|for|w` +
    String.raw`ith|we|they|he|she|it|you)\b)`,
  'i',
);

/** True when `one` at `start..end` is a pronoun or part of an idiom, no count: only a noun after it makes one. */
function isPronounOne(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 30);
  if (!/^[ \t]+[A-Za-z]/.test(after) && !after.startsWith('-on-')) return true;
  return PRONOUN_AFTER.test(after) || PRONOUN_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

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
    if (
      /^one$/i.test(groups.word ?? '') &&
      !groups.scale &&
      found.kind === 'count' &&
      isPronounOne(context.text, match.index, end)
    )
      return null;
    return found;
  },
};
