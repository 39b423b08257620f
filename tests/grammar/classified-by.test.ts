import { describe, expect, it } from 'vitest';
import { classifiedBy, inlineKeyword, officerEnd, readOfficer } from '../../src/grammar/classified-by.js';
import { paragraph } from '../../src/grammar/paragraph.js';
import { span, spanFromTo } from '../helpers.js';
import { nodeOf, readWith } from './read.js';

describe('classifiedBy', () => {
  it('parses name, title and reasons', () => {
    const text = 'Classified By: Ambassador John Ordway for reasons 1.4 (b) and (d)';
    expect(nodeOf(classifiedBy, text)).toEqual({
      type: 'classifiedBy',
      position: span(text, text),
      text: 'Ambassador John Ordway for reasons 1.4 (b) and (d)',
      name: 'John Ordway',
      title: 'Ambassador',
      reasons: ['1.4(b)', '1.4(d)'],
    });
  });
  it('parses capitals, a period and 1.5 reasons', () => {
    expect(nodeOf(classifiedBy, 'CLASSIFIED BY DCM JOHN SMITH. REASONS: 1.5 (B) AND (D).')).toMatchObject({
      name: 'JOHN SMITH',
      title: 'DCM',
      reasons: ['1.5(b)', '1.5(d)'],
    });
  });
  it('parses a name before its title and a semicolon', () => {
    const text = 'CLASSIFIED BY: Jane Q. Doe, Assistant Secretary, Department of State; REASON: 1.4(B), (D)';
    expect(nodeOf(classifiedBy, text)).toMatchObject({
      name: 'Jane Q. Doe',
      title: 'Assistant Secretary, Department of State',
      reasons: ['1.4(b)', '1.4(d)'],
    });
  });
  it('joins wrapped lines and stops at a paragraph', () => {
    const text =
      'Classified By: Acting Deputy Chief of Mission John Smith for Reasons 1.4\n (b) and (d)\n\n1. (C) Text.';
    expect(readWith(classifiedBy, text).read).toMatchObject({
      node: { position: spanFromTo(text, 'Classified', '(d)'), name: 'John Smith', reasons: ['1.4(b)', '1.4(d)'] },
      next: 2,
    });
  });
  it('stops before a paragraph number on the next line glued to its first word (`1.KEY POINTS`)', () => {
    const text = 'Classified By: DCM Jane Roe for reasons 1.4 (b) and (d).\n1.KEY POINTS -- (C) The minister agreed.';
    expect(readWith(classifiedBy, text).read).toMatchObject({
      node: { position: spanFromTo(text, 'Classified', '(d).'), reasons: ['1.4(b)', '1.4(d)'] },
      next: 1,
    });
  });
  it('ends at its reasons when a paragraph is glued after them on its line (a text that lost its breaks)', () => {
    const text = 'CLASSIFIED BY: Jane Roe, CDA. REASON: 1.4 (b), (d) 1. (C) Summary: the minister agreed.';
    const { read, reading } = readWith(classifiedBy, text);
    expect(read).toMatchObject({
      node: { position: spanFromTo(text, 'CLASSIFIED', '(d)'), name: 'Jane Roe', reasons: ['1.4(b)', '1.4(d)'] },
      next: 0,
    });
    // The rest of the line takes the line's slot, for the paragraph to read.
    expect(reading.lines[0]).toMatchObject({ value: '1. (C) Summary: the minister agreed.', cut: true });
  });
  it('reads a portion mark and a word after the reasons as the body, not as reason (c)', () => {
    const text = 'Classified By: Counselor Jane Roe for Reasons 1.4 (b) and (d) (C) HMG is aware of the plan.';
    const { read, reading } = readWith(classifiedBy, text);
    expect(read?.node).toMatchObject({
      position: spanFromTo(text, 'Classified', '(d)'),
      reasons: ['1.4(b)', '1.4(d)'],
    });
    expect(reading.lines[0]?.value).toBe('(C) HMG is aware of the plan.');
    // (C) between reasons, or before `AND`, is a reason.
    expect(nodeOf(classifiedBy, 'CLASSIFIED BY JANE ROE. REASONS 1.4 (B), (C) AND (D)')?.reasons).toEqual([
      '1.4(b)',
      '1.4(c)',
      '1.4(d)',
    ]);
    expect(nodeOf(classifiedBy, 'CLASSIFIED BY JANE ROE. REASONS 1.4 (B) (C) (D)')?.reasons).toEqual([
      '1.4(b)',
      '1.4(c)',
      '1.4(d)',
    ]);
  });
  it('keeps what follows its reasons when it is no paragraph', () => {
    const text = 'Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d); see also';
    expect(readWith(classifiedBy, text).read).toMatchObject({ node: { position: span(text, text) }, next: 1 });
  });
  it('reports CG305 when no reasons are given', () => {
    const text = 'Classified By: Ambassador John Ordway';
    expect(readWith(classifiedBy, text).diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['CG305', 'Expected reasons like `1.4 (b) and (d)` in the `Classified By` line, found none'],
    ]);
  });
  it('reads a misspelled keyword and a misspelled title word by their nearest spellings (CG300)', () => {
    const text = 'Classifed By: Ambasador Jane Roe for reasons 1.4 (b)';
    const { read, diagnostics } = readWith(classifiedBy, text);
    expect(read?.node).toMatchObject({ name: 'Jane Roe', title: 'Ambasador', reasons: ['1.4(b)'] });
    expect(diagnostics.map((d) => [d.code, d.actual, d.expected, d.position])).toEqual([
      ['CG300', 'Classifed By', 'CLASSIFIED BY', span(text, 'Classifed By')],
      ['CG300', 'Ambasador', 'ambassador', span(text, 'Ambasador')],
    ]);
  });
  it('skips the keyword repeated after itself, misspelled within one edit too (CG300)', () => {
    const text = 'Classified By: CLASSIFEID BY Consul Ann Tate for reasons 1.4 (d)';
    const { read, diagnostics } = readWith(classifiedBy, text);
    expect(read?.node).toMatchObject({ text: 'Consul Ann Tate for reasons 1.4 (d)', title: 'Consul' });
    expect(diagnostics.map((d) => [d.code, d.actual, d.position])).toEqual([
      ['CG300', 'CLASSIFEID BY', span(text, 'CLASSIFEID BY')],
    ]);
    // Two edits away, the word is the officer's text.
    expect(nodeOf(classifiedBy, 'Classified By: Classfid by Consul Ann Tate')?.text).toBe(
      'Classfid by Consul Ann Tate',
    );
  });
  it('reads the officer of a long line from its first 1000 characters, reasons and text from all of it', () => {
    const text = `Classified By: Ambassador John Ordway ${'and staff '.repeat(2000)}for reasons 1.4 (b)`;
    const node = nodeOf(classifiedBy, text);
    expect(node?.title?.startsWith('Ambassador John Ordway and staff')).toBe(true);
    expect((node?.title ?? '').length + (node?.name ?? '').length).toBeLessThanOrEqual(1000);
    expect(node?.reasons).toEqual(['1.4(b)']);
    expect(node?.text).toBe(text.slice('Classified By: '.length));
  });
  it('stands inside one of the first paragraphs as a child, from its keyword to the end of its reasons', () => {
    const text = '1. (C) THE TEXT BEGAN. CLASSIFIED BY JOHN ROE, DCM. REASON:\n1.4 (D). THE TEXT GOES ON.';
    const { read, reading } = readWith(paragraph, text);
    expect(read?.node.children).toEqual([
      { type: 'text', position: span(text, 'THE TEXT BEGAN.'), value: 'THE TEXT BEGAN.' },
      {
        type: 'classifiedBy',
        position: spanFromTo(text, 'CLASSIFIED BY', '(D).'),
        text: 'JOHN ROE, DCM. REASON: 1.4 (D).',
        name: 'JOHN ROE',
        title: 'DCM',
        reasons: ['1.4(d)'],
      },
      { type: 'text', position: span(text, 'THE TEXT GOES ON.'), value: 'THE TEXT GOES ON.' },
    ]);
    expect(reading.state.classifiedBy).toBe(true);
    // After one was read (or past the third paragraph), a paragraph keeps the words as its text.
    expect(readWith(paragraph, text, { state: { classifiedBy: true } }).read?.node.children).toHaveLength(2);
  });
  it('stands inside a paragraph misspelled, read by the fuzzy matcher (CG300)', () => {
    const text = '1. (S) Talks resumed. Classifed by Consul Ann Tate, reason 1.4 (d). More text.';
    const { read, diagnostics } = readWith(paragraph, text);
    expect(read?.node.children[1]).toMatchObject({
      type: 'classifiedBy',
      position: spanFromTo(text, 'Classifed', '(d).'),
    });
    expect(diagnostics.map((d) => [d.code, d.actual, d.position])).toEqual([
      ['CG300', 'Classifed by', span(text, 'Classifed by')],
    ]);
  });
});

describe('the officer part', () => {
  it('ends where the authority begins, the words leading to it included', () => {
    const cut = (text: string) => text.slice(0, officerEnd(text));
    expect(cut('Ambassador John Roe for reasons 1.4 (b)')).toBe('Ambassador John Roe ');
    expect(cut('DCM JANE ROE BASED ON E.O. 12958 REASONS 1.4')).toBe('DCM JANE ROE ');
    expect(cut('Charge John Roe per section 1.4(d)')).toBe('Charge John Roe ');
    expect(cut('POLCOUNS JOHN ROE, REASONS; 1.4 (B)')).toBe('POLCOUNS JOHN ROE, ');
    expect(cut('Charge John Roe; reasons 1.4')).toBe('Charge John Roe');
  });
  it('ends at `reasons` misspelled, broken by a stray space, cut off, or glued to its section', () => {
    const cut = (text: string) => text.slice(0, officerEnd(text)).trim();
    expect(cut('DCM JOHN ROE FOR REAONS 1.4 (B)')).toBe('DCM JOHN ROE');
    expect(cut('DCM John Roe for rea sons 1.4 (b)')).toBe('DCM John Roe');
    expect(cut('DCM John Roe fo r reasons 1.4 (b)')).toBe('DCM John Roe');
    expect(cut('DCM John Roe for re...')).toBe('DCM John Roe');
    expect(cut('DCM John Roe. Reason:1.4(b)(d)')).toBe('DCM John Roe.');
  });
  it('ends at line noise, which no name or title carries', () => {
    expect(readOfficer('CDA: John Roe for reQ#8$UQ8ML#C may choke').name).toBe('John Roe');
  });
  it('reads titles in their written forms: abbreviations, hyphens, elided articles, OCR zeros', () => {
    expect(readOfficer('A/DCM Jane Roe')).toMatchObject({ name: 'Jane Roe', title: 'A/DCM' });
    expect(readOfficer('Political M-C Jane Roe')).toMatchObject({ name: 'Jane Roe', title: 'Political M-C' });
    expect(readOfficer('Acting Political Minister-Counselor Jane Roe')).toMatchObject({ name: 'Jane Roe' });
    expect(readOfficer("Charge d'Afairs Jane Roe")).toMatchObject({ name: 'Jane Roe', title: "Charge d'Afairs" });
    expect(readOfficer('AMBASSAD0R J0HN R0E')).toMatchObject({ name: 'J0HN R0E', title: 'AMBASSAD0R' });
  });
  it('keeps name suffixes, initials and a trailing ellipsis with the name', () => {
    expect(readOfficer('DCM Robert O. Roe, Jr.').name).toBe('Robert O. Roe, Jr.');
    expect(readOfficer('Ambassador John Roe III').name).toBe('John Roe III');
    expect(readOfficer('AMBASSADOR JOHN R..').name).toBe('JOHN R..');
  });
  it('finds no name in a line that names no person, and reports CG306', () => {
    expect(readOfficer('SECTION 1.5 (B)').name).toBeNull();
    expect(readOfficer('Editor note: this text was reclassified').name).toBeNull();
    const { read, diagnostics } = readWith(classifiedBy, 'Classified By: 08 STATE 123456');
    expect(read?.node).toMatchObject({ name: null });
    expect(diagnostics.map((d) => d.code)).toEqual(['CG305', 'CG306']);
  });
  it('reads a title whose parts run together, in any case', () => {
    expect(readOfficer('PolEconCouns Jane Roe')).toMatchObject({ name: 'Jane Roe', title: 'PolEconCouns' });
    expect(readOfficer('POLMILOFF JOHN ROE')).toMatchObject({ name: 'JOHN ROE', title: 'POLMILOFF' });
    expect(readOfficer('Mincouns Jane Roe').name).toBe('Jane Roe');
    // A name that only starts like title words stays a name.
    expect(readOfficer('Ambassador Colin Roe').name).toBe('Colin Roe');
  });
  it('mends words a stray space broke, drops a stray letter, and ends at `-reasons` or a cut `for...`', () => {
    expect(readOfficer('Ambassador Jo hn Roe').name).toBe('John Roe');
    expect(readOfficer('DCM Do nald A. Roe').name).toBe('Donald A. Roe');
    expect(readOfficer('DCM Jane Ro es for reasons 1.4 (b)').name).toBe('Jane Roes');
    expect(readOfficer('Ambassador Jane Roe x for Reasons 1.4 (b)').name).toBe('Jane Roe');
    expect(readOfficer('Polcouns Jane Roe-reasons 1.4 (b)').name).toBe('Jane Roe');
    expect(readOfficer('Ambassador Jane M. Roe for...').name).toBe('Jane M. Roe');
  });
  it('keeps title words and particles after a name has begun with the name', () => {
    expect(readOfficer('PolOff Jane Q. Public')).toMatchObject({ name: 'Jane Q. Public', title: 'PolOff' });
    expect(readOfficer('Ambassador Jan de Roe Vos').name).toBe('Jan de Roe Vos');
    expect(readOfficer('Ahmed bin Said al Roe, Political Officer').name).toBe('Ahmed bin Said al Roe');
    expect(readOfficer("CHARGE D'AFFAIRES A. I. JANE ROE")).toMatchObject({ name: 'JANE ROE' });
    expect(readOfficer('Charge d\u2019Affaires Jane Roe').name).toBe('Jane Roe');
  });
});

describe('inlineKeyword', () => {
  it('finds the keyword within one edit of `CLASSIFIED`, in capitals or capitalized, glued to a word or not', () => {
    expect(inlineKeyword('B. LIMA 77 Classfied By: Consul')).toEqual({ start: 11, end: 23, distance: 1 });
    expect(inlineKeyword('LIMAClassified by Consul')).toEqual({ start: 4, end: 17, distance: 0 });
    expect(inlineKeyword('THE CLASSROOM BY THE SEA; CLASSIIFIED BY X')).toEqual({ start: 26, end: 40, distance: 1 });
  });
  it('finds no other word, nor a keyword whose words differ in case', () => {
    for (const text of ['Classrooms by the sea', 'Classfid By', 'CLASSIFIED By', 'classified by', 'Classified byway']) {
      expect(inlineKeyword(text)).toBeNull();
    }
  });
});
