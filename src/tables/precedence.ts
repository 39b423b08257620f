/**
 * Precedences: the prosign letters of the routing header and the words addressee lines spell them with.
 *
 * Source: ACP 127 and 5 FAH-2 H-320 (format lines 2 and 5): `Z` FLASH, `O` IMMEDIATE, `P` PRIORITY, `R` ROUTINE;
 * `NIACT IMMEDIATE` (night action) is the State Department's spelled-out precedence of addressee lines.
 */

/** The precedences, highest first. */
export const PRECEDENCES = ['FLASH', 'IMMEDIATE', 'PRIORITY', 'ROUTINE', 'NIACT IMMEDIATE'] as const;

/** A precedence. */
export type PrecedenceName = (typeof PRECEDENCES)[number];

/** The precedence each prosign letter stands for. */
export const PROSIGNS: Readonly<Record<string, PrecedenceName>> = {
  Z: 'FLASH',
  O: 'IMMEDIATE',
  P: 'PRIORITY',
  R: 'ROUTINE',
};

/** The precedence of a one- or two-letter prosign (the first letter, the action precedence, rules). */
export function precedenceOfProsign(prosign: string): PrecedenceName | null {
  return PROSIGNS[prosign.charAt(0)] ?? null;
}

/** Precedence words as addressee lines write them at their end, longest first. */
export const PRECEDENCE_WORDS = /(?<![A-Z])(NIACT IMMEDIATE|IMMEDIATE|PRIORITY|ROUTINE|FLASH)$/;
