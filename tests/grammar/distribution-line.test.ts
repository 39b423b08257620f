import { describe, expect, it } from 'vitest';
import { distributionLine } from '../../src/grammar/distribution-line.js';
import { parseCable } from '../../src/index.js';
import { span, spanFromTo } from '../helpers.js';
import { readWith } from './read.js';

describe('distributionLine', () => {
  it('parses an INFO block with the line of codes that continues it', () => {
    const text = 'INFO  LOG-00   MFA-00   EEB-00\n      CDC-00   SWCI-00    /007R\nACTION NODS-00';
    expect(readWith(distributionLine, text).read).toEqual({
      node: {
        type: 'distributionLine',
        position: spanFromTo(text, 'INFO', '/007R'),
        role: 'info',
        offices: ['LOG-00', 'MFA-00', 'EEB-00', 'CDC-00', 'SWCI-00', '/007R'],
      },
      next: 2,
    });
  });
  it('parses an ACTION line alone', () => {
    const text = 'ACTION NODS-00\n\nINFO  OCT-01';
    expect(readWith(distributionLine, text).read).toEqual({
      node: { type: 'distributionLine', position: span(text, 'ACTION NODS-00'), role: 'action', offices: ['NODS-00'] },
      next: 1,
    });
  });
});

describe('distributionLine in outgoing Department telegrams', () => {
  it('parses an ORIGIN line', () => {
    const text = 'ORIGIN EUR-12\n\nINFO  OCT-01';
    expect(readWith(distributionLine, text).read?.node).toMatchObject({ role: 'origin', offices: ['EUR-12'] });
  });
  it('ends the text before a role line: the line of codes is not read into it', () => {
    const kinds = parseCable('TZE4411\nORIGIN NEA-16\nINFO  OCT-01   ISO-00   /012 R').children.map((n) => n.type);
    expect(kinds.slice(-2)).toEqual(['distributionLine', 'distributionLine']);
  });
});
