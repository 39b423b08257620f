import { describe, expect, it } from 'vitest';
import { fromLine } from '../../src/grammar/from-line.js';
import { span } from '../helpers.js';
import { nodeOf } from './read.js';

describe('fromLine', () => {
  it('parses the sender, with where its name stands', () => {
    const text = 'FM AMEMBASSY ASTANA  ';
    expect(nodeOf(fromLine, text)).toEqual({
      type: 'fromLine',
      position: span(text, 'FM AMEMBASSY ASTANA'),
      routingIndicator: null,
      name: 'AMEMBASSY ASTANA',
      namePosition: span(text, 'AMEMBASSY ASTANA'),
    });
  });
  it('parses a routing indicator before the name', () => {
    const text = 'FM RUEHTA/AMEMBASSY ASTANA';
    expect(nodeOf(fromLine, text)).toEqual({
      type: 'fromLine',
      position: span(text, text),
      routingIndicator: 'RUEHTA',
      name: 'AMEMBASSY ASTANA',
      namePosition: span(text, 'AMEMBASSY ASTANA'),
    });
  });
  it('is no FM line after the text began (the classification line was read)', () => {
    expect(nodeOf(fromLine, 'FM AMEMBASSY ASTANA', { classified: true })).toBeNull();
    expect(nodeOf(fromLine, 'FM AMEMBASSY ASTANA', { classified: true, zone: 'routing' })?.name).toBe(
      'AMEMBASSY ASTANA',
    );
  });
});
