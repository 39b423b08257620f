/**
 * The anchors of the date parsers (see src/extract/anchors.ts): a month's name, which every
 * match of the month readers holds, a year of four digits, which every year reader's match holds,
 * and a period's unit (`years`, `weeks`), which every counted period holds; and how far before
 * them a match can start.
 *
 * ```
 * the first half of March ... 21st of March ... 16 to 17 March ... from 2001 to 2004 ... the first quarter of 2009
 * └── 4 runs back ──┘         └ 2 runs ┘       └ 3 runs ┘          └ 1 ┘                 └──── 4 runs back ───┘
 * in less than twenty-one hundred and twenty-one and a half years ... post-FY 2008
 * └──────────────────────── 12 runs back ────────────────────┘          └ 2 ┘
 * ```
 */
import { MONTH_ABBREVIATIONS } from '../../tables/calendar.js';
import { HOLIDAY_CUES } from '../../tables/holidays.js';
import { type Anchor, runsBack } from '../anchors.js';

/**
 * Where a month's name may start: a word opening with the first three letters of one (any case), the abbreviations
 * of src/tables/calendar.ts: every name and abbreviation the month readers take (`Sept` too) opens so.
 */
const MONTH_START = new RegExp(`\\b(?:${MONTH_ABBREVIATIONS.map((short) => short.toLowerCase()).join('|')})`, 'gi');

/** A month's name that opens every match (`December 12`, `JUNE TO DECEMBER`). */
export const MONTH_FIRST: Anchor = { pattern: MONTH_START, back: (_text, at) => at };
/** A month's name after a day (`21st of March`: the day and `of`). */
export const MONTH_AFTER_DAY: Anchor = { pattern: MONTH_START, back: (text, at) => runsBack(text, at, 2) };
/** A month's name after a range of days (`16-17 October`, `16 to 17 October`). */
export const MONTH_AFTER_DAYS: Anchor = { pattern: MONTH_START, back: (text, at) => runsBack(text, at, 3) };
/** A month's name after a part of it (`mid-March`, `the first half of March`: four words at most). */
export const MONTH_AFTER_PART: Anchor = { pattern: MONTH_START, back: (text, at) => runsBack(text, at, 4) };

/**
 * Four digits of a year, 1900-2099 (the year readers read 1900-2049 or 1900-2099): one pattern for all the year
 * anchors, so a text's years are found in one scan, shared by the readers (see anchorsOf).
 */
const YEAR_DIGITS = /(?:19|20)\d\d/g;

/**
 * A year of four digits (1900-2049) that opens a range, maybe after `from` or `between`. It is
 * never glued to digits before it (the range reader wants no letter, digit or hyphen there).
 */
export const YEAR_FIRST: Anchor = {
  pattern: YEAR_DIGITS,
  back: (text, at) => runsBack(text, at, 1),
};

/** A year after a prefix (`post-FY 2008`, `FY2009`: two runs at most before it). */
export const YEAR_AFTER_PREFIX: Anchor = {
  pattern: YEAR_DIGITS,
  back: (text, at) => runsBack(text, at, 2),
};

/**
 * A year after a part of it (`early 2009`, `the first quarter of 2009`: four runs at
 * most before it).
 */
export const YEAR_AFTER_PART: Anchor = {
  pattern: YEAR_DIGITS,
  back: (text, at) => runsBack(text, at, 4),
};

/**
 * A period's unit after its count (`the last fifteen years`, `in less than two and a half weeks`): the longest
 * is a qualifier of two words, a count in words of six (`twenty-one hundred and twenty-one`), `and a half`,
 * and `in` or `the` + `last` before it, twelve runs in all.
 */
export const UNIT_AFTER_COUNT: Anchor = {
  pattern: /\b(?:year|month|week|day|decade|hour)/gi,
  back: (text, at) => runsBack(text, at, 12),
};

/** A holiday's first word (src/tables/holidays.ts), after `last`, `this` or `this coming` (two runs at most). */
export const HOLIDAY_NAME: Anchor = {
  pattern: new RegExp(`\\b(?:${HOLIDAY_CUES.join('|')})\\b`, 'gi'),
  back: (text, at) => runsBack(text, at, 2),
};

/** A season's name after a part and `this coming`, or `the` (`late this coming summer`: three runs at most). */
export const SEASON_NAME: Anchor = {
  pattern: /\b(?:spring|summer|fall|autumn|winter)\b/gi,
  back: (text, at) => runsBack(text, at, 3),
};

/**
 * `century` after its ordinal and part (`early twenty-first century`: three runs), or a decade after `the` and its
 * part (`the late sixties`, `the '90s`: an apostrophe before the digits is passed over).
 */
export const CENTURY_OR_DECADE: Anchor = {
  pattern: /\b(?:century|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b|[2-9]0'?s\b/gi,
  back: (text, at) => runsBack(text, text.charCodeAt(at - 1) === 39 ? at - 1 : at, 3),
};
