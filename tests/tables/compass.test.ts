import { describe, expect, it } from 'vitest';
import { isCompassWord } from '../../src/tables/compass.js';

describe('isCompassWord', () => {
  it('reads the compass words that open places, in any case, and no other word', () => {
    expect(['North', 'SOUTHERN', 'upper', 'Central'].map(isCompassWord)).toEqual([true, true, true, true]);
    expect(['Middle', 'Northeast', 'Norths', 'Sinai'].map(isCompassWord)).toEqual([false, false, false, false]);
  });
});
