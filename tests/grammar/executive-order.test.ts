import { describe, expect, it } from 'vitest';
import { executiveOrder } from '../../src/grammar/executive-order.js';
import { span } from '../helpers.js';
import { nodeOf, readWith } from './read.js';

describe('executiveOrder', () => {
  it('parses N/A', () => {
    const text = 'E.O. 12958: N/A';
    expect(nodeOf(executiveOrder, text)).toEqual({
      type: 'executiveOrder',
      position: span(text, text),
      order: '12958',
      instruction: 'N/A',
      declassify: null,
    });
  });
  it('parses MM/DD/YYYY and YYYY/MM/DD dates, each with where it stands', () => {
    const text = 'E.O. 12958: DECL: 02/21/2018';
    expect(nodeOf(executiveOrder, text)).toEqual({
      type: 'executiveOrder',
      position: span(text, text),
      order: '12958',
      instruction: 'DECL: 02/21/2018',
      declassify: { written: '02/21/2018', iso: '2018-02-21', position: span(text, '02/21/2018') },
    });
    expect(nodeOf(executiveOrder, 'E.O. 13526: DECL: 2019/12/31')).toMatchObject({
      order: '13526',
      declassify: { iso: '2019-12-31' },
    });
  });
  it('parses spellings without dots or colon, and two-digit years', () => {
    expect(nodeOf(executiveOrder, 'EO 12958 DECL: 6/3/18')).toMatchObject({
      order: '12958',
      declassify: { iso: '2018-06-03' },
    });
  });
  it('parses dates with the month named, day first or month first, after DECL or DECLASSIFIED', () => {
    const text = 'E.O. 12958: DECL: 08 OCTOBER 2019';
    expect(nodeOf(executiveOrder, text)).toMatchObject({
      declassify: { written: '08 OCTOBER 2019', iso: '2019-10-08', position: span(text, '08 OCTOBER 2019') },
    });
    const amended = 'E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006';
    expect(nodeOf(executiveOrder, amended)).toMatchObject({
      declassify: { written: 'JUNE 21, 2006', iso: '2006-06-21', position: span(amended, 'JUNE 21, 2006') },
    });
    expect(nodeOf(executiveOrder, 'E.O. 12958: DECL: Sept. 3 2015')).toMatchObject({
      declassify: { iso: '2015-09-03' },
    });
    expect(nodeOf(executiveOrder, 'E.O. 12958: DECL: TWENTY YEARS')).toMatchObject({ declassify: null });
  });
  it('parses DECL alone and OADR', () => {
    const text = 'DECL: OADR';
    expect(nodeOf(executiveOrder, text)).toEqual({
      type: 'executiveOrder',
      position: span(text, text),
      order: null,
      instruction: 'DECL: OADR',
      declassify: null,
    });
  });
  it('reports CG301 for an impossible date', () => {
    const text = 'E.O. 12958: DECL: 13/45/2018';
    const { read, diagnostics } = readWith(executiveOrder, text);
    expect(read?.node.declassify).toEqual({ written: '13/45/2018', iso: null, position: span(text, '13/45/2018') });
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['CG301', 'Expected a declassification date like `02/21/2018` or `2019/12/31`, found `13/45/2018`'],
    ]);
  });
  it('reports CG301 for an impossible date with the month named', () => {
    const { read, diagnostics } = readWith(executiveOrder, 'E.O. 12958: DECL: 31 JUNE 2019');
    expect(read?.node.declassify?.iso).toBeNull();
    expect(diagnostics.map((d) => d.code)).toEqual(['CG301']);
  });
  it('interrupts prose only with its number and colon', () => {
    const lines = readWith(executiveOrder, 'E.O. 12958: N/A\nEO 12958 GDS').reading.lines;
    expect(lines.map((line) => executiveOrder.interrupts?.(line))).toEqual([true, false]);
  });
});
