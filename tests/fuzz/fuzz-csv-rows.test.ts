/**
 * The cables.csv splitter against a model writer: rows written with any field text, line ends and header row, cut
 * into any pieces, come out as the rows written, in order, each field as written; a stream cut anywhere loses at
 * most its last row. `npm test` runs a sample; `npm run fuzz` runs FUZZ_RUNS cases of each.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { type CsvRow, csvSplitter } from '../../src/node/csv-rows.js';
import { renderCsvRow } from '../../src/render/csv.js';
import { csvArchive, csvArchiveText, csvFieldText, csvRow } from './generators.js';
import { checkProperty } from './properties.js';

/** The rows of a text pushed in the pieces the cut offsets make. */
function split(text: string, cuts: number[]): CsvRow[] {
  const splitter = csvSplitter(1 << 20);
  const got: CsvRow[] = [];
  let at = 0;
  for (const cut of cuts.map((c) => c % (text.length + 1)).sort((a, b) => a - b)) {
    got.push(...splitter.push(text.slice(at, cut)));
    at = cut;
  }
  got.push(...splitter.push(text.slice(at)), ...splitter.end());
  return got;
}

/** The header and content of a row's text, as the parser's rendering reads them. */
const fieldsOf = (text: string) => {
  const rendered = renderCsvRow(text);
  return { refid: rendered?.archive.refid, text: rendered?.text, unterminated: rendered?.unterminated ?? null };
};

it('splits any cables.csv into the rows written, in order, whatever the pieces and line ends', () => {
  const property = fc.property(csvArchive, (model) => {
    const got = split(csvArchiveText(model), model.cuts);
    expect(got.map((r) => r.row)).toEqual(model.rows.map((_, k) => k + 1));
    expect(got.map((r) => fieldsOf(r.text))).toEqual(
      model.rows.map((r, k) => ({
        refid: `08ASTANA${1001 + k}`,
        text: `${r.header}\n\n${r.content}`,
        unterminated: null,
      })),
    );
  });
  checkProperty('csvArchive', property, 500);
});

it('loses at most the last row of a cables.csv cut anywhere', () => {
  const rows = fc.array(fc.record({ header: csvFieldText, content: csvFieldText }), { minLength: 1, maxLength: 8 });
  const property = fc.property(rows, fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(), (written, f, piece) => {
    const lines = written.map((r, k) => `${csvRow(k + 1, r.header, r.content)}\n`);
    const whole = lines.join('');
    const cut = Math.floor(whole.length * f);
    const got = split(whole.slice(0, cut), [piece, piece * 7, piece * 13]);
    // Every row whose line end came before the cut is there whole; the last one, maybe cut, after them.
    let end = 0;
    const complete = lines.filter((line) => (end += line.length) <= cut).length;
    for (let k = 0; k < complete; k++)
      expect(fieldsOf(got[k]?.text ?? '').text).toBe(`${written[k]?.header}\n\n${written[k]?.content}`);
    expect(got.length - complete).toBeLessThanOrEqual(1);
    expect(got.map((r) => r.row)).toEqual(got.map((_, k) => k + 1));
  });
  checkProperty('csvCut', property, 300);
});
