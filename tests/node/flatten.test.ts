/**
 * Records as CSV (src/node/flatten.ts, written with csv-stringify): a CSV reader (csv-parse) reads back every
 * column, and a list cell is the JSON of the list, whatever its values hold (`|`, commas, quotes, line breaks).
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { CableRecord, parseCable, toRecord } from '../../src/index.js';
import { csvLine, csvRows, flattenRecord, RECORD_COLUMNS } from '../../src/node/flatten.js';

const TEXT =
  'R 210951Z FEB 08\nFM AMEMBASSY ASTANA\nUNCLAS ASTANA 000358\n\nTAGS: PREL, KZ\nSUBJECT: A, "B" | C\n\n' +
  '1. One | two, "three"\nand four.\n\n2. Five.\n';
const record = toRecord(parseCable(TEXT));

/** The CSV of records read back: the header, then one object per record keyed by it. */
function readBack(records: Array<typeof record>): Array<Record<string, string>> {
  const csv = csvRows([RECORD_COLUMNS]) + records.map((r) => csvLine(flattenRecord(r, undefined))).join('');
  const [header, ...rows] = parse(csv) as string[][];
  expect(header).toEqual(RECORD_COLUMNS);
  return rows.map((row) => Object.fromEntries(row.map((value, k) => [RECORD_COLUMNS[k], value])));
}

/** The dotted names of a schema's leaves (an object's fields, through null), as CSV columns flatten a record. */
function leaves(schema: z.core.$ZodType, prefix = ''): string[] {
  const inner = schema instanceof z.ZodNullable ? (schema.unwrap() as z.core.$ZodType) : schema;
  if (!(inner instanceof z.ZodObject)) return [prefix];
  return Object.entries(inner.shape).flatMap(([key, field]) =>
    leaves(field as z.core.$ZodType, prefix ? `${prefix}.${key}` : key),
  );
}

describe('records as CSV', () => {
  it('has a column for every field of the CableRecord, in its order, then where the cable came from', () => {
    expect(RECORD_COLUMNS).toEqual([...leaves(CableRecord), 'source.file', 'source.row']);
  });
  it('reads back: plain values as written, lists as JSON arrays, nested fields dotted, null empty', () => {
    const [row] = readBack([record]);
    expect(row?.subject).toBe('A, "B" | C');
    expect(JSON.parse(row?.paragraphs as string)).toEqual(['One | two, "three" and four.', 'Five.']);
    expect(JSON.parse(row?.tags as string)).toEqual(['PREL', 'KZ']);
    expect(row).toMatchObject({ id: '08ASTANA358', 'section.number': '', partial: 'false', 'source.file': '' });
    expect(row?.diagnostics).toBe(String(record.diagnostics));
    const telegram = toRecord(
      parseCable('PAGE 01 STATE 123456\nORIGIN EUR-12\nINFO OCT-01 /040 R\nDRAFTED BY EUR:JS\n'),
    );
    const [department] = readBack([telegram]);
    expect(department).toMatchObject({ drafter: telegram.drafter, 'distribution.action': '["EUR-12"]' });
    expect(JSON.parse(department?.['distribution.info'] as string)).toEqual(telegram.distribution?.info);
  });
  it('gives back any list of strings from its cell (a | join could not)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 6 }), (tags) => {
        const [row] = readBack([{ ...record, tags }]);
        expect(JSON.parse(row?.tags as string)).toEqual(tags);
      }),
      { numRuns: 200 },
    );
  });
  it('opens with a byte-order mark when asked', () => {
    expect(csvRows([['a', 'b']], true)).toBe('\ufeffa,b\n');
    expect(csvRows([['a', null, true, 3]])).toBe('a,,true,3\n');
  });
});
