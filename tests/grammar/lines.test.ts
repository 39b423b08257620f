import { describe, expect, it } from 'vitest';
import { cutAtInlineField, keywordOf, linesOf } from '../../src/grammar/lines.js';

describe('lines', () => {
  it('splits at LF, CRLF and a lone CR, trimmed, blank lines left out but remembered', () => {
    const text = '  A  \r\nB\rC\n\n\nD';
    expect(linesOf(text).map((l) => [l.value, l.start, l.end, l.blankBefore])).toEqual([
      ['A', 2, 3, false],
      ['B', 7, 8, false],
      ['C', 9, 10, false],
      ['D', 13, 14, true],
    ]);
  });
  it("splits at Unicode's line and paragraph separators and NEL as at line feeds", () => {
    const text = 'FM AMEMBASSY ASTANA\n\u2028\u2028UNCLAS ASTANA 000358\u2029TAGS: SNAR KZ\u0085SUBJECT: X';
    expect(linesOf(text).map((l) => [l.value, l.blankBefore])).toEqual([
      ['FM AMEMBASSY ASTANA', false],
      ['UNCLAS ASTANA 000358', true],
      ['TAGS: SNAR KZ', false],
      ['SUBJECT: X', false],
    ]);
  });
  it('marks lines with control characters', () => {
    expect(linesOf('a\nb\u0000c\nd').map((l) => l.control)).toEqual([false, true, false]);
  });
  it('reads a line’s field keyword once, and keeps it on the line', () => {
    const [line] = linesOf('TAGS: PREL');
    expect(line?.keyword).toBeUndefined();
    expect(keywordOf(line as never)?.field).toBe('tags');
    expect(line?.keyword?.meant).toBe('TAGS');
  });
  it('cuts a line where a field keyword starts inside it, the rest a line of its own', () => {
    const text = 'E.O. 12958: DECL: 01/07/2014 TAGS: PREL';
    const lines = linesOf(text);
    const at = cutAtInlineField(text, lines, 0);
    expect(at).toBe(0);
    expect(lines.map((l) => [l.value, l.cut])).toEqual([
      ['E.O. 12958: DECL: 01/07/2014', false],
      ['TAGS: PREL', true],
    ]);
  });
  it('cuts where an E.O. with its order number, or TAGS: after a digit, is glued to the text before it', () => {
    const text = 'SIPDISSTATE FOR INL/AEE.O. 12958: DECL: 10/03/2018TAGS: SNAR KZ';
    const lines = linesOf(text);
    let i = cutAtInlineField(text, lines, 0);
    expect(lines[i]?.value).toBe('SIPDISSTATE FOR INL/AE');
    // The rest stands in the next slot; cut again, each part moves one slot back (lines before are not read again).
    i = cutAtInlineField(text, lines, i + 1);
    expect([lines[i]?.value, lines[i + 1]?.value]).toEqual(['E.O. 12958: DECL: 10/03/2018', 'TAGS: SNAR KZ']);
    const prose = linesOf('The GEO 12345 satellite; Sublet:');
    expect(cutAtInlineField('The GEO 12345 satellite; Sublet:', prose, 0)).toBe(0);
    expect(prose).toHaveLength(1);
  });
  it('cuts a line before a dashed heading glued to its end', () => {
    const text = '1. Text.\nTHE SUBJECT WENT ON ------- Summary -------';
    const lines = linesOf(text);
    expect(cutAtInlineField(text, lines, 1)).toBe(0);
    expect(lines.map((l) => l.value)).toEqual(['THE SUBJECT WENT ON', '------- Summary -------']);
  });
  it('leaves a repeated keyword whole (`Classified By: CLASSIFIED BY ...`)', () => {
    const text = 'Classified By: CLASSIFIED BY JOHN ROE';
    const lines = linesOf(text);
    cutAtInlineField(text, lines, 0);
    expect(lines.map((l) => l.value)).toEqual([text]);
  });
  it('cuts a hundred thousand lines in linear time: each cut moves one slot back, no splice', () => {
    const text = 'SUBJECT: X TAGS: Y\n'.repeat(100_000);
    const lines = linesOf(text);
    const read: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      i = cutAtInlineField(text, lines, i);
      read.push(lines[i]?.value as string);
    }
    // Every line read in order, each cut in two; the array stays as long as it was (plus the first cut's slot).
    expect(read.length).toBe(200_000);
    expect(read.slice(0, 4)).toEqual(['SUBJECT: X', 'TAGS: Y', 'SUBJECT: X', 'TAGS: Y']);
    expect(lines.length).toBe(100_001);
  });
});
