import { describe, expect, it } from 'vitest';
import { listsRefiner } from '../../../../src/extract/entities/refiners/lists.js';
import { entityAt, entityContext } from '../../run-one.js';

describe('listsRefiner', () => {
  it('spreads a place or organization kind along a list, both ways', () => {
    const text = 'in Zorvan, Oruk and Tbilisi';
    const found = listsRefiner.refine(entityContext(text), [
      entityAt(text, 'Zorvan'),
      entityAt(text, 'Oruk'),
      entityAt(text, 'Tbilisi', { kind: 'place' }),
    ]);
    expect(found.map((e) => e.kind)).toEqual(['place', 'place', 'place']);
  });
  it('does not spread across other words, nor to people', () => {
    const text = 'Tbilisi welcomed Oruk; Ana Duarte and Kasra';
    const found = listsRefiner.refine(entityContext(text), [
      entityAt(text, 'Tbilisi', { kind: 'place' }),
      entityAt(text, 'Oruk'),
      entityAt(text, 'Ana Duarte', { kind: 'person' }),
      entityAt(text, 'Kasra'),
    ]);
    expect(found.map((e) => e.kind)).toEqual(['place', null, 'person', null]);
  });
});
