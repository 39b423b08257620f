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
  it('reads a season with its article after a word of time, and with a part alone, the nearest in the tense', () => {
    expect(
      read('the vote will come in the spring; talks stalled during the summer and resumed in late spring'),
    ).toEqual([
      ['the spring', '2010', null],
      ['the summer', '2009', null],
      ['late spring', '2009', 'late'],
    ]);
  });
  it('reads no season with its article after other words, before of, or capitalized in mixed case', () => {
    expect(
      read('the summer was hot; after the fall of the regime; during the Arab Spring; in the summer-long talks'),
    ).toEqual([]);
  });
});
