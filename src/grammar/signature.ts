/**
 * The signature: the signer's surname on a line of its own at the end of the text (before any closing
 * classification line or trailer). The signature pass (`passes/signature.ts`) finds the line; this file reads it.
 *
 * ```
 * ORDWAY
 * DE PREE
 * O'DONOHUE
 * STRAUSZ-HUPE
 * ```
 */
import P from 'parsimmon';
import type { Signature } from '../ast.js';
import type { Reading } from './construct.js';
import { run } from './shared.js';

/** One to three capitalized words (apostrophes and hyphens inside), as a signature line has. */
export const signatureRule: P.Parser<string[]> = P.regexp(/[A-Z][A-Z'-]*[A-Z](?: [A-Z][A-Z'-]*[A-Z]){0,2}/)
  .desc('a signer name like `ORDWAY`')
  .map((name) => [name]);

/** The `signature` node of the name from `start` to `end` (its position up to `to`), or null when it is no name. */
export function signatureOf(reading: Reading, start: number, end: number, to: number): Signature | null {
  const names = run(signatureRule, reading.text.slice(start, end));
  // A redaction (`XXXXXXXXXXXX`, the archive's mark for a protected name) is no signer's name.
  if (!names || /^X+$/.test(names[0] as string)) return null;
  return { type: 'signature', position: reading.position(start, to), names };
}
