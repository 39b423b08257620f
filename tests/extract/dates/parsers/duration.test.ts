import { describe, expect, it } from 'vitest';
import { anchoredDurationParser, offsetDateParser } from '../../../../src/extract/dates/parsers/duration.js';
import { dateContext, parseWith } from '../../run-one.js';

const read = (parser: typeof offsetDateParser, text: string) =>
  parseWith(parser, dateContext(text), text).map((d) => [d.text, d.value, d.valueEnd, d.duration]);

describe('anchoredDurationParser', () => {
  it('reads periods ending or starting at the reference date', () => {
    expect(
      read(anchoredDurationParser, 'over the past three months, within ten days, the next 2 years, the last decade'),
    ).toEqual([
      ['the past three months', '2009-07-16', '2009-10-16', 'P3M'],
      ['within ten days', '2009-10-16', '2009-10-26', 'P10D'],
      ['the next 2 years', '2009-10-16', '2011-10-16', 'P2Y'],
      ['the last decade', '1999-10-16', '2009-10-16', 'P10Y'],
    ]);
  });
  it('leaves `the last year` to the relative periods', () => {
    expect(read(anchoredDurationParser, 'in the last year')).toEqual([]);
  });
});

describe('offsetDateParser', () => {
  it('reads dates that far from the reference date', () => {
    expect(read(offsetDateParser, 'in six months; two weeks ago; IN EIGHTEEN MONTHS')).toEqual([
      ['in six months', '2010-04', null, null],
      ['two weeks ago', '2009-10-02', null, null],
      ['IN EIGHTEEN MONTHS', '2011-04', null, null],
    ]);
  });
  it('leaves periods that are not offsets alone', () => {
    expect(read(offsetDateParser, 'in six months of talks; two weeks before the vote')).toEqual([]);
  });
});
