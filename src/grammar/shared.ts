/**
 * Small parsimmon pieces the rules share. Rules parse one trimmed line (or a run of lines) at a
 * time, so no rule ever backtracks across the whole text; offsets they return are relative to the
 * string they were given and are shifted by the caller.
 */
import P from 'parsimmon';

/** The current offset, without parsimmon's line/column bookkeeping (slow, and wrong after line breaks). */
export const offset: P.Parser<number> = P((_input, i) => P.makeSuccess(i, i));

/** Horizontal white space, possibly none. */
export const spaces: P.Parser<string> = P.regexp(/[ \t\u00a0]*/).desc('spaces');
/** Horizontal white space, at least one. */
export const spaces1: P.Parser<string> = P.regexp(/[ \t\u00a0]+/).desc('a space');
/** The reply of a parser's step function, as parsimmon 1.18 builds it. */
interface Reply<T> {
  status: boolean;
  index: number;
  value: T;
  furthest: number;
  expected: string[];
}

/** What {@link attempt} reports: the value, or how far the parser got and what it expected there. */
export type Attempt<T> = { ok: true; value: T } | { ok: false; index: number; expected: string[] };

/** The step function of `parser`, as parsimmon 1.18 keeps it. */
function stepOf<T>(parser: P.Parser<T>): (input: string, index: number) => Reply<T> {
  return (parser as unknown as { _: (input: string, index: number) => Reply<T> })._;
}

/**
 * Runs `parser` over all of `input`; the value, or null when it does not match. Calls the
 * parser's step function rather than `.parse()`, which on every failure builds a line/column
 * table of the input (a tenth of the parse time on real cables) for an error we do not use.
 */
export function run<T>(parser: P.Parser<T>, input: string): T | null {
  const reply = stepOf(parser)(input, 0);
  return reply.status && reply.index === input.length ? reply.value : null;
}

/**
 * Runs `parser` over all of `input` like {@link run}, but on failure says where it stopped and what it
 * expected there (the `.desc()` labels of the parsers that could have gone on), for diagnostics.
 */
export function attempt<T>(parser: P.Parser<T>, input: string): Attempt<T> {
  const reply = stepOf(parser)(input, 0);
  if (reply.status && reply.index === input.length) return { ok: true, value: reply.value };
  if (reply.status) return { ok: false, index: reply.index, expected: ['the end of the line'] };
  return { ok: false, index: reply.furthest, expected: [...new Set(reply.expected)] };
}

/**
 * Runs `parser` at the start of `input`; the value when it matches there (whatever follows), else
 * null. What `run(parser.skip(P.all), input)` does, without building a parser on every call.
 */
export function runPrefix<T>(parser: P.Parser<T>, input: string): T | null {
  const reply = stepOf(parser)(input, 0);
  return reply.status ? reply.value : null;
}

/** Runs `parser` at the start of `input`: its value and the offset where it stopped, or null when it does not match. */
export function readPrefix<T>(parser: P.Parser<T>, input: string): { value: T; end: number } | null {
  const reply = stepOf(parser)(input, 0);
  return reply.status ? { value: reply.value, end: reply.index } : null;
}

/**
 * A regexp made of parts written one after another (each a regexp, for its own comment, or a source string):
 * `regexpOf([/(?<day>\d{2})/, / +/, /(?<month>[A-Z]{3})/])` is `/(?<day>\d{2}) +(?<month>[A-Z]{3})/`.
 */
export function regexpOf(parts: ReadonlyArray<RegExp | string>, flags = ''): RegExp {
  return new RegExp(parts.map((part) => (typeof part === 'string' ? part : part.source)).join(''), flags);
}

/** The source of a regexp matching any of `parts`: `(?:a|b|c)`. */
export function anyOf(parts: ReadonlyArray<RegExp | string>): string {
  return `(?:${parts.map((part) => (typeof part === 'string' ? part : part.source)).join('|')})`;
}

// A run of white space that is not a lone space: white space other than a space, and what follows it; or a space and
// the white space after it. A lone space never matches, so a replace copies only what changes.
const WHITE_RUN = /[^\S ]\s*| \s+/g;
// What may be white space other than a space: the ASCII controls from tab to carriage return, or any character past
// ASCII (no-break space, the Unicode spaces, the byte-order mark). A text without any (most paragraphs) has only
// spaces for white space, and its runs of two or more are found by a literal search, many times faster.
const OTHER_WHITE = /[\t-\r\u0080-\uffff]/;
const SPACE_RUN = / {2,}/g;

/** Collapses runs of white space (line breaks included) to one space and trims. */
export function collapse(text: string): string {
  return (OTHER_WHITE.test(text) ? text.replace(WHITE_RUN, ' ') : text.replace(SPACE_RUN, ' ')).trim();
}

/** The slice of `text` from `start` to `end` with white space trimmed off both ends. */
export function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  const from = trimStart(text, start, end);
  return { start: from, end: trimEnd(text, from, end) };
}

/** The first offset from `start` (up to `end`) that is not white space; no object made, for hot loops. */
export function trimStart(text: string, start: number, end: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return start;
}

/** The offset after the last character before `end` (down to `start`) that is not white space. */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** True for the white space characters the grammar skips (space, tab, CR, LF, NBSP, form feed, vertical tab). */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 160 || code === 12 || code === 11;
}

/**
 * The matches of a global `pattern` in `text`, like `[...text.matchAll(pattern)]` but an order of
 * magnitude cheaper on short lines: `matchAll` clones the pattern on every call.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    if (match[0] === '') pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return matches;
}
