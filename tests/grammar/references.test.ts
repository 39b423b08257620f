import { describe, expect, it } from 'vitest';
import { parseCable } from '../../src/index.js';
import { blocks, span } from '../helpers.js';

describe('references', () => {
  it('parses lettered references with and without years', () => {
    const text = 'R 210951Z FEB 08\n\nREF: A. STATE 12345 B. 07ASTANA 1234 C. 07 ASTANA 1298';
    expect(blocks(text)[1]).toEqual({
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
    expect(blocks('REF: A) 07 ALMATY 5426, B) 07 ALMATY 5425')[0]).toMatchObject({
      children: [
        { label: 'A', id: '07ALMATY5426' },
        { label: 'B', id: '07ALMATY5425' },
      ],
    });
    expect(blocks('REFS: (A) 06 ASTANA 839, (B) 06 ASTANA 608')[0]).toMatchObject({
      keyword: 'REFS',
      children: [
        { label: 'A', id: '06ASTANA839' },
        { label: 'B', id: '06ASTANA608' },
      ],
    });
  });
  it('parses two cables in one entry, SECSTATE read as STATE', () => {
    expect(blocks('REF: 07 SECSTATE 232089 & 07 USUN 2336')[0]).toMatchObject({
      children: [{ id: '07STATE232089' }, { id: '07USUNNEWYORK2336' }],
    });
  });
  it('takes a missing year from options.date', () => {
    const record = parseCable('REF: ASTANA 358', { date: '2008-02-21' });
    expect(record.children[0]).toMatchObject({ children: [{ id: '08ASTANA358' }] });
  });
  it('keeps non-cable references with a kind and no id', () => {
    expect(blocks('REF: A. 07 ASTANA 12 B. SMITH/JONES E-MAIL 10/15/07')[0]).toMatchObject({
      children: [{ kind: 'cable' }, { label: 'B', kind: 'email', id: null, text: 'SMITH/JONES E-MAIL 10/15/07' }],
    });
  });
  it('reports CG304 when no references follow', () => {
    expect(parseCable('REF:').diagnostics.map((d) => d.code)).toEqual(['CG304']);
  });
  it('reads four-digit and parenthesized years, mixed-case origins and brackets', () => {
    const record = (text: string) => parseCable(text, { date: '2006-01-01' }).children[0];
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
    expect(parseCable(text, { date: '2006-01-01' }).children[0]).toMatchObject({
      children: [{ id: '06ASTANA651' }, { id: '06ASTANA1213' }],
    });
  });
  it('splits entries at semicolons and keeps reports apart', () => {
    expect(
      parseCable('REF: STATE 122723; ASTANA IIR 6 899 0149 10; 2009 ASTANA 2394', { date: '2010-01-01' }).children[0],
    ).toMatchObject({
      children: [{ id: '10STATE122723' }, { kind: 'report', id: null }, { id: '09ASTANA2394' }],
    });
  });
  it('does not read a DTG or a paragraph pointer as a cable', () => {
    expect(parseCable('REF: STATE R162245Z OCT 08', { date: '2008-01-01' }).children[0]).toMatchObject({
      children: [{ kind: 'other', id: null }],
    });
    expect(parseCable('REF: REFTEL PARA 5', { date: '2008-01-01' }).children[0]).toMatchObject({
      children: [{ kind: 'other', id: null }],
    });
  });
  it('drops labels with nothing after them, keeps the label of the entry that follows, and covers the whole list', () => {
    const text = 'REF: A. ; B. , C. STATE 12345; ASTANA 651';
    const node = parseCable(text, { date: '2008-01-01' }).children[0];
    expect(node).toMatchObject({
      position: span(text, text),
      children: [
        { label: 'C', id: '08STATE12345' },
        { label: null, id: '08ASTANA651' },
      ],
    });
  });
});
