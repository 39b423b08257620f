/**
 * Operations, programs, agreements and laws, by their shape: `Operation X`, a name with a year
 * and the word operation (`Barrier-2007 operation`), a quoted name before `program`/`campaign`,
 * and a capitalized name ending in a word for a program or an agreement (`Merida Initiative`,
 * `Nuclear Non-Proliferation Treaty`, `Patriot Act`).
 *
 * ```
 * during Operation Eastern Safari ... the "Drug Free City" program ... the Merida Initiative
 *        ^^^^^^^^^^^^^^^^^^^^^^^^      ^^^^^^^^^^^^^^^^ (program)          ^^^^^^^^^^^^^^^ (program)
 * ```
 */
import type { Parser } from '../../pipeline.js';
import { entityAt, type EntityContext, type FoundEntity } from '../found.js';

const CAPITALIZED = "[A-Z][A-Za-z'’-]+";
const PROGRAM_WORDS = 'Program|Programme|Initiative|Plan|Fund|Project|Strategy|Campaign';
const AGREEMENT_WORDS =
  'Treaty|Agreement|Accord|Accords|Convention|Protocol|Pact|Act|Law|Charter|Declaration|Memorandum';
const AGREEMENT_WORD = new RegExp(`^(?:${AGREEMENT_WORDS})$`);

/** `Operation Eastern Safari`, `Barrier-2007 operation`. */
export const operationParser: Parser<EntityContext, FoundEntity> = {
  needs: ['operation'],
  pattern: new RegExp(
    String.raw`\b(?:Operation|OPERATION)\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?|\b[A-Z][A-Za-z]+-(?:19|20` +
      String.raw`)\d\d\b(?=\s+\(|\s+(?:[a-z-]+\s+)?operation)`,
    'g',
  ),
  extract(_context, m) {
    return entityAt(m.index, m.index + m[0].length, 'operation');
  },
};

/** `"Astana - Drug Free City" program`, `Merida Initiative`, `Non-Proliferation Treaty`. */
export const programParser: Parser<EntityContext, FoundEntity> = {
  needs: `${PROGRAM_WORDS}|${AGREEMENT_WORDS}`.toLowerCase().split('|'),
  pattern: new RegExp(
    `"(?<quoted>[A-Z][^"\\n]{2,60})"\\s+(?:program|programme|campaign|initiative)|\\b(?<named>(` +
      `?:${CAPITALIZED}\\s+){1,4}(?<word>${PROGRAM_WORDS}|${AGREEMENT_WORDS}))\\b`,
    'g',
  ),
  extract(context, m) {
    const g = m.groups ?? {};
    if (g.quoted) return entityAt(m.index + 1, m.index + 1 + g.quoted.length, 'program');
    if (!context.mixedCase) return null;
    let start = m.index;
    let named = g.named as string;
    // `The Merida Initiative`: the article is no part of it.
    const article = /^(?:The|A|An|This|That|Our|Their|Its)\s+/.exec(named);
    if (article) {
      start += article[0].length;
      named = named.slice(article[0].length);
    }
    if (!/\s/.test(named)) return null;
    const agreement = AGREEMENT_WORD.test(g.word as string);
    return entityAt(start, start + named.length, agreement ? 'other' : 'program');
  },
};
