import { describe, expect, it } from 'vitest';
import { allCapsParser } from '../../../../src/extract/entities/parsers/all-caps.js';
import { entityContext, parseWith } from '../../run-one.js';

/** The names read, without the words nothing typed (`unlisted`: the cable's other mentions may type them). */
const read = (text: string, places: string[] = []) =>
  parseWith(allCapsParser, entityContext(text, { places: new Set(places) }), text)
    .filter((e) => !e.unlisted)
    .map((e) => [e.text, e.kind, e.title]);

describe('allCapsParser', () => {
  it('reads lexicon names, a title and its name, and the pronoun US apart from the country', () => {
    expect(read('COLONEL RASHIDI TOLD US THE US AND JORDAN WILL MEET IN AMMAN')).toEqual([
      ['RASHIDI', 'person', 'COLONEL'],
      ['US', 'place', null],
      ['JORDAN', 'place', null],
      ['AMMAN', 'place', null],
    ]);
  });
  it("reads an officer's abbreviation before a place as no person's title (`CG MADRID`), before a name as one", () => {
    expect(read('CG MADRID TOLD CONGEN RASHIDI THE TALKS ENDED')).toEqual([
      ['MADRID', 'place', null],
      ['RASHIDI', 'person', 'CONGEN'],
    ]);
  });
  it('reads multi-word places and known acronyms, and splits hyphenated known names', () => {
    expect(read('THE UNITED KINGDOM, NATO AND THE US-CANADA BORDER')).toEqual([
      ['UNITED KINGDOM', 'place', null],
      ['NATO', 'organization', null],
      ['US', 'place', null],
      ['CANADA', 'place', null],
    ]);
  });
  it('reads names by shape: compass + name, nationality + organization word, ministries, former states', () => {
    expect(read('THE MFA SAID UNITS OF THE TURKISH NAVY LEFT NORTHERN KORDOVA FOR THE USSR')).toEqual([
      ['MFA', 'organization', null],
      ['TURKISH NAVY', 'organization', null],
      ['NORTHERN KORDOVA', 'place', null],
      ['USSR', 'place', null],
    ]);
  });
  it('reads abbreviated titles and a title whose name is on the next line', () => {
    expect(read('WITH GEN. MORADI AND HIS DEPUTY COL. SAFAVI; INTERIOR MINISTER\nHOSSEINI SAID')).toEqual([
      ['MORADI', 'person', 'GEN'],
      ['SAFAVI', 'person', 'COL'],
      ['HOSSEINI', 'person', 'MINISTER'],
    ]);
  });
  it('ends a name at a line ended short of the width (an address, a list), not at a wrap', () => {
    expect(read('PASS TO CAIRO FOR GENERAL MORADI\nAMMAN FOR COLONEL SAFAVI\n')).toEqual([
      ['CAIRO', 'place', null],
      ['MORADI', 'person', 'GENERAL'],
      ['AMMAN', 'place', null],
      ['SAFAVI', 'person', 'COLONEL'],
    ]);
  });
  it("ends a name at a sentence's period, not at the period of a title or of initials", () => {
    expect(read('UNDER THE LAW. BELTRASKI TEKALDI SAID')).toEqual([['BELTRASKI TEKALDI', 'person', null]]);
    expect(read('THEY MET IN KORDOVA. BELTRASKI TEKALDI SAID SO TO DR. TEKALDI AND U.S. OFFICIALS')).toEqual([
      ['KORDOVA', 'place', null],
      ['BELTRASKI TEKALDI', 'person', null],
      ['TEKALDI', 'person', 'DR'],
      ['U.S.', 'place', null],
    ]);
  });
  it('reads a surname that is an English word after a given name, and that surname alone later', () => {
    expect(read('PRESIDENT HOSSEIN CABLE SAID SO. LATER CABLE AGREED')).toEqual([
      ['HOSSEIN CABLE', 'person', 'PRESIDENT'],
      ['CABLE', 'person', null],
    ]);
  });
  it("reads a post by its word and place, and a place's body that goes on past the place's name", () => {
    expect(read('EMBASSY NAIROBI AND THE CONSULATE GENERAL ISTANBUL MET THE NAIROBI MILITARY POLICE')).toEqual([
      ['EMBASSY NAIROBI', 'organization', null],
      ['CONSULATE GENERAL ISTANBUL', 'organization', null],
      ['NAIROBI MILITARY POLICE', 'organization', null],
    ]);
    expect(read('THE U.S. EMBASSY SAID')).toEqual([['U.S. EMBASSY', 'organization', null]]);
    // Not a wider list's head alone, not where a noun goes on, not from a hyphenated pair.
    expect(read('MORE U.S. INVESTMENT IN U.S. FINANCIAL INSTITUTIONS AND US-KENYA MILITARY TIES')).toEqual([
      ['U.S.', 'place', null],
      ['U.S.', 'place', null],
      ['US', 'place', null],
      ['KENYA', 'place', null],
    ]);
  });
  it('takes no acronym after a title for a surname, nor a short word after an adjective title', () => {
    expect(read('DEPUTY KRD SECRETARY AND THE MAJOR KDP LEADERS MET REPRESENTATIVE XXXXXXXX')).toEqual([]);
    expect(read('MAJOR ALI AND GENERAL OMAR SAID')).toEqual([
      ['ALI', 'person', 'MAJOR'],
      ['OMAR', 'person', 'GENERAL'],
    ]);
  });
  it('reads organizations by their head words, after a known place', () => {
    expect(read('THE NATIONAL VELTRAN OIL COMPANY AND THE MINISTRY OF FOREIGN AFFAIRS MET IN NAIROBI')).toEqual([
      ['NATIONAL VELTRAN OIL COMPANY', 'organization', null],
      ['MINISTRY OF FOREIGN AFFAIRS', 'organization', null],
      ['NAIROBI', 'place', null],
    ]);
    expect(read('THE UK GOVERNMENT AGREED')).toEqual([['UK', 'place', null]]);
  });
  it('reads a surname that is an English word too after a title, not after one that is an adjective', () => {
    expect(read('AMBASSADOR HELMS MET SECRETARY ROGERS FEBRUARY 24 ON PRIVATE BANKS')).toEqual([
      ['HELMS', 'person', 'AMBASSADOR'],
      ['ROGERS', 'person', 'SECRETARY'],
    ]);
  });
  it("reads an acronym a body's name defines as that body's later on", () => {
    expect(read('THE NATIONAL VELTRAN OIL COMPANY (NVOC) AGREED. LATER NVOC SAID SO.')).toEqual([
      ['NATIONAL VELTRAN OIL COMPANY', 'organization', null],
      ['NVOC', 'organization', null],
      ['NVOC', 'organization', null],
    ]);
  });
  it("reads a body's short form after its full name, a possessive phrase after an adjective title as a body's", () => {
    expect(
      read("THE VARSKO CENTRAL BOARD MET. SOURCES IN VARSKO SAY VARSKO WILL WIN. GENERAL PEOPLE'S CONGRESS MET"),
    ).toEqual([
      ['VARSKO CENTRAL BOARD', 'organization', null],
      ['VARSKO', 'organization', null],
      ['VARSKO', 'organization', null],
      ["GENERAL PEOPLE'S CONGRESS", 'organization', null],
    ]);
  });
  it('reads a word no lexicon lists and nothing types as unlisted and untyped, one word at a time', () => {
    const text = 'IF VELDRANO AGREES, THE NAKSHIVAL TARIKOT WILL MEET IN AMMAN';
    const found = parseWith(allCapsParser, entityContext(text), text);
    expect(found.map((e) => [e.text, e.kind, e.unlisted ?? false])).toEqual([
      ['VELDRANO', null, true],
      ['TARIKOT', null, true],
      ['AMMAN', 'place', false],
    ]);
  });
  it("reads the post's country's government acronym as an organization even where it spells a word", () => {
    const text = 'SENIOR GOB OFFICIALS SAID THE GOB WOULD ACT';
    const read = (governments: string[]) =>
      parseWith(allCapsParser, entityContext(text, { governments: new Set(governments) }), text)
        .filter((e) => e.kind)
        .map((e) => [e.text, e.start]);
    expect(read(['GOB'])).toEqual([
      ['GOB', 7],
      ['GOB', 30],
    ]);
    expect(read([])).toEqual([['GOB', 30]]);
  });
  it('guesses no person after THE', () => {
    expect(read('THE TEACHINGS OF THE NAKSHIVAL TARIKOT SPREAD')).toEqual([]);
  });
  it("reads a legislature's own name alone as a body's, not FM or TV, and a name met as a person's", () => {
    expect(read('THE ORLIK PARTY WAS BANNED BY THE MAJLIS; THE FM SAID SO ON TV. KESTRIN MET VARSKO')).toEqual([
      ['ORLIK PARTY', 'organization', null],
      ['MAJLIS', 'organization', null],
      ['KESTRIN', 'person', null],
      ['VARSKO', 'person', null],
    ]);
  });
  it('takes no verb or title alone for a name', () => {
    expect(read("THE KING RECEIVED HIM. KING'S ENVOY SAID. KING ASKS THAT WE WAIT")).toEqual([]);
  });
  it('reads a city that is also an English word as the word, unless a place preposition stands before it', () => {
    // `SALE` (Morocco) and `READING` stand for places only after `IN`, `NEAR`, `FROM`...
    const words = read('THE SALE WAS SIGNED. TALKS IN SALE BEGAN').map(([text, kind]) => [text, kind]);
    expect(words).toEqual([['SALE', 'place']]);
  });
  it('reads an English word of four letters or more as the word, not an acronym of the same letters', () => {
    expect(read('GOING TO THE MEETING WHO LED IT')).toEqual([]);
  });
  it('takes no English preposition or inflected word after a title for a name', () => {
    expect(read('A DEPUTY FROM KORDOVA AND THE COORDINATOR BRIEFS EVERYONE. GENERAL FEELS IT')).toEqual([
      ['KORDOVA', 'place', null],
    ]);
  });
  it('reads the whole name after a title, and names no lexicon lists by their evidence', () => {
    expect(read("PRIME MINISTER AHMED TEKALDI'S PARTY AND BELTRASKI NOTED THAT")).toEqual([
      ['AHMED TEKALDI', 'person', 'MINISTER'],
      ['BELTRASKI', 'person', null],
    ]);
  });
  it('reads armed groups by the public lists, a lexicon name of two words before a given name, then a person', () => {
    expect(read('THE SHINING PATH AND HIZBALLAH; TALKS IN COSTA RICA WITH HASSAN BELTRASKI')).toEqual([
      ['SHINING PATH', 'organization', null],
      ['HIZBALLAH', 'organization', null],
      ['COSTA RICA', 'place', null],
      ['HASSAN BELTRASKI', 'person', null],
    ]);
  });
  it('knows the header addressee cities as places', () => {
    expect(read('TALKS IN MUSCAT', ['MUSCAT'])).toEqual([['MUSCAT', 'place', null]]);
  });
  it('reads nothing in mixed-case text', () => {
    expect(read('The Minister met General Smith in Amman')).toEqual([]);
  });
});
