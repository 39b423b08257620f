import { describe, expect, it } from 'vitest';
import { signatureOf } from '../../src/grammar/signature.js';
import { transmissionId } from '../../src/grammar/transmission-id.js';
import { span } from '../helpers.js';
import { readWith } from './read.js';

describe('signature', () => {
  it("reads a signer's name: one to three words of capitals, apostrophes and hyphens inside", () => {
    for (const text of ['ORDWAY', 'DE PREE', "O'DONOHUE", 'STRAUSZ-HUPE']) {
      const { reading } = readWith(transmissionId, text);
      expect(signatureOf(reading, 0, text.length, text.length)).toEqual({
        type: 'signature',
        position: span(text, text),
        names: [text],
      });
    }
  });
  it('reads no name of lower-case letters or four words, nor a redaction', () => {
    for (const text of ['Ordway', 'ONE TWO THREE FOUR', 'XXXXXXXXXXXX']) {
      expect(signatureOf(readWith(transmissionId, text).reading, 0, text.length, text.length)).toBeNull();
    }
  });
});
