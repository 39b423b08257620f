import { describe, expect, it } from 'vitest';
import { blocks, span } from '../helpers.js';

describe('originatorLine', () => {
  it('parses station, serial, section and filing time', () => {
    const text = 'DE RUEHTA #0358/01 0520951  ';
    expect(blocks(text)).toEqual([
      {
        type: 'originatorLine',
        position: span(text, 'DE RUEHTA #0358/01 0520951'),
        station: 'RUEHTA',
        serial: '0358',
        section: { written: '01', meant: 1 },
        filingTime: '0520951',
      },
    ]);
  });
  it('parses a line without section', () => {
    const text = 'DE RUEHC #3763 0661504';
    expect(blocks(text)[0]).toMatchObject({
      type: 'originatorLine',
      station: 'RUEHC',
      serial: '3763',
      section: null,
      filingTime: '0661504',
    });
  });
});
