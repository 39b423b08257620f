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
          { type: 'tag', position: span(text, 'SNAR'), written: 'SNAR', code: 'SNAR', kind: 'subject' },
          { type: 'tag', position: span(text, 'ASEC'), written: 'ASEC', code: 'ASEC', kind: 'subject' },
          { type: 'tag', position: span(text, 'KZ'), written: 'KZ', code: 'KZ', kind: 'country' },
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
          { type: 'tag', position: span(text, '[SNAR](#)'), written: 'SNAR', code: 'SNAR', kind: 'subject' },
          { type: 'tag', position: span(text, '[KZ](#)'), written: 'KZ', code: 'KZ', kind: 'country' },
        ],
      },
    ]);
  });
  it('parses a keyword without colon, lower case, wrapped after a comma', () => {
    const text = 'tags prel, pgov,\nkz\nSUBJECT: X';
    expect(blocks(text)[0]).toMatchObject({
      position: spanFromTo(text, 'tags', 'kz'),
      keyword: 'tags',
      children: [{ code: 'PREL' }, { code: 'PGOV' }, { code: 'KZ' }],
    });
  });
  it('keeps a person tag in parentheses as one entry', () => {
    expect(blocks('TAGS: OVIP (RICE, CONDOLEEZZA), PREL')[0]).toMatchObject({
      children: [
        { code: 'OVIP', kind: 'subject' },
        { code: 'RICE, CONDOLEEZZA', kind: 'person' },
        { code: 'PREL', kind: 'subject' },
      ],
    });
  });
  it('reads person tags written without parentheses or comma', () => {
    const text = 'TAGS: OVIP SMITH JOHN PREL KZ';
    expect(blocks(text)[0]).toMatchObject({
      children: [
        { code: 'OVIP' },
        { code: 'SMITH, JOHN', kind: 'person', position: span(text, 'SMITH JOHN') },
        { code: 'PREL' },
        { code: 'KZ' },
      ],
    });
  });
  it('splits run-together codes when every piece is a known code', () => {
    const text = 'TAGS: SNARKCRMKZ PREL';
    expect(blocks(text)[0]).toMatchObject({
      children: [
        { code: 'SNAR', written: 'SNAR', position: span(text, 'SNAR') },
        { code: 'KCRM', written: 'KCRM', position: span(text, 'KCRM') },
        { code: 'KZ', written: 'KZ', kind: 'country', position: span(text, 'KZ') },
        { code: 'PREL' },
      ],
    });
  });
  it('keeps free-text tags of the phrase table whole, and unknown codes with kind null', () => {
    expect(blocks('TAGS: KZ HUMAN RIGHTS')[0]).toMatchObject({
      children: [{ code: 'KZ' }, { code: 'HUMAN RIGHTS', kind: 'subject' }],
    });
    expect(blocks('TAGS: PREL, XQZW')[0]).toMatchObject({ children: [{ code: 'PREL' }, { code: 'XQZW', kind: null }] });
  });
  it('skips a page header glued into the line', () => {
    expect(
      blocks('TAGS: PREL, KZ                 SECRET       PAGE 02        ASTANA  03067  211833Z')[0],
    ).toMatchObject({ children: [{ code: 'PREL' }, { code: 'KZ' }] });
  });
  it('reports CG302 when no tags follow', () => {
    expect(parseCable('TAGS:').diagnostics.map((d) => d.code)).toEqual(['CG302']);
  });
});
