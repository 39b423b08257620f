/**
 * Numbers as cables write them: digits with thousands commas and decimals (`10,502`, `23.479`),
 * scale words and their abbreviations (`15.5 million`, `5.5 mln`, `$2bn`, `480M`), and numbers
 * spelled out (`ten`, `Ninety-five`, `two hundred`). Source: English number names.
 */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** Number words and `#` (a number in digits), lower case: a text with none of them holds no number. */
export const NUMBER_CUES: readonly string[] = ['#', ...Object.keys(UNITS), ...Object.keys(TENS)];

/** Scale words and their factors (`dozen` too: `a dozen members`, `two dozen centrifuges`, `half a dozen`). */
export const SCALES: Readonly<Record<string, number>> = {
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** A regexp source for a scale word (`dozen`, `hundred`, ... `trillion`), as {@link SCALES} keys them. */
export const SCALE_WORD = `(?:${Object.keys(SCALES).join('|')})`;

/** Abbreviated scales, glued to the number or after a space (`480M`, `$2bn`, `5.5 mln`), and their factors. */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  k: 1e3,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  tn: 1e12,
  trn: 1e12,
};

const BELOW_HUNDRED = `(?:(?:${Object.keys(TENS).join('|')})(?:[- ](?:${Object.keys(UNITS)
  .filter((w) => (UNITS[w] as number) > 0 && (UNITS[w] as number) < 10)
  .join('|')}))?|${Object.keys(UNITS).join('|')})`;

/** A regexp source for a number spelled out: `ten`, `twenty-one`, `Ninety five`, `two hundred (and) fifty`. */
export const WORD_NUMBER = `(?:${BELOW_HUNDRED}(?:[- ]hundred(?:[- ](?:and[- ])?${BELOW_HUNDRED})?)?)`;

/** The value of a number spelled out (`two hundred and fifty` → 250), or null. */
export function wordValue(text: string): number | null {
  const words = text.toLowerCase().split(/[- ]+/);
  let total = 0;
  for (const word of words) {
    if (word in TENS) total += TENS[word] as number;
    else if (word in UNITS) total += UNITS[word] as number;
    else if (word === 'hundred') total *= 100;
    else if (word !== 'and') return null;
  }
  return total;
}
