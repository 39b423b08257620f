import { describe, expect, it } from 'vitest';
import { dtgLine } from '../../src/grammar/dtg-line.js';
import type { Line } from '../../src/grammar/lines.js';
import { parseCable } from '../../src/index.js';
import { span } from '../helpers.js';
import { nodeOf, readWith } from './read.js';

describe('dtgLine', () => {
  it('parses a two-digit year, the DTG with its own position', () => {
    const text = 'R 210951Z FEB 08  ';
    const { read, reading, diagnostics } = readWith(dtgLine, text);
    expect(read?.node).toEqual({
      type: 'dtgLine',
      position: span(text, 'R 210951Z FEB 08'),
      precedence: { written: 'R', meant: 'ROUTINE' },
      dtg: { written: '210951Z FEB 08', iso: '2008-02-21T09:51:00Z', position: span(text, '210951Z FEB 08') },
      signals: [],
    });
    expect(diagnostics).toEqual([]);
    // The DTG's year dates the references after it.
    expect(reading.state.year).toBe('08');
  });
  it('parses a four-digit year and operating signals', () => {
    const text = 'O 301956Z MAY 1975 ZFF-4';
    expect(nodeOf(dtgLine, text)).toEqual({
      type: 'dtgLine',
      position: span(text, text),
      precedence: { written: 'O', meant: 'IMMEDIATE' },
      dtg: { written: '301956Z MAY 1975', iso: '1975-05-30T19:56:00Z', position: span(text, '301956Z MAY 1975') },
      signals: ['ZFF-4'],
    });
  });
  it('reads 31-99 as the 1900s', () => {
    expect(nodeOf(dtgLine, 'P 061232Z MAR 79')?.dtg.iso).toBe('1979-03-06T12:32:00Z');
  });
  it('reports CG101 when the date is impossible', () => {
    const text = 'R 321299Z FEB 08';
    const { read, diagnostics } = readWith(dtgLine, text);
    expect(read?.node.dtg).toEqual({ written: '321299Z FEB 08', iso: null, position: span(text, '321299Z FEB 08') });
    expect(diagnostics).toEqual([
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
  it('reports CG101 with what the grammar expected when the time is missing', () => {
    const text = 'R 21 FEB 08';
    const { read, diagnostics } = readWith(dtgLine, text);
    expect(read?.node).toEqual({
      type: 'dtgLine',
      position: span(text, text),
      precedence: { written: 'R', meant: 'ROUTINE' },
      dtg: { written: '21 FEB 08', iso: null, position: span(text, '21 FEB 08') },
      signals: [],
    });
    expect(diagnostics).toEqual([
      {
        code: 'CG101',
        severity: 'error',
        message: 'Expected a DTG like `210951Z FEB 08`, found `21 FEB 08`',
        position: span(text, text),
        expected: 'a DTG like `210951Z FEB 08`',
        actual: '21 FEB 08',
      },
    ]);
  });
  it('parses a spaced prosign pair (kept as written) and relay notes after the DTG', () => {
    const text = 'O R 041614Z FEB 10     (CCY ADX1C30B8 ICTOQ0621-623)';
    expect(nodeOf(dtgLine, text)).toEqual({
      type: 'dtgLine',
      position: span(text, text),
      precedence: { written: 'O R', meant: 'IMMEDIATE' },
      dtg: { written: '041614Z FEB 10', iso: '2010-02-04T16:14:00Z', position: span(text, '041614Z FEB 10') },
      signals: ['(CCY', 'ADX1C30B8', 'ICTOQ0621-623)'],
    });
  });
  it('parses the date line of partial-extract pages: no prosign, the month capitalized', () => {
    const text = '091423Z Mar 06';
    expect(nodeOf(dtgLine, text)).toEqual({
      type: 'dtgLine',
      position: span(text, text),
      precedence: null,
      dtg: { written: text, iso: '2006-03-09T14:23:00Z', position: span(text, text) },
      signals: [],
    });
  });
  it('ends a text that stood open before it: a prosign and a whole DTG alone on a line are no prose', () => {
    const kinds = parseCable(
      'Restricted by caption. UNCLASSIFIED ASTANA 00000358\nR 210951Z FEB 08\nFM AMEMBASSY ASTANA',
    ).children.map((node) => node.type);
    expect(kinds).toEqual(['paragraph', 'dtgLine', 'fromLine']);
    expect(dtgLine.interrupts?.({ value: 'O 301956Z MAY 75 ZFF-4' } as Line)).toBe(true);
    expect(dtgLine.interrupts?.({ value: 'R 210951Z FEB 08 THE MINISTER SAID' } as Line)).toBe(false);
  });
});
