import { describe, expect, it } from 'vitest';
import { yearParser, yearRangeParser } from '../../../../src/extract/dates/parsers/year.js';
import { dateContext, parseWith } from '../../run-one.js';

const read = (parser: typeof yearParser, text: string) =>
  parseWith(parser, dateContext(text), text).map((d) => [d.text, d.value, d.valueEnd]);

describe('yearRangeParser', () => {
  it('reads year ranges in every shape', () => {
    expect(read(yearRangeParser, 'in 1998-2001, 2005-07, from 1979 to 1989, between 2002 and 2004')).toEqual([
      ['1998-2001', '1998', '2001'],
      ['2005-07', '2005', '2007'],
      ['1979 to 1989', '1979', '1989'],
      ['2002 and 2004', '2002', '2004'],
    ]);
  });
  it('reads a one-digit end after a dash (`2003-4`), never after a slash or when it goes backwards', () => {
    expect(read(yearRangeParser, 'since 2003-4, in 2007/8, case 2006-1, a Mirage 2000-5')).toEqual([
      ['2003-4', '2003', '2004'],
    ]);
  });
  it('leaves numbered things and backwards ranges alone', () => {
    expect(read(yearRangeParser, 'Resolution 1973-1999; 2004-2001; 2001 and 2004')).toEqual([]);
  });
});

describe('yearParser', () => {
  it('reads bare years, fiscal years and decades', () => {
    expect(read(yearParser, 'in 1996, FY2011, the 1980s')).toEqual([
      ['1996', '1996', null],
      ['FY2011', '2011', null],
      ['1980s', '1980', '1989'],
    ]);
  });
  it('reads a year after or before which something is (`post-2012`, `pre-1999`) as the year with its mod', () => {
    const found = (text: string) => parseWith(yearParser, dateContext(text), text).map((d) => [d.text, d.mod]);
    expect(found('post-2012 plans, the pre-1999 rules, POST-2014 TALKS, repost-2012')).toEqual([
      ['post-2012', 'after'],
      ['pre-1999', 'before'],
      ['POST-2014', 'after'],
    ]);
  });
  it('ends a year at a dash typed as two hyphens, not at one hyphen', () => {
    expect(read(yearParser, 'PLANS FOR 2011--THE REVIEW; a 2011-style plan')).toEqual([['2011', '2011', null]]);
  });
  it('leaves years inside names and identifiers alone', () => {
    expect(read(yearParser, 'Operation Shield-2008, Resolution 1540, case 2007-123, 1,999 people, 2000 kilos')).toEqual(
      [],
    );
  });
});

describe('years beside amounts and identifiers', () => {
  it('reads no range whose short end is an amount (from 30% in 2004 to 49% in 2005)', () => {
    expect(
      read(yearRangeParser, 'rose from 30% in 2004 to 49% in 2005, from 42.6% in 2006 to 47.4%; 2008 - 16,929'),
    ).toEqual([]);
    expect(read(yearParser, 'rose from 30% in 2004 to 49% in 2005')).toEqual([
      ['2004', '2004', null],
      ['2005', '2005', null],
    ]);
  });
  it('reads no year after a slash: a numbered decree or contract, a URL path', () => {
    expect(read(yearParser, 'Decree 926/2003, contract 093/2006, www.state.gov/rm/2008/05/1.htm')).toEqual([]);
  });
});
