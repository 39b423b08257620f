/**
 * Words of officers' titles and offices as `Classified By` lines write them (with their common
 * misspellings), written from public knowledge of State Department titles and bureau symbols.
 * A name is what is left after them.
 */

/** Title words, lower case. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'acting', 'deputy', 'assistant', 'asst', 'under', 'principal', 'chief', 'head', 'director', 'direcotr', 'dir',
  'of', 'for', 'the', 'and', 'to', 'in', 'at', 'by', 'de', "d'", 'on',
  'mission', 'embassy', 'department', 'dept', 'state', 'bureau', 'office', 'section', 'affairs', 'affiars', 'afairs',
  'ambassador', 'amb', 'amb.', 'charge', "charge'", "d'affaires", "d'affairs", "d'affaries", "d'afairs", "de'affairs", 'affaires',
  'a.i.', 'a.i', 'ai.', 'ai', 'cda', 'dcm', 'adcm', 'com', 'chargé', 'counselor', 'counsellor', 'counsel', 'counsel0r', 'couns',
  'coun', 'minister', 'minister-counselor', 'minister-counsellor', 'm/c', 'mc', 'm-c', 'min', 'mcounselor',
  'political', 'pol', 'polcouns', 'poloff', 'political-military', 'pol-mil', 'pol/mil', 'polmil', 'economic', 'econ',
  'econoff', 'econcouns', 'emin', 'e/p', 'pol/econ', 'p/e', 'officer', 'off', 'office', 'conoff', 'consul', 'general',
  'consular', 'principal', 'public', 'diplomacy', 'management', 'regional', 'security', 'rso', 'legal', 'adviser',
  'advisor', 'special', 'envoy', 'representative', 'represenative', 'permanent', 'u.s.', 'us', 'secretary', 'vice',
  'defense', 'attache', 'datt', 'ltc', 'col', 'colonel', 'gen', 'maj', 'capt', 'cdr', 'military', 'coordinator',
  'pdas', 'das', 'io', 'isn', 'isn/mtr', 'vci', 'nea', 'af', 'eur', 'wha', 'eap', 'sca', 'inr', 'drl', 'pm', 'ds',
  'usnato', 'useu', 'usun', 'unvie', 'prt', 'ait', 'est&h', 'dos', 'classification', 'guide', 'classified', 'classfied',
  'ambassador-designate', 'ambassadot', 'ambssador', 'ambasasdor', 'ambassodor', 'amabassador', 'abassador',
  'ambasssador', 'ambassad0r', 'amb.-designate', 'chief,', 'economic/political', 'a/political', 'a/emin', 'a/',
  'a/pol', 'a/dcm', 'a/cda', 'a/dcm,', 'pol/c', 'e/c', 'm/c,', 'econ/pol', 'mil', 'sub-national', 'governance',
]);

/** Suffixes that belong to a name (`Robert O. Blake, Jr.`, `Walter Parrs III`). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
