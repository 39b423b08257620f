/**
 * Words of officers' titles and offices as `Classified By` lines write them: a name is what is left after them.
 * Misspellings are not listed: the fuzzy matcher reads them (`Ambasador`, `Cousnelor`).
 *
 * Sources: the Foreign Service's position titles (3 FAM 2200 and the Department's post staffing titles:
 * Ambassador, Chargé d'Affaires a.i., Deputy Chief of Mission, Minister-Counselor, Counselor, Consul General,
 * Principal Officer, Political/Economic/Consular/Public Affairs/Management Officer, Regional Security Officer,
 * Defense Attaché, Permanent Representative, Special Envoy, Coordinator), the abbreviations cables use for them
 * (DCM, CDA, CG and CONGEN for a Consul General, POLOFF, ECONOFF, CONOFF, EMBOFF, LABOFF, CONGENOFF, POLCOUNS,
 * ECONCOUNS, EMIN, RSO, DATT, M/C, P/E, A/
 * for acting), US
 * military ranks (COL, LTC, MAJ, CAPT, CDR, GEN), and the Department's bureau symbols (the organization chart:
 * AF, EAP, EUR, NEA, SCA, WHA, IO, ISN, INR, DRL, PM, DS, VCI, EST&H) and mission names (USNATO, USEU, USUN,
 * UNVIE, AIT, PRT); plus the function words of titles (`of`, `for`, `the`, `and`...).
 */

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/**
 * The abbreviations cables write for officers' titles (the header's list): a title, never an organization's
 * acronym, lower case.
 */
export const OFFICER_ABBREVIATIONS: ReadonlySet<string> = new Set(
  words(`amb cda dcm adcm pdas das cg congen polcouns poloff econoff econcouns emin conoff rso datt emboff laboff
    congenoff`),
);

/** Title words, lower case. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  words(`
    of for the and to in at by de d' on
    acting deputy assistant asst under principal chief head director dir designate
    ambassador amb amb. charge charge' chargé d'affaires affaires a.i. a.i ai. ai cda dcm adcm com
    counselor counsellor counsel couns coun minister m/c mc min consul general officer off adviser advisor
    special envoy representative permanent secretary vice attache attaché coordinator pdas das
    mission embassy department dept state bureau office section affairs political pol polcouns poloff pol-mil
    polmil economic econ econoff econcouns emin e/p p/e conoff consular public diplomacy management regional
    security rso legal u.s. us defense datt military mil classification guide classified dos
    ltc col colonel gen maj capt cdr
    io isn vci nea af eur wha eap sca inr drl pm ds est&h usnato useu usun unvie prt ait
  `),
);

/** Title words of six letters or more, for the fuzzy matcher (shorter words are too often names). */
export const LONG_TITLE_WORDS: readonly string[] = [...TITLE_WORDS].filter((word) => /^[a-zé']{6,}$/.test(word));

/** Suffixes that belong to a name (`Robert O. Blake, Jr.`, `Walter Parrs III`). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

// The title words that parts of a compound title are made of: letters only, not the function words.
const FUNCTION_WORDS = new Set(['of', 'for', 'the', 'and', 'to', 'in', 'at', 'by', 'de', 'on']);
const STEMS = [...TITLE_WORDS].filter((word) => /^[a-z]{2,}$/.test(word) && !FUNCTION_WORDS.has(word));
// The stems by their first letter (a-z): at each place of a word only those that open with its letter are tried.
const STEMS_BY_LETTER: readonly string[][] = Array.from({ length: 26 }, (_, k) =>
  STEMS.filter((stem) => stem.charCodeAt(0) === 97 + k),
);

/**
 * True for a title written as its parts run together (`PolEconCouns`, `polmiloff`, `PolMinCouns`): the word, in
 * any case, is two or more title words with nothing left over.
 */
export function isCompoundTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^[a-z]{4,20}$/.test(lower)) return false;
  // parts[i]: the fewest title words that make up lower.slice(0, i) (Infinity when none do), filled forward from
  // each place some words reach, by the stems that open with its letter.
  const parts = new Array<number>(lower.length + 1).fill(Number.POSITIVE_INFINITY);
  parts[0] = 0;
  for (let from = 0; from < lower.length; from++) {
    const count = (parts[from] as number) + 1;
    if (count === Number.POSITIVE_INFINITY) continue;
    for (const stem of STEMS_BY_LETTER[lower.charCodeAt(from) - 97] as string[]) {
      const to = from + stem.length;
      if (to <= lower.length && count < (parts[to] as number) && lower.startsWith(stem, from)) parts[to] = count;
    }
  }
  const count = parts[lower.length] as number;
  return count >= 2 && count < Number.POSITIVE_INFINITY;
}

/**
 * Particles of surnames, lower case (`Jaap de Hoop Scheffer`, `Ahmed bin Said`, `Ursula von der Leyen`): words in
 * lower case that belong to a name. Source: the surname particles of the Dutch, German, French, Spanish,
 * Portuguese, Italian and Arabic naming conventions (Wikipedia, "Nobiliary particle" and "Arabic name").
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  words('van von der den de del della di da das dos du la le bin ibn bint al el y'),
);
