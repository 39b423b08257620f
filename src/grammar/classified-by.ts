/**
 * `Classified By`: the classifying officer (name as written, title) and the reasons of E.O.
 * 12958 / 13526 section 1.4 (1.5 before 2003), normalized to `1.4(b)`. It may wrap, stand inside
 * paragraph 1, or follow a REF list on the same line.
 *
 * ```
 * Classified By: Ambassador John Ordway for reasons 1.4 (b) and (d)
 * CLASSIFIED BY DCM EARL IRVING. REASONS: 1.5 (B) AND (D).
 * CLASSIFIED BY: Rose E. Gottemoeller, Assistant Secretary, VCI; REASON: 1.4(B), (D)
 * └─────┬─────┘  └───┬────┘ └────┬───┘          └──────┬──────┘
 * keyword        title      name                  reasons
 * ```
 */
import P from 'parsimmon';
import type { ClassifiedBy } from '../ast.js';
import { NAME_SUFFIXES, TITLE_WORDS } from '../tables/titles.js';
import type { GrammarContext, Slice } from './context.js';
import { collapse, matchesOf, run } from './shared.js';

// A reason letter after `1.4` / `1.5`: `b`, `(d)`, `B and D`.
const REASON_LETTER = /(?<![A-Za-z])([a-hA-H])(?![A-Za-z])/g;

/** Reads the keyword (repeated keywords and a leading `1.` or `(U)` allowed) and the rest. */
export const classifiedByRule: P.Parser<string> = P.seqMap(
  P.regexp(/(?:\d\.\s*)?(?:\([A-Z]{1,3}\)\s*)?/).desc('a paragraph number or portion mark'),
  P.regexp(/(?:CLASSI?FIED\s+BY|Classi?fied\s+[Bb]y)\s*:?\s*/)
    .desc('`Classified By:`')
    .atLeast(1),
  P.regexp(/(?:\d\.\s+)?(?:\([A-Z]{1,3}\)\s*)?(?:(?:CLASSI?FIED\s+BY|Classi?fied\s+[Bb]y)\s*:?\s*)?/),
  P.regexp(/[\s\S]*/),
  (_lead, _keywords, _again, text) => collapse(text),
);

// How much of a `Classified By` text is read for the officer's name and title (the node keeps all of it).
const OFFICER_READ = 1000;
// Where the officer part ends: the reasons, or the words leading to them.
const OFFICER_END =
  /\s+(?:for\s+(?:for\s+)?(?=re|1\s*[.,]|\(?[a-h]\)|e\.?o|the\s+reason)|under\b|per\b|based\s+[o0]n|due\s+to|reasons?\b|reaons?\b|rea\s*$)|[;]|\.\s+(?:reasons?|re\s*a?\s*sons?|e\.?o)\b|\bE\.?O\.?\s*12958|\b1\s*[.,]\s*[45]\b|\s+-\s+\d/i;

/** The reasons of `text`, normalized to `1.4(b)`: every letter a-h after `1.4` / `1.5` (OCR'd `1,4` too). */
export function readReasons(text: string): string[] {
  const reasons: string[] = [];
  const section = /\b1\s*[.,]\s*\n?\s*([45])/g;
  let match: RegExpExecArray | null;
  while ((match = section.exec(text))) {
    const tail = text.slice(match.index + match[0].length, match.index + match[0].length + 60);
    const stop = tail.search(/\.\s+[A-Z]|\.$|[A-Za-z]{3,}\b(?<!and|AND)/);
    const part = stop >= 0 ? tail.slice(0, stop) : tail;
    for (const letter of matchesOf(REASON_LETTER, part)) {
      const reason = `1.${match[1]}(${(letter[1] as string).toLowerCase()})`;
      if (!reasons.includes(reason)) reasons.push(reason);
    }
  }
  return reasons;
}

function isTitleWord(token: string, mixedCase: boolean): boolean {
  const lower = token.toLowerCase();
  if (NAME_SUFFIXES.has(lower.replace(/,$/, ''))) return false;
  if (TITLE_WORDS.has(lower) || TITLE_WORDS.has(lower.replace(/[.,:]+$/, ''))) return true;
  if (token.includes('/') || !/[A-Za-z0-9]/.test(token)) return true;
  // In mixed-case text an all-capitals word of two or more letters is an office symbol (DCM, PRT).
  return mixedCase && /^[A-Z&]{2,}[.,:]?$/.test(token);
}

/** Splits the officer part into name and title: the name is what follows the last title word. */
export function readOfficer(text: string): { name: string | null; title: string | null } {
  // Real officer parts run to a few dozen words; a line of thousands is read for its first ones.
  const head = text.length > OFFICER_READ ? text.slice(0, Math.max(text.lastIndexOf(' ', OFFICER_READ), 1)) : text;
  const cut = head.search(OFFICER_END);
  const officer = (cut >= 0 ? head.slice(0, cut) : head)
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const mixedCase = /[a-z]/.test(officer);
  // Parts separated by commas, colons, ` - ` or sentence periods; `, Jr.` stays with its name.
  const parts = officer
    .split(/,(?!\s*(?:Jr|JR|Sr|SR)\b)|:|\s[-?]\s|(?<!\b[A-Z0-9])\.\s+(?=[A-Z][a-z]{2,}|[A-Z]{3,})/)
    .map((p) => p.trim())
    .filter(Boolean);
  const titles: string[] = [];
  for (const part of parts) {
    const tokens = part.split(' ');
    let last = -1;
    tokens.forEach((token, k) => {
      if (isTitleWord(token, mixedCase)) last = k;
    });
    let nameTokens = tokens.slice(last + 1);
    // Four words or more with no initial are a place or office, then the name: keep the last two.
    if (
      nameTokens.length > 3 &&
      !nameTokens.some((t) => /^[A-Z0-9]\.?$/.test(t) || NAME_SUFFIXES.has(t.toLowerCase().replace(/,$/, '')))
    )
      nameTokens = nameTokens.slice(-2);
    let name = nameTokens.join(' ').replace(/[,;:]+$/, '');
    if (name.endsWith('.') && !/(?:^|\s)(?:[A-Z]|Jr|Sr|JR|SR)\.$/.test(name)) name = name.slice(0, -1);
    if (last >= 0) titles.push(tokens.slice(0, last + 1).join(' '));
    if (/[A-Za-z]{2,}/.test(name)) {
      const title = [...titles, ...parts.slice(parts.indexOf(part) + 1)].join(', ').trim();
      return { name, title: title || null };
    }
  }
  return { name: null, title: titles.join(', ') || null };
}

/** The `classifiedBy` node of a slice (one or more lines), or null. */
export function readClassifiedBy(ctx: GrammarContext, slice: Slice): ClassifiedBy | null {
  const text = run(classifiedByRule, ctx.text.slice(slice.start, slice.end));
  if (text === null) return null;
  const reasons = readReasons(text);
  if (reasons.length === 0)
    ctx.report(
      'CG305',
      slice.start,
      slice.end,
      'Expected reasons like `1.4 (b) and (d)` in the `Classified By` line, found none',
      { expected: '1.4 (x)' },
    );
  const { name, title } = readOfficer(text);
  return { type: 'classifiedBy', position: ctx.position(slice.start, slice.end), text, name, title, reasons };
}
