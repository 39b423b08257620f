import { describe, expect, it } from 'vitest';
import { cableReferenceRefiner } from '../../../../src/extract/entities/refiners/cable-reference.js';
import { entityAt, entityContext } from '../../run-one.js';

const kept = (text: string, places: string[]) =>
  cableReferenceRefiner
    .refine(
      entityContext(text),
      places.map((place) => entityAt(text, place, { kind: 'place' })),
    )
    .map((entity) => text.slice(entity.start, entity.end));

describe('cableReferenceRefiner', () => {
  it("drops a post's name before a cable's serial, in prose and in capitals", () => {
    expect(
      kept('as reported (see 09 Kabul 897), and PLS DELETE ALL COPIES OF ASTANA 1013.', ['Kabul', 'ASTANA']),
    ).toEqual([]);
  });
  it('keeps a place before a count, a year, a date or a range, and a place that is no post', () => {
    const text = 'in Kabul 300 people died; Berlin 1989; Reykjavik 3/30-31; Mordor 897.';
    expect(kept(text, ['Kabul', 'Berlin', 'Reykjavik', 'Mordor'])).toEqual(['Kabul', 'Berlin', 'Reykjavik', 'Mordor']);
  });
});
