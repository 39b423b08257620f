/**
 * Classification levels, as cables write them, and the security warnings of the routing header.
 *
 * Sources: the levels of Executive Order 12958 §1.3 and 13526 §1.2 (TOP SECRET, SECRET, CONFIDENTIAL), the
 * State Department's LIMITED OFFICIAL USE and UNCLASSIFIED (12 FAM 540), the abbreviation `UNCLAS` of ACP 127's
 * format line 12, and ACP 127's format line 4, whose security warning repeats a classification letter five times
 * (`UUUUU`, `EEEEE` for EFTO, `CCCCC`, `SSSSS`, `TTTTT`); the portion marks of the levels (ISOO's Marking
 * Classified National Security Information, 32 CFR 2001.21(c): `(TS)`, `(S)`, `(C)`, `(U)`) and State's
 * `(SBU)` and `(LOU)` (12 FAM 540).
 */

/** The classification levels, lowest first. */
export const CLASSIFICATION_LEVELS = [
  'UNCLASSIFIED',
  'LIMITED OFFICIAL USE',
  'CONFIDENTIAL',
  'SECRET',
  'TOP SECRET',
] as const;

/** The level letters of portion marks, as a paragraph opens with them (`(C)`, `(SBU)`; `(S/NF)` adds a control). */
export const PORTION_MARK_LEVELS: readonly string[] = ['U', 'C', 'S', 'TS', 'SBU', 'LOU'];

/** A classification level. */
export type Level = (typeof CLASSIFICATION_LEVELS)[number];

/** The abbreviations of levels cables write, and the level each means: `UNCLAS` (ACP 127, format line 12). */
const LEVEL_ABBREVIATIONS: Readonly<Record<string, Level>> = { UNCLAS: 'UNCLASSIFIED' };

/** Every way a level is written, each with the level it means: the abbreviations, then the levels. */
const WRITTEN: ReadonlyArray<readonly [string, Level]> = [
  ...Object.entries(LEVEL_ABBREVIATIONS),
  ...CLASSIFICATION_LEVELS.map((level) => [level, level] as const),
];

/** Each level as written, squashed to capitals without spaces, and the level it means. */
const LEVEL_WORDS: Readonly<Record<string, Level>> = Object.fromEntries(
  WRITTEN.map(([written, level]) => [written.replace(/ /g, ''), level]),
);

// A letter struck twice (`CC O N F I D E N T I A L`) reads as once: the levels by their spellings with runs of a
// letter collapsed (`UNCLASIFIED`, `LIMITEDOFICIALUSE`), each still one level's.
const once = (squashed: string) => squashed.replace(/([A-Z])\1+/g, '$1');
const LEVEL_WORDS_ONCE: Readonly<Record<string, Level>> = Object.fromEntries(
  Object.entries(LEVEL_WORDS).map(([written, level]) => [once(written), level]),
);

/**
 * The level a written classification means, whatever its spacing and case, a letter struck twice, or null.
 *
 * @example
 * classificationLevel('C O N F I D E N T I A L') // 'CONFIDENTIAL'
 * classificationLevel('Unclas') // 'UNCLASSIFIED'
 */
export function classificationLevel(written: string): Level | null {
  const squashed = written.replace(/[^A-Za-z]/g, '').toUpperCase();
  return LEVEL_WORDS[squashed] ?? LEVEL_WORDS_ONCE[once(squashed)] ?? null;
}

/** True for the levels that are classified (CONFIDENTIAL and above), false for UNCLASSIFIED and LOU. */
export function isClassified(level: Level): boolean {
  return level === 'CONFIDENTIAL' || level === 'SECRET' || level === 'TOP SECRET';
}

// Every written level, longest first, each letter allowed a space after it: a level with its letters
// spaced out (`S E C R E T`), partly spaced (`SE C R E T`) or squashed (`TOPSECRET`) reads as that level. In a
// spaced-out level, a letter may be struck twice (`CC O N F I D E N T I A L`).
const spacedOut = (word: string) => {
  const letters = [...word.replace(/ /g, '')];
  return `(?:${letters.join(' ?')}|${letters.join('{1,2} ')}{1,2})`;
};
// Longest first (a sort keeps the order of equal lengths: an abbreviation before a level), so that a spaced-out
// `U N C L A S S I F I E D` is not read as `UNCLAS` and a stray `S I F I E D`.
const WRITTEN_LEVELS = WRITTEN.map(([written]) => written).sort((a, b) => b.length - a.length);

/**
 * A regexp source matching a classification level as written (letters may be spaced out), not followed by a
 * letter (`SECRETARY` is no level). Use it with the `i` flag for archives that lowered the text.
 */
export const LEVEL_PATTERN: string = `(?:${WRITTEN_LEVELS.map(spacedOut).join('|')})(?![A-Za-z])`;

/** The classification each five-letter security warning of format line 4 stands for. */
export const SECURITY_WARNINGS: Readonly<Record<string, Level>> = {
  UUUUU: 'UNCLASSIFIED',
  EEEEE: 'UNCLASSIFIED',
  CCCCC: 'CONFIDENTIAL',
  SSSSS: 'SECRET',
  TTTTT: 'TOP SECRET',
};
