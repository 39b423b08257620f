/**
 * The extractors' capabilities end to end, through the public functions: one sentence written for each (none is
 * a cable's), every mention it holds with its kind and value. A parser can pass its own tests and a refiner after it
 * still drop what it read (a hyphenated range was dropped as `joined to more digits`): these catch that.
 */
import { describe, expect, it } from 'vitest';
import { extractDates, extractQuantities } from '../../src/index.js';

const quantities = (text: string) =>
  extractQuantities(text).map((q) => `${q.text}|${q.kind}|${q.value}${q.valueEnd != null ? `..${q.valueEnd}` : ''}`);
const dates = (text: string) =>
  extractDates(text, { reference: '2009-03-10' }).map(
    (d) => `${d.text}|${d.kind}|${d.value}${d.valueEnd ? `..${d.valueEnd}` : ''}${d.mod ? ` ${d.mod}` : ''}`,
  );

describe('quantities', () => {
  it('reads ranges joined by a hyphen, a dash or words as one quantity', () => {
    expect(quantities('Police deployed some 200-250 troops and 30–40 trucks.')).toEqual([
      '200-250|count|200..250',
      '30–40|count|30..40',
    ]);
    expect(quantities('Officials expect a 7-10 percent decrease and a 20-30% drop.')).toEqual([
      '7-10 percent|percent|7..10',
      '20-30%|percent|20..30',
    ]);
  });
  it('reads fractions, scale suffixes, a unit on the next line and currencies however written', () => {
    expect(quantities('Nearly half of the voters and roughly two thirds of the deputies agreed.')).toEqual([
      'half|ratio|0.5',
      'two thirds|ratio|0.666667',
    ]);
    expect(quantities('It spent $2bn on roads and 5.5 mln on clinics.')).toEqual([
      '$2bn|currency|2000000000',
      '5.5 mln|currency|5500000',
    ]);
    expect(quantities('Turnout reached 61\npercent.')).toEqual(['61\npercent|percent|61']);
    expect(quantities('The project costs $US59.8 million and US$ 5 million more.')).toEqual([
      '$US59.8 million|currency|59800000',
      'US$ 5 million|currency|5000000',
    ]);
  });
  it('reads no number that is part of a name, an identifier or a clock time', () => {
    expect(quantities('The G8 and the EU-3 discussed Resolution 1701 at 0430.')).toEqual([]);
  });
});

describe('dates', () => {
  it('reads two dates joined by to as one range, seasons, periods of no stated length and parts of a day', () => {
    expect(dates('It ran from March 2006 to March 2007, stalled last summer and over the past few weeks.')).toEqual([
      'March 2006 to March 2007|range|2006-03..2007-03',
      'last summer|year|2008',
      'the past few weeks|duration|null',
    ]);
    expect(dates('The vote passed in October, 2005; the riot began on the night of June 14.')).toEqual([
      'October, 2005|month|2005-10',
      'the night of June 14|date|2008-06-14',
    ]);
  });
  it('reads clock times joined to their date, numeric dates and year ranges', () => {
    expect(dates('He arrived at 9 P.M. and left at 2:45 p.m. on March 3.')).toEqual([
      '9 P.M.|datetime|2009-03-10T21',
      '2:45 p.m. on March 3|datetime|2009-03-03T14:45',
    ]);
    expect(dates('The talks will resume on 4/22; the decree of 16.02.2009; DOB 18-MAY-1954.')).toEqual([
      '4/22|date|2009-04-22',
      '16.02.2009|date|2009-02-16',
      '18-MAY-1954|date|1954-05-18',
    ]);
    expect(dates('He was governor in 2001-2004 and again in 2005-6.')).toEqual([
      '2001-2004|range|2001..2004',
      '2005-6|range|2005..2006',
    ]);
  });
  it('reads parts of months, years and decades, and what comes before or after a year', () => {
    expect(dates('Elections are planned for mid-May, after the late 1990s and before the post-2010 era.')).toEqual([
      'mid-May|month|2009-05 mid',
      'late 1990s|range|1990..1999 late',
      'post-2010|year|2010 after',
    ]);
  });
  it('reads a bare day and a weekday with its date, resolved by the tense', () => {
    expect(dates('On Friday, October 16, the delegation met; it left on the 21st.')).toEqual([
      'Friday, October 16|date|2008-10-16',
      'the 21st|date|2009-02-21',
    ]);
  });
});
