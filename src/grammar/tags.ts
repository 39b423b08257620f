/**
 * TAGS: subject, country, organization and person codes. Separated by commas or spaces (one line
 * may use commas, the next spaces), may wrap, keyword misspelled (`TAG`, `TAGE`, `TGS`) or
 * without a colon; person tags stand in parentheses after `OVIP`.
 *
 * ```
 * TAGS: SNAR, ASEC, PREL, KCOR, KCRM, PREL, KZ
 * TAGS: [SNAR](#) [ASEC](#) [KZ](#)                 (markdown rendition; links undone before)
 * TAGS OVIP (CLINTON, HILLARY), PGOV, PREL, KDEV,
 *      NL, IS, SR                                   (wrapped after a comma)
 * └┬─┘ └───────────┬──────────┘
 * keyword   entries
 * ```
 */
import P from 'parsimmon';
import type { Tag, Tags } from '../ast.js';
import type { GrammarContext, Slice } from './context.js';
import { offset, run } from './shared.js';

/** Reads the keyword and returns the offset where the entries start. */
export const tagsKeywordRule: P.Parser<{ keyword: string; rest: number }> = P.seqMap(
  P.regexp(/TAGS?|TAGE|TGS/i).desc('`TAGS`'),
  P.regexp(/(?![A-Za-z])[ \t]*[:;,.]?/).desc('`:`'),
  offset,
  (keyword, _colon, rest) => ({ keyword, rest }),
);

/** The code a tag entry means: upper case, white space collapsed, person tags as `SURNAME, GIVEN`. */
export function tagCode(written: string): string {
  return written.replace(/\s+/g, ' ').replace(/\s*,\s*/g, ', ').trim().toUpperCase();
}

/**
 * Splits the entries of one line into spans: a parenthesized group is one entry; when the line
 * has commas outside parentheses, entries are separated by commas, otherwise by white space.
 */
export function tagSpans(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  let depth = 0;
  let commas = false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) commas = true;
  }
  const spans: Array<{ start: number; end: number }> = [];
  let start = -1;
  const close = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /[\s,;.]/.test(text[s] as string)) s++;
    while (e > s && /[\s,;]/.test(text[e - 1] as string)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = -1;
  };
  depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i] as string;
    if (c === '(' && depth === 0) {
      if (start >= 0) close(i);
      start = i + 1;
      depth = 1;
      continue;
    }
    if (depth > 0) {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) close(i);
      continue;
    }
    const separates = c === ',' || c === ';' || (!commas && /\s/.test(c));
    if (separates) {
      if (start >= 0) close(i);
    } else if (start < 0 && !/\s/.test(c)) start = i;
  }
  if (start >= 0) close(to);
  return spans;
}

/** The `tags` node of a slice whose first line opens with the keyword (the slice may span wrapped lines), or null. */
export function readTags(ctx: GrammarContext, slice: Slice): Tags | null {
  const head = run(tagsKeywordRule.skip(P.all), ctx.text.slice(slice.start, slice.end));
  if (!head) return null;
  const children: Tag[] = [];
  let lineStart = slice.start + head.rest;
  while (lineStart < slice.end) {
    let lineEnd = ctx.text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > slice.end) lineEnd = slice.end;
    for (const span of tagSpans(ctx.text, lineStart, lineEnd)) {
      const written = ctx.text.slice(span.start, span.end);
      children.push({ type: 'tag', position: ctx.position(span.start, span.end), written, code: tagCode(written) });
    }
    lineStart = lineEnd + 1;
  }
  if (children.length === 0) {
    ctx.report('CG302', slice.start, slice.end, `Expected TAGS codes like \`PREL, KZ\` after \`${head.keyword}\`, found none`, { expected: 'TAGS codes' });
  }
  return { type: 'tags', position: ctx.position(slice.start, slice.end), keyword: head.keyword, children };
}
