import { describe, expect, it } from 'vitest';
import { unknownLine } from '../../src/grammar/unknown-line.js';
import { parseCable } from '../../src/index.js';
import { span } from '../helpers.js';
import { readWith } from './read.js';

describe('unknownLine', () => {
  it('reports CG100 for a line in the routing header that is no header line', () => {
    const text = '%%% GARBLED %%%';
    const { reading, diagnostics } = readWith({ ...unknownLineConstruct }, text);
    const node = unknownLine(reading, reading.lines[0] as never);
    expect(node).toEqual({ type: 'unknownLine', position: span(text, text), value: text });
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['CG100', 'Expected a routing header line (FM, TO, INFO, a DTG...), found `%%% GARBLED %%%`'],
    ]);
  });
  it('reports CG901 for control characters', () => {
    const text = 'ab\u0000cd';
    const { reading, diagnostics } = readWith({ ...unknownLineConstruct }, text);
    expect(unknownLine(reading, reading.lines[0] as never)).toEqual({
      type: 'unknownLine',
      position: span(text, text),
      value: text,
    });
    expect(diagnostics.map((d) => d.code)).toEqual(['CG901']);
  });
  it('is the driver’s fallback in a routing header, and for control characters anywhere', () => {
    const text = 'R 210951Z FEB 08\nFM AMEMBASSY ASTANA\n%%% GARBLED %%%\n\n1. Text.\n\nab\u0000cd';
    expect(parseCable(text).children.map((b) => b.type)).toEqual([
      'dtgLine',
      'fromLine',
      'unknownLine',
      'paragraph',
      'unknownLine',
    ]);
  });
});

/** A construct that reads nothing: `readWith` then only splits the text into lines. */
const unknownLineConstruct = {
  name: 'unknownLine' as const,
  zones: [],
  zoneAfter: 'unchanged' as const,
  starts: () => false,
  read: () => null,
};
