/**
 * A row of the Cablegate `cables.csv` (about 1.7 GB; 251,287 rows): eight fields, quoted with `"`,
 * a backslash escaping the next character (`\"`), line breaks inside quotes.
 *
 * ```
 * "1","12/28/1966 18:48","66BUENOSAIRES2481","Embassy Buenos Aires","UNCLASSIFIED","","R 281848Z DEC 66\nFM
 * ...","UNCLAS ..."
 *  └┬┘ └──────┬───────┘  └───────┬───────┘   └──────┬───────────┘  └────┬─────┘  └┬┘ └──────┬─────────┘  └───┬────┘
 *  row     created          refid              origin          classification  references  header         content
 * ```
 * The text the grammar reads is the header and the content, a blank line between; the other
 * fields are what the archive says (`archive`). This reads one row, with the offsets of its
 * characters; `readArchive` splits streams of rows by the same rules ({@link scanQuoted}):
 * - a quote closes its field only before a comma, a line end or the end (else it is text);
 * - `\"` is an escaped quote, unless it certainly ends the row (the last field ending in a
 *   backslash the file did not escape): at the very end of the text, or before a line end and a
 *   line that opens like a row;
 * - inside quotes, a line end before a line that opens like a row ends the row: its quote never
 *   closed (a row cut short, CG920), and the next row is not swallowed.
 */
import type { ArchiveCell, ArchiveMetadata } from './html.js';
import { renderBuilder, type OffsetMap } from './offset-map.js';

/** The rendered text of a row, its map, its metadata, and what went wrong reading it. */
export interface RenderedCsvRow {
  text: string;
  map: OffsetMap;
  archive: ArchiveMetadata;
  /** Where the metadata fields stand in the input. */
  cells: Partial<Record<keyof ArchiveMetadata, ArchiveCell>>;
  /** The reference ids of the `references` field (`|`-separated). */
  references: string[];
  /** Set when the row ends inside a quoted field (a truncated file), at the offset of the opening quote. */
  unterminated: number | null;
  /** Offset where the next row starts, or null when the input holds one row only. */
  nextRow: number | null;
}

/** True when `input` opens like a cables.csv row: a row number, then a `MM/DD/YYYY hh:mm` date. */
export function looksLikeCsvRow(input: string): boolean {
  return /^\s*"?\d+"?,"?\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}"?,/.test(input);
}

interface Field {
  /** Span of the field's value, quotes excluded. */
  start: number;
  end: number;
  quoted: boolean;
}

const [BACKSLASH, QUOTE, COMMA, LF, CR] = [92, 34, 44, 10, 13];

/**
 * The opening of a cables.csv row, tried at one place (sticky): a row number, then a `MM/DD/YYYY hh:mm` date, each
 * maybe quoted. No cable's text has a line that opens so.
 */
const ROW_OPENING = /"?\d{1,9}"?,"?\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}/y;
/** Characters enough to tell whether a row opens at a place. */
const OPENING_LENGTH = 48;

/** Whether a cables.csv row opens at `at`: null when the text ends too soon to say and more of it may come. */
export function rowOpensAt(text: string, at: number, ended: boolean): boolean | null {
  ROW_OPENING.lastIndex = at;
  if (ROW_OPENING.test(text)) return true;
  return !ended && text.length - at < OPENING_LENGTH ? null : false;
}

/** The offset after the line end at `at` (`\r\n` is one). */
const afterLineEnd = (text: string, at: number) =>
  at + (text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === LF ? 2 : 1);

/**
 * Whether the quote before `after` closes its field (see the rules above); null when the text ends too soon to
 * say and more may come. `escaped`: the quote follows a backslash.
 */
function quoteCloses(text: string, after: number, ended: boolean, escaped: boolean): boolean | null {
  if (after >= text.length) return ended ? true : null;
  const c = text.charCodeAt(after);
  if (!escaped) return c === COMMA || c === CR || c === LF;
  if (c !== CR && c !== LF) return false;
  if (c === CR && after + 1 >= text.length && !ended) return null;
  // Before a line end, it closes only when a row opens next: at the end of a stream (`\"` and a line break) it is
  // a row cut short just after an escaped quote as likely as a last field ending in a backslash; CG920 says so.
  return rowOpensAt(text, afterLineEnd(text, after), ended);
}

/** How a quoted field ends: closed (`end` its value's end, `next` after the quote), open, or not known yet. */
export type QuotedScan =
  | { kind: 'closed'; end: number; next: number }
  | { kind: 'open'; end: number }
  | { kind: 'more'; at: number };

const QUOTED_SPECIAL = /[\\"\r\n]/g;

/**
 * Scans a quoted field from `from` (just after its opening quote, or where an earlier scan asked for more) to its
 * closing quote. `open`: the field never closes: the text ends (`ended`), or a line end at `end` comes before a
 * line that opens like a row. `more`: the text ends before that can be told; scan again from `at` with more text.
 */
export function scanQuoted(text: string, from: number, ended: boolean): QuotedScan {
  let i = from;
  for (;;) {
    QUOTED_SPECIAL.lastIndex = i;
    const found = QUOTED_SPECIAL.exec(text);
    if (!found) return ended ? { kind: 'open', end: text.length } : { kind: 'more', at: text.length };
    i = found.index;
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      if (i + 1 >= text.length) return ended ? { kind: 'open', end: text.length } : { kind: 'more', at: i };
      if (text.charCodeAt(i + 1) === QUOTE) {
        const closes = quoteCloses(text, i + 2, ended, true);
        if (closes === null) return { kind: 'more', at: i };
        if (closes) return { kind: 'closed', end: i + 1, next: i + 2 };
      }
      i += 2;
    } else if (c === QUOTE) {
      const closes = quoteCloses(text, i + 1, ended, false);
      if (closes === null) return { kind: 'more', at: i };
      if (closes) return { kind: 'closed', end: i, next: i + 1 };
      i++;
    } else {
      if (c === CR && i + 1 >= text.length && !ended) return { kind: 'more', at: i };
      const next = afterLineEnd(text, i);
      const opens = rowOpensAt(text, next, ended);
      if (opens === null) return { kind: 'more', at: i };
      if (opens) return { kind: 'open', end: i };
      i = next;
    }
  }
}

/** Splits the first row of `input` into fields; notes an unterminated quote. */
function fieldsOf(input: string): { fields: Field[]; end: number; unterminated: number | null } {
  const fields: Field[] = [];
  let i = 0;
  while (i <= input.length) {
    if (input[i] === '"') {
      const scan = scanQuoted(input, i + 1, true);
      if (scan.kind !== 'closed') {
        fields.push({ start: i + 1, end: scan.kind === 'open' ? scan.end : input.length, quoted: true });
        return { fields, end: scan.kind === 'open' ? scan.end : input.length, unterminated: i };
      }
      fields.push({ start: i + 1, end: scan.end, quoted: true });
      i = scan.next;
    } else {
      const start = i;
      while (i < input.length && input[i] !== ',' && input[i] !== '\n' && input[i] !== '\r') i++;
      fields.push({ start, end: i, quoted: false });
    }
    if (input[i] === ',') {
      i++;
      continue;
    }
    break;
  }
  return { fields, end: i, unterminated: null };
}

/** The value of a field, escapes undone. */
function fieldValue(input: string, field: Field | undefined): string {
  if (!field) return '';
  const raw = input.slice(field.start, field.end);
  return field.quoted ? raw.replace(/\\([\s\S])/g, '$1') : raw;
}

/** `12/28/1966 18:48` → `1966-12-28 18:48` (the Cablegate pages' form); other text as it is. */
function createdOf(written: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})/.exec(written.trim());
  if (!match) return written.trim() || null;
  const [, m, d, y, h, min] = match as unknown as [string, string, string, string, string, string];
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')} ${h.padStart(2, '0')}:${min}`;
}

/** Reads the first row of `input`; null when it is no cables.csv row. */
export function renderCsvRow(input: string): RenderedCsvRow | null {
  if (!looksLikeCsvRow(input)) return null;
  const { fields, end, unterminated } = fieldsOf(input);
  const out = renderBuilder(input);
  let last = 0;
  // Header (field 7) and content (field 8): their characters are the text, escapes undone.
  [fields[6], fields[7]].forEach((field, k) => {
    if (!field) return;
    out.replace(last, field.start, k === 0 ? '' : '\n\n', true);
    let at = field.start;
    if (field.quoted) {
      for (let i = field.start; i < field.end; i++) {
        if (input[i] !== '\\' || i + 1 >= field.end) continue;
        out.copy(at, i);
        out.replace(i, i + 2, input[i + 1] as string);
        at = i + 2;
        i++;
      }
    }
    out.copy(at, field.end);
    last = field.end;
  });
  out.replace(last, input.length, '', true);
  const rest = input.slice(end).replace(/^[\r\n]+/, '');
  const cells: RenderedCsvRow['cells'] = {};
  const cell = (name: keyof ArchiveMetadata, field: Field | undefined) => {
    if (field && field.end > field.start)
      cells[name] = { value: fieldValue(input, field), start: field.start, end: field.end };
  };
  cell('created', fields[1]);
  cell('refid', fields[2]);
  cell('origin', fields[3]);
  cell('classification', fields[4]);
  return {
    ...out.finish(),
    cells,
    archive: {
      refid: fieldValue(input, fields[2]).trim() || null,
      created: createdOf(fieldValue(input, fields[1])),
      released: null,
      classification: fieldValue(input, fields[4]).trim() || null,
      origin: fieldValue(input, fields[3]).trim() || null,
    },
    references: fieldValue(input, fields[5])
      .split('|')
      .map((ref) => ref.trim())
      .filter(Boolean),
    unterminated,
    nextRow: rest.trim() ? input.length - rest.length : null,
  };
}
