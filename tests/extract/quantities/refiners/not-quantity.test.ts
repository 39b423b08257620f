import { describe, expect, it } from 'vitest';
import { notQuantityRefiner } from '../../../../src/extract/quantities/refiners/not-quantity.js';
import { quantityAt, quantityContext } from '../../run-one.js';

const kept = (text: string, written: string[]) =>
  notQuantityRefiner
    .refine(
      quantityContext(text),
      written.map((w) => quantityAt(text, w)),
    )
    .map((q) => text.slice(q.start, q.end));

describe('notQuantityRefiner', () => {
  it('drops numbers after label words: Resolution 1701, para 2, article 5, E.O. 12958', () => {
    const text = 'under Resolution 1701, see para 2 and article 5 of E.O. 12958; 40 observers';
    expect(kept(text, ['1701', '2', '5', '12958', '40'])).toEqual(['40']);
  });
  it("drops the later numbers of a label's list: UNSCRs 1737, 1747 and 1803, articles 12, 13, and 25", () => {
    const text = 'under UNSCRs 1737, 1747 and 1803 and articles 12, 13, and 25 & 26; 40 observers';
    expect(kept(text, ['1737', '1747', '1803', '12', '13', '25', '26', '40'])).toEqual(['40']);
  });
  it("keeps amounts after a label's list, and lists no label opens", () => {
    const text = 'para 2 and 5,000 troops; Resolution 1701 and 3 ships; it has 8, 6 and 7 members';
    const found = [
      quantityAt(text, '2'),
      quantityAt(text, '5,000 troops', { value: 5000, unit: 'troop' }),
      quantityAt(text, '1701'),
      quantityAt(text, '3 ships', { value: 3, unit: 'ship' }),
      quantityAt(text, '8'),
    ];
    expect(notQuantityRefiner.refine(quantityContext(text), found).map((q) => text.slice(q.start, q.end))).toEqual([
      '5,000 troops',
      '3 ships',
      '8',
    ]);
  });
  it('drops clock times: at 0430, before 1100, 0900 hours, 9 p.m.', () => {
    const text = 'at 9 p.m., at 0430, before 1100, 0800 hours; 1500 troops';
    expect(kept(text, ['9', '0430', '1100', '0800', '1500'])).toEqual(['1500']);
  });
  it('keeps a range of numbers joined by a hyphen, and drops a number joined to more digits', () => {
    const text = 'some 300-400 fighters, a 7-10 percent fall; call 555-1234';
    const range = (w: string, end: number) => quantityAt(text, w, { valueEnd: end });
    const found = [range('300-400', 400), range('7-10 percent', 10), quantityAt(text, '555')];
    expect(notQuantityRefiner.refine(quantityContext(text), found).map((q) => text.slice(q.start, q.end))).toEqual([
      '300-400',
      '7-10 percent',
    ]);
  });
  it('drops ordinals, days of dates and bare years, not counts of years', () => {
    const text = 'the 3rd Brigade; on 12 March; in 1999; 2000 arrests';
    expect(kept(text, ['3', '12', '1999', '2000'])).toEqual(['2000']);
  });
  it("drops a list's markers, a spelled number's figures and a paragraph's number; keeps a count in brackets", () => {
    const text =
      'they note: (1) the first; (2) the second. He has six (6) boats. ended). 8. (C) Then Malta (50) ships.';
    expect(kept(text, ['1', '2', '6', '8', '50'])).toEqual(['50']);
    const more = 'to rise (possibly to 300) in May; items:\n2) the rest';
    expect(kept(more, ['300', '2'])).toEqual(['300']);
  });
  it('drops numbers with letters glued on, and four digits of a clock before hours or local only', () => {
    const text = 'SECRET 04THEHAGUE1701; at 291400Z; 1100 local; 100 local officials, 10 Amcits and 24 hours';
    expect(kept(text, ['04', '291400', '1100', '100', '10', '24'])).toEqual(['100', '10', '24']);
  });
});

describe('notQuantityRefiner on identifiers', () => {
  it("drops a cable's reference written in prose, and the year's two digits before it", () => {
    const text = 'See 09 Kabul 897 and Damascus 349. In Kabul 30 people died.';
    expect(kept(text, ['09', '897', '349', '30'])).toEqual(['30']);
  });
  it("drops a telephone number's parts, a serial of six digits, a number after # and a colon", () => {
    const text = 'Call (56 2) 330-3380 about file 1382195; Vetting #: 99495, and 123,456 people came';
    expect(kept(text, ['56', '2', '1382195', '99495', '123,456'])).toEqual(['123,456']);
  });
  it("drops a list's markers in sequence, no parenthesis before them, a paragraph number opening a sentence", () => {
    const text = 'he said: 1) it failed, 2) it cost 40 dollars and 3) it ended. End Comment. 8. This cable ends';
    expect(kept(text, ['2', '40', '3', '8'])).toEqual(['40']);
  });
});
