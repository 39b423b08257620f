import { describe, expect, it } from 'vitest';
import {
  isArmedGroup,
  isOrganizationName,
  isOrganizationWord,
  mayBeListedPhrase,
  placeWeight,
} from '../../../src/extract/entities/lexicon.js';
import { ARMED_GROUP_NAMES } from '../../../src/tables/armed-groups.js';
import { ORGANIZATION_WORDS } from '../../../src/tables/head-words.js';
import { ORGANIZATION_NAMES } from '../../../src/tables/organization-names.js';
import { GOVERNMENT_WORDS } from '../../../src/tables/organizations.js';
import { CAPITALS, CITIES, COUNTRIES, REGIONS } from '../../../src/tables/places.js';
import { WORLD_REGIONS } from '../../../src/tables/world-regions.js';

/** True when one of the facts mayBeListedPhrase stands before holds of `name`. */
const listed = (name: string) =>
  placeWeight(name) > 0 || isArmedGroup(name) || isOrganizationName(name) || isOrganizationWord(name);

describe('mayBeListedPhrase', () => {
  const phrases = [COUNTRIES, CAPITALS, REGIONS, CITIES, WORLD_REGIONS, ORGANIZATION_NAMES, ORGANIZATION_WORDS]
    .concat([GOVERNMENT_WORDS, ARMED_GROUP_NAMES])
    .flatMap((names) => [...names].filter((name) => name.includes(' ')));
  it('is true for every entry of several words of the lexicons, in capitals, lower case and possessive', () => {
    const written = phrases.flatMap((name) => [name, name.toUpperCase(), `${name.toUpperCase()}'S`]);
    expect(written.filter((name) => listed(name) && !mayBeListedPhrase(name))).toEqual([]);
    expect(phrases.length).toBeGreaterThan(100);
  });
  it('is true wherever a fact holds of a phrase of capitals words', () => {
    const words = ['THE', 'NEW', 'YORK', 'SHINING', 'PATH', 'COSTA', 'RICA', 'US', 'GOVERNMENT', 'SAN', 'JOSE', 'OF'];
    const names = words.flatMap((a) => words.flatMap((b) => [`${a} ${b}`, ...words.map((c) => `${a} ${b} ${c}`)]));
    expect(names.filter((name) => listed(name) && !mayBeListedPhrase(name))).toEqual([]);
    expect(names.some((name) => listed(name))).toBe(true);
  });
  it('is false for phrases no lexicon opens with (`THE US GOVERNMENT HAS`, `AT THE`)', () => {
    expect(['THE US GOVERNMENT HAS', 'AT THE', 'A NEW YEAR'].map(mayBeListedPhrase)).toEqual([false, false, false]);
    expect(['NEW YORK', 'COSTA RICA', 'SHINING PATH', 'LASHKAR-E-TAIBA CELL'].map(mayBeListedPhrase)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});
