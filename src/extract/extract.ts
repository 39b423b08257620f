/**
 * `extract(cable, input)`: quantities, dates and entities over the subject and the paragraphs of a
 * parsed cable (page markers and paragraph numbers left out), plus the DTG, the declassification
 * date and the header's originator and addressees; relative dates resolved against the cable's
 * own date. What one paragraph defines (acronyms, people) is known in the next, and the header's
 * addressee cities are known places.
 */
import type { Cable, Paragraph } from '../ast.js';
import { type LineIndex, lineIndex, pointAt, type Position } from '../position.js';
import { textDate } from '../record.js';
import { type DateOptions, extractDates } from './dates/index.js';
import { type EntityOptions, extractEntities, lowerWordsOf } from './entities/index.js';
import { appendAll } from './pipeline.js';
import { extractQuantities, type QuantityOptions } from './quantities/index.js';
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
  const reference = textDate(cable) ?? cable.date;
  const result = headerMentions(cable, input, index, reference);
  const runs = bodyRuns(cable, input);
  const lowerWords = new Set<string>();
  for (const run of runs) lowerWordsOf(input.slice(run.start, run.end), lowerWords);
  // One options object per extractor, its offset moved from run to run (no object made per run).
  const quantityOptions: QuantityOptions = { offset: 0, position };
  const dateOptions: DateOptions = { offset: 0, position, reference, discourseYear: null };
  const entityOptions: EntityOptions = {
    offset: 0,
    position,
    acronyms: new Map<string, { kind: Entity['kind']; expansion: string }>(),
    people: new Set<string>(),
    places: addresseePlaces(cable),
    lowerWords,
  };
  for (const run of runs) {
    const text = input.slice(run.start, run.end);
    quantityOptions.offset = dateOptions.offset = entityOptions.offset = run.start;
    appendAll(result.quantities, extractQuantities(text, quantityOptions));
    const dates = extractDates(text, dateOptions);
    for (const date of dates)
      if ((date.kind === 'year' || date.kind === 'date') && !date.implied.includes('year'))
        dateOptions.discourseYear = Number((date.value ?? '').slice(0, 4)) || dateOptions.discourseYear;
    appendAll(result.dates, dates);
    appendAll(result.entities, extractEntities(text, entityOptions));
  }
  const byStart = (a: { position: Position }, b: { position: Position }) =>
    a.position.start.offset - b.position.start.offset;
  result.dates.sort(byStart);
  result.entities.sort(byStart);
  result.quantities = outsideDates(result.quantities.sort(byStart), result.dates);
  return result;
}

const SUBJECT_HEAD = /^\s*U?S?UBJ(?:ECT)?\s*[:.]?\s*(?:\([A-Z/]+\)\s*)?/i;

/** The subject's text after its keyword and portion mark, and each paragraph's lines between page markers. */
function bodyRuns(cable: Cable, input: string): Run[] {
  const runs: Run[] = [];
  for (const node of cable.children) {
    if (node.type === 'subject' && node.text) {
      const { start, end } = { start: node.position.start.offset, end: node.position.end.offset };
      const head = SUBJECT_HEAD.exec(input.slice(start, end))?.[0].length ?? 0;
      runs.push({ start: start + head, end });
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
 * Drops the quantities that lie inside a date (`October 21, 22 and 23`), durations apart. Both
 * lists sorted by start; one sweep, linear in their lengths.
 */
function outsideDates(quantities: Quantity[], dates: DateMention[]): Quantity[] {
  const kept: Quantity[] = [];
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
 * The words of the header's addressees after their office word (`AMEMBASSY TEHRAN` → TEHRAN):
 * places of this cable.
 */
function addresseePlaces(cable: Cable): Set<string> {
  const places = new Set<string>();
  for (const node of cable.children)
    if (node.type === 'fromLine' || node.type === 'addresseeList') {
      const named = node.type === 'fromLine' ? [node] : node.children.filter((child) => child.type === 'addressee');
      for (const item of named)
        for (const word of item.name.split(/\s+/).slice(1))
          if (/^[A-Z]{4,}$/.test(word) && !/^(?:COLLECTIVE|IMMEDIATE|PRIORITY|ROUTINE|NIACT|WASHDC)$/.test(word))
            places.add(word);
    }
  return places;
}

/**
 * The header's mentions: the DTG, the declassification date of the E.O. line, and the originator
 * and addressees as organizations. Read here from the lines' own text; the grammar will give
 * these values their own positions, and this function is the one to swap for them.
 */
function headerMentions(cable: Cable, input: string, index: LineIndex, reference: string | null): Extraction {
  const result: Extraction = { quantities: [], dates: [], entities: [] };
  const position = (start: number, end: number): Position => ({
    start: pointAt(index, start),
    end: pointAt(index, end),
  });
  for (const node of cable.children) {
    if (node.type === 'dtgLine' && node.dtg.iso) {
      const start = input.indexOf(node.dtg.written, node.position.start.offset);
      if (start >= 0) appendAll(result.dates, extractDates(node.dtg.written, { offset: start, reference, position }));
    } else if (node.type === 'executiveOrder' && /DECL/i.test(node.instruction)) {
      // The declassification date (`DECL: 02/21/2018`, `DECL: JUNE 21, 2006`), read from the line.
      const start = node.position.start.offset;
      const dates = extractDates(input.slice(start, node.position.end.offset), { offset: start, reference, position });
      appendAll(
        result.dates,
        dates.filter((d) => d.kind === 'date'),
      );
    } else if (node.type === 'fromLine' || node.type === 'addresseeList') {
      const named = node.type === 'fromLine' ? [node] : node.children.filter((child) => child.type === 'addressee');
      for (const item of named) {
        const entity = addresseeEntity(input, item, node.type === 'fromLine' ? 3 : 0, position);
        if (entity) result.entities.push(entity);
      }
    }
  }
  return result;
}

/**
 * The originator or an addressee as an organization: its name in the input, or the line's end where
 * the rendering changed its last word.
 */
function addresseeEntity(
  input: string,
  item: { name: string; position: Position },
  keyword: number,
  position: (start: number, end: number) => Position,
): Entity | null {
  if (!item.name) return null;
  const start = input.indexOf(item.name.split(' ')[0] as string, item.position.start.offset + keyword);
  if (start < 0 || start > item.position.end.offset) return null;
  const lastWord = item.name.split(' ').at(-1) as string;
  const lastAt = input.indexOf(lastWord, start);
  const end =
    lastAt >= 0 && lastAt + lastWord.length <= item.position.end.offset
      ? lastAt + lastWord.length
      : item.position.end.offset;
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
