/**
 * Fractions and halves, as ratios (unit `fraction`, the value the ratio itself).
 *
 * ```
 * nearly half of ... a third of ... roughly two\nthirds ... three-quarters ... one fifth ... 1/3 of the population
 *        ^^^^        ^^^^^^^                ^^^^^^^^^^     ^^^^^^^^^^^^^^     ^^^^^^^^^     ^^^
 * ```
 * `half` alone counts before `of`, a number or an article (`half of the vessels`, `half the
 * budget`), not in `the second half of 2009`, `on behalf of` or `half-hearted`.
 */
import type { Parser } from '../../pipeline.js';
import { FRACTION_AFTER_NUMERATOR } from '../anchors.js';
import type { FoundQuantity, QuantityContext } from '../found.js';

const NUMERATORS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  nine: 9,
};
const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2,
  halve: 2,
  third: 3,
  quarter: 4,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  eighth: 8,
  tenth: 10,
};

/** The ratio `n/d` read at `start..end`, rounded to six places. */
function ratioAt(start: number, end: number, n: number, d: number): FoundQuantity {
  const value = Math.round((n / d) * 1e6) / 1e6;
  return { start, end, value, unit: 'fraction', kind: 'ratio', qualifier: null, normalized: { value, unit: '1' } };
}

/** The ratio `n/d` written in figures at `start..end`, or null where it is no proper fraction or joins more figures. */
function inFigures(text: string, start: number, end: number, n: number, d: number): FoundQuantity | null {
  return n >= d || /[\d/.,]/.test(text.charAt(start - 1)) ? null : ratioAt(start, end, n, d);
}

/** `two thirds`, `a quarter`, `half`, `1/3 of`. */
export const fractionParser: Parser<QuantityContext, FoundQuantity> = {
  needs: (
    'half halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths eighth ' +
    'eighths tenth tenths #'
  ).split(' '),
  anchor: FRACTION_AFTER_NUMERATOR,
  pattern: new RegExp(
    String.raw`\b(?:(?<numerator>an?|one|two|three|four|five|seven|nine)[\s-]+(?<part>halves|half|thirds?` +
      String.raw`|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)|(?<half>half)|(?<n>[1-9])\/(?<d>[2-9]|10)` +
      String.raw`(?=\s+of\b|\s+to\s+\d\/\d))\b(?!-[a-z])`,
    'gi',
  ),
  extract(context, match) {
    const groups = match.groups ?? {};
    const end = match.index + match[0].length;
    // `1/3 of the population`: a proper fraction in figures before `of` (not after more digits or a slash).
    if (groups.n) return inFigures(context.text, match.index, end, Number(groups.n), Number(groups.d));
    const before = context.text.slice(Math.max(0, match.index - 12), match.index);
    const after = context.text.slice(end, end + 12);
    if (groups.half) {
      if (/(?:first|second|latter|former|other|and\s+a|and|on)\s+$/i.test(before)) return null;
      if (!/^\s+(?:of|the|a|an|its|their|his|her|our|all|\d)/i.test(after)) return null;
    } else if (/^an?$/i.test(groups.numerator as string) && !/^\s+of\b/i.test(after)) return null;
    const numerator = groups.half ? 1 : (NUMERATORS[(groups.numerator as string).toLowerCase()] as number);
    const part = (groups.part ?? 'half')
      .toLowerCase()
      .replace(/s$/, '')
      .replace(/^halve$/, 'half');
    return ratioAt(match.index, end, numerator, DENOMINATORS[part] as number);
  },
};
