/**
 * The driver: zones (routing header, the text's opening lines, the body), precedence by the table's order, and
 * the one fallback (`unknownLine` with a diagnostic).
 */
import { describe, expect, it } from 'vitest';
import { CONSTRUCTS } from '../../src/grammar/constructs.js';
import { parseCable } from '../../src/index.js';
import { blocks } from '../helpers.js';

const types = (text: string) => blocks(text).map((b) => b.type);

describe('the driver', () => {
  it('reads a routing header, then the text', () => {
    const text =
      'VZCZCXRO3532\nRR RUEHAST\nDE RUEHTA #0358/01 0520951\nZNR UUUUU ZZH\nR 210951Z FEB 08\nFM AMEMBASSY ASTANA\n' +
      'TO RUEHC/SECSTATE WASHDC 1822\n\nUNCLAS ASTANA 000358\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: SNAR, KZ\n' +
      'SUBJECT: A SUBJECT\n\n1. Text.\n\nORDWAY';
    expect(types(text)).toEqual([
      'transmissionId',
      'routingLine',
      'originatorLine',
      'securityLine',
      'dtgLine',
      'fromLine',
      'addresseeList',
      'classificationLine',
      'caption',
      'executiveOrder',
      'tags',
      'subject',
      'paragraph',
      'signature',
    ]);
  });
  it('reads each construct by its own shape wherever it stands (fragments, no textbook order)', () => {
    expect(types('TAGS: PREL\n\nUNCLAS ASTANA 000358')).toEqual(['tags', 'classificationLine']);
    expect(types('1. Text.\n\nSUBJECT: LATE')).toEqual(['paragraph', 'subject']);
  });
  it('keeps header lines to the header zones: `FM` and `TO` in the body are prose', () => {
    expect(types('1. Text.\n\nFM THE MINISTER WE HEARD NOTHING.')).toEqual(['paragraph', 'paragraph']);
    expect(types('1. Text.\n\nTO THE MINISTER WE SAID NOTHING.')).toEqual(['paragraph', 'paragraph']);
  });
  it('gives precedence by the table: a TO page break stays in the address list of a header', () => {
    const header = blocks('FM AMEMBASSY ASTANA\nTO SECSTATE WASHDC\nTO PAGE 02 STATE 012345 121212Z\nAMEMBASSY KABUL');
    expect(header.map((b) => b.type)).toEqual(['fromLine', 'addresseeList']);
    expect(types('1. Text.\n\nTO PAGE 02 STATE 012345 121212Z')).toEqual(['paragraph', 'pageMarker']);
  });
  it('leaves the zone as it was after a page marker inside a routing header', () => {
    const text = 'R 210951Z FEB 08\nASTANA 00000358 002 OF 002\nFM AMEMBASSY ASTANA';
    expect(types(text)).toEqual(['dtgLine', 'pageMarker', 'fromLine']);
  });
  it('falls back to unknownLine and CG100 in a routing header; a numbered line there is a paragraph', () => {
    const cable = parseCable('R 210951Z FEB 08\n%%% GARBLED %%%\n1. The text began.');
    expect(cable.children.map((b) => b.type)).toEqual(['dtgLine', 'unknownLine', 'paragraph']);
    expect(cable.diagnostics.map((d) => d.code)).toEqual(['CG100']);
  });
  it('cuts a field line that lost its line breaks where the next field starts, before the body', () => {
    expect(types('E.O. 12958: DECL: 01/07/2014 TAGS: PREL SUBJECT: A SUBJECT')).toEqual([
      'executiveOrder',
      'tags',
      'subject',
    ]);
    // In the body, prose is left whole unless its line opens with a field keyword.
    expect(types('1. The text.\n\nWE DISCUSSED TAGS: AND MORE.')).toEqual(['paragraph', 'paragraph']);
  });
  it('lists every construct once, the paragraph last', () => {
    const names = CONSTRUCTS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.at(-1)).toBe('paragraph');
  });
});
