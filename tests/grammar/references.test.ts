import { describe, expect, it } from 'vitest';
import { references } from '../../src/grammar/references.js';
import { span, spanFromTo } from '../helpers.js';
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
    expect(nodeOf(references, 'REFS: A. STATE 12345', { year: '08' })?.children[0]).toMatchObject({
      id: '08STATE12345',
    });
    expect(nodeOf(references, 'RES: STATE 12345', { year: '08' })?.children[0]).toMatchObject({ id: '08STATE12345' });
    expect(nodeOf(references, 'RES: THE MINISTER SAID')).toBeNull();
  });
  it("takes a year written in parentheses after the serial before the cable's", () => {
    const ids = (text: string) => nodeOf(references, text, { year: '08' })?.children.map((c) => 'id' in c && c.id);
    expect(ids('REF: A. ASTANA 567 (99) B. ASTANA 1234 (2006) C. ASTANA 89 (NOTAL)')).toEqual([
      '99ASTANA567',
      '06ASTANA1234',
      '08ASTANA89',
    ]);
  });
  it('invents no serial: a reference numbered zero has no id', () => {
    expect(nodeOf(references, 'REF: ASTANA 000', { year: '08' })?.children[0]).toMatchObject({
      kind: 'cable',
      id: null,
    });
  });
  it('reads labels in order: an initial out of order is text, a label repeated is one', () => {
    const read = (text: string) =>
      nodeOf(references, text, { year: '08' })?.children.map((c) => 'label' in c && [c.label, c.text]);
    expect(read('REF: A. EMAIL FROM J. ROE 2/3/08 B. 07 ASTANA 123')).toEqual([
      ['A', 'EMAIL FROM J. ROE 2/3/08'],
      ['B', '07 ASTANA 123'],
    ]);
    expect(read('REF: A. A. ASTANA 1 B. B. ASTANA 2')).toEqual([
      ['A', 'ASTANA 1'],
      ['B', 'ASTANA 2'],
    ]);
  });
  it('goes on across a page marker when a label follows it, the marker a child of the list', () => {
    const text = 'REF: A. ASTANA 100\n     B. ASTANA 200\n\nASTANA 00000358 002 OF 002\n\n     C. ASTANA 300';
    const node = nodeOf(references, text, { year: '08' });
    expect(node?.children.map((c) => c.type)).toEqual(['reference', 'reference', 'pageMarker', 'reference']);
    expect(node?.position).toEqual(spanFromTo(text, 'REF', 'ASTANA 300'));
  });
  it('ends before a paragraph whose portion mark is no next label', () => {
    const text = 'REF: A. STATE 1\n     B. ASTANA 2\n\n(U) Post delivered the points.';
    expect(readWith(references, text, { state: { year: '08' } }).read?.next).toBe(2);
  });
  it('ends where a paragraph it ran into begins (a portion mark, then a sentence), the rest a line of its own', () => {
    const text = 'REF: STATE 43799 (SBU) Poloff delivered the points on April 28.\n\n2. More.';
    const { read, reading } = readWith(references, text, { state: { year: '08' } });
    expect(read?.node).toMatchObject({ position: span(text, 'REF: STATE 43799'), children: [{ id: '08STATE43799' }] });
    expect(read?.next).toBe(0);
    expect(reading.lines[0]).toMatchObject({ value: '(SBU) Poloff delivered the points on April 28.', cut: true });
    const list = 'REF: A. STATE 1\nB. ASTANA 2 1. (C) Summary: the Minister said.';
    expect(nodeOf(references, list, { year: '08' })?.children.map((c) => 'text' in c && c.text)).toEqual([
      'STATE 1',
      'ASTANA 2',
    ]);
  });
  it('ends where a `Classified By` glued after its last entry begins, the statement a line of its own', () => {
    const text = 'REF: A. STATE 1\n     B. ASTANA 2 Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d).';
    const { read, reading } = readWith(references, text, { state: { year: '08' } });
    expect(read?.node).toMatchObject({
      position: spanFromTo(text, 'REF', 'ASTANA 2'),
      children: [{ id: '08STATE1' }, { id: '08ASTANA2' }],
    });
    expect(read?.next).toBe(1);
    expect(reading.lines[1]).toMatchObject({ value: text.slice(text.indexOf('Classified')), cut: true });
    // The statement on a line of its own after the list is left out of it.
    const own = 'REF: A. STATE 1\nCLASSIFIED BY: Jane Roe, CDA. REASON: 1.4 (b)';
    expect(readWith(references, own, { state: { year: '08' } }).read?.next).toBe(1);
  });
  it('ends where a misspelled `Classified By` begins, as the fuzzy matcher reads the keyword', () => {
    const text = 'REF: A. OSLO 12 B. OSLO 34 Classifeid By: Consul Ann Tate, reasons 1.4 (d)';
    const { read, reading } = readWith(references, text, { state: { year: '09' } });
    expect(read?.node).toMatchObject({ position: spanFromTo(text, 'REF', 'OSLO 34') });
    expect(reading.lines[0]).toMatchObject({ value: text.slice(text.indexOf('Classifeid')), cut: true });
    // A word two edits from `CLASSIFIED` is no keyword: the list takes it.
    const far = 'REF: A. OSLO 12 B. OSLO 34 Classfid By: Consul Ann Tate';
    expect(readWith(references, far, { state: { year: '09' } }).read?.node.position).toEqual(span(far, far));
  });
  it('reads a dash between the origin and the serial as spacing', () => {
    const node = nodeOf(references, 'REF: A. STATE -123456 B. ANKARA - 4567', { year: '76' });
    expect(node?.children.map((child) => child.type === 'reference' && child.id)).toEqual([
      '76STATE123456',
      '76ANKARA4567',
    ]);
  });
});
