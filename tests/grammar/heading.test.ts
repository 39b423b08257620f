import { describe, expect, it } from 'vitest';
import { heading } from '../../src/grammar/heading.js';
import { positionOf, span, spanFromTo } from '../helpers.js';
import { nodeOf, readWith } from './read.js';

describe('heading', () => {
  it('parses a heading boxed by dash lines', () => {
    const text = '-----  \nDOMESTIC INITIATIVES  \n-----\n\n2. Text.';
    expect(readWith(heading, text).read).toEqual({
      node: {
        type: 'heading',
        position: positionOf(text, 0, text.indexOf('-----', 10) + 5),
        text: 'DOMESTIC INITIATIVES',
      },
      next: 3,
    });
  });
  it('parses an inline dashed heading', () => {
    const text = '----- LEGISLATION -----';
    expect(nodeOf(heading, text)).toEqual({ type: 'heading', position: span(text, text), text: 'LEGISLATION' });
  });
  it('parses a title underlined by a dash line', () => {
    const text = 'SUMMARY\n-------';
    expect(readWith(heading, text).read).toEqual({
      node: { type: 'heading', position: spanFromTo(text, 'SUMMARY', '-------'), text: 'SUMMARY' },
      next: 2,
    });
  });
  it('reads no dash line that boxes nothing, and no sentence over a dash line', () => {
    expect(nodeOf(heading, '-----\n\nText.')).toBeNull();
    expect(nodeOf(heading, 'This is a sentence.\n-----')).toBeNull();
    expect(nodeOf(heading, '1. A numbered line\n-----')).toBeNull();
  });
});
