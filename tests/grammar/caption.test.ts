import { describe, expect, it } from 'vitest';
import { caption } from '../../src/grammar/caption.js';
import { span } from '../helpers.js';
import { nodeOf } from './read.js';

describe('caption', () => {
  it('parses SIPDIS', () => {
    const text = 'SIPDIS';
    expect(nodeOf(caption, text)).toEqual({ type: 'caption', position: span(text, text), caveats: ['SIPDIS'], text });
  });
  it('keeps the other words of the line', () => {
    const text = 'NOFORN, NOT FOR INTERNET DISTRIBUTION';
    expect(nodeOf(caption, text)).toEqual({ type: 'caption', position: span(text, text), caveats: ['NOFORN'], text });
  });
  it('reads every caveat of the line once, by what it means', () => {
    const text = 'SENSITIVE BUT UNCLASSIFIED SBU SIPDIS';
    expect(nodeOf(caption, text)?.caveats).toEqual(['SENSITIVE', 'SIPDIS']);
  });
  it('reads only whole caveat lines once the body has begun', () => {
    expect(nodeOf(caption, 'SENSITIVE TALKS WERE HELD.', { seenBody: true })).toBeNull();
    expect(nodeOf(caption, 'NOFORN SIPDIS', { seenBody: true })?.caveats).toEqual(['NOFORN', 'SIPDIS']);
  });
});
