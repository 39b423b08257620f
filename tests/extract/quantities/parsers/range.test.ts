import { describe, expect, it } from 'vitest';
import { rangeParser } from '../../../../src/extract/quantities/parsers/range.js';
import { parseWith, quantityContext } from '../../run-one.js';

const read = (text: string) =>
  parseWith(rangeParser, quantityContext(text), text).map((q) => [q.text, q.value, q.valueEnd, q.unit]);

describe('rangeParser', () => {
  it('reads ranges as one quantity with both ends', () => {
    expect(read('some 300-400 fighters; from 5 to 7 percent; between 10 and 20 kilos; two to three weeks')).toEqual([
      ['300-400', 300, 400, 'fighter'],
      ['5 to 7 percent', 5, 7, '%'],
      ['10 and 20 kilos', 10, 20, 'kg'],
      ['two to three weeks', 2, 3, 'week'],
    ]);
  });
  it('reads 5% to 7% as a range but not a change between two values', () => {
    expect(read('growth of 5% to 7%; prices rose from 200 to 250 dinars; crimes fell 1.2% to 8,147')).toEqual([
      ['5% to 7%', 5, 7, '%'],
    ]);
  });
  it('gives a low end the thousands it leaves out (`4-5,000`), and reads no telephone number', () => {
    expect(read('some 4-5,000 followers and 300-400,000 voters; call 4732-8888 or (56)(2)330-3318')).toEqual([
      ['4-5,000', 4000, 5000, 'follower'],
      ['300-400,000', 300000, 400000, 'voter'],
    ]);
    expect(read('between 2500-3000 troops')).toEqual([['2500-3000', 2500, 3000, 'troop']]);
  });
  it('leaves year ranges and bare number pairs to others', () => {
    expect(read('during 2001-2004, the vote was 1-2. Ages 10 and 12')).toEqual([]);
  });
  it('reads a currency before the low end and a scale after the high one', () => {
    expect(read('It costs $15-20 million, or USD 31-47 million, for 5-10 thousand homes.')).toEqual([
      ['$15-20 million', 15e6, 20e6, 'USD'],
      ['USD 31-47 million', 31e6, 47e6, 'USD'],
      ['5-10 thousand', 5e3, 10e3, 'home'],
    ]);
  });
});

describe('rangeParser on alternatives and currencies written twice', () => {
  it('reads near alternatives of something counted or measured as one range, not far ones or bare ones', () => {
    expect(read('two or three priorities, 15 or 20 minutes, 2 or 200 people, 1 or 2 of them')).toEqual([
      ['two or three', 2, 3, 'priority'],
      ['15 or 20 minutes', 15, 20, 'minute'],
    ]);
  });
  it('reads a currency and scale written at both ends, and the scale of the high end for a low end without one', () => {
    expect(read('between $1 and $4 million, $10-$12 Billion, from USD 60 million to USD 88 million')).toEqual([
      ['$1 and $4 million', 1e6, 4e6, 'USD'],
      ['$10-$12 Billion', 10e9, 12e9, 'USD'],
      ['USD 60 million to USD 88 million', 60e6, 88e6, 'USD'],
    ]);
  });
  it('leaves a year and an amount, alternatives of money and a change between two values alone', () => {
    expect(
      read('from $6 million in 2004 to $8 million, $446 million or $617 million; tripled from $77 to $204'),
    ).toEqual([]);
  });
});
