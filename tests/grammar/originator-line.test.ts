import { describe, expect, it } from 'vitest';
import { originatorLine } from '../../src/grammar/originator-line.js';
import { span } from '../helpers.js';
import { nodeOf } from './read.js';

describe('originatorLine', () => {
  it('parses station, serial, section and filing time', () => {
    const text = 'DE RUEHTA #0358/01 0520951  ';
    expect(nodeOf(originatorLine, text)).toEqual({
      type: 'originatorLine',
      position: span(text, 'DE RUEHTA #0358/01 0520951'),
      station: 'RUEHTA',
      serial: '0358',
      section: { written: '01', meant: 1 },
      filingTime: '0520951',
    });
  });
  it('parses a line without section', () => {
    const text = 'DE RUEHC #3763 0661504';
    expect(nodeOf(originatorLine, text)).toEqual({
      type: 'originatorLine',
      position: span(text, text),
      station: 'RUEHC',
      serial: '3763',
      section: null,
      filingTime: '0661504',
    });
  });
  it('reads no `DE` line without a station serial (a signature like `DE PREE`)', () => {
    expect(nodeOf(originatorLine, 'DE PREE')).toBeNull();
  });
});
