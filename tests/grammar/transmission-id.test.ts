import { describe, expect, it } from 'vitest';
import { transmissionId } from '../../src/grammar/transmission-id.js';
import { span } from '../helpers.js';
import { nodeOf, readWith } from './read.js';

describe('transmissionId', () => {
  it('parses the seed form with a channel sequence', () => {
    const text = 'VZCZCXRO3532\nRR RUEHAST';
    expect(readWith(transmissionId, text).read).toEqual({
      node: { type: 'transmissionId', position: span(text, 'VZCZCXRO3532'), value: 'VZCZCXRO3532', channel: 'XRO3532' },
      next: 1,
    });
  });
  it('parses the older form with a space inside the channel', () => {
    const text = 'VZCZC051 UU\n';
    expect(nodeOf(transmissionId, text)).toEqual({
      type: 'transmissionId',
      position: span(text, 'VZCZC051 UU'),
      value: 'VZCZC051 UU',
      channel: '051 UU',
    });
  });
  it('reads no line that is not one', () => {
    expect(nodeOf(transmissionId, 'VZCZC-XRO3532')).toBeNull();
    expect(nodeOf(transmissionId, 'VERY IMPORTANT')).toBeNull();
  });
});
