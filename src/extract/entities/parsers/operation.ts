/**
 * Operations, programs, agreements and laws, by their shape: `Operation X`, a name with a year
 * and the word operation (`Barrier-2007 operation`), a quoted name before `program`/`campaign`,
 * and a capitalized name ending in a word for a program or an agreement (`Merida Initiative`,
 * `Nuclear Non-Proliferation Treaty`, `Patriot Act`); a known organization's name that ends in a program's word is the
 * organization's (`International Monetary Fund`).
 *
 * ```
 * during Operation Eastern Safari ... the "Drug Free City" program ... the Merida Initiative
 *        ^^^^^^^^^^^^^^^^^^^^^^^^      ^^^^^^^^^^^^^^^^ (program)          ^^^^^^^^^^^^^^^ (program)
 * ```
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../../tables/calendar.js';
import type { Parser } from '../../pipeline.js';
import { entityAt, type EntityContext, type FoundEntity } from '../found.js';
import { isOrganizationWord, spellsOrganizationAcronym } from '../lexicon.js';
import { inHeadline } from './capitalized-name.js';

const CAPITALIZED = "[A-Z][A-Za-z'’-]+";
const PROGRAM_WORDS = 'Program|Programme|Initiative|Plan|Fund|Project|Strategy|Campaign';
const AGREEMENT_WORDS =
  'Treaty|Agreement|Accord|Accords|Convention|Protocol|Pact|Act|Law|Charter|Declaration|Memorandum';
const AGREEMENT_WORD = new RegExp(`^(?:${AGREEMENT_WORDS})$`);

/** `Operation Eastern Safari`, `Barrier-2007 operation`. */
export const operationParser: Parser<EntityContext, FoundEntity> = {
  needs: ['operation'],
  pattern: new RegExp(
    String.raw`\b(?:Operation|OPERATION)\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3}|\b[A-Z][A-Za-z]+-(?:19|20` +
      String.raw`)\d\d\b(?=\s+\(|\s+(?:[a-z-]+\s+)?operation)`,
    'g',
  ),
  extract(_context, m) {
    return entityAt(m.index, m.index + m[0].length, 'operation');
  },
};

// What a program's or agreement's word may take after it (`Convention Against Corruption`, `Initiative to Combat
// Nuclear Terrorism`, `Convention on the Rights of the Child`): a preposition and one to four capitalized words, no
// date's (`the Treaty on Monday`).
const DATE_WORD = `(?:${[...MONTH_NAMES, ...WEEKDAY_NAMES].join('|')})\\b`;
const COMPLEMENT =
  `(?<complement>\\s+(?:Against|against|on|On|for|For|to|To)\\s+(?:the\\s+)?(?!${DATE_WORD}|Be\\b)${CAPITALIZED}` +
  `(?:\\s+(?:of\\s+(?:the\\s+)?)?(?!${DATE_WORD})${CAPITALIZED}){0,3})?`;
// `"Astana - Drug Free City" program`; a name of one to four capitalized words (`and` between two: `Justice and Peace
// Law`) ending in a word for a program or an agreement, and what that word takes. Sticky: tried only where
// `scanPrograms` says a match can open.
const PROGRAM = new RegExp(
  `"(?<quoted>[A-Z][^"\\n]{2,60})"\\s+(?:program|programme|campaign|initiative)|\\b(?<named>(` +
    `?:${CAPITALIZED}\\s+(?:and\\s+)?){1,4}(?<word>${PROGRAM_WORDS}|${AGREEMENT_WORDS})${COMPLEMENT})\\b`,
  'y',
);

/** True for the code of a character of a capitalized word (`[A-Za-z'’-]`). */
const inWord = (code: number) =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39 || code === 0x2019 || code === 45;
/** True for the code of a character of `\w`. */
const isWordCode = (code: number) =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95;

/** The first offset of the run of word characters `[from, end)` with a capital at a word's edge (`\b`), or -1. */
function firstOpening(text: string, from: number, end: number): number {
  for (let at = from; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code >= 65 && code <= 90 && !isWordCode(text.charCodeAt(at - 1))) return at;
  }
  return -1;
}

/**
 * The matches of PROGRAM that a global scan finds, in order, tried only where one can open: at a quote, and at the
 * first capital at a word's edge in each run of word characters (`[A-Za-z'’-]`). A name's first word opens at such a
 * capital and reads the run to its end (white space must follow), so every one of them in a run reads the same word
 * end and the same text after it: the first matches or none does. A scan tried each of them (each capital after a
 * hyphen of `A-A-A-...`), reading the run to its end each time.
 */
function scanPrograms(text: string, each: (match: RegExpExecArray) => void): void {
  for (let at = 0; at < text.length; ) {
    let open = text.charCodeAt(at) === 34 ? at : -1;
    let next = at + 1;
    if (inWord(text.charCodeAt(at))) {
      while (next < text.length && inWord(text.charCodeAt(next))) next++;
      open = firstOpening(text, at, next);
    }
    if (open >= 0) {
      PROGRAM.lastIndex = open;
      const match = PROGRAM.exec(text);
      if (match && match[0] !== '') {
        each(match);
        next = open + match[0].length;
      }
    }
    at = next;
  }
}

/** `"Astana - Drug Free City" program`, `Merida Initiative`, `Non-Proliferation Treaty`. */
export const programParser: Parser<EntityContext, FoundEntity> = {
  needs: `${PROGRAM_WORDS}|${AGREEMENT_WORDS}`.toLowerCase().split('|'),
  pattern: PROGRAM,
  scan: scanPrograms,
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
    // `and` joins two words of one name (`Justice and Peace Law`, `Trade and Investment Framework Agreement`), not a
    // name before it (`UNHCR and World Food Program`, `World Bank and ...`): the name then starts after it.
    for (let and = named.indexOf(' and '); and >= 0; and = named.indexOf(' and ')) {
      const before = named.slice(0, and);
      if (/^[A-Z][a-z]+$/.test(before) && !isOrganizationWord(before)) break;
      start += and + 5;
      named = named.slice(and + 5);
    }
    if (!/\s/.test(named)) return null;
    // The word must end the name's own words: not after `and` (`Narcotics and Law`), nor before another capitalized
    // word (`Law Enforcement`); in a headline its complement is the headline's (`New Law to Be Enacted Soon`).
    const complement = g.complement ?? '';
    const head = named.length - complement.length;
    if (/\band\s+\S+$/.test(named.slice(0, head))) return null;
    if (!complement && /^\s+[A-Z][a-z]/.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 3)))
      return null;
    const end = complement && inHeadline(context, m.index) ? head : named.length;
    const agreement = AGREEMENT_WORD.test(g.word as string);
    // A known organization named by a program's word (`International Monetary Fund`: its initials are IMF's).
    if (!agreement && spellsOrganizationAcronym(named.slice(0, end)))
      return entityAt(start, start + end, 'organization');
    return entityAt(start, start + end, agreement ? 'other' : 'program');
  },
};
