import { describe, expect, it } from 'vitest';
import { holidayNameRefiner } from '../../../../src/extract/entities/refiners/holiday-name.js';
import { entityAt, entityContext } from '../../run-one.js';

const kept = (text: string, names: string[]) =>
  holidayNameRefiner
    .refine(
      entityContext(text),
      names.map((name) => entityAt(text, name, { kind: 'place' })),
    )
    .map((entity) => text.slice(entity.start, entity.end));

describe('holidayNameRefiner', () => {
  it("drops a holiday's name, whatever it was typed", () => {
    expect(kept('they met at Christmas and after EID AL-ADHA in Kabul', ['Christmas', 'EID AL-ADHA', 'Kabul'])).toEqual(
      ['Kabul'],
    );
  });
  it('keeps a longer name and a possessive', () => {
    expect(kept('on Christmas Island; Ramadan’s dismissal', ['Christmas Island', 'Ramadan'])).toEqual([
      'Christmas Island',
      'Ramadan',
    ]);
  });
});
