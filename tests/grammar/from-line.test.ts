import { describe, expect, it } from 'vitest';
import { blocks, span } from '../helpers.js';

describe('fromLine', () => {
  it('parses the sender', () => {
    const text = 'FM AMEMBASSY ASTANA  ';
    expect(blocks(text)).toEqual([
      {
        type: 'fromLine',
        position: span(text, 'FM AMEMBASSY ASTANA'),
        routingIndicator: null,
        name: 'AMEMBASSY ASTANA',
      },
    ]);
  });
  it('parses a routing indicator before the name', () => {
    expect(blocks('FM RUEHTA/AMEMBASSY ASTANA')[0]).toMatchObject({
      routingIndicator: 'RUEHTA',
      name: 'AMEMBASSY ASTANA',
    });
  });
});
