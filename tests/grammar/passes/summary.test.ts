import { describe, expect, it } from 'vitest';
import { parseCable } from '../../../src/index.js';
import { spanFromTo } from '../../helpers.js';

const summary = (text: string) => parseCable(text).summary;

describe('the summary pass', () => {
  it('reads from a label to END SUMMARY, over paragraphs, with its position', () => {
    const text = '1. (C) Summary: The Ministry agreed.\n\n2. (C) It will act. End summary.\n\n3. (C) Details.';
    expect(summary(text)).toEqual({
      type: 'summary',
      position: spanFromTo(text, 'The Ministry', 'will act.'),
      text: 'The Ministry agreed. It will act.',
    });
  });
  it('reads the paragraph after a label and the next one when no END SUMMARY follows', () => {
    expect(summary('1. SUMMARY: One paragraph,\n\nbroken at a blank line.\n\n2. Another.\n\n3. Not.')?.text).toBe(
      'One paragraph, broken at a blank line. Another.',
    );
  });
  it('opens at BEGIN SUMMARY or a SUMMARY heading, and ends at END SUMMARY', () => {
    expect(summary('BEGIN SUMMARY\n\n1. Inside.\n\nEND SUMMARY\n\n2. Outside.')?.text).toBe('Inside.');
    expect(summary('-----\nSUMMARY\n-----\n\n1. Inside.\n\n2. Out.')?.text).toBe('Inside.');
  });
  it('takes the paragraphs before an END SUMMARY when nothing opens it', () => {
    expect(summary('1. First.\n\n2. Second. END SUMMARY.\n\n3. Third.')?.text).toBe('First. Second.');
  });
  it('is null without a summary', () => {
    expect(summary('1. Text.\n\n2. More text.')).toBeNull();
  });
});
