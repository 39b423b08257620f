import { describe, expect, it } from 'vitest';
import { routingLine } from '../../src/grammar/routing-line.js';
import { blocks, span, spanFromTo } from '../helpers.js';
import { nodeOf, readWith } from './read.js';

describe('routingLine', () => {
  it('parses prosigns and routing indicators', () => {
    const text = 'RR RUEHAST RUEHBI RUEHCI RUEHLH RUEHPW  \n';
    expect(nodeOf(routingLine, text)).toEqual({
      type: 'routingLine',
      position: span(text, 'RR RUEHAST RUEHBI RUEHCI RUEHLH RUEHPW'),
      precedence: { written: 'RR', meant: 'ROUTINE' },
      routingIndicators: ['RUEHAST', 'RUEHBI', 'RUEHCI', 'RUEHLH', 'RUEHPW'],
    });
  });
  it('takes the wrapped lines of indicators into the node', () => {
    const text = 'OO RUEHAST RUEHBI\nRUEHCI RUEHLH\nRUEHPW\nDE RUEHTA #0358/01 0520951';
    expect(readWith(routingLine, text).read).toEqual({
      node: {
        type: 'routingLine',
        position: spanFromTo(text, 'OO', 'RUEHPW'),
        precedence: { written: 'OO', meant: 'IMMEDIATE' },
        routingIndicators: ['RUEHAST', 'RUEHBI', 'RUEHCI', 'RUEHLH', 'RUEHPW'],
      },
      next: 3,
    });
  });
  it('stops at a blank line', () => {
    const text = 'RR RUEHAST\n\nRUEHCI';
    expect(readWith(routingLine, text).read?.next).toBe(1);
  });
  it('reads no line of indicators without a prosign pair', () => {
    expect(nodeOf(routingLine, 'RUEHCI RUEHLH')).toBeNull();
  });
  it('does not read a lone name at the end of a body as indicators', () => {
    expect(blocks('1. The text ends here.\n\nRICE').map((b) => b.type)).toEqual(['paragraph', 'signature']);
  });
});
