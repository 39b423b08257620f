import { describe, expect, it } from 'vitest';
import { parseCable } from '../../src/index.js';
import { blocks, span } from '../helpers.js';

describe('classificationLine', () => {
  it('parses the seed line with section, origin and serial', () => {
    const text = 'UNCLAS SECTION 01 OF 02 ASTANA 000358';
    expect(blocks(text)).toEqual([
      {
        type: 'classificationLine',
        position: span(text, text),
        classification: { written: 'UNCLAS', meant: 'UNCLASSIFIED' },
        caveats: [],
        section: { number: 1, of: 2 },
        origin: 'ASTANA',
        serial: '000358',
      },
    ]);
  });
  it('parses spaced-out letters', () => {
    expect(blocks('C O N F I D E N T I A L SECTION 01 OF 03 ASTANA 000123')[0]).toMatchObject({
      classification: { written: 'C O N F I D E N T I A L', meant: 'CONFIDENTIAL' },
      section: { number: 1, of: 3 },
      origin: 'ASTANA',
      serial: '000123',
    });
    expect(blocks('S E C R E T STATE 012345')[0]).toMatchObject({
      classification: { meant: 'SECRET' },
      origin: 'STATE',
      serial: '012345',
    });
  });
  it('parses caveats after slashes and words', () => {
    expect(blocks('SECRET//NOFORN')[0]).toMatchObject({ classification: { meant: 'SECRET' }, caveats: ['NOFORN'] });
    expect(blocks('UNCLAS SENSITIVE ASTANA 000358')[0]).toMatchObject({ caveats: ['SENSITIVE'], origin: 'ASTANA' });
    expect(blocks('LIMITED OFFICIAL USE')[0]).toMatchObject({ classification: { meant: 'LIMITED OFFICIAL USE' } });
  });
  it('parses a multi-word origin', () => {
    expect(blocks('C O N F I D E N T I A L RIO DE JANEIRO 000044')[0]).toMatchObject({
      origin: 'RIO DE JANEIRO',
      serial: '000044',
    });
  });
  it('does not read prose that starts with a level word', () => {
    expect(blocks('SECRET POLICE ARRESTED THE DEMONSTRATORS.')[0]?.type).toBe('paragraph');
  });
  it('reports CG201 for an impossible section', () => {
    expect(parseCable('UNCLAS SECTION 03 OF 02 ASTANA 000358').diagnostics.map((d) => d.code)).toEqual(['CG201']);
  });
  it('reports CG202 when the security warning disagrees', () => {
    expect(
      parseCable('ZNR UUUUU ZZH\nR 210951Z FEB 08\n\nCONFIDENTIAL ASTANA 000358').diagnostics.map((d) => d.code),
    ).toEqual(['CG202']);
  });
});
