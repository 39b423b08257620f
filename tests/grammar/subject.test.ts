import { describe, expect, it } from 'vitest';
import { subject } from '../../src/grammar/subject.js';
import { blocks, span, spanFromTo } from '../helpers.js';
import { nodeOf, readWith } from './read.js';

describe('subject', () => {
  it('parses the seed subject, its text a child with its own position', () => {
    const text = 'SUBJECT: KAZAKHSTAN: DRUG AND CRIME REPORT FOR 2007';
    const value = 'KAZAKHSTAN: DRUG AND CRIME REPORT FOR 2007';
    expect(nodeOf(subject, text)).toEqual({
      type: 'subject',
      position: span(text, text),
      keyword: 'SUBJECT',
      text: value,
      portionMark: null,
      children: [{ type: 'text', position: span(text, value), value }],
    });
  });
  it('joins wrapped lines and stops at REF', () => {
    const text = 'SUBJECT: KAZAKHSTAN: DRUG AND CRIME\n   REPORT FOR 2007\nREF: 07 ASTANA 1234';
    expect(readWith(subject, text).read).toEqual({
      node: {
        type: 'subject',
        position: spanFromTo(text, 'SUBJECT', 'FOR 2007'),
        keyword: 'SUBJECT',
        text: 'KAZAKHSTAN: DRUG AND CRIME REPORT FOR 2007',
        portionMark: null,
        children: [
          { type: 'text', position: span(text, 'KAZAKHSTAN: DRUG AND CRIME'), value: 'KAZAKHSTAN: DRUG AND CRIME' },
          { type: 'text', position: span(text, 'REPORT FOR 2007'), value: 'REPORT FOR 2007' },
        ],
      },
      next: 2,
    });
  });
  it('goes on in capitals after a subject in capitals, over any line after a mixed-case one', () => {
    expect(readWith(subject, 'SUBJECT: A REPORT\nThe Minister said').read?.next).toBe(1);
    expect(readWith(subject, 'Subject: A report on\nthe Minister').read?.next).toBe(2);
  });
  it('takes the portion mark off', () => {
    const text = 'SUBJ: (C) KAZAKHSTAN: DRUG REPORT';
    expect(nodeOf(subject, text)).toEqual({
      type: 'subject',
      position: span(text, text),
      keyword: 'SUBJ',
      text: 'KAZAKHSTAN: DRUG REPORT',
      portionMark: 'C',
      children: [{ type: 'text', position: span(text, 'KAZAKHSTAN: DRUG REPORT'), value: 'KAZAKHSTAN: DRUG REPORT' }],
    });
  });
  it('reads the next line when the keyword stands alone, a portion mark there too', () => {
    const text = 'SUBJECT:\n(SBU) A TITLE ON ITS OWN LINE';
    expect(nodeOf(subject, text)).toMatchObject({ portionMark: 'SBU', text: 'A TITLE ON ITS OWN LINE' });
  });
  it('reads a misspelled keyword of six letters or more (CG300)', () => {
    const { read, diagnostics } = readWith(subject, 'SUBJET: A TITLE');
    expect(read?.node).toMatchObject({ keyword: 'SUBJET', text: 'A TITLE' });
    expect(diagnostics.map((d) => d.code)).toEqual(['CG300']);
  });
  it('is cut at a REF keyword on the same line (by the driver)', () => {
    expect(blocks('SUBJECT: KAZAKHSTAN: DRUG REPORT REF: 07 ASTANA 1234').map((b) => b.type)).toEqual([
      'subject',
      'references',
    ]);
  });
  it('reports CG303 for an empty subject', () => {
    const text = 'SUBJECT:';
    const { read, diagnostics } = readWith(subject, text);
    expect(read?.node).toEqual({
      type: 'subject',
      position: span(text, text),
      keyword: 'SUBJECT',
      text: '',
      portionMark: null,
      children: [],
    });
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['CG303', 'Expected a subject after `SUBJECT`, found none'],
    ]);
  });
  it("leaves out a page marker or page header glued inside, and a line's escaping backslash", () => {
    const glued = 'SUBJECT: DRUG REPORT FOR 2007 ASTANA 00000358 001.2 OF 002';
    expect(nodeOf(subject, glued)).toMatchObject({
      text: 'DRUG REPORT FOR 2007',
      children: [{ value: 'DRUG REPORT FOR 2007' }],
    });
    expect(nodeOf(subject, 'SUBJECT: ASTANA 00000358 P CO 21-FEB-08 DRUG REPORT')?.text).toBe('DRUG REPORT');
    const escaped = 'SUBJECT: DRUG REPORT \\\nFOR 2007 \\';
    expect(nodeOf(subject, escaped)).toMatchObject({ text: 'DRUG REPORT FOR 2007', position: span(escaped, escaped) });
    // An origin that is no post, or a serial of other digits, is text.
    expect(nodeOf(subject, 'SUBJECT: PLAN 12345678 001 OF 002')?.text).toBe('PLAN 12345678 001 OF 002');
  });
  it('undoes HTML entities a conversion left in its text, the children as written', () => {
    const text = 'SUBJECT: KAZAKHSTAN&#8217;S DRUG REPORT &amp; CRIME, AT&T';
    expect(nodeOf(subject, text)).toMatchObject({
      text: 'KAZAKHSTAN\u2019S DRUG REPORT & CRIME, AT&T',
      children: [{ value: 'KAZAKHSTAN&#8217;S DRUG REPORT &amp; CRIME, AT&T' }],
    });
  });
});
