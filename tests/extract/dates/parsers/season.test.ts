import { describe, expect, it } from 'vitest';
import { seasonParser } from '../../../../src/extract/dates/parsers/season.js';
import { dateContext, parseWith } from '../../run-one.js';

const read = (text: string, reference = '2009-10-16') =>
  parseWith(seasonParser, dateContext(text, reference), text).map((d) => [d.text, d.value, d.mod ?? null]);

describe('seasonParser', () => {
  it('reads a season named from the reference date as its year, with its part', () => {
    expect(read('since last summer, early this fall and by next spring')).toEqual([
      ['last summer', '2009', null],
      ['early this fall', '2009', 'early'],
      ['next spring', '2010', null],
    ]);
  });
  it('counts a winter from its December: this winter in January opened the December before', () => {
    expect(read('this winter, last winter, next winter and this coming summer', '2009-01-20')).toEqual([
      ['this winter', '2008', null],
      ['last winter', '2007', null],
      ['next winter', '2009', null],
      ['this coming summer', '2009', null],
    ]);
  });
  it('reads no season alone, and none without a reference date', () => {
    expect(read('in summer the roads close; the fall of the regime')).toEqual([]);
    expect(parseWith(seasonParser, dateContext('last summer', null), 'last summer')).toEqual([]);
  });
});
