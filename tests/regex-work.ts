/**
 * Regexp work, counted, never timed: every `RegExp.prototype.exec` call while a function runs (`test`, `replace`,
 * `match`, `matchAll` and `split` call `exec` too once it is replaced), with the regexp, the length of the text it
 * was handed, where it started and where its match ended.
 */

/** One `exec` call. */
export interface ExecCall {
  source: string;
  flags: string;
  /** The length of the text searched. */
  length: number;
  /** Where the search started (`lastIndex` of a global or sticky regexp, else 0). */
  start: number;
  /** Where the match ended, or -1. */
  end: number;
}

/** The `exec` calls made while `run` runs. */
export function recordExec(run: () => void): ExecCall[] {
  const original = RegExp.prototype.exec;
  const calls: ExecCall[] = [];
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    const start = this.global || this.sticky ? this.lastIndex : 0;
    const match = original.call(this, text);
    const end = match === null ? -1 : match.index + match[0].length;
    calls.push({ source: this.source, flags: this.flags, length: String(text).length, start, end });
    return match;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = original;
  }
  return calls;
}

/**
 * The characters the calls walked at least: from the start to the match's end, or to the end of the text when
 * nothing matched, except for an anchored regexp (`^` without `m`, or sticky), which tries one place only.
 */
export function walked(calls: ExecCall[]): number {
  let total = 0;
  for (const call of calls) {
    const anchored = call.flags.includes('y') || (call.source.startsWith('^') && !call.flags.includes('m'));
    if (call.end >= 0) total += 1 + call.end - call.start;
    else total += anchored ? 1 : 1 + call.length - call.start;
  }
  return total;
}
