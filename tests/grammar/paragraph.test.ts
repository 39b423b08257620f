import { describe, expect, it } from 'vitest';
import { parseCable } from '../../src/index.js';
import { blocks, span, spanFromTo } from '../helpers.js';

describe('paragraph', () => {
  it('parses a numbered paragraph over wrapped lines', () => {
    const text = '1. According to the Statistics Committee,\n10,502 crimes were committed during 2007.';
    expect(blocks(text)).toEqual([
      {
        type: 'paragraph',
        position: spanFromTo(text, '1.', '2007.'),
        number: { written: '1', meant: 1 },
        marking: null,
        children: [
          {
            type: 'text',
            position: span(text, 'According to the Statistics Committee,'),
            value: 'According to the Statistics Committee,',
          },
          {
            type: 'text',
            position: span(text, '10,502 crimes were committed during 2007.'),
            value: '10,502 crimes were committed during 2007.',
          },
        ],
      },
    ]);
  });
  it('parses a portion mark', () => {
    expect(blocks('2. (SBU) The Ministry stated.')[0]).toMatchObject({
      number: { meant: 2 },
      marking: 'SBU',
      children: [{ value: 'The Ministry stated.' }],
    });
    expect(blocks('1.(C) Summary: text.')[0]).toMatchObject({ marking: 'C', children: [{ value: 'Summary: text.' }] });
  });
  it('reads a pilcrow number and a mangled one', () => {
    const text = '5. Five.\n\n16. Six.\n\n¶7. Seven.';
    const cable = parseCable(text);
    expect(cable.children.map((b) => (b.type === 'paragraph' ? b.number : null))).toEqual([
      { written: '5', meant: 5 },
      { written: '16', meant: 6 },
      { written: '¶7', meant: 7 },
    ]);
    expect(cable.diagnostics).toEqual([
      {
        code: 'CG401',
        severity: 'info',
        message: 'Paragraph number `16` read as 6: the `1` is a mangled pilcrow',
        position: span(text, '16.'),
        expected: '6',
        actual: '16',
      },
    ]);
  });
  it('joins a continuation after a blank line that starts in lower case', () => {
    const text = '5. The children, ages 10 and 12, were\n\naccompanied by their mother.';
    expect(blocks(text)).toHaveLength(1);
  });
  it('reports CG402 for a gap in the numbering', () => {
    expect(parseCable('1. One.\n\n3. Three.').diagnostics.map((d) => d.code)).toEqual(['CG402']);
  });
  it('does not read a decimal at a line start as a number', () => {
    expect(blocks('1. One\n1.5 million people.')[0]).toMatchObject({
      children: [{ value: 'One' }, { value: '1.5 million people.' }],
    });
  });
  it('keeps a paragraph of a portion mark alone whole when its next line is taken as the signature', () => {
    const text = '1. Text.\n\n(C)\nSMITH';
    expect(blocks(text)).toMatchObject([
      { type: 'paragraph' },
      { type: 'paragraph', marking: 'C', position: span(text, '(C)'), children: [] },
      { type: 'signature' },
    ]);
  });
  it('keeps a line that opens with REF but no colon inside its paragraph', () => {
    const text = '2. THE GOVERNMENT PROTESTED (SEE\nREF A).  AT THE SAME TIME IT WAITS.';
    expect(blocks(text).map((b) => b.type)).toEqual(['paragraph']);
  });
});
