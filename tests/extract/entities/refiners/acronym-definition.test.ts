import { describe, expect, it } from 'vitest';
import { acronymDefinitionRefiner } from '../../../../src/extract/entities/refiners/acronym-definition.js';
import { entityAt, entityContext } from '../../run-one.js';

describe('acronymDefinitionRefiner', () => {
  it('records an acronym or initials alias defined in parentheses, and drops the parenthesis as a mention', () => {
    const text = 'the State Border Guard Service (SBGS) and Ahmed bin Said (AbS) met';
    const found = acronymDefinitionRefiner.refine(entityContext(text), [
      entityAt(text, 'State Border Guard Service'),
      entityAt(text, 'SBGS'),
      entityAt(text, 'Ahmed bin Said'),
    ]);
    expect(found.map((e) => [text.slice(e.start, e.end), e.acronym])).toEqual([
      ['State Border Guard Service', 'SBGS'],
      ['Ahmed bin Said', 'AbS'],
    ]);
  });
  it('refuses a mixed-case word that is not made of the initials, or a one-word name', () => {
    const text = 'Ahmed bin Said (Tue) met Vantor (Spain)';
    const found = acronymDefinitionRefiner.refine(entityContext(text), [
      entityAt(text, 'Ahmed bin Said'),
      entityAt(text, 'Vantor'),
    ]);
    expect(found.map((e) => e.acronym)).toEqual([null, null]);
  });
  it("records an acronym words in lower case define as a common noun's (kind null), not one they do not spell", () => {
    const text =
      'fight trafficking in persons (TIP), protect intellectual property rights (IPR), aid non-governmental ' +
      'organizations (NGOs) and the farm sector (XQ)';
    const context = entityContext(text);
    acronymDefinitionRefiner.refine(context, []);
    expect([...context.acronyms]).toEqual([
      ['TIP', { kind: null, expansion: 'trafficking in persons' }],
      ['IPR', { kind: null, expansion: 'intellectual property rights' }],
      ['NGO', { kind: null, expansion: 'non-governmental organizations' }],
    ]);
  });
  it("takes no cable's own word in parentheses for an acronym", () => {
    const text = 'the Veltran Border Service (REFTEL) and the Kestrel Guard (PARA 3) met';
    const found = acronymDefinitionRefiner.refine(entityContext(text), [
      entityAt(text, 'Veltran Border Service'),
      entityAt(text, 'Kestrel Guard'),
    ]);
    expect(found.map((e) => e.acronym)).toEqual([null, null]);
  });
  it('makes the name of a known organization acronym an organization', () => {
    const text = 'the World Health Organization (WHO) said';
    const [found] = acronymDefinitionRefiner.refine(entityContext(text), [entityAt(text, 'World Health Organization')]);
    expect(found).toMatchObject({ acronym: 'WHO', kind: 'organization' });
  });
  it("reads a member of Congress's party and state as a person's mark, no acronym (not `X-QQ`)", () => {
    const text = 'Representatives Ann Cole (D-CA), Ben Tate (R-OH) and Kestrel Holdings (R-QQ) met';
    const found = acronymDefinitionRefiner.refine(entityContext(text), [
      entityAt(text, 'Ann Cole'),
      entityAt(text, 'Ben Tate'),
      entityAt(text, 'Kestrel Holdings'),
    ]);
    expect(found.map((e) => [e.kind, e.acronym])).toEqual([
      ['person', null],
      ['person', null],
      [null, 'R-QQ'],
    ]);
  });
  it("keeps a party or service after a person's name as a mention of its own; an alias the name spells stays", () => {
    const text =
      'Deputy Marta Quiroga (PRV), Tomas Ferreira (PSN-RJ), Hector Ruiz Lema (HRL) and the Grace Harbor Works ' +
      '(GHW) met';
    const found = acronymDefinitionRefiner.refine(entityContext(text), [
      { ...entityAt(text, 'Marta Quiroga'), title: 'Deputy' },
      entityAt(text, 'PRV'),
      entityAt(text, 'Tomas Ferreira'),
      entityAt(text, 'Hector Ruiz Lema'),
      entityAt(text, 'HRL'),
      entityAt(text, 'Grace Harbor Works'),
    ]);
    expect(found.map((e) => [text.slice(e.start, e.end), e.acronym])).toEqual([
      ['Marta Quiroga', null],
      ['PRV', null],
      ['Tomas Ferreira', null],
      ['Hector Ruiz Lema', 'HRL'],
      ['Grace Harbor Works', 'GHW'],
    ]);
  });
  it('reads an acronym a person-shaped name does not spell as an affiliation, one it spells as a definition', () => {
    const text = 'Orvo Talvik (KDP) and Ilse Varrow (RON) met at the Kestrel Deepwater Port (DWP).';
    const found = acronymDefinitionRefiner.refine(entityContext(text), [
      entityAt(text, 'Orvo Talvik'),
      entityAt(text, 'Ilse Varrow'),
      entityAt(text, 'Kestrel Deepwater Port'),
    ]);
    expect(found.map((e) => [text.slice(e.start, e.end), e.acronym])).toEqual([
      ['Orvo Talvik', null],
      ['Ilse Varrow', null],
      ['Kestrel Deepwater Port', 'DWP'],
    ]);
  });
  it("reads no title's abbreviation in parentheses as a definition (Assistant Secretary of State (A/S))", () => {
    const text = 'Assistant Secretary of State (A/S) for Kestrel Affairs';
    const found = acronymDefinitionRefiner.refine(entityContext(text), [entityAt(text, 'State')]);
    expect(found.map((e) => [text.slice(e.start, e.end), e.acronym])).toEqual([['State', null]]);
  });
  it('reads no definition after a word nothing typed, and puts an affiliation in place of one', () => {
    const text = 'TALKS WITH RYVOK (LATVIA) AND MARTA QUIROGA (PRV)';
    const found = acronymDefinitionRefiner.refine(entityContext(text), [
      { ...entityAt(text, 'RYVOK'), unlisted: true },
      { ...entityAt(text, 'LATVIA'), kind: 'place' },
      { ...entityAt(text, 'MARTA QUIROGA'), kind: 'person' },
      { ...entityAt(text, 'PRV'), unlisted: true },
    ]);
    expect(found.map((e) => [text.slice(e.start, e.end), e.kind, e.acronym])).toEqual([
      ['RYVOK', null, null],
      ['LATVIA', 'place', null],
      ['MARTA QUIROGA', 'person', null],
      ['PRV', 'organization', null],
    ]);
  });
  it('adds the affiliation in all-capitals text, where no parser read it; no English word in parentheses', () => {
    const text = 'SENATOR MARTA QUIROGA (PRV), TOMAS FERREIRA (PSN-RJ) AND IVAN SOTO (PROTECT) MET LENA KORHONEN (UK)';
    const people = ['MARTA QUIROGA', 'TOMAS FERREIRA', 'IVAN SOTO', 'LENA KORHONEN'];
    const found = acronymDefinitionRefiner.refine(
      entityContext(text),
      people.map((name) => ({ ...entityAt(text, name), kind: 'person' as const })),
    );
    expect(found.map((e) => [text.slice(e.start, e.end), e.kind])).toEqual([
      ['MARTA QUIROGA', 'person'],
      ['PRV', 'organization'],
      ['TOMAS FERREIRA', 'person'],
      ['PSN', 'organization'],
      ['IVAN SOTO', 'person'],
      ['LENA KORHONEN', 'person'],
      ['UK', 'place'],
    ]);
  });
});
