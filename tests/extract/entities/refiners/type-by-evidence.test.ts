import { describe, expect, it } from 'vitest';
import { typeByEvidenceRefiner } from '../../../../src/extract/entities/refiners/type-by-evidence.js';
import { entityAt, entityContext } from '../../run-one.js';

const typed = (text: string, names: string[], people: string[] = []) =>
  typeByEvidenceRefiner
    .refine(
      entityContext(text, { people: new Set(people) }),
      names.map((n) => entityAt(text, n)),
    )
    .map((e) => [text.slice(e.start, e.end), e.kind]);

describe('typeByEvidenceRefiner', () => {
  it("types a law by its word first before a complement, and no person's name a place by its government", () => {
    const text =
      "under the Law on Coastal Fisheries, passed by the government of Anna Berg Vessel and Kestrel's government";
    expect(typed(text, ['Law on Coastal Fisheries', 'Anna Berg Vessel', 'Kestrel'])).toEqual([
      ['Law on Coastal Fisheries', 'other'],
      ['Anna Berg Vessel', 'person'],
      ['Kestrel', 'place'],
    ]);
  });
  it('gives no person for a given name that is an English word before an English word the text writes lower', () => {
    const text = 'Law Enforcement cooperation helps enforcement; Martin Arias and Mark Vessal met them.';
    expect(typed(text, ['Law Enforcement', 'Martin Arias', 'Mark Vessal'])).toEqual([
      ['Law Enforcement', null],
      ['Martin Arias', 'person'],
      ['Mark Vessal', 'person'],
    ]);
  });
  it("gives no person for a people's name in the plural last (a group), whatever opens it", () => {
    const text = 'Most Kestrel Valley Muslims and Guarani Indians stayed; Ana Indiana left.';
    expect(typed(text, ['Kestrel Valley Muslims', 'Guarani Indians', 'Ana Indiana'])).toEqual([
      ['Kestrel Valley Muslims', null],
      ['Guarani Indians', null],
      ['Ana Indiana', 'person'],
    ]);
  });
  it('types a name before a program word in lower case a program, where nothing else speaks', () => {
    const text = 'the Blue Heron program, the IMF program and the French initiative';
    expect(typed(text, ['Blue Heron', 'IMF', 'French'])).toEqual([
      ['Blue Heron', 'program'],
      ['IMF', 'organization'],
      ['French', null],
    ]);
  });
  it("types a storm's name an event's (other), whatever a person's shape it has", () => {
    expect(typed('after Hurricane Velma and Cyclone Orla struck', ['Hurricane Velma', 'Cyclone Orla'])).toEqual([
      ['Hurricane Velma', 'other'],
      ['Cyclone Orla', 'other'],
    ]);
  });
  it('types an armed group the public lists name, after a nationality too', () => {
    expect(typed('clashes of Hizballah and Afghan Taliban units', ['Hizballah', 'Afghan Taliban'])).toEqual([
      ['Hizballah', 'organization'],
      ['Afghan Taliban', 'organization'],
    ]);
  });
  it('gives a phrase no person shape: English words only, or a nationality first (a country + n too)', () => {
    expect(
      typed('on Climate Change with Costa Rican officials and Kestrel Ricans; Condoleezza Rice agreed', [
        'Climate Change',
        'Costa Rican',
        'Condoleezza Rice',
      ]),
    ).toEqual([
      ['Climate Change', null],
      ['Costa Rican', null],
      ['Condoleezza Rice', 'person'],
    ]);
  });
  it('gives a phrase ending in an English word no person shape, unless that is a name or a given name opens it', () => {
    const text =
      'the Varsko Kellen Network met; Anne-Sophie Lantern, Varsko Stone, de Vassa Trucks agreed, Orlik Questions';
    expect(
      typed(text, [
        'Varsko Kellen Network',
        'Anne-Sophie Lantern',
        'Varsko Stone',
        'de Vassa Trucks',
        'Orlik Questions',
      ]),
    ).toEqual([
      ['Varsko Kellen Network', null],
      ['Anne-Sophie Lantern', 'person'],
      ['Varsko Stone', 'person'],
      ['de Vassa Trucks', 'person'],
      ['Orlik Questions', null],
    ]);
  });
  it('types a speaker named by a surname alone, not an English word, a place or a people before the verb', () => {
    const text =
      'Drennick added that. Al-Verdani said so. Treasury said no. Moscow said no. Bahrainis told us. Kovic left.';
    expect(typed(text, ['Drennick', 'Al-Verdani', 'Treasury', 'Moscow', 'Bahrainis', 'Kovic'])).toEqual([
      ['Drennick', 'person'],
      ['Al-Verdani', 'person'],
      ['Treasury', null],
      ['Moscow', 'place'],
      ['Bahrainis', null],
      ['Kovic', null],
    ]);
  });
  it('types a lone surname before a verb of a visit or meeting as a person, not an officer abbreviated', () => {
    const text = 'Later Varsko met the minister. Then Orlik visited Tbilisi; Poloffs met him and Econoff thanked him.';
    expect(typed(text, ['Varsko', 'Orlik', 'Poloffs', 'Econoff'])).toEqual([
      ['Varsko', 'person'],
      ['Orlik', 'person'],
      ['Poloffs', null],
      ['Econoff', null],
    ]);
  });
  it('types a lone surname told, urged or met with as a person, not an officer or a word glued to more', () => {
    const text = 'The Ambassador told Varsko so, met with Orlik and urged Emboffs; he told EconOffs too.';
    expect(typed(text, ['Varsko', 'Orlik', 'Emboffs', 'Econ'])).toEqual([
      ['Varsko', 'person'],
      ['Orlik', 'person'],
      ['Emboffs', null],
      ['Econ', null],
    ]);
  });
  it('types a lone surname cited as a source (according to X) a person; a place or body keeps its kind', () => {
    const text = 'According to Varsko, it failed. It held, according to Peru. According to the Orlik Ministry, it did.';
    expect(typed(text, ['Varsko', 'Peru', 'Orlik Ministry'])).toEqual([
      ['Varsko', 'person'],
      ['Peru', 'place'],
      ['Orlik Ministry', 'organization'],
    ]);
  });
  it('marks a word of no other kind after from, at, via or a trip to as a place by that cue, no adjective', () => {
    const text =
      'Trucks came from Derna, met at Rabta and went via Zuwara. A trip to Kufra, a letter to Varsko; ' +
      "a threat from Salvadorian gangs, a note from Borlaug's aide, a call from Derek, goods at Wafiqa company.";
    const refined = typeByEvidenceRefiner.refine(
      entityContext(text),
      ['Derna', 'Rabta', 'Zuwara', 'Kufra', 'Varsko', 'Salvadorian', 'Borlaug', 'Derek', 'Wafiqa'].map((n) =>
        entityAt(text, n),
      ),
    );
    expect(refined.map((e) => [text.slice(e.start, e.end), e.kind, e.placeByCue ?? false])).toEqual([
      ['Derna', null, true],
      ['Rabta', null, true],
      ['Zuwara', null, true],
      ['Kufra', null, true],
      ['Varsko', null, false],
      ['Salvadorian', null, false],
      ['Borlaug', null, false],
      ['Derek', null, false],
      ['Wafiqa', 'organization', false],
    ]);
  });
  it('types a word after a compass adjective in lower case (western X, central X) a place, not after a noun', () => {
    const text = 'Raids hit western Zorvan and the central Oruk valley. A north Kasra fund grew.';
    expect(typed(text, ['Zorvan', 'Oruk', 'Kasra'])).toEqual([
      ['Zorvan', 'place'],
      ['Oruk', 'place'],
      ['Kasra', null],
    ]);
  });
  it("types a name after a kind of place's of, or a place's officer's or people's, a place", () => {
    const text =
      'the port of Zorvan, the suburbs of Oruk, the mayor of Kasra and residents of Vosk; a friend of Varsko';
    expect(typed(text, ['Zorvan', 'Oruk', 'Kasra', 'Vosk', 'Varsko'])).toEqual([
      ['Zorvan', 'place'],
      ['Oruk', 'place'],
      ['Kasra', 'place'],
      ['Vosk', 'place'],
      ['Varsko', null],
    ]);
  });
  it("leaves a surname the document also writes in lower case (a word's sentence-initial capital)", () => {
    const text = 'Grenwick said so; the grenwick was old.';
    expect(typed(text, ['Grenwick'])).toEqual([['Grenwick', null]]);
  });
  it('gives portfolio words alone no person shape', () => {
    expect(typed('export staff of Economic Affairs met', ['Economic Affairs'])).toEqual([['Economic Affairs', null]]);
  });
  it('knows cities by their English names, not only as their countries write them (Genève, Köln)', () => {
    expect(typed('flights from Geneva to Rangoon, in Gothenburg', ['Geneva', 'Rangoon', 'Gothenburg'])).toEqual([
      ['Geneva', 'place'],
      ['Rangoon', 'place'],
      ['Gothenburg', 'place'],
    ]);
  });
  it("types a government's or ministry's acronym in mixed case, an organization's as a word, by its capitals", () => {
    expect(typed('in the GoB, the GoSL and the MoFA, and the MoU', ['GoB', 'GoSL', 'MoFA', 'MoU'])).toEqual([
      ['GoB', 'organization'],
      ['GoSL', 'organization'],
      ['MoFA', 'organization'],
      ['MoU', null],
    ]);
    expect(typed('with Interpol and Unicef in Goias', ['Interpol', 'Unicef', 'Goias'])).toEqual([
      ['Interpol', 'organization'],
      ['Unicef', 'organization'],
      ['Goias', 'place'],
    ]);
  });
  it('gives a surname after an Arabic article a name shape (al-, el-)', () => {
    expect(typed('the son of Kestrin al-Vessani and Orlak el-Tarvi', ['Kestrin al-Vessani', 'Orlak el-Tarvi'])).toEqual(
      [
        ['Kestrin al-Vessani', 'person'],
        ['Orlak el-Tarvi', 'person'],
      ],
    );
  });
  it('types a name before a kind of body in lower case an organization, not a place or compound adjective', () => {
    const text =
      'the Drennick company and the Vessan party; the Lula government, Nairobi group and Houston-based company';
    expect(typed(text, ['Drennick', 'Vessan', 'Lula', 'Nairobi', 'Houston-based'])).toEqual([
      ['Drennick', 'organization'],
      ['Vessan', 'organization'],
      ['Lula', null],
      ['Nairobi', 'place'],
      ['Houston-based', null],
    ]);
  });
  it('types a name ending in Nations an organization (United Nations, Association of Southeast Asian Nations)', () => {
    expect(typed('the United Nations and the Kestrel Nations met', ['United Nations', 'Kestrel Nations'])).toEqual([
      ['United Nations', 'organization'],
      ['Kestrel Nations', 'organization'],
    ]);
  });
  it("types an organization's name a lexicon knows, not an English word or a person's name that is also one's", () => {
    expect(typed('with Boeing, Bechtel and Al Jazeera; Varsko Ford', ['Boeing', 'Bechtel', 'Al Jazeera'])).toEqual([
      ['Boeing', 'organization'],
      ['Bechtel', 'organization'],
      ['Al Jazeera', 'organization'],
    ]);
  });
  it('types places by lexicon, place words and context words', () => {
    expect(
      typed('talks in Zorvan near Tbilisi, in the Kasra Valley, and the city of Oruk', [
        'Zorvan',
        'Tbilisi',
        'Kasra Valley',
        'Oruk',
      ]),
    ).toEqual([
      ['Zorvan', 'place'],
      ['Tbilisi', 'place'],
      ['Kasra Valley', 'place'],
      ['Oruk', 'place'],
    ]);
  });
  it('types organizations by head words, legal forms and acronyms', () => {
    expect(
      typed('the Kestrel Shipping Company, Vantor GmbH and the UNHCR', [
        'Kestrel Shipping Company',
        'Vantor GmbH',
        'UNHCR',
      ]),
    ).toEqual([
      ['Kestrel Shipping Company', 'organization'],
      ['Vantor GmbH', 'organization'],
      ['UNHCR', 'organization'],
    ]);
  });
  it("takes an acronym a person's name spells for an alias, not an organization's mark", () => {
    const text = 'the candidate Hector Ruiz Lema and the Grace Harbor Works spoke';
    const found = typeByEvidenceRefiner.refine(entityContext(text), [
      { ...entityAt(text, 'Hector Ruiz Lema'), acronym: 'HRL' },
      { ...entityAt(text, 'Grace Harbor Works'), acronym: 'GHW' },
    ]);
    expect(found.map((e) => [text.slice(e.start, e.end), e.kind])).toEqual([
      ['Hector Ruiz Lema', 'person'],
      ['Grace Harbor Works', 'organization'],
    ]);
  });
  it("types no nationality, a world region's and a country's + n, an or ern among them", () => {
    const text = 'summit of Latin American states in the Middle Eastern capitals; Chilean and Southeast Asians';
    expect(typed(text, ['Latin American', 'Middle Eastern', 'Chilean', 'Southeast Asians'])).toEqual([
      ['Latin American', null],
      ['Middle Eastern', null],
      ['Chilean', null],
      ['Southeast Asians', null],
    ]);
  });
  it('makes no place of a common English word by a preposition alone, as it does of a word no lexicon knows', () => {
    const text = 'the office to combat Trafficking in Persons met in Chamber; aid went in Zorvan';
    expect(typed(text, ['Persons', 'Chamber', 'Zorvan'])).toEqual([
      ['Persons', null],
      ['Chamber', null],
      ['Zorvan', 'place'],
    ]);
  });
  it('types a name before a kind of body in lower case, the media among them, as an organization', () => {
    const text = 'reports in Kestrel magazine, on Zorvan television and in Libyan newspapers';
    expect(typed(text, ['Kestrel', 'Zorvan', 'Libyan'])).toEqual([
      ['Kestrel', 'organization'],
      ['Zorvan', 'organization'],
      ['Libyan', null],
    ]);
  });
  it('types the source of a press citation, a date after it, as an organization; not a titled or given name', () => {
    const text = 'rates rose (Al Kestrel Al Youm, 7/19/09), fell (Harbor Times, March 3) and held (Ann Cole, 7/20).';
    expect(typed(text, ['Al Kestrel Al Youm', 'Harbor Times', 'Ann Cole'])).toEqual([
      ['Al Kestrel Al Youm', 'organization'],
      ['Harbor Times', 'organization'],
      ['Ann Cole', 'person'],
    ]);
  });
  it("drops a kind of organization's word alone (a generic reference), not a body's own name nor a longer name", () => {
    const text = 'The Embassy told the Ministry that Post and the Committees met the Knesset and the Interior Ministry';
    expect(typed(text, ['Embassy', 'Ministry', 'Post', 'Committees', 'Knesset', 'Interior Ministry'])).toEqual([
      ['Knesset', 'organization'],
      ['Interior Ministry', 'organization'],
    ]);
  });
  it('types people by given names, initials, particles and the name shape as a last resort', () => {
    expect(
      typed('Maria Kowalczyk, J. Ortwin, Tarek al Masri and Brandt Holloway met', [
        'Maria Kowalczyk',
        'J. Ortwin',
        'Tarek al Masri',
        'Brandt Holloway',
      ]),
    ).toEqual([
      ['Maria Kowalczyk', 'person'],
      ['J. Ortwin', 'person'],
      ['Tarek al Masri', 'person'],
      ['Brandt Holloway', 'person'],
    ]);
  });
  it('types a surname named before as a person, and leaves a lone unknown word untyped', () => {
    expect(typed('Holloway said so. Quorvex left.', ['Holloway', 'Quorvex'], ['Holloway'])).toEqual([
      ['Holloway', 'person'],
      ['Quorvex', null],
    ]);
  });
  it('does not take words the text writes in lower case for a name shape', () => {
    expect(typed('Senior Staff met; the senior staff agreed', ['Senior Staff'])).toEqual([['Senior Staff', null]]);
  });
  it("types a name right before a title as the title's institution or place, never a person", () => {
    const text =
      'the Lomar Vesko President said; Kestrel Chief Ivo Rask; Lahore Mayor Ana Duarte; QDF Director Ivo Rask';
    const found = typeByEvidenceRefiner.refine(
      entityContext(text),
      ['Lomar Vesko', 'Kestrel', 'Lahore', 'QDF'].map((name) => ({
        ...entityAt(text, name),
        beforeTitle: true as const,
      })),
    );
    expect(found.map((e) => [text.slice(e.start, e.end), e.kind])).toEqual([
      ['Lomar Vesko', 'organization'],
      ['Kestrel', 'organization'],
      ['Lahore', 'place'],
      ['QDF', 'organization'],
    ]);
  });
  it("types a name opened by a Spanish or Portuguese place's generic term as a place", () => {
    expect(
      typed('near Puerto Lomar, on Isla Vesko and Cerro Kestrel; Pancho Villa', [
        'Puerto Lomar',
        'Isla Vesko',
        'Cerro Kestrel',
        'Pancho Villa',
      ]),
    ).toEqual([
      ['Puerto Lomar', 'place'],
      ['Isla Vesko', 'place'],
      ['Cerro Kestrel', 'place'],
      ['Pancho Villa', 'person'],
    ]);
  });
  it("types a name after a title's head in lower case a person, not after a capitalized word or possessive", () => {
    const text = "Lomar leader Vesko al-Kestrel spoke; the General Penal Code; the President's Tbilisi speech";
    expect(typed(text, ['Vesko al-Kestrel', 'Penal Code', 'Tbilisi'])).toEqual([
      ['Vesko al-Kestrel', 'person'],
      ['Penal Code', null],
      ['Tbilisi', 'place'],
    ]);
  });
  it("lets a name's shape make a person after a to of no going, not after a word of going", () => {
    const text = 'The counselor passed the message to Odile Brassard; the convoy traveled to Sarvan Kelat.';
    expect(typed(text, ['Odile Brassard', 'Sarvan Kelat'])).toEqual([
      ['Odile Brassard', 'person'],
      ['Sarvan Kelat', null],
    ]);
  });
  it("types a name one edit from an armed group's as the group, from nine characters on", () => {
    const text = 'fighters of Hizbollah and Al Shibaab; the Real IRI goal';
    expect(typed(text, ['Hizbollah', 'Al Shibaab', 'Real IRI']).map(([, kind]) => kind)).toEqual([
      'organization',
      'organization',
      null,
    ]);
  });
});
