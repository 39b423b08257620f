/** toRecord on the seed equals DESIGN.md's seed column, field by field; and the record's other rules. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CableRecord, parseCable, toRecord } from '../src/index.js';
import { ROOT } from './helpers.js';

const seed = readFileSync(join(ROOT, 'fixtures/seed/08ASTANA358.txt'), 'utf8');

describe('toRecord', () => {
  const record = toRecord(parseCable(seed));
  it('gives the seed record of DESIGN.md', () => {
    expect({ ...record, paragraphs: undefined }).toEqual({
      id: '08ASTANA358',
      transmissionId: 'VZCZCXRO3532',
      precedence: 'ROUTINE',
      routingIndicators: ['RUEHAST', 'RUEHBI', 'RUEHCI', 'RUEHLH', 'RUEHPW'],
      originStation: 'RUEHTA',
      stationSerial: '0358',
      transmissionSection: 1,
      filingTime: '0520951',
      dtg: '2008-02-21T09:51:00Z',
      from: 'AMEMBASSY ASTANA',
      to: [{ routingIndicator: 'RUEHC', name: 'SECSTATE WASHDC', precedence: null, sequence: '1822', excluded: [] }],
      info: [
        { routingIndicator: 'RUEHAST', name: 'USOFFICE ALMATY', precedence: null, sequence: '0244', excluded: [] },
        { routingIndicator: 'RUCNCLS', name: 'SCA COLLECTIVE', precedence: null, sequence: null, excluded: [] },
      ],
      // Not in DESIGN.md's record: fields of 1970s Department telegrams (issue 11), absent from this cable.
      distribution: null,
      drafter: null,
      approver: null,
      classification: 'UNCLASSIFIED',
      caveats: ['SIPDIS'],
      section: { number: 1, of: 2 },
      executiveOrder: { order: '12958', declassify: null, raw: 'N/A' },
      tags: ['SNAR', 'ASEC', 'PREL', 'KCOR', 'KCRM', 'KZ'],
      subject: 'KAZAKHSTAN: DRUG AND CRIME REPORT FOR 2007',
      references: [],
      classifiedBy: null,
      summary: null,
      paragraphs: undefined,
      signers: ['ORDWAY'],
      partial: false,
      archive: null,
      diagnostics: 0,
    });
  });
  it('numbers the seed paragraphs 1..11 and joins paragraph 7 across its page marker', () => {
    expect(record.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(record.paragraphs[6]?.text).toContain('Ninety-five kilos of drugs were seized, 54 criminal cases');
    expect(record.paragraphs[4]?.text).toContain('ages 10 and 12, were accompanied by their mother');
    expect(record.paragraphs.every((p) => !/ASTANA 00000358/.test(p.text))).toBe(true);
  });
  it('is accepted by the CableRecord schema and is plain JSON', () => {
    expect(CableRecord.parse(record)).toEqual(record);
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });
  it('attaches XMT names to the collective before them', () => {
    const text = 'TO RUEHC/SECSTATE WASHDC 1822\nINFO RUCNCLS/SCA COLLECTIVE\nXMT AMEMBASSY ALMATY';
    expect(toRecord(parseCable(text)).info).toEqual([
      {
        routingIndicator: 'RUCNCLS',
        name: 'SCA COLLECTIVE',
        precedence: null,
        sequence: null,
        excluded: ['AMEMBASSY ALMATY'],
      },
    ]);
  });
  it('reads a summary between SUMMARY: and END SUMMARY', () => {
    const text = '1. (C) Summary: The minister agreed. End Summary.\n\n2. (C) Details.';
    expect(toRecord(parseCable(text)).summary).toBe('The minister agreed.');
  });
  it('takes the year of the id from options.date when there is no DTG', () => {
    expect(toRecord(parseCable('UNCLAS ASTANA 000358', { date: '2008-02-21' })).id).toBe('08ASTANA358');
  });
  it('reads a summary under a SUMMARY title, up to END SUMMARY on its own line', () => {
    const text =
      'SUMMARY AND TABLE OF CONTENTS\n\n1. (C) First point.\n\n2. Second point.\n\nEND SUMMARY.\n\n3. Details.';
    expect(toRecord(parseCable(text)).summary).toBe('First point. Second point.');
  });
  it('reads a summary with no opening from the first paragraph to END SUMMARY', () => {
    expect(toRecord(parseCable('1. (C) The minister agreed. END SUMMARY.\n\n2. Details.')).summary).toBe(
      'The minister agreed.',
    );
  });
  it('ends a summary at a dashed heading glued into its paragraph', () => {
    expect(toRecord(parseCable('1.(C) Summary: The minister agreed. -------- Training --------')).summary).toBe(
      'The minister agreed.',
    );
  });
  it('has no summary when the cable has none', () => {
    expect(toRecord(parseCable('1. The minister agreed.')).summary).toBeNull();
  });
  it('reads the office distribution, drafter and approver of a Department telegram, and its page line section', () => {
    const text = [
      'CONFIDENTIAL',
      '',
      'PAGE 01        STATE  234567  02 OF 03',
      'ORIGIN NEA-16',
      '',
      'INFO  OCT-01   ISO-00   SS-15',
      '      L-03     /012 R',
      'DRAFTED BY NEA/ARN:RWILSON:LM',
      'APPROVED BY NEA:JBAKER',
      'S/S - MR. KING',
      '                     --------------------- 045512',
      'O 021530Z JUN 75',
      'FM SECSTATE WASHDC',
      'TO AMEMBASSY BEIRUT IMMEDIATE',
      'C O N F I D E N T I A L STATE 234567',
    ].join('\n');
    const record = toRecord(parseCable(text));
    expect({
      distribution: record.distribution,
      drafter: record.drafter,
      approver: record.approver,
      section: record.section,
    }).toEqual({
      distribution: { action: ['NEA-16'], info: ['OCT-01', 'ISO-00', 'SS-15', 'L-03'] },
      drafter: 'NEA/ARN:RWILSON:LM',
      approver: 'NEA:JBAKER',
      section: { number: 2, of: 3 },
    });
  });
});
