import { describe, expect, it } from 'vitest';
import { parseCable, toRecord } from '../../src/index.js';
import { renderGluedRow } from '../../src/render/glued-row.js';

// A plain-text copy in the shape of the seed, with a cables.csv row glued in after its header: row number,
// created, refid, origin, classification, no references, then the header and content columns (a tab between),
// each line ended by a backslash.
const HEADER = 'R 210951Z FEB 08\nFM AMEMBASSY ASTANA\nTO RUEHC/SECSTATE WASHDC 1822\n\n';
const ROW =
  '4242\t2008-02-21 09:51:00\t08ASTANA358\tEmbassy Astana\tUNCLASSIFIED\t\t' +
  'R 210951Z FEB 08\\\nFM AMEMBASSY ASTANA\\\nTO RUEHC/SECSTATE WASHDC 1822' +
  '\tU N C L A S ASTANA 000358 \\\n \\\nTAGS: SNAR KZ\\\nSUBJECT: DRUG REPORT \\\n \\\n1. The text.\\\n';
const INPUT = HEADER + ROW;

describe('renderGluedRow', () => {
  it('reads the leading columns as the archive says them, each with the span of its cell', () => {
    const rendered = renderGluedRow(INPUT);
    expect(rendered?.archive).toEqual({
      refid: '08ASTANA358',
      created: '2008-02-21 09:51:00',
      released: null,
      classification: 'UNCLASSIFIED',
      origin: 'Embassy Astana',
    });
    for (const cell of Object.values(rendered?.cells ?? {})) expect(INPUT.slice(cell.start, cell.end)).toBe(cell.value);
  });
  it('drops the columns and the backslashes before line breaks, and reads the tab as a blank line', () => {
    expect(renderGluedRow(INPUT)?.text).toBe(
      `${HEADER}R 210951Z FEB 08\nFM AMEMBASSY ASTANA\nTO RUEHC/SECSTATE WASHDC 1822\n\n` +
        'U N C L A S ASTANA 000358 \n \nTAGS: SNAR KZ\nSUBJECT: DRUG REPORT \n \n1. The text.\n',
    );
  });
  it('maps the rendered text back to the input', () => {
    const rendered = renderGluedRow(INPUT);
    const text = rendered?.text ?? '';
    const at = text.indexOf('TAGS: SNAR KZ');
    const start = rendered?.map.start(at) ?? -1;
    const end = rendered?.map.end(at + 'TAGS: SNAR KZ'.length) ?? -1;
    expect(INPUT.slice(start, end)).toBe('TAGS: SNAR KZ');
  });
  it('finds no row in a cable without one, nor where a tab follows no row of that shape', () => {
    expect(renderGluedRow(HEADER)).toBeNull();
    expect(renderGluedRow('Table 1:\t2008\tvalue\n')).toBeNull();
    expect(renderGluedRow('2008-02-21 09:51\tnot a cable id\tx\ty\t\tz')).toBeNull();
  });
  it('gives the parser the id and class of the content, and the archive metadata apart', () => {
    const cable = parseCable(INPUT);
    const record = toRecord(cable);
    expect(record.id).toBe('08ASTANA358');
    expect(record.classification).toBe('UNCLASSIFIED');
    expect(record.subject).toBe('DRUG REPORT');
    expect(cable.archive?.refid).toBe('08ASTANA358');
    const tags = cable.children.filter((node) => node.type === 'tags');
    expect(tags.map((node) => INPUT.slice(node.position.start.offset, node.position.end.offset))).toEqual([
      'TAGS: SNAR KZ',
    ]);
  });
});

// The same row with its leading columns one per line (references joined by `|`), the header written again after
// them, then the content: the shape some copies give.
const LINES_ROW =
  '4242\n2008-02-21 09:51:00\n08ASTANA358\nEmbassy Astana\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n08STATE12\n';
const LINES_INPUT = `${HEADER}${LINES_ROW}${HEADER}UNCLAS ASTANA 000358\n\nTAGS: SNAR KZ\nSUBJECT: DRUG REPORT\n`;

describe('renderGluedRow, the leading columns one per line', () => {
  it('reads them as the archive metadata and leaves a blank line in their place', () => {
    const rendered = renderGluedRow(LINES_INPUT);
    expect(rendered?.archive).toEqual({
      refid: '08ASTANA358',
      created: '2008-02-21 09:51:00',
      released: null,
      classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY',
      origin: 'Embassy Astana',
    });
    for (const cell of Object.values(rendered?.cells ?? {}))
      expect(LINES_INPUT.slice(cell.start, cell.end)).toBe(cell.value);
    expect(rendered?.text).toBe(LINES_INPUT.replace(LINES_ROW, '\n'));
  });
  it("gives a record whose header values, read twice, are listed once, and whose level is the text's", () => {
    const record = toRecord(parseCable(LINES_INPUT));
    expect([record.id, record.classification, record.caveats]).toEqual(['08ASTANA358', 'UNCLASSIFIED', []]);
    expect(record.to).toEqual([
      { routingIndicator: 'RUEHC', name: 'SECSTATE WASHDC', precedence: null, sequence: '1822', excluded: [] },
    ]);
  });
  it('takes no run of lines without the date with seconds and the refid', () => {
    expect(renderGluedRow('4242\n2008-02-21\n08ASTANA358\nEmbassy Astana\nUNCLASSIFIED\n\n')).toBeNull();
    expect(renderGluedRow('4242\n2008-02-21 09:51:00\nASTANA\nEmbassy Astana\nUNCLASSIFIED\n\n')).toBeNull();
  });
});
