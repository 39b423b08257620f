import { describe, expect, it } from 'vitest';
import { CLASSIFICATION_LEVELS, classificationLevel, LEVEL_PATTERN } from '../../src/tables/classification.js';

const LEVEL = new RegExp(`^${LEVEL_PATTERN}`, 'i');

describe('classificationLevel', () => {
  it('reads a level whatever its spacing and case', () => {
    expect(classificationLevel('C O N F I D E N T I A L')).toBe('CONFIDENTIAL');
    expect(classificationLevel('Unclas')).toBe('UNCLASSIFIED');
    expect(classificationLevel('TOPSECRET')).toBe('TOP SECRET');
  });
  it('reads a letter struck twice as once, in a spaced-out level', () => {
    for (const [written, level] of [
      ['SS E C R E T', 'SECRET'],
      ['C O N F I D E N T I A LL', 'CONFIDENTIAL'],
      ['U N C L A S S I F I E D', 'UNCLASSIFIED'],
    ] as const) {
      expect(LEVEL.exec(`${written} ASTANA 000358`)?.[0]).toBe(written);
      expect(classificationLevel(written)).toBe(level);
    }
  });
  it('reads every level of the table and its abbreviation, squashed or spaced out, the longest written first', () => {
    for (const level of CLASSIFICATION_LEVELS) {
      expect(classificationLevel(level.replace(/ /g, ''))).toBe(level);
      const spaced = [...level.replace(/ /g, '')].join(' ');
      expect(LEVEL.exec(`${spaced} //NOFORN`)?.[0]).toBe(spaced);
    }
    expect(classificationLevel('UNCLAS')).toBe('UNCLASSIFIED');
    expect(LEVEL.exec('U N C L A S SECTION 01')?.[0]).toBe('U N C L A S');
  });
  it('reads no other word as a level', () => {
    expect(classificationLevel('SECRETARY')).toBeNull();
    expect(LEVEL.test('SECRETARY OF STATE')).toBe(false);
    expect(classificationLevel('CONFIDENCE')).toBeNull();
  });
});
