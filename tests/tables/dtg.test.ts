import { describe, expect, it } from 'vitest';
import { DTG } from '../../src/grammar/lexemes.js';
import { dtgParser } from '../../src/extract/dates/parsers/dtg.js';
import { dtgPattern, dtgTimePattern } from '../../src/tables/dtg.js';

describe('dtgTimePattern', () => {
  it('reads six digits and a Z, a space before the Z unless told not to', () => {
    const spaced = new RegExp(`^${dtgTimePattern()}$`);
    const tight = new RegExp(`^${dtgTimePattern({ spacedZone: false })}$`);
    expect(['140305Z', '140305 Z', '14030Z', '140305'].map((t) => spaced.test(t))).toEqual([true, true, false, false]);
    expect(['140305Z', '140305 Z'].map((t) => tight.test(t))).toEqual([true, false]);
  });
  it('names day, hour and minute when asked', () => {
    expect(new RegExp(dtgTimePattern({ named: true })).exec('071123Z')?.groups).toEqual({
      day: '07',
      hour: '11',
      minute: '23',
    });
  });
});

describe('dtgPattern', () => {
  it('names the parts of a DTG, the month three capitals and the year two digits or four by default', () => {
    const whole = new RegExp(`^${dtgPattern()}$`);
    expect(whole.exec('071123Z  OCT 1993')?.groups).toEqual({
      day: '07',
      hour: '11',
      minute: '23',
      month: 'OCT',
      year: '1993',
    });
    expect(['031200 Z APR 96', '031200Z Apr 96', '031200Z APR 996'].map((t) => whole.test(t))).toEqual([
      true,
      false,
      false,
    ]);
  });
  it('takes the month and the gap a reader gives', () => {
    const prose = new RegExp(`^${dtgPattern({ month: 'APR|MAY', gap: '\\s+', spacedZone: false })}$`, 'i');
    expect(['031200Z\nmay 96', '031200Z JUN 96', '031200 Z MAY 96'].map((t) => prose.test(t))).toEqual([
      true,
      false,
      false,
    ]);
  });
  it('is the shape of the DTG lexeme and of the date extractor', () => {
    expect(DTG.exec('O 280845 Z Jun 04 ZDK')?.groups?.month).toBe('Jun');
    expect(DTG.test('280845Z JUN 041')).toBe(false);
    const prose = 'sent 280845Z\nJUN 04 and 280845 Z JUN 04';
    expect([...prose.matchAll(dtgParser.pattern)].map((m) => m.index)).toEqual([5]);
  });
});
