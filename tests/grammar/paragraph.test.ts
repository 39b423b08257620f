import { describe, expect, it } from 'vitest';
import { paragraph, paragraphText } from '../../src/grammar/paragraph.js';
import { blocks, span, spanFromTo } from '../helpers.js';
import { nodeOf, readWith } from './read.js';

const text = (value: string, whole: string) => ({ type: 'text', position: span(whole, value), value });

describe('paragraph', () => {
  it('parses a numbered paragraph over wrapped lines', () => {
    const input = '1. According to the Statistics Committee,\n10,502 crimes were committed during 2007.';
    const { read, reading } = readWith(paragraph, input);
    expect(read).toEqual({
      node: {
        type: 'paragraph',
        position: spanFromTo(input, '1.', '2007.'),
        number: { written: '1', meant: 1 },
        marking: null,
        children: [
          text('According to the Statistics Committee,', input),
          text('10,502 crimes were committed during 2007.', input),
        ],
      },
      next: 2,
    });
    expect(reading.state).toMatchObject({ seenBody: true, paragraphNumber: 1, paragraphs: 1 });
  });
  it('parses a portion mark, with or without a space after the number', () => {
    const input = '2. (SBU) The Ministry stated.';
    expect(nodeOf(paragraph, input)).toEqual({
      type: 'paragraph',
      position: span(input, input),
      number: { written: '2', meant: 2 },
      marking: 'SBU',
      children: [text('The Ministry stated.', input)],
    });
    expect(nodeOf(paragraph, '1.(C) Summary: text.')).toMatchObject({
      marking: 'C',
      children: [{ value: 'Summary: text.' }],
    });
  });
  it('reads a pilcrow number, and a mangled one as meant (CG401)', () => {
    const input = '16. Six.';
    const { read, diagnostics } = readWith(paragraph, input, { state: { paragraphNumber: 5 } });
    expect(read?.node.number).toEqual({ written: '16', meant: 6 });
    expect(diagnostics).toEqual([
      {
        code: 'CG401',
        severity: 'info',
        message: 'Paragraph number `16` read as 6: the `1` is a mangled pilcrow',
        position: span(input, '16.'),
        expected: '6',
        actual: '16',
      },
    ]);
    expect(nodeOf(paragraph, '¶7. Seven.', { paragraphNumber: 6 })?.number).toEqual({ written: '¶7', meant: 7 });
  });
  it('reports CG402 for a gap in the numbering', () => {
    const input = '3. Three.';
    expect(
      readWith(paragraph, input, { state: { paragraphNumber: 1 } }).diagnostics.map((d) => [d.code, d.message]),
    ).toEqual([['CG402', 'Expected paragraph 2 after paragraph 1, found `3`']]);
  });
  it('joins a continuation after a blank line that starts in lower case', () => {
    expect(
      readWith(paragraph, '5. The children, ages 10 and 12, were\n\naccompanied by their mother.').read?.next,
    ).toBe(2);
  });
  it('ends at a blank line before a capital, a head, a field keyword with its colon, a dash line, a lone level', () => {
    for (const next of [
      '\n\nThe next one.',
      '\n2. Two.',
      '\n(C) Marked.',
      '\nTAGS: PREL',
      '\n-----',
      '\nCONFIDENTIAL',
    ]) {
      expect(readWith(paragraph, `1. One${next}`).read?.next).toBe(1);
    }
  });
  it('reads a number glued to a capitalized word (a lost space), not to a small letter or a digit', () => {
    expect(nodeOf(paragraph, '1.Key Points: the minister spoke.')).toMatchObject({
      number: { written: '1', meant: 1 },
      children: [{ value: 'Key Points: the minister spoke.' }],
    });
    expect(nodeOf(paragraph, '3.THE MINISTER SPOKE.')).toMatchObject({ number: { written: '3', meant: 3 } });
    expect(nodeOf(paragraph, '3.a note')).toMatchObject({ number: null, children: [{ value: '3.a note' }] });
    expect(nodeOf(paragraph, '3.A note')).toMatchObject({ number: null, children: [{ value: '3.A note' }] });
  });
  it('does not read a decimal at a line start as a number', () => {
    expect(nodeOf(paragraph, '1. One\n1.5 million people.')?.children).toMatchObject([
      { value: 'One' },
      { value: '1.5 million people.' },
    ]);
  });
  it('keeps a line that opens with REF but no colon inside its paragraph', () => {
    expect(
      readWith(paragraph, '2. THE GOVERNMENT PROTESTED (SEE\nREF A).  AT THE SAME TIME IT WAITS.').read?.next,
    ).toBe(2);
  });
  it('keeps a page marker that falls mid-sentence inside, and its text goes on after it', () => {
    const input = '7. Ninety-five kilos of drugs\n\nASTANA 00000358 002.2 OF 002\n\nwere seized in 2007.';
    expect(nodeOf(paragraph, input)?.children).toEqual([
      text('Ninety-five kilos of drugs', input),
      {
        type: 'pageMarker',
        position: span(input, 'ASTANA 00000358 002.2 OF 002'),
        style: 'serial',
        origin: 'ASTANA',
        serial: '00000358',
        page: { written: '002.2', meant: 2 },
        pages: 2,
        section: null,
        time: null,
      },
      text('were seized in 2007.', input),
    ]);
  });
  it('cuts a line around a page marker glued inside it, the marker a child of its own', () => {
    const input = '7. Ninety-five kilos of drugs ASTANA 00000358 002 OF 002 were seized in 2007.';
    expect(nodeOf(paragraph, input)?.children).toEqual([
      text('Ninety-five kilos of drugs', input),
      {
        type: 'pageMarker',
        position: span(input, 'ASTANA 00000358 002 OF 002'),
        style: 'serial',
        origin: 'ASTANA',
        serial: '00000358',
        page: { written: '002', meant: 2 },
        pages: 2,
        section: null,
        time: null,
      },
      text('were seized in 2007.', input),
    ]);
    // An unknown post's name and eight digits are text (`the 2007 budget of 12345678 tenge`).
    expect(nodeOf(paragraph, '8. Text of ELSEWHERE 00000358 002 OF 002 goes on.')?.children).toHaveLength(1);
  });
  it("goes on over a line the archive opened with a pilcrow made of a month's day or year", () => {
    const input = '3. The talks ended on Friday, December\n¶17. The delegation left in August\n¶2008.\n¶4. Next.';
    const { read } = readWith(paragraph, input);
    expect(read?.next).toBe(3);
    expect(read?.node.children.map((child) => (child.type === 'text' ? child.value : child.type))).toEqual([
      'The talks ended on Friday, December',
      '¶17. The delegation left in August',
      '¶2008.',
    ]);
  });
  it('ends before a page marker after a finished sentence when a capital follows', () => {
    expect(readWith(paragraph, '7. The end.\nASTANA 00000358 002 OF 002\nThe next.').read?.next).toBe(1);
  });
  it('reads any text line where prose stands (the last construct of the text zones)', () => {
    expect(nodeOf(paragraph, 'A line of prose, unnumbered.')).toMatchObject({ number: null, marking: null });
  });
  it('keeps a paragraph of a portion mark alone whole when its next line is taken as the signature', () => {
    const input = '1. Text.\n\n(C)\nSMITH';
    expect(blocks(input)).toMatchObject([
      { type: 'paragraph' },
      { type: 'paragraph', marking: 'C', position: span(input, '(C)'), children: [] },
      { type: 'signature' },
    ]);
  });
  it('leaves the body unopened after an unnumbered note that the opening fields follow', () => {
    const input =
      'UNCLAS ASTANA 000358\n\nC O R R E C T E D  C O P Y - TEXT\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: SNAR KZ';
    const { read, reading } = readWith(paragraph, input, { at: 1, state: { classified: true } });
    expect(read?.next).toBe(2);
    expect(reading.state.seenBody).toBe(false);
    expect(blocks(input).map((node) => node.type)).toEqual([
      'classificationLine',
      'paragraph',
      'caption',
      'executiveOrder',
      'tags',
    ]);
  });
  it('opens the body with an unnumbered text that no field follows, and with any numbered one', () => {
    const prose = readWith(paragraph, 'The Ministry reported.\nASTANA 00000358 002 OF 002\nThe end.');
    expect(prose.reading.state.seenBody).toBe(true);
    const numbered = readWith(paragraph, '1. The Ministry reported.\nTAGS: SNAR');
    expect(numbered.reading.state.seenBody).toBe(true);
  });
  it('before the body, cuts a line it takes where a field starts inside it, and ends there', () => {
    const input = 'STATE PLEASE PASS TO DEA\nAND INL E.O. 12958: N/A TAGS: SNAR KZ\nSUBJECT: DRUGS';
    expect(blocks(input)).toMatchObject([
      { type: 'paragraph', position: spanFromTo(input, 'STATE', 'AND INL') },
      { type: 'executiveOrder', position: span(input, 'E.O. 12958: N/A') },
      { type: 'tags', position: span(input, 'TAGS: SNAR KZ') },
      { type: 'subject' },
    ]);
  });
  it('in the body, leaves a field keyword inside its prose alone', () => {
    const input = '1. The designation under\nthe order E.O. 13224 of two groups.';
    expect(blocks(input).map((node) => node.type)).toEqual(['paragraph']);
  });
  it('gives its text with lines joined and white space collapsed', () => {
    expect(paragraphText(nodeOf(paragraph, '1. One  line\nand   another.') as never)).toBe('One line and another.');
  });
});
