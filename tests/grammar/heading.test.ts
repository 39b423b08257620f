import { describe, expect, it } from 'vitest';
import { blocks, positionOf, span, spanFromTo } from '../helpers.js';

describe('heading', () => {
  it('parses a heading boxed by dash lines', () => {
    const text = '-----  \nDOMESTIC INITIATIVES  \n-----\n\n2. Text.';
    expect(blocks(text)[0]).toEqual({
      type: 'heading',
      position: positionOf(text, 0, text.indexOf('-----', 10) + 5),
      text: 'DOMESTIC INITIATIVES',
    });
  });
  it('parses an inline dashed heading and an underlined one', () => {
    const text = '----- LEGISLATION -----\n\nSUMMARY\n-------';
    expect(blocks(text)).toEqual([
      { type: 'heading', position: span(text, '----- LEGISLATION -----'), text: 'LEGISLATION' },
      { type: 'heading', position: spanFromTo(text, 'SUMMARY', '-------'), text: 'SUMMARY' },
    ]);
  });
  it('reads a dash line that boxes nothing as a thematic break', () => {
    const text = '5. Text.\n-\nCLARK';
    expect(blocks(text).map((b) => b.type)).toEqual(['paragraph', 'thematicBreak', 'signature']);
  });
});
