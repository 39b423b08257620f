/**
 * Handling and distribution caveats (captions) as cables write them, and the code each means.
 *
 * Sources: the State Department's captions and distribution controls (5 FAH-2 H-440: SIPDIS, EXDIS, NODIS,
 * LIMDIS, ROGER...), the dissemination controls of the Intelligence Community's marking system (ODNI's CAPCO
 * register: NOFORN, ORCON), and `../shared/CABLE-FORMAT.md` §2 on how classification lines carry them.
 */

/** Caveat words and phrases, as written (upper case), mapped to the caveat they mean. */
export const CAVEATS: Readonly<Record<string, string>> = {
  NOFORN: 'NOFORN',
  'NOT RELEASABLE TO FOREIGN NATIONALS': 'NOFORN',
  NF: 'NOFORN',
  SIPDIS: 'SIPDIS',
  EXDIS: 'EXDIS',
  NODIS: 'NODIS',
  LIMDIS: 'LIMDIS',
  STADIS: 'STADIS',
  SENSITIVE: 'SENSITIVE',
  'SENSITIVE BUT UNCLASSIFIED': 'SENSITIVE',
  SBU: 'SENSITIVE',
  FOUO: 'FOUO',
  'FOR OFFICIAL USE ONLY': 'FOUO',
  EFTO: 'EFTO',
  'E F T O': 'EFTO',
  ORCON: 'ORCON',
  PROPIN: 'PROPIN',
  NOCONTRACT: 'NOCONTRACT',
  WNINTEL: 'WNINTEL',
  ROGER: 'ROGER',
  CHEROKEE: 'CHEROKEE',
  DISSENT: 'DISSENT',
  NOFORNDIS: 'NOFORN',
};

/** One regexp source matching any caveat as written, longest first, on word boundaries. */
export const CAVEAT_PATTERN: string = Object.keys(CAVEATS)
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/ /g, ' +'))
  .join('|');
