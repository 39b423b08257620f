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
 * fields are what the archive says (`archive`). Streams of rows are split by `readArchive`
 * (csv-parse); this reads one row, with the offsets of its characters.
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

/** Splits the first row of `input` into fields; notes an unterminated quote. */
function fieldsOf(input: string): { fields: Field[]; end: number; unterminated: number | null } {
  const fields: Field[] = [];
  let i = 0;
  let unterminated: number | null = null;
  while (i <= input.length) {
    if (input[i] === '"') {
      const open = i;
      i++;
      const start = i;
      while (i < input.length && input[i] !== '"') i += input[i] === '\\' ? 2 : 1;
      if (i >= input.length) {
        unterminated = open;
        fields.push({ start, end: input.length, quoted: true });
        return { fields, end: input.length, unterminated };
      }
      fields.push({ start, end: i, quoted: true });
      i++;
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
  return { fields, end: i, unterminated };
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
