/**
 * The signature: the signer's surname on a line of its own at the end of the text (before any
 * closing classification line or trailer).
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
import type { GrammarContext, Slice } from './context.js';
import { run } from './shared.js';

/** One to three capitalized words (apostrophes and hyphens inside), as a signature line has. */
export const signatureRule: P.Parser<string[]> = P.regexp(/[A-Z][A-Z'-]*[A-Z](?: [A-Z][A-Z'-]*[A-Z]){0,2}/)
  .desc('a signer name like `ORDWAY`')
  .map((name) => [name]);

/** The `signature` node of a trimmed line, or null. */
export function readSignature(ctx: GrammarContext, line: Slice): Signature | null {
  const names = run(signatureRule, ctx.text.slice(line.start, line.end));
  if (!names) return null;
  return { type: 'signature', position: ctx.position(line.start, line.end), names };
}
