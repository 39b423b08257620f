/**
 * Headings of the body, in the shapes cables draw them, and bare separator lines.
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
import type { Heading, ThematicBreak } from '../ast.js';
import type { GrammarContext, Slice } from './context.js';
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

/** The `heading` node of an inline heading line, or null. */
export function readInlineHeading(ctx: GrammarContext, line: Slice): Heading | null {
  const text = run(inlineHeadingRule, ctx.text.slice(line.start, line.end));
  if (text === null) return null;
  return { type: 'heading', position: ctx.position(line.start, line.end), text: text.replace(/\s+/g, ' ') };
}

/** The `heading` node of a boxed or underlined heading: `title` is the title line, `span` all its lines. */
export function headingOf(ctx: GrammarContext, title: Slice, span: Slice): Heading {
  return {
    type: 'heading',
    position: ctx.position(span.start, span.end),
    text: ctx.text.slice(title.start, title.end).replace(/\s+/g, ' '),
  };
}

/** The `thematicBreak` node of a dash line. */
export function thematicBreakOf(ctx: GrammarContext, line: Slice): ThematicBreak {
  return {
    type: 'thematicBreak',
    position: ctx.position(line.start, line.end),
    value: ctx.text.slice(line.start, line.end),
  };
}
