import { describe, expect, it } from 'vitest';
import { parseCable } from '../../src/index.js';
import { span } from '../helpers.js';

describe('unknownLine', () => {
  it('reports CG100 for a line in the routing header that is no header line', () => {
    const text = 'R 210951Z FEB 08\nFM AMEMBASSY ASTANA\n%%% GARBLED %%%';
    const cable = parseCable(text);
    expect(cable.children[2]).toEqual({
      type: 'unknownLine',
      position: span(text, '%%% GARBLED %%%'),
      value: '%%% GARBLED %%%',
    });
    expect(cable.diagnostics.map((d) => d.code)).toEqual(['CG100']);
  });
  it('reports CG901 for control characters', () => {
    const text = '1. Text.\n\nab\u0000cd';
    const cable = parseCable(text);
    expect(cable.children[1]).toEqual({ type: 'unknownLine', position: span(text, 'ab\u0000cd'), value: 'ab\u0000cd' });
    expect(cable.diagnostics.map((d) => d.code)).toEqual(['CG901']);
  });
});
