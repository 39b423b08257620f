import { describe, expect, it } from 'vitest';
import { parseCable } from '../../src/index.js';
import { blocks, span, spanFromTo } from '../helpers.js';

describe('subject', () => {
  it('parses the seed subject', () => {
    const text = 'SUBJECT: KAZAKHSTAN: DRUG AND CRIME REPORT FOR 2007';
    expect(blocks(text)).toEqual([
      {
        type: 'subject',
        position: span(text, text),
        keyword: 'SUBJECT',
        text: 'KAZAKHSTAN: DRUG AND CRIME REPORT FOR 2007',
        portionMark: null,
      },
    ]);
  });
  it('joins wrapped lines and stops at REF', () => {
    const text = 'SUBJECT: KAZAKHSTAN: DRUG AND CRIME\nREPORT FOR 2007\nREF: 07 ASTANA 1234';
    expect(blocks(text)[0]).toEqual({
      type: 'subject',
      position: spanFromTo(text, 'SUBJECT', 'FOR 2007'),
      keyword: 'SUBJECT',
      text: 'KAZAKHSTAN: DRUG AND CRIME REPORT FOR 2007',
      portionMark: null,
    });
  });
  it('takes the portion mark off', () => {
    expect(blocks('SUBJ: (C) KAZAKHSTAN: DRUG REPORT')[0]).toMatchObject({
      keyword: 'SUBJ',
      portionMark: 'C',
      text: 'KAZAKHSTAN: DRUG REPORT',
    });
  });
  it('cuts at a REF keyword on the same line', () => {
    expect(blocks('SUBJECT: KAZAKHSTAN: DRUG REPORT REF: 07 ASTANA 1234').map((b) => b.type)).toEqual([
      'subject',
      'references',
    ]);
  });
  it('reports CG303 for an empty subject', () => {
    expect(parseCable('SUBJECT:').diagnostics.map((d) => d.code)).toEqual(['CG303']);
  });
});
