/**
 * What the field constructs (E.O., TAGS, SUBJECT, REF, `Classified By`) share: a field opens with its keyword
 * (from the lexicon, read exactly or by the fuzzy matcher) and may wrap onto the lines after it, until a line
 * opens another field or interrupts (a paragraph, a dash line, a page marker, a level alone...).
 *
 * ```
 * SUBJECT: KAZAKHSTAN: DRUG AND CRIME
 *     REPORT FOR 2007                      a wrapped field: the line continues it
 * TAGS: SNAR                               opens another field: the subject ends
 * ```
 */
import type { Field, FieldKeyword } from '../tables/keywords.js';
import type { Reading } from './construct.js';
import { keywordOf, type Line } from './lines.js';

/** True when `line` opens a construct of its own (so it cannot continue a field): a keyword, or an interrupt. */
export function opensConstruct(reading: Reading, line: Line): boolean {
  return keywordOf(line) !== null || reading.interrupted(line);
}

/**
 * The index of the last line of a field that opens at line `i`: the lines after it are taken while
 * `continues` says so, at most `max` of them, none after a blank line unless `acrossBlank` accepts it, and
 * never the rest of a cut line (a field of its own).
 */
export function fieldEnd(
  reading: Reading,
  i: number,
  continues: (line: Line, previous: Line) => boolean,
  max: number,
  acrossBlank?: (line: Line) => boolean,
): number {
  const { lines } = reading;
  let last = i;
  for (let j = i + 1; j < lines.length && j - i <= max; j++) {
    const line = lines[j] as Line;
    if (line.cut || line.control || (line.blankBefore && !acrossBlank?.(line))) break;
    if (opensConstruct(reading, line) || !continues(line, lines[j - 1] as Line)) break;
    last = j;
  }
  return last;
}

/** The keyword of `line` when it opens `field`, else null. */
export function keywordFor(line: Line, field: Field): FieldKeyword | null {
  const keyword = keywordOf(line);
  return keyword?.field === field ? keyword : null;
}

/** True when `line` opens `field` with its keyword and a colon: strong enough to break into prose. */
export function opensWithColon(line: Line, field: Field): boolean {
  // The colon stands within the first characters (`REF(S):`, `SUBJECT :`): most prose lines have none there.
  const colon = line.value.indexOf(':');
  return colon > 0 && colon < 16 && keywordFor(line, field)?.colon === true;
}

/** CG300 (info) when a keyword was read by its nearest spelling: "read `TAGE` as `TAGS`". */
export function reportFuzzyKeyword(reading: Reading, line: Line, keyword: FieldKeyword): void {
  if (keyword.distance === 0) return;
  reportMisspelledKeyword(
    reading,
    line.start + keyword.start,
    line.start + keyword.end,
    keyword.written,
    keyword.meant,
  );
}

/** CG300 (info) for a keyword `written` from `start` to `end` that the fuzzy matcher read as `meant`. */
export function reportMisspelledKeyword(reading: Reading, start: number, end: number, written: string, meant: string) {
  reading.report('CG300', start, end, `Expected \`${meant}\`, found \`${written}\` (read as \`${meant}\`)`, {
    expected: meant,
    actual: written,
  });
}
