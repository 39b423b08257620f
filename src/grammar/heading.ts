/**
 * Headings of the body, in the shapes cables draw them.
 *
 * ```
 * -----                          boxed: a dash line, the title, a dash line
 * DOMESTIC INITIATIVES
 * -----
 * ----- DOMESTIC INITIATIVES -----   inline: dashes on both sides
 * SUMMARY                        underlined: the title, then a dash line
 * -------
 * ```
 */
import P from 'parsimmon';
import type { Heading } from '../ast.js';
import { ANY_ZONE, type Construct, type Reading } from './construct.js';
import { headOf, type Line } from './lines.js';
import { run } from './shared.js';

/** A line of dashes (ASCII or the Unicode hyphens and dashes U+2010-U+2015, or `=`, `_`), or a lone `-`. */
export const dashLineRule: P.Parser<string> = P.regexp(/[-\u2010-\u2015]+|={3,}|_{3,}/).desc('a line of dashes');

/** An inline heading: dashes, the title, dashes. */
export const inlineHeadingRule: P.Parser<string> = P.regexp(/-{2,}\s*([^-\s](?:.*[^-\s])?)\s*-{2,}/, 1).desc(
  'a heading like `--- TITLE ---`',
);

/** True when a trimmed line can be the title of a boxed or underlined heading: short, no sentence end. */
export function isHeadingTitle(line: string): boolean {
  return line.length <= 80 && !/^\d+\.\s/.test(line) && !/[.;,]$/.test(line) && /[A-Za-z]/.test(line);
}

/** True when the trimmed line is a dash line. */
export function isDashLine(line: string): boolean {
  return /^[-=_\u2010-\u2015]/.test(line) && run(dashLineRule, line) !== null;
}

/** The heading node of title line `title` over the lines from `first` to `last`. */
function headingOf(reading: Reading, title: Line, first: Line, last: Line): Heading {
  return { type: 'heading', position: reading.position(first.start, last.end), text: title.value.replace(/\s+/g, ' ') };
}

/** A boxed heading at line `i` (a dash line, the title, a dash line, no blank lines between), or null. */
function boxed(reading: Reading, i: number): Heading | null {
  const [open, title, close] = [reading.lines[i], reading.lines[i + 1], reading.lines[i + 2]];
  if (!open || !title || !close || title.blankBefore || close.blankBefore || !isDashLine(open.value)) return null;
  return isDashLine(close.value) && isHeadingTitle(title.value) ? headingOf(reading, title, open, close) : null;
}

/** An underlined heading at line `i` (a short title, then a dash line), or null. */
function underlined(reading: Reading, i: number): Heading | null {
  const [title, under] = [reading.lines[i] as Line, reading.lines[i + 1]];
  if (!under || under.blankBefore || !isDashLine(under.value) || !isHeadingTitle(title.value)) return null;
  return headOf(title) ? null : headingOf(reading, title, title, under);
}

/** A heading: inline (`--- TITLE ---`), boxed by dash lines, or underlined by one. */
export const heading: Construct<Heading> = {
  name: 'heading',
  zones: ANY_ZONE,
  zoneAfter: 'text',
  starts: (line) => !line.control,
  read(reading, i) {
    const line = reading.lines[i] as Line;
    if (/^[-=_\u2010-\u2015]/.test(line.value)) {
      const text = run(inlineHeadingRule, line.value);
      if (text !== null) {
        const node: Heading = {
          type: 'heading',
          position: reading.position(line.start, line.end),
          text: text.replace(/\s+/g, ' '),
        };
        return { node, next: i + 1 };
      }
      const node = boxed(reading, i);
      if (node) return { node, next: i + 3 };
      if (isDashLine(line.value)) return null;
    }
    const node = underlined(reading, i);
    return node ? { node, next: i + 2 } : null;
  },
};
