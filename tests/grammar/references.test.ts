import { describe, expect, it } from 'vitest';
import { references } from '../../src/grammar/references.js';
import { span } from '../helpers.js';
import { nodeOf, readWith } from './read.js';

describe('references', () => {
  it('parses lettered references with and without years', () => {
    const text = 'REF: A. STATE 12345 B. 07ASTANA 1234 C. 07 ASTANA 1298';
    expect(nodeOf(references, text, { year: '08' })).toEqual({
      type: 'references',
      position: span(text, 'REF: A. STATE 12345 B. 07ASTANA 1234 C. 07 ASTANA 1298'),
      keyword: 'REF',
      children: [
        {
          type: 'reference',
          position: span(text, 'STATE 12345'),
          label: 'A',
          text: 'STATE 12345',
          kind: 'cable',
          id: '08STATE12345',
        },
        {
          type: 'reference',
          position: span(text, '07ASTANA 1234'),
          label: 'B',
          text: '07ASTANA 1234',
          kind: 'cable',
          id: '07ASTANA1234',
        },
        {
          type: 'reference',
          position: span(text, '07 ASTANA 1298'),
          label: 'C',
          text: '07 ASTANA 1298',
          kind: 'cable',
          id: '07ASTANA1298',
        },
      ],
    });
  });
  it('parses A) and (A) labels', () => {
    expect(nodeOf(references, 'REF: A) 07 ALMATY 5426, B) 07 ALMATY 5425')).toMatchObject({
      children: [
        { label: 'A', id: '07ALMATY5426' },
        { label: 'B', id: '07ALMATY5425' },
      ],
    });
    expect(nodeOf(references, 'REFS: (A) 06 ASTANA 839, (B) 06 ASTANA 608')).toMatchObject({
      keyword: 'REFS',
      children: [
        { label: 'A', id: '06ASTANA839' },
        { label: 'B', id: '06ASTANA608' },
      ],
    });
  });
  it('parses two cables in one entry, SECSTATE read as STATE', () => {
    expect(nodeOf(references, 'REF: 07 SECSTATE 232089 & 07 USUN 2336')).toMatchObject({
      children: [{ id: '07STATE232089' }, { id: '07USUNNEWYORK2336' }],
    });
  });
  it('takes a missing year from options.date', () => {
    expect(nodeOf(references, 'REF: ASTANA 358', { year: '08' })).toMatchObject({ children: [{ id: '08ASTANA358' }] });
  });
  it('keeps non-cable references with a kind and no id', () => {
    expect(nodeOf(references, 'REF: A. 07 ASTANA 12 B. SMITH/JONES E-MAIL 10/15/07')).toMatchObject({
      children: [{ kind: 'cable' }, { label: 'B', kind: 'email', id: null, text: 'SMITH/JONES E-MAIL 10/15/07' }],
    });
  });
  it('reports CG304 when no references follow', () => {
    const { read, diagnostics } = readWith(references, 'REF:');
    expect(read?.node).toEqual({ type: 'references', position: span('REF:', 'REF:'), keyword: 'REF', children: [] });
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['CG304', 'Expected references like `A. STATE 12345` after `REF`, found none'],
    ]);
  });
  it('reads four-digit and parenthesized years, mixed-case origins and brackets', () => {
    const record = (text: string) => nodeOf(references, text, { year: '06' });
    expect(record('Ref:  2003 Almaty 1773')).toMatchObject({ children: [{ id: '03ALMATY1773' }] });
    expect(record('REF: (99) ASTANA 2196')).toMatchObject({ children: [{ id: '99ASTANA2196' }] });
    expect(record('Ref: [A] Astana 188314, [B] Almaty 2285')).toMatchObject({
      children: [
        { label: 'A', id: '06ASTANA188314' },
        { label: 'B', id: '06ALMATY2285' },
      ],
    });
    expect(record('REF: A. ASTANA 651 B. 2005ASTANA2342')).toMatchObject({
      children: [{ id: '06ASTANA651' }, { id: '05ASTANA2342' }],
    });
  });
  it('goes on across a blank line when the next line continues the list', () => {
    const text = 'REF: A. ASTANA 651\n\n     B. ASTANA 1213\n\n1. Text.';
    expect(nodeOf(references, text, { year: '06' })).toMatchObject({
      children: [{ id: '06ASTANA651' }, { id: '06ASTANA1213' }],
    });
  });
  it('splits entries at semicolons and keeps reports apart', () => {
    expect(
      nodeOf(references, 'REF: STATE 122723; ASTANA IIR 6 899 0149 10; 2009 ASTANA 2394', { year: '10' }),
    ).toMatchObject({
      children: [{ id: '10STATE122723' }, { kind: 'report', id: null }, { id: '09ASTANA2394' }],
    });
  });
  it('does not read a DTG or a paragraph pointer as a cable', () => {
    expect(nodeOf(references, 'REF: STATE R162245Z OCT 08', { year: '08' })).toMatchObject({
      children: [{ kind: 'other', id: null }],
    });
    expect(nodeOf(references, 'REF: REFTEL PARA 5', { year: '08' })).toMatchObject({
      children: [{ kind: 'other', id: null }],
    });
  });
  it('drops labels with nothing after them, keeps the next entry’s label, and covers the whole list', () => {
    const text = 'REF: A. ; B. , C. STATE 12345; ASTANA 651';
    const node = nodeOf(references, text, { year: '08' });
    expect(node).toMatchObject({
      position: span(text, text),
      children: [
        { label: 'C', id: '08STATE12345' },
        { label: null, id: '08ASTANA651' },
      ],
    });
  });
  it('reads a short misspelled keyword only when a cable reference follows', () => {
    expect(nodeOf(references, 'REFS: A. STATE 12345', { year: '08' })?.children[0]?.id).toBe('08STATE12345');
    expect(nodeOf(references, 'RES: STATE 12345', { year: '08' })?.children[0]?.id).toBe('08STATE12345');
    expect(nodeOf(references, 'RES: THE MINISTER SAID')).toBeNull();
  });
});
