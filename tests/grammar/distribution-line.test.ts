import { describe, expect, it } from 'vitest';
import { blocks, span } from '../helpers.js';

describe('distributionLine', () => {
  it('parses an INFO block and its continuation', () => {
    const text = 'INFO  LOG-00   MFA-00   EEB-00\n      CDC-00   SWCI-00    /007R';
    expect(blocks(text)).toEqual([
      {
        type: 'distributionLine',
        position: span(text, 'INFO  LOG-00   MFA-00   EEB-00'),
        role: 'info',
        offices: ['LOG-00', 'MFA-00', 'EEB-00'],
      },
      {
        type: 'distributionLine',
        position: span(text, 'CDC-00   SWCI-00    /007R'),
        role: null,
        offices: ['CDC-00', 'SWCI-00', '/007R'],
      },
    ]);
  });
});
