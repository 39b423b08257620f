import { describe, expect, it } from 'vitest';
import { blocks, span } from '../helpers.js';

describe('signalLine', () => {
  it('parses BT, the closing serial and NNNN', () => {
    const text = 'BT\n#0358\nNNNN';
    expect(blocks(text)).toEqual([
      { type: 'signalLine', position: span(text, 'BT'), signal: 'BT', value: 'BT' },
      { type: 'signalLine', position: span(text, '#0358'), signal: 'serial', value: '#0358' },
      { type: 'signalLine', position: span(text, 'NNNN'), signal: 'NNNN', value: 'NNNN' },
    ]);
  });
  it('parses the dashed counter lines of older telegrams', () => {
    const text = '------------------8A8E0D  271459Z /38\n--------------------- 126230';
    expect(blocks(text)).toEqual([
      {
        type: 'signalLine',
        position: span(text, '------------------8A8E0D  271459Z /38'),
        signal: 'counter',
        value: '------------------8A8E0D  271459Z /38',
      },
      {
        type: 'signalLine',
        position: span(text, '--------------------- 126230'),
        signal: 'counter',
        value: '--------------------- 126230',
      },
    ]);
  });
});
