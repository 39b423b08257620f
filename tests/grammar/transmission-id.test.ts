import { describe, expect, it } from 'vitest';
import { blocks, span } from '../helpers.js';

describe('transmissionId', () => {
  it('parses the seed form with a channel sequence', () => {
    const text = 'VZCZCXRO3532\nRR RUEHAST';
    expect(blocks(text)[0]).toEqual({
      type: 'transmissionId',
      position: span(text, 'VZCZCXRO3532'),
      value: 'VZCZCXRO3532',
      channel: 'XRO3532',
    });
  });
  it('parses the older form with a space inside the channel', () => {
    const text = 'VZCZC051 UU\n';
    expect(blocks(text)[0]).toEqual({
      type: 'transmissionId',
      position: span(text, 'VZCZC051 UU'),
      value: 'VZCZC051 UU',
      channel: '051 UU',
    });
  });
});
