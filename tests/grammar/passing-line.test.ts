import { describe, expect, it } from 'vitest';
import { passingLine } from '../../src/grammar/passing-line.js';
import { span, spanFromTo } from '../helpers.js';
import { nodeOf, readWith } from './read.js';

describe('passingLine', () => {
  it('parses the seed STATE FOR line', () => {
    const text = "STATE FOR INL/AE (BALABANIAN), INL/C, SCA/CEN (O'MARA)";
    expect(nodeOf(passingLine, text)).toEqual({
      type: 'passingLine',
      position: span(text, text),
      recipient: 'STATE',
      text: "INL/AE (BALABANIAN), INL/C, SCA/CEN (O'MARA)",
    });
  });
  it('parses DEPT FOR and PASS TO', () => {
    expect(nodeOf(passingLine, 'DEPT FOR SCA/CEN')).toMatchObject({ recipient: 'DEPT', text: 'SCA/CEN' });
    expect(nodeOf(passingLine, 'PASS TO RSO, POLOFF')).toMatchObject({ recipient: 'PASS TO', text: 'RSO, POLOFF' });
  });
  it('takes the lines an instruction wraps onto, and stops at another instruction, a caption or a field', () => {
    const text = 'DEPT FOR EUR/CE AND EEB; DEPT PLEASE PASS\nTO USTR SMITH AND JONES\nNSC FOR BROWN\nSIPDIS';
    expect(readWith(passingLine, text).read).toEqual({
      node: {
        type: 'passingLine',
        position: spanFromTo(text, 'DEPT FOR', 'AND JONES'),
        recipient: 'DEPT',
        text: 'EUR/CE AND EEB; DEPT PLEASE PASS TO USTR SMITH AND JONES',
      },
      next: 2,
    });
    expect(readWith(passingLine, text, { at: 2 }).read?.next).toBe(3);
  });
  it('reads no prose line', () => {
    expect(nodeOf(passingLine, 'We thank the Minister for his help.')).toBeNull();
  });
});
