import { describe, expect, it } from 'vitest';
import { lowerWordsOf } from '../../src/extract/entities/index.js';
import { extract, extractEntities, parseCable } from '../../src/index.js';
import { treeProblems } from '../tree-check.js';

const pick = (text: string) => extractEntities(text).map((e) => [e.text, e.kind, e.title ?? e.acronym ?? e.expansion]);

describe('extractEntities', () => {
  it('links an acronym to the organization that defines it', () => {
    expect(pick("the Procurator General's Office (PGO) announced that the PGO submitted a proposal")).toEqual([
      ["Procurator General's Office", 'organization', 'PGO'],
      ['PGO', 'organization', "Procurator General's Office"],
    ]);
  });
  it('reads people behind their titles, places and operations', () => {
    expect(
      pick(
        'Vice Minister of Internal Affairs Kalmukhanbet Kassymov went to Kokshetau during Operation Eastern Safari.',
      ),
    ).toEqual([
      ['Kalmukhanbet Kassymov', 'person', 'Vice Minister of Internal Affairs'],
      ['Kokshetau', 'place', null],
      ['Operation Eastern Safari', 'operation', null],
    ]);
  });
  it('reads all-capitals text through the gazetteer, known acronyms and titles', () => {
    expect(pick('GENERAL AZIMI SAID THE USG AND IRAN AGREED')).toEqual([
      ['AZIMI', 'person', 'GENERAL'],
      ['USG', 'organization', null],
      ['IRAN', 'place', null],
    ]);
  });
  it("reads all-capitals text with an archive's redaction in lower case as all capitals", () => {
    expect(pick('xxxxxxxxxxxx TOLD US THAT GENERAL AZIMI MET THE USG IN IRAN')).toEqual([
      ['AZIMI', 'person', 'GENERAL'],
      ['USG', 'organization', null],
      ['IRAN', 'place', null],
    ]);
  });
  it('reads no faith or people alone as a name, and a name after one', () => {
    expect(pick('Many Sunni Muslims, the Kurds and the Druze met Alevis Hasan Zengin in Ankara.')).toEqual([
      ['Hasan Zengin', 'person', null],
      ['Ankara', 'place', null],
    ]);
  });
});

describe('lowerWordsOf', () => {
  it('gathers the words written in lower case, with their apostrophes and hyphens', () => {
    const words = lowerWordsOf("Police seized don't-care goods; the well-known x-Ray at sea");
    expect([...words]).toEqual(['seized', "don't-care", 'goods', 'the', 'well-known', 'x-', 'at', 'sea']);
  });
  it('takes no word that starts inside another word, nor one letter alone', () => {
    expect([...lowerWordsOf('McCain met 2nd_place iPhone users a b')]).toEqual(['met', 'users']);
    expect([...lowerWordsOf('(note) -- "quoted" ends')]).toEqual(['note', 'quoted', 'ends']);
  });
  it('adds to the set it is given (a whole cable, text by text)', () => {
    const words = lowerWordsOf('first text', new Set(['kept']));
    expect([...lowerWordsOf('second text', words)]).toEqual(['kept', 'first', 'text', 'second']);
  });
});

describe('extract', () => {
  it('finds mentions in the subject and paragraphs of a cable, offsets into the input', () => {
    const input =
      'R 210951Z FEB 08\nFM AMEMBASSY ASTANA\n\nUNCLAS ASTANA 000358\n\n' +
      'SUBJECT: KAZAKHSTAN: DRUG REPORT FOR 2007\n\n1. On December 12, police seized\n10 kilos of heroin in Almaty.';
    const found = extract(parseCable(input), input);
    const at = (m: { position: { start: { offset: number }; end: { offset: number } } }) =>
      input.slice(m.position.start.offset, m.position.end.offset);
    expect(found.dates.map((d) => [at(d), d.value])).toEqual([
      ['210951Z FEB 08', '2008-02-21T09:51Z'],
      ['2007', '2007'],
      ['December 12', '2007-12-12'],
    ]);
    expect(found.quantities.map((q) => [at(q), q.unit])).toEqual([['10 kilos', 'kg']]);
    expect(found.entities.map((e) => [at(e), e.kind])).toEqual([
      ['AMEMBASSY ASTANA', 'organization'],
      ['KAZAKHSTAN', 'place'],
      ['Almaty', 'place'],
    ]);
  });
  it('places header addressees where the tree places their names, also where the rendering changed them', () => {
    const input = 'TO PAGE 02 STATE 015113 182333Z\nAMEMBASSY ASTANA !\\!\n[SNAR](#)';
    expect(treeProblems(input)).toEqual([]);
    expect(
      extract(parseCable(input), input).entities.map((e) =>
        input.slice(e.position.start.offset, e.position.end.offset),
      ),
    ).toEqual(['AMEMBASSY ASTANA !\\!', '[SNAR](#)']);
  });
  it("takes an addressee's city as a place of the cable only after a post's office word", () => {
    const input =
      'R 210951Z FEB 08\nFM AMEMBASSY ASTANA\nTO SECSTATE WASHDC\nINFO JOINT STAFF WASHDC\nAMCONSUL ZORVAN\n\n' +
      'UNCLAS ASTANA 000358\n\nSUBJECT: VISIT\n\n1. GENERAL AZIMI AND HIS STAFF FLEW TO ZORVAN.';
    const found = extract(parseCable(input), input).entities.filter((e) => e.position.start.offset > 120);
    expect(found.map((e) => [input.slice(e.position.start.offset, e.position.end.offset), e.kind])).toEqual([
      ['AZIMI', 'person'],
      ['ZORVAN', 'place'],
    ]);
  });
});
