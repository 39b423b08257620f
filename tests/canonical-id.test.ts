import { describe, expect, it } from 'vitest';
import { canonicalCableId } from '../src/index.js';

describe('canonicalCableId', () => {
  it('squashes spacing and leading zeros', () => {
    expect(canonicalCableId('08 ASTANA 0358')).toBe('08ASTANA358');
    expect(canonicalCableId('08ASTANA358')).toBe('08ASTANA358');
  });
  it('reads SECSTATE as STATE and drops hyphens', () => {
    expect(canonicalCableId('06SECSTATE123')).toBe('06STATE123');
    expect(canonicalCableId('07PORT-AU-PRINCE12')).toBe('07PORTAUPRINCE12');
  });
  it('completes a cut-off post name and mends a one-letter misspelling', () => {
    expect(canonicalCableId('08 RIO DE JAN 44')).toBe('08RIODEJANEIRO44');
    expect(canonicalCableId('08ASTAN358')).toBe('08ASTANA358');
    expect(canonicalCableId('08ASATNA358')).toBe('08ASTANA358');
  });
  it('drops stray section counters and caveats left inside ids', () => {
    expect(canonicalCableId('08ASTANASECION02OF02358')).toBe('08ASTANA358');
    expect(canonicalCableId('08 NOFORN ASTANA 358')).toBe('08ASTANA358');
    expect(canonicalCableId('08ASTANAEFTO358')).toBe('08ASTANA358');
  });
  it('returns null for text that is no id', () => {
    expect(canonicalCableId('ASTANA')).toBeNull();
    expect(canonicalCableId('hello world')).toBeNull();
  });
  it("reads a country's name as its embassy: the capital's post, or the embassy's seat where that differs", () => {
    expect(canonicalCableId('07 KENYA 1234')).toBe('07NAIROBI1234');
    expect(canonicalCableId('07 UNITED KINGDOM 55')).toBe('07LONDON55');
    expect(canonicalCableId('07 NETHERLANDS 12')).toBe('07THEHAGUE12');
    expect(canonicalCableId('07 SRI LANKA 12')).toBe('07COLOMBO12');
    // A post of the same name stays itself; a country whose capital is no post keeps its name.
    expect(canonicalCableId('07 KUWAIT 12')).toBe('07KUWAIT12');
    expect(canonicalCableId('07 TUVALU 12')).toBe('07TUVALU12');
  });
});
