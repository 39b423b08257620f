/**
 * `extract(cable, input)`: quantities, dates and entities over the subject and the paragraphs of a
 * parsed cable (page markers and paragraph numbers left out), plus the DTG, the declassification
 * date and the header's originator and addressees; relative dates resolved against the cable's
 * own date. What one paragraph defines (acronyms, people) is known in the next, and the header's
 * addressee cities are known places.
 */
import type { Addressee, Cable, FromLine, Paragraph, Signature, Text } from '../ast.js';
import { lineIndex, pointAt, type Position } from '../position.js';
import { textDate, textId } from '../record.js';
import { POST_PREFIXES } from '../tables/posts.js';
import { type DateOptions, extractDates } from './dates/index.js';
import { type CableNames, kindsBySurface, typeByCable } from './entities/cable-coreference.js';
import { type EntityOptions, extractEntities, lowerWordsOf, type UntypedName } from './entities/index.js';
import { governmentsOfPost, isEnglishWord, placeWeight } from './entities/lexicon.js';
import { oneSensePerCable } from './entities/one-sense-per-cable.js';
import { appendAll } from './pipeline.js';
import { extractQuantities, type QuantityOptions } from './quantities/index.js';
import { currenciesOfPost } from './quantities/refiners/local-currency.js';
import type { DateMention, Entity, Quantity } from './schema.js';

/** What {@link extract} finds. */
export interface Extraction {
  quantities: Quantity[];
  dates: DateMention[];
  entities: Entity[];
}

/** A stretch of the input the extractors read: the subject's text, or a paragraph's lines between page markers. */
interface Run {
  start: number;
  end: number;
  /** True for the subject's text. */
  subject?: boolean;
}

/**
 * The mentions of a cable. `input` is required: it is the string the cable was parsed from, and
 * every mention's offsets, lines and columns point into it, whatever the rendering (raw text,
 * markdown, a Cablegate page, a CSV row). A string of another length than the one parsed throws a
 * `TypeError` instead of giving wrong offsets.
 *
 * @example
 * const text = readFileSync('08ASTANA358.txt', 'utf8');
 * const { quantities, dates, entities } = extract(parseCable(text), text);
 */
export function extract(cable: Cable, input: string): Extraction {
  if (typeof input !== 'string' || cable.position.end.offset !== input.length)
    throw new TypeError('extract(cable, input): input must be the string the cable was parsed from');
  const index = lineIndex(input);
  const position = (start: number, end: number): Position => ({
    start: pointAt(index, start),
    end: pointAt(index, end),
  });
  // The text's date, else the caller's, else the archive's (a Cablegate page's creation date), as for the id's year.
  const reference = textDate(cable) ?? cable.date ?? cable.archive?.created ?? null;
  const result = headerMentions(cable, input, position, reference);
  const runs = bodyRuns(cable);
  const lowerWords = new Set<string>();
  for (const run of runs) lowerWordsOf(input.slice(run.start, run.end), lowerWords);
  // One options object per extractor, its offset moved from run to run (no object made per run).
  // The post's country's money, for currency names several countries share (`pesos` from Buenos Aires: ARS).
  const post = /^\d{2}([A-Z]+)/.exec(textId(cable) ?? '')?.[1];
  const quantityOptions: QuantityOptions = {
    offset: 0,
    position,
    currencies: post ? currenciesOfPost(post) : undefined,
  };
  const dateOptions: DateOptions = { offset: 0, position, reference, discourseYear: null };
  const untyped: UntypedName[] = [];
  const entityOptions = {
    offset: 0,
    position,
    acronyms: new Map<string, { kind: Entity['kind'] | null; expansion: string }>(),
    people: new Set<string>(),
    named: new Map(),
    places: addresseePlaces(cable),
    governments: post ? governmentsOfPost(post) : undefined,
    lowerWords,
    untyped,
  } satisfies EntityOptions;
  for (const run of runs) {
    const text = input.slice(run.start, run.end);
    quantityOptions.offset = dateOptions.offset = run.start;
    appendAll(result.quantities, extractQuantities(text, quantityOptions));
    const dates = extractDates(text, dateOptions);
    for (const date of dates)
      if ((date.kind === 'year' || date.kind === 'date') && !date.implied.includes('year'))
        dateOptions.discourseYear = Number((date.value ?? '').slice(0, 4)) || dateOptions.discourseYear;
    appendAll(result.dates, dates);
  }
  // Entities read the subject last: a subject in capitals (`RATHER CONCERNED ABOUT CHAVEZ`) names the people the
  // paragraphs name, whom the paragraphs make known first.
  for (const run of [...runs.filter((r) => !r.subject), ...runs.filter((r) => r.subject)]) {
    entityOptions.offset = run.start;
    appendAll(result.entities, extractEntities(input.slice(run.start, run.end), entityOptions));
  }
  // What a text left untyped, typed by what the whole cable named (a surname before the full name).
  const { people, acronyms } = entityOptions;
  const named: CableNames = { people, acronyms, lowerWords, kinds: kindsBySurface(result.entities) };
  appendAll(result.entities, typeByCable(untyped, named, input, position));
  const byStart = (a: { position: Position }, b: { position: Position }) =>
    a.position.start.offset - b.position.start.offset;
  result.dates.sort(byStart);
  result.entities.sort(byStart);
  result.quantities = outsideDates(result.quantities.sort(byStart), result.dates);
  // (An entity inside a date is the date's word: `FY` of `FY 2009`.)
  result.entities = oneSensePerCable(outsideDates(result.entities, result.dates), input);
  return result;
}

/** The subject's text after its keyword and portion mark, and each paragraph's lines between page markers. */
function bodyRuns(cable: Cable): Run[] {
  const runs: Run[] = [];
  for (const node of cable.children) {
    if (node.type === 'subject' && node.text && node.children.length > 0) {
      // The subject's text: its lines after the keyword and portion mark, one `text` child each.
      const last = node.children[node.children.length - 1] as Text;
      runs.push({
        start: (node.children[0] as Text).position.start.offset,
        end: last.position.end.offset,
        subject: true,
      });
    } else if (node.type === 'paragraph') {
      let first: number | null = null;
      let last = 0;
      for (const child of (node as Paragraph).children) {
        if (child.type === 'text') {
          first ??= child.position.start.offset;
          last = child.position.end.offset;
        } else if (first !== null) {
          runs.push({ start: first, end: last });
          first = null;
        }
      }
      if (first !== null) runs.push({ start: first, end: last });
    }
  }
  return runs;
}

/**
 * Drops the quantities (or entities) that lie inside a date (`October 21, 22 and 23`, `FY 2009`), durations apart.
 * Both lists sorted by start; one sweep, linear in their lengths.
 */
function outsideDates<T extends { position: Position }>(quantities: T[], dates: DateMention[]): T[] {
  const kept: T[] = [];
  let j = 0;
  let coveredTo = -1;
  for (const quantity of quantities) {
    const start = quantity.position.start.offset;
    for (; j < dates.length && (dates[j] as DateMention).position.start.offset <= start; j++) {
      const date = dates[j] as DateMention;
      if (date.kind !== 'duration') coveredTo = Math.max(coveredTo, date.position.end.offset);
    }
    if (coveredTo < quantity.position.end.offset) kept.push(quantity);
  }
  return kept;
}

/**
 * The words of the header's addressees after a post's office word (`AMEMBASSY TEHRAN` → TEHRAN): places of this
 * cable.
 */
function addresseePlaces(cable: Cable): Set<string> {
  const places = new Set<string>();
  for (const node of cable.children)
    if (node.type === 'fromLine' || node.type === 'addresseeList') {
      const named = node.type === 'fromLine' ? [node] : node.children.filter((child) => child.type === 'addressee');
      for (const item of named) {
        // The city after a post's office word (`AMEMBASSY TEHRAN`, `AMCONSUL NICE`); an agency's words are no place
        // (`JOINT STAFF WASHDC`, `CTF PROVIDE COMFORT`), nor an English word the lexicons list as no place.
        const words = item.name.split(/\s+/);
        if (!POST_PREFIXES.includes(words[0] as string)) continue;
        for (const word of words.slice(1))
          if (/^[A-Z]{4,}$/.test(word) && !/^(?:COLLECTIVE|IMMEDIATE|PRIORITY|ROUTINE|NIACT|WASHDC)$/.test(word))
            if (!isEnglishWord(word) || placeWeight(word) > 0) places.add(word);
      }
    }
  return places;
}

/**
 * The header's mentions, read where the tree places them: the DTG (`dtg.position`), the
 * declassification date of the E.O. line (`declassify.position`), the originator and
 * addressees as organizations (`namePosition`), and a signer as a person (the signature's span).
 * No text is searched again.
 */
function headerMentions(
  cable: Cable,
  input: string,
  position: (start: number, end: number) => Position,
  reference: string | null,
): Extraction {
  const result: Extraction = { quantities: [], dates: [], entities: [] };
  const datesAt = (at: Position) =>
    extractDates(input.slice(at.start.offset, at.end.offset), { offset: at.start.offset, reference, position });
  for (const node of cable.children) {
    if (node.type === 'dtgLine' && node.dtg.iso) appendAll(result.dates, datesAt(node.dtg.position));
    else if (node.type === 'executiveOrder' && node.declassify) {
      for (const date of datesAt(node.declassify.position)) if (date.kind === 'date') result.dates.push(date);
    } else if (node.type === 'fromLine') {
      const entity = nameEntity(input, node, position);
      if (entity) result.entities.push(entity);
    } else if (node.type === 'addresseeList')
      for (const item of node.children) {
        const entity = item.type === 'addressee' ? nameEntity(input, item, position) : null;
        if (entity) result.entities.push(entity);
      }
    else if (node.type === 'signature') {
      const entity = signerEntity(input, node, position);
      if (entity) result.entities.push(entity);
    }
  }
  return result;
}

/**
 * The signer of a signature that is one name and nothing else (`KISSINGER`, `ORDWAY`), a person at the
 * node's own span (its white space aside); a signature of several names or more text gives none.
 */
function signerEntity(
  input: string,
  node: Signature,
  position: (start: number, end: number) => Position,
): Entity | null {
  const [name] = node.names;
  if (node.names.length !== 1 || !name) return null;
  const written = input.slice(node.position.start.offset, node.position.end.offset);
  const start = node.position.start.offset + (written.length - written.trimStart().length);
  if (written.trim() !== name) return null;
  const end = start + name.length;
  return {
    type: 'entity',
    text: name,
    position: position(start, end),
    kind: 'person',
    title: null,
    acronym: null,
    expansion: null,
  };
}

/** The originator or an addressee as an organization, at its name's position. */
function nameEntity(
  input: string,
  item: FromLine | Addressee,
  position: (start: number, end: number) => Position,
): Entity | null {
  if (!item.name || !item.namePosition) return null;
  const { start, end } = { start: item.namePosition.start.offset, end: item.namePosition.end.offset };
  if (end <= start) return null;
  return {
    type: 'entity',
    text: input.slice(start, end),
    position: position(start, end),
    kind: 'organization',
    title: null,
    acronym: null,
    expansion: null,
  };
}
