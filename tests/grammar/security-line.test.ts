import { describe, expect, it } from 'vitest';
import { blocks, span } from '../helpers.js';

describe('securityLine', () => {
  it('parses an unclassified warning', () => {
    const text = 'ZNR UUUUU ZZH';
    expect(blocks(text)).toEqual([
      {
        type: 'securityLine',
        position: span(text, text),
        signals: ['ZNR', 'UUUUU', 'ZZH'],
        classification: 'UNCLASSIFIED',
      },
    ]);
  });
  it('parses a classified warning', () => {
    const text = 'ZNY CCCCC ZZH';
    expect(blocks(text)[0]).toMatchObject({ type: 'securityLine', classification: 'CONFIDENTIAL' });
  });
});
