/** When the command line colours: FORCE_COLOR decides when set, else NO_COLOR, else a terminal that is not dumb. */
import { describe, expect, it } from 'vitest';
import { colourEnabled, colourForced, paint } from '../../src/node/colour.js';

describe('colourEnabled', () => {
  it('colours a terminal, not a pipe, and not a dumb terminal', () => {
    expect(colourEnabled({}, true)).toBe(true);
    expect(colourEnabled({}, false)).toBe(false);
    expect(colourEnabled({ TERM: 'dumb' }, true)).toBe(false);
  });
  it('turns colours off for a non-empty NO_COLOR, and ignores an empty one', () => {
    expect(colourEnabled({ NO_COLOR: '1' }, true)).toBe(false);
    expect(colourEnabled({ NO_COLOR: '' }, true)).toBe(true);
  });
  it('lets FORCE_COLOR decide, over NO_COLOR and a pipe: 0 and false mean off', () => {
    expect(colourEnabled({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(colourEnabled({ FORCE_COLOR: '', NO_COLOR: '1' }, false)).toBe(true);
    expect(colourEnabled({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(colourEnabled({ FORCE_COLOR: 'FALSE' }, true)).toBe(false);
    expect(colourForced({ FORCE_COLOR: '3' })).toBe(true);
    expect(colourForced({ FORCE_COLOR: '0' })).toBe(false);
    expect(colourForced({})).toBe(false);
  });
  it('paints with an SGR code and resets after', () => {
    expect(paint('x', '33')).toBe('\u001b[33mx\u001b[0m');
  });
});
