import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/index.js';

const pick = (text: string) =>
  extractQuantities(text).map((q) => ({
    text: q.text,
    value: q.value,
    unit: q.unit,
    kind: q.kind,
    op: q.qualifier?.op ?? null,
    normalized: q.normalized,
  }));

describe('extractQuantities', () => {
  it('reads masses with their units and base values', () => {
    expect(
      pick('Total seizures were 23.479 metric tons, including 522 kilograms of heroin and 10 kilos of opium.'),
    ).toEqual([
      {
        text: '23.479 metric tons',
        value: 23.479,
        unit: 't',
        kind: 'mass',
        op: null,
        normalized: { value: 23479, unit: 'kg' },
      },
      { text: '522 kilograms', value: 522, unit: 'kg', kind: 'mass', op: null, normalized: { value: 522, unit: 'kg' } },
      { text: '10 kilos', value: 10, unit: 'kg', kind: 'mass', op: null, normalized: { value: 10, unit: 'kg' } },
    ]);
  });
  it('reads money, percentages, scale words, qualifiers and spelled numbers', () => {
    expect(
      pick(
        'allotted 29 million tenge (approximately \\$240,000); crimes fell 1.2% to 8,147; ' +
          'over 15.5 million people; Ninety-five kilos',
      ),
    ).toEqual([
      {
        text: '29 million tenge',
        value: 29e6,
        unit: 'KZT',
        kind: 'currency',
        op: null,
        normalized: { value: 29e6, unit: 'KZT' },
      },
      {
        text: '\\$240,000',
        value: 240000,
        unit: 'USD',
        kind: 'currency',
        op: 'approx',
        normalized: { value: 240000, unit: 'USD' },
      },
      { text: '1.2%', value: 1.2, unit: '%', kind: 'percent', op: null, normalized: { value: 0.012, unit: '1' } },
      { text: '8,147', value: 8147, unit: null, kind: 'count', op: null, normalized: null },
      { text: '15.5 million', value: 15.5e6, unit: 'person', kind: 'count', op: 'gt', normalized: null },
      {
        text: 'Ninety-five kilos',
        value: 95,
        unit: 'kg',
        kind: 'mass',
        op: null,
        normalized: { value: 95, unit: 'kg' },
      },
    ]);
  });
  it('reads ratios, ages, durations and counted nouns', () => {
    expect(
      pick('a 10-fold increase; children ages 10 and 12; ten years in prison; 252 people; a three-week offensive'),
    ).toEqual([
      { text: '10-fold', value: 10, unit: 'fold', kind: 'ratio', op: null, normalized: null },
      { text: '10', value: 10, unit: 'year', kind: 'age', op: null, normalized: null },
      { text: '12', value: 12, unit: 'year', kind: 'age', op: null, normalized: null },
      { text: 'ten years', value: 10, unit: 'year', kind: 'duration', op: null, normalized: null },
      { text: '252', value: 252, unit: 'person', kind: 'count', op: null, normalized: null },
      { text: 'three-week', value: 3, unit: 'week', kind: 'duration', op: null, normalized: null },
    ]);
  });
  it('leaves out years, dates, ordinals, identifiers and section numbers', () => {
    expect(
      pick(
        'In 2007 the Barrier-2007 operation; on December 12; the 11th Corps; E.O. 12958; ' +
          'reasons 1.4 (b); see para 2; one of the reasons',
      ),
    ).toEqual([]);
  });
  it('gives offsets and positions in the text', () => {
    const [q] = extractQuantities('line one\nseized 10 kilos');
    expect(q?.position).toEqual({
      start: { line: 2, column: 8, offset: 16 },
      end: { line: 2, column: 16, offset: 24 },
    });
  });
});
