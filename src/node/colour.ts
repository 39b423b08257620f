/**
 * Whether the command line colours its output, by the conventions of the environment: `FORCE_COLOR` decides when
 * it is set (`0` or `false` turn colours off, any other value on, as Node's own `tty` reads it), else a non-empty
 * `NO_COLOR` turns them off (no-color.org), else colours are drawn on a terminal that is not `TERM=dumb`.
 */

/** The environment variables read (the process's, or a test's). */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * True when output to a stream that is (or is not) a terminal should be coloured.
 *
 * @example
 * colourEnabled({ NO_COLOR: '1' }, true) // false
 * colourEnabled({ FORCE_COLOR: '1' }, false) // true
 */
export function colourEnabled(env: Environment, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}

/** True when colour was asked for by `FORCE_COLOR` even where no terminal is (a pipe into `less -R`). */
export function colourForced(env: Environment): boolean {
  return env.FORCE_COLOR !== undefined && colourEnabled(env, false);
}

/** `text` in an ANSI SGR colour (`'33'` yellow...), reset after it. */
export function paint(text: string, colour: string): string {
  return `\u001b[${colour}m${text}\u001b[0m`;
}
