/**
 * The extractors' machinery, chrono's model: a configuration is a list of parsers, each a regexp
 * and a function that reads one match into a finding (or none), and a list of refiners, each a
 * function from all findings to the findings kept (overlaps removed, neighbours merged, values
 * resolved). Findings carry offsets into the text read; positions are made once, at the end.
 *
 * ```
 * text ─► parser 1 ─┐
 *      ─► parser 2 ─┼─► findings ─► refiner 1 ─► refiner 2 ─► ... ─► mentions with positions
 *      ─► parser n ─┘
 * ```
 */
import { type Anchor, eachAnchoredMatch } from './anchors.js';
import { cueBit, cuesOf } from './cues.js';

/** A finding: a span of the text read (`start` inclusive, `end` exclusive, UTF-16 offsets). */
export interface Span {
  start: number;
  end: number;
}

/** A reader of one family of expressions. */
export interface Parser<Context, Found extends Span> {
  /** A global (`g`) regexp: `extract` is called at each of its matches (a sticky one where `scan` is given). */
  pattern: RegExp;
  /**
   * The matches a global scan of `pattern` finds, in order, found by the parser itself where a scan would try in vain
   * at every offset of a long run (see operation.ts); `extract` is called at each. Omitted: `pattern` scans.
   */
  scan?(text: string, each: (match: RegExpExecArray) => void): void;
  /**
   * Words (whole, lower case; `#` for any number in digits) of which the text must hold at least
   * one for the parser to find anything (the month names for a month reader): a text without any
   * is not scanned. Omitted: always scan.
   */
  needs?: readonly string[];
  /**
   * Where the matches can be (a month's name in every match, and how far before it a match can
   * start): the pattern is then tried near the anchors only, with the same matches as a scan of
   * the whole text (see anchors.ts). Omitted: the whole text is scanned.
   */
  anchor?: Anchor;
  /** When the parser applies to a text at all (all-capitals text, mixed case); omitted: always. */
  when?(context: Context): boolean;
  /** The finding a match stands for (or the findings: a run of words may hold several names), or null. */
  extract(context: Context, match: RegExpExecArray): Found | Found[] | null;
}

/** A step over all the findings of a text: returns those kept, maybe changed or merged. */
export interface Refiner<Context, Found extends Span> {
  refine(context: Context, found: Found[]): Found[];
}

/** What a configuration of parsers and refiners reads from a text. */
export interface Configuration<Context, Found extends Span> {
  parsers: ReadonlyArray<Parser<Context, Found>>;
  refiners: ReadonlyArray<Refiner<Context, Found>>;
}

/**
 * Every finding of every parser in `text`, then the refiners in order. Linear in the matches:
 * each parser scans the text once (none when the text lacks all the words it needs, found in
 * one pass over its characters shared by all the extractors: see cues.ts); refiners are expected
 * to be linear after a sort.
 *
 * @example
 * run({ parsers: [years], refiners: [longestFirst] }, context, 'in 2007 and 2008')
 */
export function run<Context, Found extends Span>(
  configuration: Configuration<Context, Found>,
  context: Context,
  text: string,
): Found[] {
  const parsers: Array<Parser<Context, Found>> = [];
  let cues: number | null = null;
  for (const [parser, bit] of compiled(configuration)) {
    if (parser.when && !parser.when(context)) continue;
    if (bit !== 0 && ((cues ??= cuesOf(text)) & bit) === 0) continue;
    parsers.push(parser);
  }
  let found = scanned(parsers, context, text);
  for (const refiner of configuration.refiners) found = refiner.refine(context, found);
  return found;
}

const COMPILED = new WeakMap<object, ReadonlyArray<readonly [Parser<never, never>, number]>>();

/** The parsers of a configuration, each with the bit of the cue words it needs (0: none, always scanned). */
function compiled<Context, Found extends Span>(
  configuration: Configuration<Context, Found>,
): ReadonlyArray<readonly [Parser<Context, Found>, number]> {
  let parsers = COMPILED.get(configuration) as ReadonlyArray<readonly [Parser<Context, Found>, number]> | undefined;
  if (!parsers) {
    parsers = configuration.parsers.map((parser) => [parser, parser.needs ? cueBit(parser.needs) : 0] as const);
    COMPILED.set(configuration, parsers as never);
  }
  return parsers;
}

/** The findings of parsers each scanning the whole text (or near its anchors). */
function scanned<Context, Found extends Span>(
  parsers: ReadonlyArray<Parser<Context, Found>>,
  context: Context,
  text: string,
): Found[] {
  const found: Found[] = [];
  for (const parser of parsers) {
    const each = (match: RegExpExecArray) => {
      const finding = parser.extract(context, match);
      if (Array.isArray(finding)) appendAll(found, finding);
      else if (finding) found.push(finding);
    };
    if (parser.anchor) {
      eachAnchoredMatch(parser.pattern, parser.anchor, text, each);
      continue;
    }
    if (parser.scan) {
      parser.scan(text, each);
      continue;
    }
    const pattern = parser.pattern;
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text))) {
      if (match[0] === '') pattern.lastIndex++;
      else each(match);
    }
  }
  return found;
}

/** Findings in text order, the longer first where two start together. */
export function byPosition<Found extends Span>(found: Found[]): Found[] {
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A refiner that keeps, of findings that overlap, the one that starts first (the longer where two
 * start together): `October 16-17` wins over `October 16` and over `16-17`.
 */
export function longestFirst<Context, Found extends Span>(): Refiner<Context, Found> {
  return {
    refine(_context, found) {
      const kept: Found[] = [];
      let end = -1;
      for (const finding of byPosition(found))
        if (finding.start >= end) {
          kept.push(finding);
          end = finding.end;
        }
      return kept;
    },
  };
}

/** Appends `items` to `target` one by one (spreading a large array into `push` overflows the stack). */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** True for a white-space character code (space, tab, line breaks, no-break space). */
const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 160;
/** True for a character code of a word: a letter, a digit, `_`, an apostrophe or a hyphen. */
function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 39 ||
    code === 45 ||
    code === 0x2019 ||
    (code > 127 && !isSpace(code) && code !== 0x201c && code !== 0x201d)
  );
}

/**
 * The words right before `at`, nearest first, lower case, at most `count` and within 40 characters
 * (`'... the city of '` → `['of', 'city', 'the']`): read by scanning back, no regexp over the text.
 */
export function wordsBefore(text: string, at: number, count: number): string[] {
  const words: string[] = [];
  let end = at;
  const floor = Math.max(0, at - 40);
  while (words.length < count) {
    while (end > floor && isSpace(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > floor && isWordCode(text.charCodeAt(start - 1))) start--;
    if (start === end) break;
    words.push(text.slice(start, end).toLowerCase());
    end = start;
  }
  return words;
}

/** True for the code of `.`, `;`, `!` or `?`. */
const endsSentence = (code: number) => code === 46 || code === 59 || code === 33 || code === 63;

/**
 * The sentence around `at` (from after the last `.t one), and where it starts.
 */
export function sentenceAround(text: string, at: number, reach = 300): { sentence: string; from: number } {
  const floor = Math.max(0, at - reach);
  let from = at;
  while (from > floor && !(endsSentence(text.charCodeAt(from - 1)) && isSpace(text.charCodeAt(from) || 32))) from--;
  const ceiling = Math.min(text.length, at + reach);
  let to = at;
  while (to < ceiling && !(endsSentence(text.charCodeAt(to)) && isSpace(text.charCodeAt(to + 1) || 32))) to++;
  return { sentence: text.slice(from, to), from };
}
