import { describe, expect, it } from 'vitest';
import { partialExtractNotice } from '../../src/grammar/partial-extract-notice.js';
import { span } from '../helpers.js';
import { nodeOf, readWith } from './read.js';

describe('partialExtractNotice', () => {
  it("parses an archive's notice that it holds part of the cable, leaving the zone as it was", () => {
    const text =
      'This record is a partial extract of the original cable. The full text of the original cable is not available.';
    const { read, reading } = readWith(partialExtractNotice, text);
    expect(read?.node).toEqual({ type: 'partialExtractNotice', position: span(text, text), text });
    expect(reading.state.zone).toBe('opening');
  });
  it('reads the notice with other spacing and case', () => {
    expect(nodeOf(partialExtractNotice, 'THIS RECORD IS A PARTIAL  EXTRACT OF THE ORIGINAL CABLE.')?.text).toBe(
      'THIS RECORD IS A PARTIAL EXTRACT OF THE ORIGINAL CABLE.',
    );
  });
  it('reads no sentence that only mentions an extract', () => {
    expect(nodeOf(partialExtractNotice, 'This record is a summary of the partial extract we sent.')).toBeNull();
  });
});
