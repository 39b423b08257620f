import { describe, expect, it } from 'vitest';
import { HOLIDAY_CUES, HOLIDAYS, isHolidayName } from '../../src/tables/holidays.js';

describe('holidays table', () => {
  it('cues the date reader by the first word of every holiday', () => {
    for (const holiday of HOLIDAYS) {
      const first = holiday.name.split(/[\s']/)[0]?.toLowerCase() as string;
      expect(HOLIDAY_CUES, holiday.name).toContain(first);
    }
  });
  it('tells a holiday name alone, in any case and spelling, from a longer name', () => {
    expect(['Christmas', 'EID AL-FITR', 'Eid el-Fitr', 'Holy Week', 'Seker Bayrami', 'Eid'].map(isHolidayName)).toEqual(
      [true, true, true, true, true, true],
    );
    expect(['Christmas Island', 'Ramadan Kadyrov', 'Easterly'].map(isHolidayName)).toEqual([false, false, false]);
  });
});
