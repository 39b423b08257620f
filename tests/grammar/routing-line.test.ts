import { describe, expect, it } from 'vitest';
import { blocks, span } from '../helpers.js';

describe('routingLine', () => {
  it('parses prosigns and routing indicators', () => {
    const text = 'VZCZCXRO3532\nRR RUEHAST RUEHBI RUEHCI RUEHLH RUEHPW  \n';
    expect(blocks(text)[1]).toEqual({
      type: 'routingLine',
      position: span(text, 'RR RUEHAST RUEHBI RUEHCI RUEHLH RUEHPW'),
      precedence: { written: 'RR', meant: 'ROUTINE' },
      routingIndicators: ['RUEHAST', 'RUEHBI', 'RUEHCI', 'RUEHLH', 'RUEHPW'],
    });
  });
  it('parses a wrapped continuation line of indicators', () => {
    const text = 'OO RUEHAST RUEHBI\nRUEHCI RUEHLH\nDE RUEHTA #0358/01 0520951';
    expect(blocks(text).slice(0, 2)).toEqual([
      {
        type: 'routingLine',
        position: span(text, 'OO RUEHAST RUEHBI'),
        precedence: { written: 'OO', meant: 'IMMEDIATE' },
        routingIndicators: ['RUEHAST', 'RUEHBI'],
      },
      {
        type: 'routingLine',
        position: span(text, 'RUEHCI RUEHLH'),
        precedence: null,
        routingIndicators: ['RUEHCI', 'RUEHLH'],
      },
    ]);
  });
  it('does not read a lone name at the end of a body as indicators', () => {
    expect(blocks('1. The text ends here.\n\nRICE').map((b) => b.type)).toEqual(['paragraph', 'signature']);
  });
});
