import { describe, expect, it } from 'vitest';
import { blocks, span } from '../helpers.js';

describe('sectionMarker', () => {
  it('parses BEGIN and END markers', () => {
    const text = 'BEGIN SUMMARY\n\nEND SUMMARY.\n\n(END TALKING POINTS)';
    expect(blocks(text)).toEqual([
      { type: 'sectionMarker', position: span(text, 'BEGIN SUMMARY'), edge: 'begin', section: 'SUMMARY' },
      { type: 'sectionMarker', position: span(text, 'END SUMMARY.'), edge: 'end', section: 'SUMMARY' },
      { type: 'sectionMarker', position: span(text, '(END TALKING POINTS)'), edge: 'end', section: 'TALKING POINTS' },
    ]);
  });
});
