import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/extract.js';
import { extractQuantities } from '../../../../src/extract/quantities/index.js';
import { currenciesOfPost, localCurrencyRefiner } from '../../../../src/extract/quantities/refiners/local-currency.js';
import { parseCable } from '../../../../src/parse.js';
import { quantityAt, quantityContext } from '../../run-one.js';

const ARGENTINA = new Set(['ARS']);
const units = (text: string, currencies?: ReadonlySet<string>) =>
  extractQuantities(text, { currencies }).map((q) => [q.text, q.unit, q.normalized?.unit]);

describe('localCurrencyRefiner', () => {
  it("reads a bare shared name as the country's money", () => {
    const text = 'a fine of 2 million pesos';
    const found = localCurrencyRefiner.refine({ ...quantityContext(text), currencies: ARGENTINA }, [
      quantityAt(text, '2 million pesos', { value: 2e6, unit: 'MXN', kind: 'currency' }),
    ]);
    expect(found[0]).toMatchObject({ unit: 'ARS', normalized: { value: 2e6, unit: 'ARS' } });
  });
  it('keeps the money the text names, a name the country does not use, and texts of no known country', () => {
    expect(units('5 million Mexican pesos and 3,000 Sri Lankan rupees', ARGENTINA)).toEqual([
      ['5 million Mexican pesos', 'MXN', 'MXN'],
      ['3,000 Sri Lankan rupees', 'LKR', 'LKR'],
    ]);
    expect(units('200 dinars and 40 pesos', new Set(['JOD']))).toEqual([
      ['200 dinars', 'JOD', 'JOD'],
      ['40 pesos', 'MXN', 'MXN'],
    ]);
    expect(units('40 pesos')).toEqual([['40 pesos', 'MXN', 'MXN']]);
  });
  it('leaves the dollar the US dollar (US government writing), and counts alone', () => {
    expect(units('10 million dollars for 40 pesos', new Set(['AUD', 'ARS']))).toEqual([
      ['10 million dollars', 'USD', 'USD'],
      ['40 pesos', 'ARS', 'ARS'],
    ]);
  });
});

describe('currenciesOfPost', () => {
  it("gives a capital's and a country-named post's currencies, none for other posts", () => {
    expect(currenciesOfPost('BUENOSAIRES')).toEqual(new Set(['ARS']));
    expect(currenciesOfPost('MEXICO')).toEqual(new Set(['MXN']));
    expect(currenciesOfPost('PANAMA')).toEqual(new Set(['PAB', 'USD']));
    expect(currenciesOfPost('STATE')).toEqual(new Set());
  });
  it('reaches the quantities of a cable from its post', () => {
    const seed = [
      'R 011200Z FEB 08',
      'FM AMEMBASSY BOGOTA',
      'TO SECSTATE WASHDC 0001',
      'C O N F I D E N T I A L BOGOTA 000123',
      '',
      'SUBJECT: BUDGET',
      '',
      '1. (U) The budget adds 900 billion pesos.',
    ].join('\n');
    expect(extract(parseCable(seed), seed).quantities.map((q) => q.unit)).toEqual(['COP']);
  });
});
