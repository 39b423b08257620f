/**
 * `extract(cable)`: quantities, dates and entities over the subject and the paragraphs of a parsed
 * cable (page markers and paragraph numbers left out), plus the DTG, the declassification date and
 * the header's addressees; relative dates resolved against the cable's own date. Acronyms defined
 * in one paragraph are known in the next.
 */
import type { Cable, Paragraph } from '../ast.js';
import { pointAt, lineIndex } from '../position.js';
import { textDate } from '../record.js';
import { extractDates } from './dates/index.js';
import { extractEntities } from './entities.js';
import { extractQuantities } from './quantities/index.js';
import type { DateMention, Entity, Quantity } from './schema.js';

/** What {@link extract} finds. */
export interface Extraction {
  quantities: Quantity[];
  dates: DateMention[];
  entities: Entity[];
}

/**
 * The mentions of a cable. Offsets point into `input`, the string the cable was parsed from:
 * pass it for renderings other than raw text (markdown, HTML, CSV), where a node's text differs
 * from its source; without it, each node's text is taken as its source.
 *
 * @example
 * const { quantities, dates, entities } = extract(parseCable(text), text);
 */
export function extract(cable: Cable, input?: string): Extraction {
  const result: Extraction = { quantities: [], dates: [], entities: [] };
  const index = input === undefined ? null : lineIndex(input);
  const reference = textDate(cable) ?? cable.date;
  const acronyms = new Map<string, { kind: Entity['kind']; expansion: string }>();
  const people = new Set<string>();
  let discourseYear: number | null = null;
  // Positions of offsets: from the input's line table, or counted on the node's own line.
  const on = (line: number, column: number, start: number) => (from: number, to: number) =>
    index
      ? { start: pointAt(index, from), end: pointAt(index, to) }
      : {
          start: { line, column: column + from - start, offset: from },
          end: { line, column: column + to - start, offset: to },
        };
  // One span of text: its source (the input's slice, or the node's value) and where it starts.
  const run = (value: string, start: number, end: number, line: number, column: number) => {
    const text = input === undefined ? value : input.slice(start, end);
    const options = { offset: start, position: on(line, column, start) };
    result.quantities.push(...extractQuantities(text, options));
    const dates = extractDates(text, { ...options, reference, discourseYear });
    for (const date of dates)
      if (date.kind === 'year' || date.kind === 'date')
        discourseYear = Number((date.value ?? '').slice(0, 4)) || discourseYear;
    result.dates.push(...dates);
    result.entities.push(...extractEntities(text, { ...options, acronyms, people }));
  };
  for (const node of cable.children) {
    if (node.type === 'dtgLine' && node.dtg.iso) {
      // The DTG inside its line: found in the input, or after the prosign and one space.
      const start =
        input === undefined
          ? node.position.start.offset + (node.precedence ? node.precedence.written.length + 1 : 0)
          : input.indexOf(node.dtg.written, node.position.start.offset);
      if (start >= 0)
        result.dates.push(
          ...extractDates(node.dtg.written, {
            offset: start,
            reference,
            position: on(node.position.start.line, node.position.start.column, node.position.start.offset),
          }),
        );
    } else if (node.type === 'executiveOrder' && /DECL/i.test(node.instruction)) {
      // The declassification date (`DECL: 02/21/2018`, `DECL: JUNE 21, 2006`), read from the instruction.
      const source =
        input === undefined ? node.instruction : input.slice(node.position.start.offset, node.position.end.offset);
      const start =
        input === undefined ? node.position.end.offset - node.instruction.length : node.position.start.offset;
      const dates = extractDates(source, {
        offset: start,
        reference,
        position: on(node.position.start.line, node.position.start.column, node.position.start.offset),
      });
      result.dates.push(...dates.filter((d) => d.kind === 'date'));
    } else if (node.type === 'fromLine' || node.type === 'addresseeList') {
      // The originator and the addressees of the header are organizations.
      const named = node.type === 'fromLine' ? [node] : node.children.filter((child) => child.type === 'addressee');
      for (const item of named) {
        const from = item.position.start.offset + (node.type === 'fromLine' ? 3 : 0);
        const start =
          input === undefined
            ? from + (item.routingIndicator ? item.routingIndicator.length + 1 : 0)
            : input.indexOf(item.name.split(' ')[0] as string, from);
        if (start < 0 || !item.name) continue;
        const lastWord = item.name.split(' ').at(-1) as string;
        const lastAt = input === undefined ? -1 : input.indexOf(lastWord, start);
        // The name's end in the input; where the rendering changed its last word, the line's end.
        const end =
          input === undefined
            ? start + item.name.length
            : lastAt >= 0 && lastAt + lastWord.length <= item.position.end.offset
              ? lastAt + lastWord.length
              : item.position.end.offset;
        if (end <= start || start > item.position.end.offset) continue;
        const position = on(
          item.position.start.line,
          item.position.start.column,
          item.position.start.offset,
        )(start, end);
        result.entities.push({
          type: 'entity',
          text: input === undefined ? item.name : input.slice(start, end),
          position,
          kind: 'organization',
          title: null,
          acronym: null,
          expansion: null,
        });
      }
    } else if (node.type === 'subject' && node.text) {
      // The subject's text after its keyword and portion mark (in the input when given).
      const source = input === undefined ? null : input.slice(node.position.start.offset, node.position.end.offset);
      const head = source ? (/^\s*U?S?UBJ(?:ECT)?\s*[:.]?\s*(?:\([A-Z/]+\)\s*)?/i.exec(source)?.[0].length ?? 0) : 0;
      const start = source ? node.position.start.offset + head : node.position.end.offset - node.text.length;
      run(
        node.text,
        start,
        source ? node.position.end.offset : node.position.end.offset,
        node.position.start.line,
        node.position.start.column,
      );
    } else if (node.type === 'paragraph') {
      // The paragraph's lines between page markers, read as one run (a quantity or date may wrap).
      let lines: Array<Extract<Paragraph['children'][number], { type: 'text' }>> = [];
      const flush = () => {
        const first = lines[0];
        const last = lines.at(-1);
        if (first && last)
          run(
            lines.map((line) => line.value).join('\n'),
            first.position.start.offset,
            last.position.end.offset,
            first.position.start.line,
            first.position.start.column,
          );
        lines = [];
      };
      for (const child of (node as Paragraph).children) {
        if (child.type === 'text') lines.push(child);
        else flush();
      }
      flush();
    }
  }
  // A number that is part of a date (`October 21, 22 and 23`) is no quantity.
  const dated = result.dates.filter((d) => d.kind !== 'duration');
  result.quantities = result.quantities.filter(
    (q) =>
      !dated.some(
        (d) => d.position.start.offset <= q.position.start.offset && q.position.end.offset <= d.position.end.offset,
      ),
  );
  const order = <T extends { position: { start: { offset: number } } }>(list: T[]) =>
    list.sort((a, b) => a.position.start.offset - b.position.start.offset);
  order(result.quantities);
  order(result.dates);
  order(result.entities);
  return result;
}
