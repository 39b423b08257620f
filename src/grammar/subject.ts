/**
 * SUBJECT (or SUBJ): the cable's title, maybe wrapped over several lines, maybe opened by a
 * portion mark.
 *
 * ```
 * SUBJECT: KAZAKHSTAN: DRUG AND CRIME REPORT FOR 2007
 * SUBJECT: (C) GERMANY TAKING ACTION ON SHIPMENT OF ...
 * SUBJ: TERRORIST KILL FOUR POLICEMEN IN ANTALYA
 * └──┬──┘  └┬┘ └──────────┬────────────┘
 * keyword  portion mark   text (lines joined)
 * ```
 */
import P from 'parsimmon';
import type { Subject } from '../ast.js';
import type { GrammarContext, Slice } from './context.js';
import { collapse, run } from './shared.js';

/** Reads the keyword, an optional portion mark, and the text. */
export const subjectRule: P.Parser<{ keyword: string; portionMark: string | null; text: string }> = P.seqMap(
  P.regexp(/SUBJECT|SUBJ|UBJECT/i).desc('`SUBJECT`'),
  P.regexp(/(?![A-Za-z])\s*[:.]?\s*/).desc('`:`'),
  P.regexp(/\(([A-Z]{1,4}(?:\/\/?[A-Z]{1,6})?)\)\s*/, 1)
    .desc('a portion mark like `(C)`')
    .atMost(1),
  P.regexp(/[\s\S]*/),
  (keyword, _colon, mark, text) => ({ keyword, portionMark: mark[0] ?? null, text: collapse(text) }),
);

/** The `subject` node of a slice (one or more lines), or null. */
export function readSubject(ctx: GrammarContext, slice: Slice): Subject | null {
  const read = run(subjectRule, ctx.text.slice(slice.start, slice.end));
  if (!read) return null;
  if (!read.text)
    ctx.report('CG303', slice.start, slice.end, `Expected a subject after \`${read.keyword}\`, found none`, {
      expected: 'subject text',
    });
  return { type: 'subject', position: ctx.position(slice.start, slice.end), ...read };
}
