import { describe, expect, it } from 'vitest';
import { parseCable } from '../../src/index.js';
import { blocks, span, spanFromTo } from '../helpers.js';

describe('tags', () => {
  it('parses comma-separated codes', () => {
    const text = 'TAGS: SNAR, ASEC, KZ';
    expect(blocks(text)).toEqual([
      {
        type: 'tags',
        position: span(text, text),
        keyword: 'TAGS',
        children: [
          { type: 'tag', position: span(text, 'SNAR'), written: 'SNAR', code: 'SNAR' },
          { type: 'tag', position: span(text, 'ASEC'), written: 'ASEC', code: 'ASEC' },
          { type: 'tag', position: span(text, 'KZ'), written: 'KZ', code: 'KZ' },
        ],
      },
    ]);
  });
  it('parses the markdown rendition, positions covering the link syntax', () => {
    const text = 'TAGS: [SNAR](#) [KZ](#)';
    expect(blocks(text)).toEqual([
      {
        type: 'tags',
        position: span(text, text),
        keyword: 'TAGS',
        children: [
          { type: 'tag', position: span(text, '[SNAR](#)'), written: 'SNAR', code: 'SNAR' },
          { type: 'tag', position: span(text, '[KZ](#)'), written: 'KZ', code: 'KZ' },
        ],
      },
    ]);
  });
  it('parses a keyword without colon, lower case, wrapped after a comma', () => {
    const text = 'tags prel, pgov,\nkz\nSUBJECT: X';
    expect(blocks(text)[0]).toMatchObject({ position: spanFromTo(text, 'tags', 'kz'), keyword: 'tags', children: [{ code: 'PREL' }, { code: 'PGOV' }, { code: 'KZ' }] });
  });
  it('keeps a person tag in parentheses as one entry', () => {
    expect(blocks('TAGS: OVIP (RICE, CONDOLEEZZA), PREL')[0]).toMatchObject({ children: [{ code: 'OVIP' }, { code: 'RICE, CONDOLEEZZA' }, { code: 'PREL' }] });
  });
  it('reports CG302 when no tags follow', () => {
    expect(parseCable('TAGS:').diagnostics.map((d) => d.code)).toEqual(['CG302']);
  });
});
