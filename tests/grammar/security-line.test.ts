import { describe, expect, it } from 'vitest';
import { securityLine } from '../../src/grammar/security-line.js';
import { span } from '../helpers.js';
import { nodeOf } from './read.js';

describe('securityLine', () => {
  it('parses an unclassified warning', () => {
    const text = 'ZNR UUUUU ZZH';
    expect(nodeOf(securityLine, text)).toEqual({
      type: 'securityLine',
      position: span(text, text),
      signals: ['ZNR', 'UUUUU', 'ZZH'],
      classification: 'UNCLASSIFIED',
    });
  });
  it('parses a classified warning', () => {
    const text = 'ZNY CCCCC ZZH';
    expect(nodeOf(securityLine, text)).toEqual({
      type: 'securityLine',
      position: span(text, text),
      signals: ['ZNY', 'CCCCC', 'ZZH'],
      classification: 'CONFIDENTIAL',
    });
  });
  it('leaves the classification null without a warning', () => {
    expect(nodeOf(securityLine, 'ZNR ZZH')?.classification).toBeNull();
  });
});
