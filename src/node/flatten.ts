/**
 * CableRecords as CSV rows: nested objects as dotted columns, lists as JSON arrays (`["SNAR","ASEC"]`: a `|` join
 * could not be split back where a value holds a `|`), lists of objects by their main value (an addressee's name,
 * a reference's id or text, a paragraph's text). csv-stringify writes the fields.
 */
import { stringify } from 'csv-stringify/sync';
import type { CableRecord } from '../record.js';

/** The CSV columns, in order: the record's fields flattened, then where the cable came from. */
export const RECORD_COLUMNS: readonly string[] = [
  'id',
  'transmissionId',
  'precedence',
  'routingIndicators',
  'originStation',
  'stationSerial',
  'transmissionSection',
  'filingTime',
  'dtg',
  'from',
  'to',
  'info',
  'distribution.action',
  'distribution.info',
  'drafter',
  'approver',
  'classification',
  'caveats',
  'section.number',
  'section.of',
  'executiveOrder.order',
  'executiveOrder.declassify',
  'executiveOrder.raw',
  'tags',
  'subject',
  'references',
  'classifiedBy.name',
  'classifiedBy.title',
  'classifiedBy.reasons',
  'summary',
  'paragraphs',
  'signers',
  'partial',
  'archive.refid',
  'archive.created',
  'archive.released',
  'archive.classification',
  'archive.origin',
  'diagnostics',
  'source.file',
  'source.row',
];

/** A CSV field's value: null is an empty field, a boolean `true` or `false`. */
type Field = string | number | boolean | null;
type Flat = Record<string, Field>;

/** The main value of one element of a list. */
function mainValue(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(value ?? '');
  const object = value as Record<string, unknown>;
  if ('name' in object) return String(object.name ?? '');
  if ('id' in object && 'text' in object) return String(object.id ?? object.text ?? '');
  if ('text' in object) return String(object.text ?? '');
  return JSON.stringify(value);
}

/** One record as a flat object keyed by {@link RECORD_COLUMNS}. */
export function flattenRecord(
  record: CableRecord,
  source: { file: string | null; row: number | null } | undefined,
): Flat {
  const flat: Flat = {};
  const walk = (prefix: string, value: unknown) => {
    if (Array.isArray(value)) flat[prefix] = JSON.stringify(value.map(mainValue));
    else if (value !== null && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) walk(`${prefix}.${key}`, inner);
    else flat[prefix] = (value as string | number | boolean | null) ?? null;
  };
  for (const [key, value] of Object.entries(record)) walk(key, value);
  flat['source.file'] = source?.file ?? null;
  flat['source.row'] = source?.row ?? null;
  return flat;
}

/**
 * CSV rows, each with its line break, as csv-stringify writes them: a field quoted when it holds a comma, a quote
 * or a line break, quotes doubled; null an empty field; booleans `true` and `false`. `bom` puts a byte-order mark
 * first (spreadsheets that take a file for UTF-8 only then).
 *
 * @example
 * csvRows([['id', 'subject'], ['08ASTANA358', 'DRUG, CRIME']]) // 'id,subject\n08ASTANA358,"DRUG, CRIME"\n'
 */
export function csvRows(rows: ReadonlyArray<readonly Field[]>, bom = false): string {
  return stringify(rows as Field[][], { bom, cast: { boolean: String } });
}

/** The CSV line of a record (with its line break). */
export function csvLine(flat: Flat): string {
  return csvRows([RECORD_COLUMNS.map((column) => flat[column] ?? null)]);
}
