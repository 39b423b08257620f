import { describe, expect, it } from 'vitest';
import { parseCable, toRecord } from '../../src/index.js';
import { looksLikeCsvRow, renderCsvRow } from '../../src/render/csv.js';
import { treeProblems } from '../tree-check.js';

/** A cables.csv row of our own, in the file's shape: quoted fields, `\"` escapes, line breaks inside. */
const ROW =
  '"7","2/21/2008 9:51","08ASTANA358","Embassy Astana","UNCLASSIFIED","07ASTANA1234|07STATE5678","R 210951Z ' +
  'FEB 08\nFM AMEMBASSY ASTANA\nTO RUEHC/SECSTATE WASHDC 1822","UNCLAS SECTION 01 OF 02 ASTANA ' +
  '000358\n\nSUBJECT: THE \\"DRUG FREE CITY\\" PROGRAM\n\n1. The text, with a comma.\n\nORDWAY"\n';

describe('cablegate-csv rendering', () => {
  it('is detected by its row number and date', () => {
    expect(looksLikeCsvRow(ROW)).toBe(true);
    expect(looksLikeCsvRow('UNCLAS ASTANA 000358')).toBe(false);
  });
  it('reads header and content as the text, escapes undone, and the other fields as metadata', () => {
    const row = renderCsvRow(ROW);
    expect(row?.text).toBe(
      'R 210951Z FEB 08\nFM AMEMBASSY ASTANA\nTO RUEHC/SECSTATE WASHDC 1822\n\nUNCLAS SECTION 01 OF 02 ASTANA ' +
        '000358\n\nSUBJECT: THE "DRUG FREE CITY" PROGRAM\n\n1. The text, with a comma.\n\nORDWAY',
    );
    expect(row?.archive).toEqual({
      refid: '08ASTANA358',
      created: '2008-02-21 09:51',
      released: null,
      classification: 'UNCLASSIFIED',
      origin: 'Embassy Astana',
    });
    expect(row?.references).toEqual(['07ASTANA1234', '07STATE5678']);
  });
  it('gives positions into the row, escapes inside their nodes', () => {
    const cable = parseCable(ROW);
    expect(cable.format).toBe('cablegate-csv');
    const subject = cable.children.find((n) => n.type === 'subject');
    expect(subject && ROW.slice(subject.position.start.offset, subject.position.end.offset)).toBe(
      'SUBJECT: THE \\"DRUG FREE CITY\\" PROGRAM',
    );
    expect(toRecord(cable)).toMatchObject({
      id: '08ASTANA358',
      subject: 'THE "DRUG FREE CITY" PROGRAM',
      signers: ['ORDWAY'],
      archive: { refid: '08ASTANA358' },
      diagnostics: 0,
    });
    expect(treeProblems(ROW)).toEqual([]);
  });
  it('reads a truncated row as far as it goes, with CG920', () => {
    const cable = parseCable(ROW.slice(0, ROW.indexOf('1. The text')));
    expect(cable.diagnostics.map((d) => d.code)).toEqual(['CG920']);
    expect(toRecord(cable).subject).toBe('THE "DRUG FREE CITY" PROGRAM');
  });
  it('reads the first of several rows, with CG921', () => {
    const cable = parseCable(ROW + ROW.replace('"7"', '"8"'));
    expect(cable.diagnostics.map((d) => d.code)).toEqual(['CG921']);
    expect(toRecord(cable).id).toBe('08ASTANA358');
  });
  it('reads unquoted fields and a row with fewer fields', () => {
    expect(
      renderCsvRow('1,2/21/2008 9:51,08ASTANA358,Embassy Astana,UNCLASSIFIED,,R 210951Z FEB 08,UNCLAS ASTANA 000358')
        ?.text,
    ).toBe('R 210951Z FEB 08\n\nUNCLAS ASTANA 000358');
    expect(renderCsvRow('1,2/21/2008 9:51,08ASTANA358')?.text).toBe('');
  });
});
