import { describe, expect, it } from 'vitest';
import { dateLine } from '../../src/grammar/date-line.js';
import { span } from '../helpers.js';
import { nodeOf, readWith } from './read.js';

describe('dateLine', () => {
  it("parses a media copy's date line; its year dates the references after it", () => {
    const text = 'Friday, 27 August 2004, 08:08';
    const { read, reading } = readWith(dateLine, text);
    expect(read?.node).toEqual({
      type: 'dateLine',
      position: span(text, text),
      written: text,
      iso: '2004-08-27T08:08:00Z',
    });
    expect(reading.state.year).toBe('04');
  });
  it('keeps an impossible date with iso null', () => {
    const text = 'Monday, 31 February 2004, 10:00';
    expect(nodeOf(dateLine, text)).toEqual({ type: 'dateLine', position: span(text, text), written: text, iso: null });
  });
  it("parses a mirror's `Cable dated:` line, and leaves text glued after it in the line's slot", () => {
    const text = 'Cable dated:2008-02-21T09:51:00UNCLAS ASTANA 000358';
    const { read, reading } = readWith(dateLine, text);
    expect(read).toEqual({
      node: {
        type: 'dateLine',
        position: span(text, 'Cable dated:2008-02-21T09:51:00'),
        written: 'Cable dated:2008-02-21T09:51:00',
        iso: '2008-02-21T09:51:00Z',
      },
      next: 0,
    });
    expect(reading.lines[0]).toMatchObject({ value: 'UNCLAS ASTANA 000358', cut: true });
    expect(nodeOf(dateLine, 'Cable dated:2008-02-30T09:51')).toMatchObject({ iso: null });
  });
  it('reads no prose that starts with a weekday', () => {
    expect(nodeOf(dateLine, 'Monday, 27 delegates arrived')).toBeNull();
  });
});
