/**
 * The cables.csv row splitter on rows written here in the file's shape: line ends of every kind mixed, a header
 * row, fields ending in a backslash, rows cut short or never closed, rows too long, text arriving in any pieces.
 * The properties against a model writer are in tests/fuzz/fuzz-csv-rows.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { renderCsvRow } from '../../src/render/csv.js';
import { type CsvRow, csvSplitter, opensLikeCsv } from '../../src/node/csv-rows.js';

import { csvRow as row } from '../fuzz/generators.js';

const HEADER = 'R 210951Z FEB 08\nFM AMEMBASSY ASTANA';
const content = (n: number) => `UNCLAS ASTANA 00${1000 + n}\n\nSUBJECT: ROW ${n}, WITH \\ AND "QUOTES"\n\n1. Text.\n`;

/** All the rows of a text, pushed in pieces of `size` characters. */
function split(text: string, size = 1 << 20, maxBytes = 1 << 26): CsvRow[] {
  const splitter = csvSplitter(maxBytes);
  const rows: CsvRow[] = [];
  for (let at = 0; at < text.length; at += size) rows.push(...splitter.push(text.slice(at, at + size)));
  rows.push(...splitter.end());
  return rows;
}

/** The header and content a row's text holds, as the parser's rendering reads them. */
const fieldsOf = (text: string) => {
  const rendered = renderCsvRow(text);
  return { refid: rendered?.archive.refid, text: rendered?.text, unterminated: rendered?.unterminated ?? null };
};

describe('csvSplitter', () => {
  it('reads rows ending in \\n, \\r\\n and \\r, mixed, as one row each (1,780 rows)', () => {
    const ends = ['\n', '\r\n', '\r'];
    const text = Array.from({ length: 1780 }, (_, k) => row(k + 1, HEADER, content(k + 1)) + ends[k % 3]).join('');
    for (const size of [1 << 20, 4096, 7]) {
      const rows = split(text, size);
      expect(rows).toHaveLength(1780);
      expect(rows.map((r) => r.row)).toEqual(Array.from({ length: 1780 }, (_, k) => k + 1));
      expect(rows.map((r) => fieldsOf(r.text).refid)).toEqual(
        Array.from({ length: 1780 }, (_, k) => `08ASTANA${1001 + k}`),
      );
    }
    expect(fieldsOf(split(text)[4]?.text ?? '').text).toBe(`${HEADER}\n\n${content(5)}`);
  });
  it('reads a first row of column names as a header, not a row, and skips blank lines and a byte-order mark', () => {
    const names = 'id,date,refid,origin,classification,references,header,content';
    const text = `\ufeff${names}\r\n\r\n${row(1, HEADER, content(1))}\n\n\n${row(2, HEADER, content(2))}`;
    expect(split(text).map((r) => [r.row, fieldsOf(r.text).refid])).toEqual([
      [1, '08ASTANA1001'],
      [2, '08ASTANA1002'],
    ]);
  });
  it('ends a field in a backslash where the row ends, written escaped or not', () => {
    const escaped = row(1, HEADER, 'UNCLAS ASTANA 001001\n\n1. A path: C:\\TEMP\\');
    const unescaped = `${row(2, HEADER, 'UNCLAS ASTANA 001002\n\n1. A path: C:\\TEMP').slice(0, -1)}\\"`;
    // A header field ending in a backslash the file did not escape runs on into the content (one row still).
    const headerless = `"3","2/21/2008 9:51","08ASTANA1003","","","","FM AMEMBASSY ASTANA\\","UNCLAS ASTANA 001003"`;
    const rows = split(`${escaped}\n${unescaped}\r\n${headerless}\r${row(4, HEADER, content(4))}\n`);
    expect(rows.map((r) => fieldsOf(r.text))).toEqual([
      { refid: '08ASTANA1001', text: `${HEADER}\n\nUNCLAS ASTANA 001001\n\n1. A path: C:\\TEMP\\`, unterminated: null },
      { refid: '08ASTANA1002', text: `${HEADER}\n\nUNCLAS ASTANA 001002\n\n1. A path: C:\\TEMP\\`, unterminated: null },
      { refid: '08ASTANA1003', text: 'FM AMEMBASSY ASTANA","UNCLAS ASTANA 001003', unterminated: null },
      { refid: '08ASTANA1004', text: `${HEADER}\n\n${content(4)}`, unterminated: null },
    ]);
  });
  it('keeps an escaped quote before a line end inside the text', () => {
    const text = row(1, HEADER, 'UNCLAS ASTANA 001001\n\n1. He said "no"\nand left.');
    expect(text).toContain('\\"no\\"\n');
    expect(split(text).map((r) => fieldsOf(r.text).text)).toEqual([
      `${HEADER}\n\nUNCLAS ASTANA 001001\n\n1. He said "no"\nand left.`,
    ]);
  });
  it('ends a row whose quote never closes where the next row opens, so it costs that row alone', () => {
    const broken = row(2, HEADER, content(2)).slice(0, -30);
    const rows = split([row(1, HEADER, content(1)), broken, row(3, HEADER, content(3))].join('\n'));
    expect(rows.map((r) => [r.row, fieldsOf(r.text).refid, fieldsOf(r.text).unterminated !== null])).toEqual([
      [1, '08ASTANA1001', false],
      [2, '08ASTANA1002', true],
      [3, '08ASTANA1003', false],
    ]);
  });
  it('gives a truncated last row as far as it goes', () => {
    const text = [1, 2, 3].map((n) => row(n, HEADER, content(n))).join('\n');
    const rows = split(text.slice(0, text.lastIndexOf('1. Text')), 100);
    expect(rows.map((r) => [r.row, fieldsOf(r.text).refid, fieldsOf(r.text).unterminated !== null])).toEqual([
      [1, '08ASTANA1001', false],
      [2, '08ASTANA1002', false],
      [3, '08ASTANA1003', true],
    ]);
  });
  it('reports a row longer than maxBytes and goes on at the next row', () => {
    const long = row(2, HEADER, `UNCLAS ASTANA 001002\n\n1. ${'x'.repeat(5000)}`);
    const never = `"3","2/21/2008 9:51","08ASTANA1003","","","","","${'y\n'.repeat(3000)}`;
    for (const size of [1 << 20, 333]) {
      const rows = split([row(1, HEADER, content(1)), long, never, row(4, HEADER, content(4))].join('\n'), size, 4000);
      expect(rows.map((r) => [r.row, r.error ?? fieldsOf(r.text).refid])).toEqual([
        [1, '08ASTANA1001'],
        [2, 'the row is longer than 4000 characters (maxBytes): a quote that never closes?'],
        [3, 'the row is longer than 4000 characters (maxBytes): a quote that never closes?'],
        [4, '08ASTANA1004'],
      ]);
    }
  });
  it('reads a very long row in small pieces in linear time (each piece is not a new scan of the row)', () => {
    const long = row(1, HEADER, `UNCLAS ASTANA 001001\n\n1. ${'word '.repeat(2_000_000)}`);
    const rows = split(`${long}\n${row(2, HEADER, content(2))}`, 1000);
    expect(rows.map((r) => r.text.length)).toEqual([long.length, row(2, HEADER, content(2)).length]);
  });
});

describe('opensLikeCsv', () => {
  it('knows a cables.csv by its first row, after a header row too', () => {
    expect(opensLikeCsv(row(1, HEADER, content(1)))).toBe(true);
    expect(opensLikeCsv(`\ufeffid,date,refid\n${row(1, HEADER, content(1))}`)).toBe(true);
    expect(opensLikeCsv('1,2/21/2008 9:51,08ASTANA1001')).toBe(true);
    expect(opensLikeCsv('UNCLAS ASTANA 000358\n\n1. Text.')).toBe(false);
    expect(opensLikeCsv('id,date,refid\nUNCLAS ASTANA 000358')).toBe(false);
  });
});
