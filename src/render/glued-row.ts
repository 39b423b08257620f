/**
 * A cables.csv row glued into a plain-text copy of a cable (a rendering bug of web copies of
 * Cablegate): at the start of a line, the row's leading columns (an optional row number, then
 * created, refid, origin, classification, references), each ended by a tab, then its header and
 * content columns, a tab between them, with a backslash before each line break (the escaping of
 * MySQL's dump, which the copy kept). The leading columns are the archive's metadata, read apart
 * from the text; the backslashes go, and the tab between the columns becomes a blank line, so the
 * content's classification line starts a line as it did in the cable.
 *
 * ```
 * 76571→2006-08-29 17:54:00→06BERN1593→Embassy Bern→CONFIDENTIAL→→VZCZCXRO0211\
 * OO RUEHDBU RUEHFL\
 * ... PRIORITY 0095→C O N F I D E N T I A L BERN 001593 \
 * ```
 *
 * Columns as CABLE-FORMAT §3 (4) lists them: `id, date, refid, origin, classification, references,
 * header, content`. Other copies write the leading columns one per line, each line a column, the
 * header and content then following as lines of their own:
 *
 * ```
 * 51272
 * 2006-01-31 14:22:00
 * 06MEXICO505
 * Embassy Mexico
 * CONFIDENTIAL
 * 06MEXICO251|06MEXICO255
 * ```
 */
import type { ArchiveCell, ArchiveMetadata } from './html.js';
import { renderBuilder, type OffsetMap } from './offset-map.js';

// The leading columns: row number (optional), created (`YYYY-MM-DD HH:MM[:SS]`), refid (a cable id
// shape: two digits of year, then letters), origin, classification, references; each tab-ended.
const LEADING_COLUMNS = new RegExp(
  /^(?:\d{1,9}\t)?(\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?)\t/.source +
    /(\d{2}[A-Z][A-Z0-9-]*)\t([^\t\n]*)\t([^\t\n]*)\t[^\t\n]*\t/.source,
  'm',
);
// The same columns one per line: row number, created (with seconds), refid, origin, classification, references
// (cable ids joined by `|`, or an empty line).
const LEADING_LINES = new RegExp(
  /^\d{1,9}\n(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})\n(\d{2}[A-Z][A-Z0-9-]*)\n([A-Z][^\n]*)\n/.source +
    /([A-Z][A-Z /]*)\n(?:\d{2}[A-Z][A-Z0-9-]*(?:\|\d{2}[A-Z][A-Z0-9-]*)*)?\n/.source,
  'm',
);
// In the row's text: a backslash that ends a line (or the text), and the tab between header and content.
const ROW_ESCAPE = /\\(?=\r?\n|$)|\t/g;

/** The text of a cable with a glued row undone, its map to the input, and the row's metadata. */
export interface RenderedGluedRow {
  text: string;
  map: OffsetMap;
  archive: ArchiveMetadata;
  cells: Partial<Record<keyof ArchiveMetadata, ArchiveCell>>;
}

/** The archive's metadata in the row's leading columns (created, refid, origin, classification). */
function metadataOf(row: RegExpExecArray): Pick<RenderedGluedRow, 'archive' | 'cells'> {
  const cells: RenderedGluedRow['cells'] = {};
  const archive: ArchiveMetadata = { refid: null, created: null, released: null, classification: null, origin: null };
  let from = row.index + row[0].indexOf(row[1] as string);
  (['created', 'refid', 'origin', 'classification'] as const).forEach((field, k) => {
    const value = row[k + 1] as string;
    if (value) {
      archive[field] = value;
      cells[field] = { value, start: from, end: from + value.length };
    }
    from += value.length + 1;
  });
  return { archive, cells };
}

/** Undoes the leading columns written one per line: they go from the text (a blank line in their place). */
function renderLeadingLines(input: string): RenderedGluedRow | null {
  const row = LEADING_LINES.exec(input);
  if (!row) return null;
  const out = renderBuilder(input);
  out.copy(0, row.index);
  out.replace(row.index, row.index + row[0].length, '\n', true);
  out.copy(row.index + row[0].length, input.length);
  return { ...out.finish(), ...metadataOf(row) };
}

/** Undoes a cables.csv row glued into `input`, or returns null when there is none. */
export function renderGluedRow(input: string): RenderedGluedRow | null {
  // A cable's own text has no tab at a line start after a date: one native search first.
  if (!input.includes('\t')) return input.includes(':00\n') ? renderLeadingLines(input) : null;
  const row = LEADING_COLUMNS.exec(input);
  if (!row) return null;
  const { archive, cells } = metadataOf(row);
  const out = renderBuilder(input);
  out.copy(0, row.index);
  let at = row.index + row[0].length;
  out.replace(row.index, at, '', true);
  ROW_ESCAPE.lastIndex = at;
  for (let mark = ROW_ESCAPE.exec(input); mark; mark = ROW_ESCAPE.exec(input)) {
    out.copy(at, mark.index);
    out.replace(mark.index, mark.index + 1, mark[0] === '\t' ? '\n\n' : '', true);
    at = mark.index + 1;
  }
  out.copy(at, input.length);
  return { ...out.finish(), archive, cells };
}
