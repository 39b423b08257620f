import { describe, expect, it } from 'vitest';
import { parseCable } from '../../src/index.js';
import { blocks, span } from '../helpers.js';

describe('executiveOrder', () => {
  it('parses N/A', () => {
    const text = 'E.O. 12958: N/A';
    expect(blocks(text)).toEqual([
      { type: 'executiveOrder', position: span(text, text), order: '12958', instruction: 'N/A', declassify: null },
    ]);
  });
  it('parses MM/DD/YYYY and YYYY/MM/DD dates', () => {
    expect(blocks('E.O. 12958: DECL: 02/21/2018')[0]).toMatchObject({
      declassify: { written: '02/21/2018', iso: '2018-02-21' },
    });
    expect(blocks('E.O. 13526: DECL: 2019/12/31')[0]).toMatchObject({
      order: '13526',
      declassify: { iso: '2019-12-31' },
    });
  });
  it('parses spellings without dots or colon, and two-digit years', () => {
    expect(blocks('EO 12958 DECL: 6/3/18')[0]).toMatchObject({ order: '12958', declassify: { iso: '2018-06-03' } });
  });
  it('parses DECL alone and OADR', () => {
    expect(blocks('DECL: OADR')[0]).toMatchObject({ order: null, instruction: 'DECL: OADR', declassify: null });
  });
  it('reports CG301 for an impossible date', () => {
    const cable = parseCable('E.O. 12958: DECL: 13/45/2018');
    expect(cable.children[0]).toMatchObject({ declassify: { written: '13/45/2018', iso: null } });
    expect(cable.diagnostics.map((d) => d.code)).toEqual(['CG301']);
  });
});
