/**
 * CableRecords as CSV rows: lists joined with `|`, nested objects as dotted columns, lists of
 * objects by their main value (an addressee's name, a reference's id or text, a paragraph's text).
 */
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

type Flat = Record<string, string | number | boolean | null>;

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
    if (Array.isArray(value)) flat[prefix] = value.map(mainValue).join('|');
    else if (value !== null && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) walk(`${prefix}.${key}`, inner);
    else flat[prefix] = (value as string | number | boolean | null) ?? null;
  };
  for (const [key, value] of Object.entries(record)) walk(key, value);
  flat['source.file'] = source?.file ?? null;
  flat['source.row'] = source?.row ?? null;
  return flat;
}

/** A CSV field: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV line of a record (with its line break). */
export function csvLine(flat: Flat): string {
  return `${RECORD_COLUMNS.map((column) => csvField(flat[column])).join(',')}\n`;
}
