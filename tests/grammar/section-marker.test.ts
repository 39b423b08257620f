import { describe, expect, it } from 'vitest';
import { sectionMarker } from '../../src/grammar/section-marker.js';
import { span } from '../helpers.js';
import { nodeOf } from './read.js';

describe('sectionMarker', () => {
  it('parses BEGIN and END markers, bare, bracketed or with a period', () => {
    const cases: Array<[string, string, string]> = [
      ['BEGIN SUMMARY', 'begin', 'SUMMARY'],
      ['END SUMMARY.', 'end', 'SUMMARY'],
      ['(END TALKING POINTS)', 'end', 'TALKING POINTS'],
      ['[BEGIN TEXT OF LIST]', 'begin', 'TEXT OF LIST'],
      ['End comment.', 'end', 'COMMENT'],
    ];
    for (const [text, edge, section] of cases) {
      expect(nodeOf(sectionMarker, text)).toEqual({ type: 'sectionMarker', position: span(text, text), edge, section });
    }
  });
  it('reads no sentence that begins with END', () => {
    expect(nodeOf(sectionMarker, 'END OF THE WAR WAS NEAR, THE MINISTER SAID.')).toBeNull();
  });
});
