import { describe, expect, it } from 'vitest';
import { blocks, span } from '../helpers.js';

describe('caption', () => {
  it('parses SIPDIS', () => {
    const text = 'SIPDIS';
    expect(blocks(text)).toEqual([
      { type: 'caption', position: span(text, text), caveats: ['SIPDIS'], text: 'SIPDIS' },
    ]);
  });
  it('keeps the other words of the line', () => {
    expect(blocks('NOFORN, NOT FOR INTERNET DISTRIBUTION')[0]).toMatchObject({
      caveats: ['NOFORN'],
      text: 'NOFORN, NOT FOR INTERNET DISTRIBUTION',
    });
  });
  it('reads only whole caveat lines once the body has begun', () => {
    expect(blocks('1. First.\n\nSENSITIVE TALKS WERE HELD.').map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    expect(blocks('1. First.\n\nNOFORN SIPDIS').map((b) => b.type)).toEqual(['paragraph', 'caption']);
  });
});
