import { describe, expect, it } from 'vitest';
import { blocks, span } from '../helpers.js';

describe('passingLine', () => {
  it('parses the seed STATE FOR line', () => {
    const text = "STATE FOR INL/AE (BALABANIAN), INL/C, SCA/CEN (O'MARA)";
    expect(blocks(text)).toEqual([
      {
        type: 'passingLine',
        position: span(text, text),
        recipient: 'STATE',
        text: "INL/AE (BALABANIAN), INL/C, SCA/CEN (O'MARA)",
      },
    ]);
  });
  it('parses DEPT FOR and PASS TO', () => {
    expect(blocks('DEPT FOR SCA/CEN')[0]).toMatchObject({ recipient: 'DEPT', text: 'SCA/CEN' });
    expect(blocks('PASS TO RSO, POLOFF')[0]).toMatchObject({ recipient: 'PASS TO', text: 'RSO, POLOFF' });
  });
});
