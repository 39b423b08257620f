/** extract(cable, input): the header's mentions, read where the tree places them (src/extract/extract.ts). */
import { describe, expect, it } from 'vitest';
import { extract, parseCable } from '../../src/index.js';

const HEADER = [
  'VZCZCXRO0427',
  'RR RUEHDBU',
  'DE RUEHNT #0731/01 2741022',
  'ZNR UUUUU ZZH',
  'R 011022Z OCT 09',
  'FM AMEMBASSY TASHKENT',
  'TO RHEHNSC/NSC WASHDC',
  'INFO RUEHZN/EUCOM POLAD VAIHINGEN GE',
  'BT',
  'UNCLAS TASHKENT 000731',
  '',
  'E.O. 12958: DECL: 10/01/2019TAGS: PGOV PREL UZ',
  'SUBJECT: UZBEKISTAN: COTTON HARVEST BEGINS',
  '',
  '1. The harvest began on September 15.',
  '',
].join('\n');

const spans = (input: string, kind: 'dates' | 'entities') =>
  extract(parseCable(input), input)[kind].map((m) => input.slice(m.position.start.offset, m.position.end.offset));

describe('extract: the header', () => {
  it('reads the DTG and the declassification date at their positions in the tree', () => {
    const dates = extract(parseCable(HEADER), HEADER).dates;
    expect(dates.map((d) => [HEADER.slice(d.position.start.offset, d.position.end.offset), d.value])).toEqual([
      ['011022Z OCT 09', '2009-10-01T10:22Z'],
      // Glued to TAGS: the E.O. line's own date, where the tree found it.
      ['10/01/2019', '2019-10-01'],
      ['September 15', '2009-09-15'],
    ]);
  });
  it('takes the originator and addressees at their names, not at a routing indicator ending in the same word', () => {
    expect(spans(HEADER, 'entities').slice(0, 3)).toEqual([
      'AMEMBASSY TASHKENT',
      'NSC WASHDC',
      'EUCOM POLAD VAIHINGEN GE',
    ]);
  });
  it('reads a signature of one name as a person at its span, and one of more words as none', () => {
    const signed = `${HEADER}\n2. The harvest ends in November.\nNORBURY\n`;
    const people = extract(parseCable(signed), signed).entities.filter((e) => e.kind === 'person');
    expect(people.map((e) => [e.text, e.position.start.line, e.position.start.column])).toEqual([['NORBURY', 18, 1]]);
    const unsigned = `${HEADER}\n2. The harvest ends in November.\n`;
    expect(extract(parseCable(unsigned), unsigned).entities.filter((e) => e.kind === 'person')).toEqual([]);
  });
  it('reads the subject from its text, after the keyword and the portion mark', () => {
    const input = 'SUBJECT: (SBU) Talks with the FDP in Geneva on 12 March 2009\n\n1. Text.\n';
    const dates = extract(parseCable(input), input).dates;
    expect(dates.map((d) => input.slice(d.position.start.offset, d.position.end.offset))).toEqual(['12 March 2009']);
    expect(spans(input, 'entities')).toEqual(['FDP', 'Geneva']);
  });
  it("drops an entity inside a date, the date's word", () => {
    const input = `${HEADER}\n2. The FY 2010 budget of the Ministry of Finance was cut in October-November.\n`;
    expect(spans(input, 'dates').slice(-2)).toEqual(['FY 2010', 'October-November']);
    expect(spans(input, 'entities').slice(4)).toEqual(['Ministry of Finance']);
  });
});

describe('extract: the subject', () => {
  it('types a surname in a subject in capitals by the person the paragraphs name after a title', () => {
    const input = HEADER.replace('UZBEKISTAN: COTTON HARVEST BEGINS', 'UZBEKISTAN: KARIMOVA ON THE HARVEST').replace(
      '1. The harvest began on September 15.',
      '1. Deputy Minister Karimova said the harvest began on September 15. Karimova added little.',
    );
    const people = extract(parseCable(input), input)
      .entities.filter((m) => m.kind === 'person')
      .map((m) => m.text);
    expect(people).toEqual(['KARIMOVA', 'Karimova', 'Karimova']);
  });
});

describe('extract: the reference date', () => {
  // A cables.csv row glued after a header with no DTG, in the seed's shape: the archive's creation date is the
  // reference when the text gives none.
  const row = (created: string) =>
    `4242\t${created}\t08ASTANA358\tEmbassy Astana\tUNCLASSIFIED\t\tFM AMEMBASSY ASTANA\\\nTO RUEHC/SECSTATE WASHDC` +
    '\tUNCLAS ASTANA 000358 \\\n \\\nTAGS: SNAR KZ\\\nSUBJECT: DRUG REPORT \\\n \\\n1. In December he met them.\\\n';
  const december = (input: string) => extract(parseCable(input), input).dates.find((d) => d.text === 'December');
  it("takes the archive's creation date when the text has no DTG, and finds the date without any", () => {
    expect(december(row('2008-02-21 09:51:00'))?.value).toBe('2007-12');
    const bare = 'UNCLAS ASTANA 000358\n\nTAGS: SNAR KZ\nSUBJECT: DRUG REPORT\n\n1. In December he met them.\n';
    expect(december(bare)).toMatchObject({ text: 'December', value: null, implied: ['year'] });
  });
});
