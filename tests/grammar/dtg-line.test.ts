import { describe, expect, it } from 'vitest';
import { parseCable } from '../../src/index.js';
import { blocks, span } from '../helpers.js';

describe('dtgLine', () => {
  it('parses a two-digit year', () => {
    const text = 'R 210951Z FEB 08  ';
    expect(blocks(text)).toEqual([
      {
        type: 'dtgLine',
        position: span(text, 'R 210951Z FEB 08'),
        precedence: { written: 'R', meant: 'ROUTINE' },
        dtg: { written: '210951Z FEB 08', iso: '2008-02-21T09:51:00Z' },
        signals: [],
      },
    ]);
  });
  it('parses a four-digit year and operating signals', () => {
    const text = 'O 301956Z MAY 1975 ZFF-4';
    expect(blocks(text)[0]).toMatchObject({
      precedence: { meant: 'IMMEDIATE' },
      dtg: { iso: '1975-05-30T19:56:00Z' },
      signals: ['ZFF-4'],
    });
  });
  it('reads 70-99 as the 1900s', () => {
    expect(blocks('P 061232Z MAR 79')[0]).toMatchObject({ dtg: { iso: '1979-03-06T12:32:00Z' } });
  });
  it('reports CG101 when the date is impossible', () => {
    const text = 'R 321299Z FEB 08';
    const cable = parseCable(text);
    expect(cable.children[0]).toMatchObject({ type: 'dtgLine', dtg: { written: '321299Z FEB 08', iso: null } });
    expect(cable.diagnostics).toEqual([
      {
        code: 'CG101',
        severity: 'error',
        message:
          'Expected a DTG like `210951Z FEB 08`, found `321299Z FEB 08` (a day, hour, minute or month out of range)',
        position: span(text, text),
        expected: 'DDHHMMZ MON YY',
        actual: '321299Z FEB 08',
      },
    ]);
  });
  it('reports CG101 when the time is missing', () => {
    const cable = parseCable('R 21 FEB 08');
    expect(cable.diagnostics[0]).toMatchObject({
      code: 'CG101',
      message: 'Expected a DTG like `210951Z FEB 08`, found `21 FEB 08`',
    });
  });
  it('parses a spaced prosign pair and relay notes after the DTG', () => {
    expect(blocks('O R 041614Z FEB 10     (CCY ADX1C30B8 ICTOQ0621-623)')[0]).toMatchObject({
      precedence: { written: 'OR', meant: 'IMMEDIATE' },
      dtg: { iso: '2010-02-04T16:14:00Z' },
      signals: ['(CCY', 'ADX1C30B8', 'ICTOQ0621-623)'],
    });
  });
});
