/**
 * A cables.csv cut into pieces on its bytes (what `jobs: N` sends to workers): the rows of the pieces, split one by
 * one and numbered on, are the rows of the whole stream, whatever the line ends, backslashes, quotes that never
 * close, lines inside quotes that open like rows, characters of several bytes, and sizes of pieces and reads.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvPieces, openingLength } from '../../src/node/csv-pieces.js';
import { type CsvRow, csvSplitter, pieceRows } from '../../src/node/csv-rows.js';

/** The rows of a whole text, split at once. */
function wholeRows(text: string, maxBytes: number): CsvRow[] {
  const split = csvSplitter(maxBytes);
  return [...split.push(text), ...split.end()];
}

/** The rows of a text read in pieces of `pieceBytes` from reads of `readBytes`, numbered on from piece to piece. */
async function piecedRows(text: string, maxBytes: number, pieceBytes: number, readBytes: number) {
  const bytes = Buffer.from(text);
  const reads = [];
  for (let at = 0; at < bytes.length; at += readBytes) reads.push(bytes.subarray(at, at + readBytes));
  const rows: CsvRow[] = [];
  let pieces = 0;
  for await (const piece of csvPieces(Readable.from(reads), maxBytes, pieceBytes)) {
    const found = 'rows' in piece ? piece.rows : pieceRows(new TextDecoder().decode(piece.bytes), piece.last, maxBytes);
    const base = rows.length;
    rows.push(...found.map((r) => ({ ...r, row: r.row + base })));
    pieces++;
  }
  return { rows, pieces };
}

const opening = (n: number) => `"${n}","2/21/2008 9:51","08ASTANA${1000 + n}","Embassy Astana","UNCLASSIFIED","",`;
/** Field text with what cuts and splits turn on, as a file may hold it (raw: backslashes not escaped by us). */
const fieldText = fc
  .array(
    fc.constantFrom(
      'Text, ',
      '\\"',
      '\\',
      '\\\\',
      '"',
      '\n',
      '\r\n',
      '\r',
      '\n"9","1/2/2003 10:11",',
      '\\\n"9","1/2/2003 10:11",',
      '\\\r"9","1/2/2003 10:11",',
      '\\\r\n"9","1/2/2003 10:11",',
      'caf\u00e9 \u4e2d\u6587 \u{1f600}',
      '9/9/1999 9:99',
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));
const archive = fc.record({
  bom: fc.boolean(),
  header: fc.boolean(),
  rows: fc.array(
    fc.record({
      header: fieldText,
      content: fieldText,
      close: fc.constantFrom('"', '\\"', ''),
      end: fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\njunk, no row\n', ''),
    }),
    { maxLength: 14 },
  ),
  pieceBytes: fc.integer({ min: 1, max: 400 }),
  readBytes: fc.integer({ min: 1, max: 300 }),
});

describe('csvPieces', () => {
  it('reads the opening of a row as ROW_OPENING of csv.ts does, and says when the bytes end too soon', () => {
    const ROW_OPENING = /"?\d{1,9}"?,"?\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}/y;
    const text = fc.array(fc.constantFrom('"', '1', '12', '2008', ',', '/', ' ', ':', '0', 'x', '\n'), {
      maxLength: 20,
    });
    fc.assert(
      fc.property(text, (parts) => {
        const input = parts.join('');
        ROW_OPENING.lastIndex = 0;
        const match = ROW_OPENING.exec(input);
        const length = openingLength(Buffer.from(input), 0);
        if (length === null) expect(match).toBeNull();
        else expect(length).toBe(match ? match[0].length : 0);
      }),
      { numRuns: 3000, seed: 20261201 },
    );
    expect(openingLength(Buffer.from('"12","2/21/2008 9:51","x"'), 0)).toBe(20);
    expect(openingLength(Buffer.from('"12","2/21/2008 9:5'), 0)).toBeNull();
    expect(openingLength(Buffer.from('"1234567890","2/21/2008 9:51"'), 0)).toBe(0);
  });
  it('gives the rows of the whole stream, numbered as in it, whatever the pieces (property)', async () => {
    await fc.assert(
      fc.asyncProperty(archive, async (model) => {
        const text =
          (model.bom ? '\ufeff' : '') +
          (model.header ? 'id,date,refid,origin,classification,references,header,content\n' : '') +
          model.rows.map((r, k) => `${opening(k + 1)}"${r.header}","${r.content}${r.close}${r.end}`).join('');
        const { rows } = await piecedRows(text, 1 << 26, model.pieceBytes, model.readBytes);
        expect(rows).toEqual(wholeRows(text, 1 << 26));
      }),
      { numRuns: 1500, seed: 20261201 },
    );
  });
  it('cuts a stream into pieces of about the size asked, and splits a stretch with no row opening here', async () => {
    const rows = Array.from({ length: 200 }, (_, k) => `${opening(k + 1)}"H","${'1. Text.\n'.repeat(20)}"\n`);
    const text = rows.join('');
    const pieced = await piecedRows(text, 1 << 26, 4096, 1000);
    expect(pieced.rows).toEqual(wholeRows(text, 1 << 26));
    expect(pieced.pieces).toBeGreaterThan(text.length / 4096 / 2);
    expect(pieced.pieces).toBeLessThan(text.length / 4096 + 2);
    // One row of 100 KB in pieces of 512 bytes: no row opens within 16 pieces' worth, so it is split as it comes.
    const long = `${rows[0]}${opening(2)}"H","${'x\n'.repeat(50_000)}"\n${rows[2]}`;
    expect((await piecedRows(long, 1 << 26, 512, 700)).rows).toEqual(wholeRows(long, 1 << 26));
  });
  it('reports a row too long in its piece with its row number, and goes on at the next row', async () => {
    const rows = Array.from(
      { length: 40 },
      (_, k) => `${opening(k + 1)}"H","${'1. Text.\n'.repeat(k === 20 ? 900 : 5)}"\n`,
    );
    const text = rows.join('');
    const { rows: found } = await piecedRows(text, 4000, 1024, 333);
    expect(found).toEqual(wholeRows(text, 4000));
    expect(found.filter((r) => r.error).map((r) => r.row)).toEqual([21]);
    expect(found).toHaveLength(40);
  });
  it('ends a stream that breaks off in a row that says so, after the rows it completed', async () => {
    const text = `${opening(1)}"H","1. Text."\n${opening(2)}"H","1. Te`;
    async function* broken() {
      yield Buffer.from(text);
      throw new Error('EIO');
    }
    const pieces = [];
    for await (const piece of csvPieces(broken(), 1 << 26, 1 << 20)) pieces.push(piece);
    expect(pieces).toEqual([
      {
        rows: [
          { row: 1, text: `${opening(1)}"H","1. Text."` },
          { row: 2, text: '', error: 'the CSV breaks off: EIO' },
        ],
      },
    ]);
  });
});
