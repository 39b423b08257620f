import { describe, expect, it } from 'vitest';
import { digitsParser } from '../../../../src/extract/quantities/parsers/digits.js';
import { parseWith, quantityContext } from '../../run-one.js';

const read = (text: string) =>
  parseWith(digitsParser, quantityContext(text), text).map((q) => [q.text, q.value, q.unit, q.kind]);

describe('digitsParser', () => {
  it('reads scale suffixes glued or spaced: 480M, $2bn, 5.5 mln, 3 billion', () => {
    expect(read('a budget of $2bn, 480M subscribers, 5.5 mln voters and 3 billion people')).toEqual([
      ['$2bn', 2e9, 'USD', 'currency'],
      ['480M', 480e6, 'subscriber', 'count'],
      ['5.5 mln', 5.5e6, 'voter', 'count'],
      ['3 billion', 3e9, 'person', 'count'],
    ]);
  });
  it('reads a measure written as a compound adjective (82-foot) with its unit, and a hyphenated counted noun', () => {
    expect(
      read('two 82-foot boats, a 44-kilometer road, a 10-ton truck, 3000 feet up, a 6-inch pipe, a 10-point plan'),
    ).toEqual([
      ['82-foot', 82, 'ft', 'length'],
      ['44-kilometer', 44, 'km', 'length'],
      ['10-ton', 10, 't', 'mass'],
      ['3000 feet', 3000, 'ft', 'length'],
      ['6-inch', 6, 'in', 'length'],
      ['10', 10, 'point', 'count'],
    ]);
    expect(parseWith(digitsParser, quantityContext('a 6-inch pipe'), 'a 6-inch pipe')[0]?.normalized).toEqual({
      value: 0.1524,
      unit: 'm',
    });
  });
  it('reads percentage and basis points as differences of percentages, and a code that ends the line before', () => {
    expect(read('up 1.4 percentage points, a spread of 363 basis points, a loss of USD\n11 million')).toEqual([
      ['1.4 percentage points', 1.4, 'percentage point', 'percent'],
      ['363 basis points', 363, 'basis point', 'percent'],
      ['USD\n11 million', 11e6, 'USD', 'currency'],
    ]);
  });
  it('reads currency signs and ISO 4217 codes before or after the amount', () => {
    expect(read('a cost of $US59.8 million')).toEqual([['$US59.8 million', 59.8e6, 'USD', 'currency']]);
    expect(read('fees of EUR 12,500 and 900 million GBP, plus £40 and \\$75')).toEqual([
      ['EUR 12,500', 12500, 'EUR', 'currency'],
      ['900 million GBP', 900e6, 'GBP', 'currency'],
      ['£40', 40, 'GBP', 'currency'],
      ['\\$75', 75, 'USD', 'currency'],
    ]);
  });
  it('reads a unit on the next line', () => {
    expect(read('turnout was 48\npercent and they moved 7\nmetric tons')).toEqual([
      ['48\npercent', 48, '%', 'percent'],
      ['7\nmetric tons', 7, 't', 'mass'],
    ]);
  });
  it('leaves numbers glued to names alone: G8, EU-3, F-16, P5', () => {
    expect(read('the G8 and the EU-3 sent two F-16 jets to the P5 talks')).toEqual([]);
  });
  it('does not take an English word in capitals for a currency code (ALL 12 SHIPS)', () => {
    expect(read('ALL 12 SHIPS')).toEqual([['12', 12, 'ship', 'count']]);
  });
  it("reads a glued K and the central banks' abbreviations of currencies before an amount", () => {
    expect(read('$400K, NIS 50 million, KSh 300, LE6.5 billion and R$ 5 million')).toEqual([
      ['$400K', 400e3, 'USD', 'currency'],
      ['NIS 50 million', 50e6, 'ILS', 'currency'],
      ['KSh 300', 300, 'KES', 'currency'],
      ['LE6.5 billion', 6.5e9, 'EGP', 'currency'],
      ['R$ 5 million', 5e6, 'BRL', 'currency'],
    ]);
  });
});

describe('digitsParser on the counted noun', () => {
  it('takes the singular of the noun after a count by the regular rules, and leaves a word in -us or -is whole', () => {
    expect(read('25 cases, 3 classes, 4 boxes, 2 churches, 6 cities, 5 plus, 4 previous, 2 crisis')).toEqual([
      ['25', 25, 'case', 'count'],
      ['3', 3, 'class', 'count'],
      ['4', 4, 'box', 'count'],
      ['2', 2, 'church', 'count'],
      ['6', 6, 'city', 'count'],
      ['5', 5, 'plus', 'count'],
      ['4', 4, 'previous', 'count'],
      ['2', 2, 'crisis', 'count'],
    ]);
  });
});

describe('digitsParser on ages and colones', () => {
  it('reads ages after the age of, between the ages of, and before year old or month old', () => {
    expect(read('at the age of 15; between the ages of 17 and 30; a 21-year old man; a 9 month old girl')).toEqual([
      ['15', 15, 'year', 'age'],
      ['17', 17, 'year', 'age'],
      ['30', 30, 'year', 'age'],
      ['21-year old', 21, 'year', 'age'],
      ['9 month old', 9, 'month', 'age'],
    ]);
  });
  it("reads the colon, Costa Rica's currency in ISO 4217", () => {
    expect(read('about 513 Costa Rican colones to the dollar')).toEqual([
      ['513 Costa Rican colones', 513, 'CRC', 'currency'],
    ]);
  });
});

describe('digitsParser on the noun past modifiers', () => {
  it('reads the counted noun past an adjective, a participle or a capitalized word; none for a participle', () => {
    expect(
      read('4,000 manual laborers, 15 training sessions, 12 Swiss companies, 13 linked to it, 5 hospital beds'),
    ).toEqual([
      ['4,000', 4000, 'laborer', 'count'],
      ['15', 15, 'session', 'count'],
      ['12', 12, 'company', 'count'],
      ['13', 13, null, 'count'],
      ['5', 5, 'bed', 'count'],
    ]);
  });
  it('reads a lower-case b or m as a scale on money only, glued or after a space', () => {
    expect(
      read('a turnover of 90 euros ($143 b), a budget (39.3b USD), $5 m; Section 214b; a 5m wall; 60,000 b/d'),
    ).toEqual([
      ['90 euros', 90, 'EUR', 'currency'],
      ['$143 b', 143e9, 'USD', 'currency'],
      ['39.3b USD', 39.3e9, 'USD', 'currency'],
      ['$5 m', 5e6, 'USD', 'currency'],
      ['214', 214, null, 'count'],
      ['5', 5, null, 'count'],
      ['60,000', 60000, null, 'count'],
    ]);
  });
  it("reads a minus sign inside a line and a leading decimal point as the number's", () => {
    expect(read('growth of -1.5 percent, at worst, -2 percent (-0.5 percent); a fee of .5 percent')).toEqual([
      ['-1.5 percent', -1.5, '%', 'percent'],
      ['-2 percent', -2, '%', 'percent'],
      ['-0.5 percent', -0.5, '%', 'percent'],
      ['.5 percent', 0.5, '%', 'percent'],
    ]);
  });
  it("reads no sign that is a list's dash or joins two numbers (the number after it stays alone)", () => {
    expect(read('as follows: -7000 kits; pages 5 -7').map(([text]) => text)).toEqual(['5']);
    expect(read('kits:\n-7000 kits')).toEqual([]);
  });
  it('reads a percent glued to the number', () => {
    expect(read('67percent of loans')).toEqual([['67percent', 67, '%', 'percent']]);
  });
});
