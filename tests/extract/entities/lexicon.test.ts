import { describe, expect, it } from 'vitest';
import {
  acronymKind,
  governmentsOfPost,
  isNationality,
  namesPostOfficer,
  placeWeight,
  spellsOrganizationAcronym,
} from '../../../src/extract/entities/lexicon.js';

describe('acronymKind', () => {
  it("reads the initials of a country's or world region's long name as a place, in mixed-case text only", () => {
    expect(['PRC', 'IRI', 'PNG', 'USSR'].map((acronym) => acronymKind(acronym))).toEqual([
      'place',
      'place',
      'place',
      'place',
    ]);
    expect(acronymKind('PRC', false)).toBeNull();
  });
  it("reads a division's initials only from four words or more: three collide with everything else's acronyms", () => {
    // federally administered tribal areas; not neath port talbot, mid and east antrim, cheshire west and chester.
    expect(['FATA', 'NPT', 'MEA', 'CWC'].map((acronym) => acronymKind(acronym))).toEqual(['place', null, null, null]);
  });
});

describe('placeWeight', () => {
  it("knows the oceans without `Ocean` and the United Kingdom's four countries as regions", () => {
    expect(['Pacific', 'Arctic', 'Wales', 'Northern Ireland', 'Mediterranean'].map(placeWeight)).toEqual([
      3, 3, 3, 3, 3,
    ]);
  });
});

describe('namesPostOfficer', () => {
  it("reads an officer's abbreviation or a capitalized Foreign Service officer's title before a known place", () => {
    expect(namesPostOfficer('CG', 'Sao Paulo')).toBe(true);
    expect(namesPostOfficer('Economic Officer', 'Lima')).toBe(true);
    expect(namesPostOfficer('POLITICAL OFFICER', 'LIMA')).toBe(true);
  });
  it('refuses a lower-case officer, another title, and a name no gazetteer holds', () => {
    expect(namesPostOfficer('officer', 'Lima')).toBe(false);
    expect(namesPostOfficer('Minister', 'Lima')).toBe(false);
    expect(namesPostOfficer('Economic Officer', 'Vorst')).toBe(false);
  });
});

describe('spellsOrganizationAcronym', () => {
  it("takes a name of three words or more whose initials, function words left out, are a known body's acronym", () => {
    expect(spellsOrganizationAcronym('International Monetary Fund')).toBe(true);
    expect(spellsOrganizationAcronym('International Fund for Agricultural Development')).toBe(true);
  });
  it('refuses two words, a word in lower case, and initials no list holds', () => {
    expect(spellsOrganizationAcronym('Monetary Fund')).toBe(false);
    expect(spellsOrganizationAcronym('International monetary Fund')).toBe(false);
    expect(spellsOrganizationAcronym('Kestrel Monetary Fund')).toBe(false);
  });
});

describe('governmentsOfPost', () => {
  it('gives GO + the initials of the country whose capital the post is, none for a city that is no capital', () => {
    expect(governmentsOfPost('BRASILIA').has('GOB')).toBe(true);
    expect(governmentsOfPost('SANJOSE').has('GOCR')).toBe(true);
    expect(governmentsOfPost('SAOPAULO').size).toBe(0);
  });
});

describe('isNationality', () => {
  it("takes the World Factbook's peoples that are no country's demonym, singular and plural", () => {
    expect(['Arab', 'Arabs', 'Kamba', 'Kurds', 'Pashtun'].map(isNationality)).toEqual([true, true, true, true, true]);
    expect(['Arbil', 'Kampala'].map(isNationality)).toEqual([false, false]);
  });
});
