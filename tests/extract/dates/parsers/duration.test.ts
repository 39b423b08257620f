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
  it('reads periods in hours by their days, not a unit that modifies a noun (hour-long, 24 hour)', () => {
    expect(read(anchoredDurationParser, 'within 48 hours, over the next 24 hours, an hour-long talk')).toEqual([
      ['within 48 hours', '2009-10-16', '2009-10-18', 'PT48H'],
      ['the next 24 hours', '2009-10-16', '2009-10-17', 'PT24H'],
    ]);
    expect(read(offsetDateParser, 'in 72 hours, in 24 hour contact, in an hour-long call')).toEqual([
      ['in 72 hours', '2009-10-19', null, null],
    ]);
  });
  it('reads periods of no stated length with no dates, and not those counted from another time', () => {
    expect(
      read(anchoredDurationParser, 'the past few days, the next several months, the coming weeks, in recent years'),
    ).toEqual([
      ['the past few days', null, null, 'PXD'],
      ['the next several months', null, null, 'PXM'],
      ['the coming weeks', null, null, 'PXW'],
      ['recent years', null, null, 'PXY'],
    ]);
    expect(read(anchoredDurationParser, 'in previous years and the following days')).toEqual([]);
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
  it('gives no value to a vague count, nor to a count from an event the text names (later, earlier)', () => {
    expect(read(offsetDateParser, 'several months ago; a year later; two weeks earlier; three days ago')).toEqual([
      ['several months ago', null, null, null],
      ['a year later', null, null, null],
      ['two weeks earlier', null, null, null],
      ['three days ago', '2009-10-13', null, null],
    ]);
  });
});

describe('a count and a half', () => {
  it('reads a period of a count and a half, and the date that far away', () => {
    expect(read(anchoredDurationParser, 'for the last two and a half years, within one and a half weeks')).toEqual([
      ['the last two and a half years', '2007-04-16', '2009-10-16', 'P2.5Y'],
      ['within one and a half weeks', '2009-10-16', '2009-10-27', 'P1.5W'],
    ]);
    expect(read(offsetDateParser, 'he came 3 and a half months ago')).toEqual([
      ['3 and a half months ago', '2009-07', null, null],
    ]);
  });
});

describe('offsetDateParser with a qualifier, from now, and what follows', () => {
  it('reads a qualified count, from now, and an offset before a clause or a verb', () => {
    expect(
      read(
        offsetDateParser,
        'ready in about three weeks; two weeks from now; a month ago that ties; in six months to meet',
      ),
    ).toEqual([
      ['in about three weeks', '2009-11-06', null, null],
      ['two weeks from now', '2009-10-30', null, null],
      ['a month ago', '2009-09', null, null],
      ['in six months', '2010-04', null, null],
    ]);
  });
  it('leaves a range of counts and a count before an event alone', () => {
    expect(read(offsetDateParser, 'in six months to a year; two years before the election')).toEqual([]);
  });
});
