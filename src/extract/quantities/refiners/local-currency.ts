/**
 * A currency name several countries share (`pesos`, `dinars`, `rupees`, `pounds`), written bare, is the money of
 * the country the text is from, where that country's currency has that name: `2 million pesos` in a cable from
 * Buenos Aires is ARS, not the table's default MXN.
 *
 * ```
 * (a cable from BUENOSAIRES) a fine of 2 million pesos      → ARS
 * (a cable from BUENOSAIRES) 5 million Mexican pesos        → MXN (the text names the country)
 * ```
 * Which codes a name can stand for is what NATIONAL_CURRENCIES gives it (ISO 4217's names); the country's
 * currencies come from the caller (`QuantityOptions.currencies`: `extract` gives those of the cable's post). A bare
 * `dollar` stays USD: in US government writing the dollar is the US dollar (GPO Style Manual 12.9).
 */
import { CAPITAL_CURRENCIES, COUNTRY_CAPITALS } from '../../../tables/country-capitals.js';
import { CURRENCY_NAMES, CURRENCY_NATIONS, NATIONAL_CURRENCIES } from '../../../tables/currencies.js';
import type { Refiner } from '../../pipeline.js';
import type { FoundQuantity, QuantityContext } from '../found.js';

/** Each shared currency name (singular, lower case) and the codes it may stand for, the default among them. */
const SHARED = new Map<string, Set<string>>();
for (const [key, code] of Object.entries(NATIONAL_CURRENCIES)) {
  const name = key.slice(key.lastIndexOf(' ') + 1);
  if (name === 'dollar') continue;
  const codes = SHARED.get(name) ?? new Set([CURRENCY_NAMES[name] as string]);
  SHARED.set(name, codes.add(code));
}
/** The nationalities a currency's name may follow (`mexican`, `sri lankan`): a name after one is no bare name. */
const NATIONS = new Set(CURRENCY_NATIONS);

/** The code the bare shared name ending `written` stands for in a country using `currencies`, or null. */
function localCode(written: string, currencies: ReadonlySet<string>): string | null {
  const words = written.toLowerCase().split(/\s+/);
  const name = (words.at(-1) as string).replace(/(?<=[a-z]{3})s$/, '');
  const codes = SHARED.get(name);
  if (!codes) return null;
  // `Mexican pesos`, `Sri Lankan rupees`: the text names the country.
  if (NATIONS.has(words.at(-2) ?? '') || NATIONS.has(words.slice(-3, -1).join(' '))) return null;
  for (const code of currencies) if (codes.has(code)) return code;
  return null;
}

/** Gives money in a bare shared currency name the currency of the text's country. */
export const localCurrencyRefiner: Refiner<QuantityContext, FoundQuantity> = {
  refine(context, found) {
    const currencies = context.currencies;
    if (!currencies || currencies.size === 0) return found;
    for (const quantity of found) {
      if (quantity.kind !== 'currency') continue;
      const code = localCode(context.text.slice(quantity.start, quantity.end), currencies);
      if (code === null || code === quantity.unit) continue;
      quantity.unit = code;
      quantity.normalized = { value: quantity.value, unit: code };
    }
    return found;
  },
};

/**
 * The currencies of the country of a post, by the post's name as cable ids write it (`BUENOSAIRES`, `MEXICO`:
 * a country's name is its capital's embassy); empty for posts that are no capital (consulates, `STATE`, `USUN`).
 *
 * @example
 * currenciesOfPost('BUENOSAIRES') // Set { 'ARS' }
 */
export function currenciesOfPost(post: string): ReadonlySet<string> {
  const codes = CAPITAL_CURRENCIES[post] ?? CAPITAL_CURRENCIES[COUNTRY_CAPITALS[post] ?? ''];
  return new Set(codes ? codes.split(',') : []);
}
