/**
 * Drops numbers that are no quantity, by what stands around them:
 *
 * ```
 * Resolution 1701, para 2, E.O. 12958, reasons 1.4   a label word before: an identifier
 * UNSCRs 1737, 1747 and 1803, articles 57 and 155    the later numbers of a label's list
 * at 0430, before 1100, 0430 hours, 9 p.m., 2:45     a clock time (a date, not a quantity)
 * (1) former ..., six (6), 8. (C) Swedish            a list's marker, a restatement, a paragraph's number
 * the 11th Corps, December 12, 12 December           an ordinal, a day of a date
 * in 2007                                            a bare year (not `2007 arrests`)
 * 555-1234, 10/22, (56 2) 330-3380                   joined to more digits, a telephone's
 * Damascus 349, see 09 San Jose 897, 1382195         a cable's reference, a serial of six digits or more
 * ```
 */
import { knownOrigin } from '../../../canonical-id.js';
import { MONTH_PATTERN } from '../../../tables/calendar.js';
import { wordValue } from '../../numbers.js';
import type { Refiner } from '../../pipeline.js';
import type { FoundQuantity, QuantityContext } from '../found.js';

// Label words: what they stand before is a name or a number in a series, not an amount.
const LABEL_BEFORE = new RegExp(
  `(?:\\b(?:paras?|paragraphs?|reasons?|sections?|E\\.O\\.|EO|No\\.|nos?\\.|numbers?|pages?|r` +
    `ef|reftel|items?|articles?|chapters?|resolutions?|UNSCRs?|UNSC|law|decree|order|case|cases|f` +
    `light|route|highway|room|box|tel|phone|fax|vol\\.?|volume|grade|level|phase|stage|category` +
    `|class|type|model|version|channel|code|serial|ID|tranche|group|team|station|camp|sector|zo` +
    `ne|block|unit|gate|exit|lot|plot|post|point|hill|mile|kilometer|km|tier|parts?|${MONTH_PATTERN})` +
    `(?:\\s*:)?\\s*$)|[#§](?:\\s*:)?\\s*$`,
  'i',
);
// Clock times: `at 0430`, `before 1100`, `0430 hours`, `9 p.m.`, `2:45`.
const CLOCK_BEFORE = /\b(?:at|before|after|until|till|by|from|since|around|about|approximately|between|to|and)\s+$/i;
// (`a.m.` and `p.m.` end there: `10 Amcits`, `3,000 AMIS troops` are people.)
const CLOCK_AFTER = /^(?:\s*(?:[ap]\.?m\.?(?![a-z])|o'clock\b|Z\b|GMT\b|UTC\b)|:\d\d)/i;
// After four digits of a clock only: `0430 hours`, `1100 local` (not `100 local officials`, `24 hours`).
const HHMM_AFTER = /^\s*(?:hours?|hrs|local)\b/i;
const HHMM = /^(?:[01]\d|2[0-3])[0-5]\d$/;
// A paragraph's number glued to the text before it: `... presentation). 8. (C) Swedish ...`.
const PARAGRAPH_MARK_AFTER = /^\.\s*\([A-Z]{1,3}(?:\/[A-Z]{1,5})?\)/;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/i;
const DATE_AFTER = new RegExp(`^\\s*(?:${MONTH_PATTERN})(?![a-z])|^[-/]\\d`, 'i');
const YEAR = /^(?:1[89]|20)\d\d$/;

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * True for digits alone in parentheses or before one that closes a list's item (`not limited to: (1) former`, `1)
 * the first`, and the figures after a spelled number: `six (6)`): a marker or a restatement, no quantity of its own.
 */
function isListMarker(text: string, found: FoundQuantity, written: string): boolean {
  if (!/^\d{1,3}$/.test(written) || text.charCodeAt(found.end) !== 41) return false;
  const parenthesized = text.charCodeAt(found.start - 1) === 40;
  // What stands before the marker (its parenthesis too), white space skipped.
  let k = found.start - (parenthesized ? 2 : 1);
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  // `1)` and `(1)` open a line or follow a colon, a semicolon or a dash (not `(possibly increasing to 300)`).
  if (k < 0 || text[k] === '\n' || text[k] === ':' || text[k] === ';' || text[k] === '-') return true;
  // `six (6)`: the figures of the spelled number before; `(4)` or `2)` in mid-text: a list's marker in sequence.
  const value = Number(written);
  let from = k;
  while (from >= 0 && k - from < 20 && (isLetter(text.charCodeAt(from)) || text.charCodeAt(from) === 45)) from--;
  if (parenthesized && from < k && wordValue(text.slice(from + 1, k + 1)) === value) return true;
  const near = text.slice(Math.max(0, found.start - 1500), found.end + 1500);
  const [open, close] = parenthesized ? ['(', ')'] : ['', ')'];
  return near.includes(`${open}${value + 1}${close}`) || (value > 1 && near.includes(`${open}${value - 1}${close}`));
}

// A telephone number's parts: `(56 2) 330-3380`.
const PHONE_AFTER = /^(?:\s\d{1,4})?\)\s*\d{3,4}[-\s]\d{4}/;
/** True when `before` ends a sentence or a line, or holds nothing but white space (what stands before a paragraph's
 * number opening a sentence: `... End Comment. 8. This cable ...`). */
function endsSentence(before: string): boolean {
  const trimmed = before.trimEnd();
  if (trimmed === '' || before.slice(trimmed.length).includes('\n')) return true;
  return trimmed.length < before.length && /[.!?:]$/.test(trimmed);
}
// Up to three capitalized words before a number (a post's name: `Damascus 349`, `San Jose 897`), and after one.
const WORDS_BEFORE = /(?:^|[^\w'-])((?:[A-Z][A-Za-z]+\s+){1,3})$/;
const WORDS_AFTER = /^\s+((?:[A-Z][A-Za-z]+\s+){1,3})\d/;
// A word in lower case after the number that may be what it counts: not a connector or a verb of saying.
const NOUN_AFTER =
  /^\s+(?!(?:and|or|of|in|on|at|to|for|from|with|by|which|that|the|as|was|is|said|says|notes?|noted)\b)[a-z]/;

/** True when some last words of `words` (one to three) are a post's name (see canonical-id.ts). */
function endsInPost(words: string): boolean {
  const list = words.trim().split(/\s+/);
  for (let n = 1; n <= list.length; n++) if (knownOrigin(list.slice(-n).join(' '))) return true;
  return false;
}

/**
 * True for the numbers of a cable's reference written in prose (`Damascus 349`, `see 09 San Jose 897`): a post's
 * name before the serial, no noun after it (`Kabul 30 people` is a count); or the two digits of the
 * year before the post's name and serial.
 */
function isCableReference(text: string, found: FoundQuantity, number: string): boolean {
  if (!/^\d{1,6}$/.test(number)) return false;
  const after = text.slice(found.end, found.end + 40);
  const before = WORDS_BEFORE.exec(text.slice(Math.max(0, found.start - 40), found.start));
  if (before && !NOUN_AFTER.test(after) && endsInPost(before[1] as string)) return true;
  const next = number.length === 2 ? WORDS_AFTER.exec(after) : null;
  return next !== null && endsInPost(next[1] as string);
}

/** True when a label word stands right before the number at `found` (`Resolution 1701`, `para 2`). */
const isLabelled = (text: string, found: FoundQuantity) =>
  LABEL_BEFORE.test(text.slice(Math.max(0, found.start - 30), found.start));

// What joins the numbers of a list: a comma, `&`, `and`, `or`, `, and`.
const LIST_JOINT = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:&|and|or)\s+)$/i;

/** True when the number written at `found` is no quantity by its surroundings. */
function notQuantity(text: string, found: FoundQuantity): boolean {
  // A fraction the fraction parser read (`two thirds`, `1/3 of`) is one by its shape.
  if (found.unit === 'fraction') return false;
  const written = text.slice(found.start, found.end);
  const number = /[\d,.]+/.exec(written)?.[0] ?? '';
  const before = text.slice(Math.max(0, found.start - 30), found.start);
  // What follows the number, or a range's last number (`300-400 fighters`: not `-400`, which joins no more digits).
  const last = found.valueEnd === undefined ? number : (written.match(/[\d,.]+/g)?.at(-1) ?? number);
  const numberEnd = found.start + written.lastIndexOf(last) + last.length;
  const after = text.slice(numberEnd, numberEnd + 20);
  if (ORDINAL_AFTER.test(after) || DATE_AFTER.test(after)) return true;
  if (found.kind === 'count' && CLOCK_AFTER.test(after) && /^\d/.test(written)) return true;
  if (found.kind === 'count' && HHMM.test(number) && HHMM_AFTER.test(after)) return true;
  // Letters glued on after it: a code or a serial (`04THEHAGUE1701`, `291400Z`), no count.
  if (found.kind === 'count' && isLetter(text.charCodeAt(found.end))) return true;
  if (found.kind === 'count' && (isListMarker(text, found, written) || PARAGRAPH_MARK_AFTER.test(after))) return true;
  if (found.kind === 'count' && isIdentifier(text, found, written, number, before, after)) return true;
  if (found.kind === 'count' && HHMM.test(number) && CLOCK_BEFORE.test(before) && !YEAR.test(number)) return true;
  if (found.kind === 'count' && found.valueEnd === undefined && YEAR.test(number) && !/^\s+[a-z]+s\b/.test(after))
    return true;
  return false;
}

/** True for a count that is an identifier: a cable's reference, a telephone number, a paragraph's number, a serial. */
function isIdentifier(
  text: string,
  found: FoundQuantity,
  written: string,
  number: string,
  before: string,
  after: string,
): boolean {
  if (/^\d{6,}$/.test(number) || PHONE_AFTER.test(after)) return true;
  if (written === number && /^\d{1,3}$/.test(number) && /^\.\s+[A-Z(]/.test(after) && endsSentence(before)) return true;
  return isCableReference(text, found, number);
}

/**
 * Drops what is no quantity (labels, clock times, ordinals, days of dates, bare years), and the numbers of a list
 * that a label opens (`articles 1, 4 and 7`: the label stands before the first alone).
 */
export const notQuantityRefiner: Refiner<QuantityContext, FoundQuantity> = {
  refine(context, found) {
    const text = context.text;
    const kept: FoundQuantity[] = [];
    // The last number of a label's list so far, or null.
    let listed: FoundQuantity | null = null;
    for (const q of found) {
      const joined: boolean =
        listed !== null && q.start - listed.end < 8 && LIST_JOINT.test(text.slice(listed.end, q.start));
      // (A list's later number is bare figures: `para 2 and 5,000 troops`, `Resolution 1701 and 2 ships` count.)
      const bare = q.kind === 'count' && q.unit === null && /^\d{1,5}$/.test(text.slice(q.start, q.end));
      listed = q.unit !== 'fraction' && (joined ? bare : isLabelled(text, q)) ? q : null;
      if (listed === null && !notQuantity(text, q)) kept.push(q);
    }
    return kept;
  },
};
