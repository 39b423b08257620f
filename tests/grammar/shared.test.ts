import P from 'parsimmon';
import { describe, expect, it } from 'vitest';
import { collapse, matchesOf, run, runPrefix } from '../../src/grammar/shared.js';

describe('collapse', () => {
  it('collapses runs of any white space to one space and trims', () => {
    expect(collapse('  KAZAKHSTAN:\tDRUG \n AND\u00a0CRIME  REPORT ')).toBe('KAZAKHSTAN: DRUG AND CRIME REPORT');
    expect(collapse('\u2003TEXT\u2028MORE')).toBe('TEXT MORE');
  });
  it('returns single-spaced text trimmed and otherwise unchanged', () => {
    expect(collapse(' FOR 2007 ')).toBe('FOR 2007');
    expect(collapse('FOR 2007')).toBe('FOR 2007');
  });
});

describe('matchesOf', () => {
  it('finds what matchAll finds, however often it is called with the same pattern', () => {
    const pattern = /[A-Z]{2,}/g;
    const line = 'TAGS: SNAR ASEC, KZ';
    const expected = [...line.matchAll(pattern)].map((m) => [m.index, m[0]]);
    for (let round = 0; round < 3; round++)
      expect(matchesOf(pattern, line).map((m) => [m.index, m[0]])).toEqual(expected);
    expect(pattern.lastIndex).toBe(0);
  });
  it('steps over empty matches', () => {
    expect(matchesOf(/x*/g, 'ab').map((m) => m.index)).toEqual([0, 1, 2]);
  });
});

describe('run and runPrefix', () => {
  const keyword = P.regexp(/TAGS?/);
  it('run needs the whole input, runPrefix its start only', () => {
    expect(run(keyword, 'TAGS')).toBe('TAGS');
    expect(run(keyword, 'TAGS: KZ')).toBeNull();
    expect(runPrefix(keyword, 'TAGS: KZ')).toBe('TAGS');
    expect(runPrefix(keyword, 'SUBJECT: X')).toBeNull();
  });
});
