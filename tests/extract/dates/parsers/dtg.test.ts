import { describe, expect, it } from 'vitest';
import { dtgParser } from '../../../../src/extract/dates/parsers/dtg.js';
import { dateContext, parseWith } from '../../run-one.js';

const read = (text: string) => parseWith(dtgParser, dateContext(text), text).map((d) => [d.text, d.value]);

describe('dtgParser', () => {
  it('reads date-time groups with two- and four-digit years, in UTC', () => {
    expect(read('O 031422Z MAR 75 and P 301956Z NOV 2009')).toEqual([
      ['031422Z MAR 75', '1975-03-03T14:22Z'],
      ['301956Z NOV 2009', '2009-11-30T19:56Z'],
    ]);
  });
  it('refuses impossible days and times', () => {
    expect(read('311422Z FEB 09 and 012599Z JAN 09')).toEqual([]);
  });
});
