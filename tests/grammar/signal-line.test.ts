import { describe, expect, it } from 'vitest';
import { signalLine } from '../../src/grammar/signal-line.js';
import { span } from '../helpers.js';
import { nodeOf, readWith } from './read.js';

describe('signalLine', () => {
  it('parses BT, the closing serial, NNNN and a group count', () => {
    const text = 'BT\n#0358\nNNNN\nGR 123';
    const at = (i: number) => readWith(signalLine, text, { at: i }).read?.node;
    expect([at(0), at(1), at(2), at(3)]).toEqual([
      { type: 'signalLine', position: span(text, 'BT'), signal: 'BT', value: 'BT' },
      { type: 'signalLine', position: span(text, '#0358'), signal: 'serial', value: '#0358' },
      { type: 'signalLine', position: span(text, 'NNNN'), signal: 'NNNN', value: 'NNNN' },
      { type: 'signalLine', position: span(text, 'GR 123'), signal: 'groupCount', value: 'GR 123' },
    ]);
  });
  it('parses the dashed counter lines of older telegrams', () => {
    for (const text of ['------------------8A8E0D  271459Z /38', '--------------------- 126230']) {
      expect(nodeOf(signalLine, text)).toEqual({
        type: 'signalLine',
        position: span(text, text),
        signal: 'counter',
        value: text,
      });
    }
  });
  it('reads no line with more after the signal', () => {
    expect(nodeOf(signalLine, 'BT WE WILL')).toBeNull();
  });
});
