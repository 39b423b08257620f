/**
 * Precedence prosigns (`Z` FLASH, `O` IMMEDIATE, `P` PRIORITY, `R` ROUTINE) and the words
 * addressee lines spell them with. Shared by the routing, DTG and addressee rules.
 */
import type { Precedence } from '../ast.js';

/** The precedence each prosign letter stands for. */
export const PROSIGNS: Readonly<Record<string, Precedence>> = {
  Z: 'FLASH',
  O: 'IMMEDIATE',
  P: 'PRIORITY',
  R: 'ROUTINE',
};

/** The precedence of a one- or two-letter prosign (the first letter, the action precedence, rules). */
export function precedenceOfProsign(prosign: string): Precedence | null {
  return PROSIGNS[prosign.charAt(0)] ?? null;
}

/** Precedence words as addressee lines write them, longest first. */
export const PRECEDENCE_WORDS = /(?<![A-Z])(NIACT IMMEDIATE|IMMEDIATE|PRIORITY|ROUTINE|FLASH)$/;
