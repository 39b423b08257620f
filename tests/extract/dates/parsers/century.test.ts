import { describe, expect, it } from 'vitest';
import { centuryParser } from '../../../../src/extract/dates/parsers/century.js';
import { dateContext, parseWith } from '../../run-one.js';

const read = (text: string) =>
  parseWith(centuryParser, dateContext(text), text).map((d) => [d.text, d.value, d.valueEnd, d.mod ?? null]);

describe('centuryParser', () => {
  it('reads a century in figures or words as its hundred years, with its part', () => {
    expect(read('a 13th century shrine; since the late nineteenth century; in the 21st century')).toEqual([
      ['13th century', '1200', '1299', null],
      ['late nineteenth century', '1800', '1899', 'late'],
      ['21st century', '2000', '2099', null],
    ]);
  });
  it('reads a decade of the twentieth century after the, in words or two digits', () => {
    expect(read("in the sixties; the late seventies; the '90s and the 80's; the mid-50s")).toEqual([
      ['sixties', '1960', '1969', null],
      ['late seventies', '1970', '1979', 'late'],
      ["'90s", '1990', '1999', null],
      ["80's", '1980', '1989', null],
      ['mid-50s', '1950', '1959', 'mid'],
    ]);
  });
  it("reads no age's decade and no name's century", () => {
    expect(read('in his late sixties; in their 30s; the 21st Century Fund')).toEqual([]);
  });
});
