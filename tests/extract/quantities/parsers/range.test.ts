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
