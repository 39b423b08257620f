import { describe, expect, it } from 'vitest';
import { thematicBreak } from '../../src/grammar/thematic-break.js';
import { blocks, span } from '../helpers.js';
import { nodeOf } from './read.js';

describe('thematicBreak', () => {
  it('parses a dash line, in any of the dashes', () => {
    for (const text of ['-----', '-', '=======', '___', '\u2014\u2014\u2014']) {
      expect(nodeOf(thematicBreak, text)).toEqual({ type: 'thematicBreak', position: span(text, text), value: text });
    }
  });
  it('reads no line with words', () => {
    expect(nodeOf(thematicBreak, '-- (C) an item')).toBeNull();
  });
  it('is what a dash line that boxes nothing becomes (after the headings in the table)', () => {
    expect(blocks('5. Text.\n-\nCLARK').map((b) => b.type)).toEqual(['paragraph', 'thematicBreak', 'signature']);
  });
});
