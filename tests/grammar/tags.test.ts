import { describe, expect, it } from 'vitest';
import { tags } from '../../src/grammar/tags.js';
import { blocks, span, spanFromTo } from '../helpers.js';
import { nodeOf, readWith } from './read.js';

describe('tags', () => {
  it('parses comma-separated codes', () => {
    const text = 'TAGS: SNAR, ASEC, KZ';
    expect([nodeOf(tags, text)]).toEqual([
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
    expect(nodeOf(tags, text)).toMatchObject({
      position: spanFromTo(text, 'tags', 'kz'),
      keyword: 'tags',
      children: [{ code: 'PREL' }, { code: 'PGOV' }, { code: 'KZ' }],
    });
  });
  it('keeps a person tag in parentheses as one entry', () => {
    expect(nodeOf(tags, 'TAGS: OVIP (RICE, CONDOLEEZZA), PREL')).toMatchObject({
      children: [
        { code: 'OVIP', kind: 'subject' },
        { code: 'RICE, CONDOLEEZZA', kind: 'person' },
        { code: 'PREL', kind: 'subject' },
      ],
    });
  });
  it('reads person tags written without parentheses or comma', () => {
    const text = 'TAGS: OVIP SMITH JOHN PREL KZ';
    expect(nodeOf(tags, text)).toMatchObject({
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
    expect(nodeOf(tags, text)).toMatchObject({
      children: [
        { code: 'SNAR', written: 'SNAR', position: span(text, 'SNAR') },
        { code: 'KCRM', written: 'KCRM', position: span(text, 'KCRM') },
        { code: 'KZ', written: 'KZ', kind: 'country', position: span(text, 'KZ') },
        { code: 'PREL' },
      ],
    });
  });
  it('keeps a run of words the table does not know whole, as one free-text tag; code-shaped words alone', () => {
    const read = (text: string) => nodeOf(tags, text)?.children.map((t) => [t.code, t.kind]);
    expect(read('TAGS: KZ MEDIA REACTION REPORT PREL')).toEqual([
      ['KZ', 'country'],
      ['MEDIA REACTION REPORT', null],
      ['PREL', 'subject'],
    ]);
    // Two or four capitals are codes the table lacks, not words of a phrase.
    expect(read('TAGS: PREL QQRS WXYZ')).toEqual([
      ['PREL', 'subject'],
      ['QQRS', null],
      ['WXYZ', null],
    ]);
    expect(read('TAGS: PREL, XQZW')).toEqual([
      ['PREL', 'subject'],
      ['XQZW', null],
    ]);
  });
  it('reads a person from a comma list or parentheses by its given name; two codes with a comma are two codes', () => {
    const read = (text: string) => nodeOf(tags, text)?.children.map((t) => [t.code, t.kind]);
    expect(read('TAGS: PREL, ROE, JOHN, KZ')).toEqual([
      ['PREL', 'subject'],
      ['ROE, JOHN', 'person'],
      ['KZ', 'country'],
    ]);
    expect(read('TAGS: ETRD, WTRO')).toEqual([
      ['ETRD', 'subject'],
      ['WTRO', null],
    ]);
    expect(read('TAGS: PREL (QQRS, WXYZ)')).toEqual([
      ['PREL', 'subject'],
      ['QQRS', null],
      ['WXYZ', null],
    ]);
    expect(read('TAGS: OVIP (ROE, KAZIMIERZ) PREL')).toEqual([
      ['OVIP', 'subject'],
      ['ROE, KAZIMIERZ', 'person'],
      ['PREL', 'subject'],
    ]);
  });
  it("reads a list by spaces whose one comma is a person's: the codes beside the comma stand alone", () => {
    const read = (text: string) => nodeOf(tags, text)?.children.map((t) => [t.code, t.kind]);
    expect(read('TAGS: PREL ROE, JOHN KZ')).toEqual([
      ['PREL', 'subject'],
      ['ROE, JOHN', 'person'],
      ['KZ', 'country'],
    ]);
    // A phrase of three words or more, or of unknown words, stays whole.
    expect(read('TAGS: PREL, KZ, HUMAN RIGHTS WATCH')).toEqual([
      ['PREL', 'subject'],
      ['KZ', 'country'],
      ['HUMAN RIGHTS WATCH', null],
    ]);
  });
  it('splits a word glued to two codes after it', () => {
    expect(nodeOf(tags, 'TAGS: KZ WORDPRELPGOV')?.children.map((t) => t.code)).toEqual(['KZ', 'WORD', 'PREL', 'PGOV']);
  });
  it('skips a page header glued into the line', () => {
    expect(
      nodeOf(tags, 'TAGS: PREL, KZ                 SECRET       PAGE 02        ASTANA  03067  211833Z'),
    ).toMatchObject({ children: [{ code: 'PREL' }, { code: 'KZ' }] });
  });
  it('reads punctuation alone as no tag, and reports CG302', () => {
    const { read, diagnostics } = readWith(tags, 'TAGS: --');
    expect(read?.node.children).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual(['CG302']);
  });
  it('reports CG302 when no tags follow', () => {
    const text = 'TAGS:';
    const { read, diagnostics } = readWith(tags, text);
    expect(read?.node).toEqual({ type: 'tags', position: span(text, text), keyword: 'TAGS', children: [] });
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['CG302', 'Expected TAGS codes like `PREL, KZ` after `TAGS`, found none'],
    ]);
  });
  it('reads a misspelled keyword by its nearest spelling (CG300), when a known code follows', () => {
    const text = 'TAGE: PREL, KZ';
    const { read, diagnostics } = readWith(tags, text);
    expect(read?.node).toMatchObject({ keyword: 'TAGE', children: [{ code: 'PREL' }, { code: 'KZ' }] });
    expect(diagnostics).toEqual([
      {
        code: 'CG300',
        severity: 'info',
        message: 'Expected `TAGS`, found `TAGE` (read as `TAGS`)',
        position: span(text, 'TAGE'),
        expected: 'TAGS',
        actual: 'TAGE',
      },
    ]);
    expect(nodeOf(tags, 'TGS: PGOV, PREL')).toMatchObject({
      keyword: 'TGS',
      children: [{ code: 'PGOV' }, { code: 'PREL' }],
    });
    // A near word without codes after it is no TAGS line (`TASS: MOSCOW REPORTED`).
    expect(nodeOf(tags, 'TASS: MOSCOW REPORTED')).toBeNull();
  });
  it('pairs unknown words as `SURNAME, GIVEN` only after OVIP; elsewhere each is an entry', () => {
    expect(nodeOf(tags, 'TAGS: OVIP ROE JANE PREL')?.children.map((t) => [t.code, t.kind])).toEqual([
      ['OVIP', 'subject'],
      ['ROE, JANE', 'person'],
      ['PREL', 'subject'],
    ]);
    expect(nodeOf(tags, 'TAGS: PREL QQRS WXYZ KZ')?.children.map((t) => [t.code, t.kind])).toEqual([
      ['PREL', 'subject'],
      ['QQRS', null],
      ['WXYZ', null],
      ['KZ', 'country'],
    ]);
  });
});
