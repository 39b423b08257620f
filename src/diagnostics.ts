/**
 * Diagnostics are data (vfile-message / TypeScript style): a stable `CGnnn` code, a severity,
 * one sentence saying what was expected and what was found, and the position it concerns.
 * Code ranges: CG1xx routing header, CG2xx classification and captions, CG3xx E.O./TAGS/SUBJECT/
 * REF/Classified By, CG4xx paragraphs, CG5xx page markers/signature/trailer, CG9xx the input as a
 * whole and its rendering. The zod schemas of `Diagnostic` and `Severity` are in schemas/diagnostic.ts.
 */
import type { Diagnostic, Severity } from './schemas/diagnostic.js';

export type { Diagnostic, Severity };

/**
 * The catalogue: every code the parser can report, with its severity and what it means.
 * The README lists the same table; a test checks that each code can be produced.
 */
export const DIAGNOSTIC_CODES = {
  CG100: {
    severity: 'warning',
    summary: 'A line in the routing header could not be read; it is kept as `unknownLine`.',
  },
  CG101: { severity: 'error', summary: 'A date-time group is malformed (day, hour, minute or month out of range).' },
  CG102: { severity: 'warning', summary: 'An addressee line has a routing indicator or sequence number but no name.' },
  CG201: {
    severity: 'warning',
    summary: 'The `SECTION nn OF nn` numbers are impossible (section 0, or past the total).',
  },
  CG202: { severity: 'warning', summary: 'The classification line and the security warning of the header disagree.' },
  CG203: {
    severity: 'warning',
    summary:
      'Stray punctuation an export left (a CSV quote or comma, a bracket) stands before the classification line.',
  },
  CG300: {
    severity: 'info',
    summary: 'A misspelled keyword or title word was read as the nearest one of the lexicon (`TAGE` as `TAGS`).',
  },
  CG301: { severity: 'error', summary: 'The declassification date of the E.O. line is not a real date.' },
  CG302: { severity: 'warning', summary: 'A TAGS line carries no tags.' },
  CG303: { severity: 'warning', summary: 'A SUBJECT line carries no subject text.' },
  CG304: { severity: 'warning', summary: 'A REF line carries no references.' },
  CG305: { severity: 'info', summary: 'A `Classified By` line gives no 1.4/1.5 reasons.' },
  CG306: { severity: 'warning', summary: "A `Classified By` line names no officer (an editor's note, a serial)." },
  CG401: {
    severity: 'info',
    summary: 'A paragraph number was read differently from how it was written (a mangled pilcrow, `16.` meaning 6).',
  },
  CG402: { severity: 'warning', summary: 'A paragraph number breaks the sequence (a gap or a step back).' },
  CG501: { severity: 'warning', summary: 'A page marker is out of order, or its page number exceeds its page count.' },
  CG900: { severity: 'error', summary: 'The input holds no cable text (empty or blank, or no string at all).' },
  CG902: {
    severity: 'warning',
    summary: 'The input holds replacement characters (U+FFFD): bytes that were not valid UTF-8 where it was decoded.',
  },
  CG903: {
    severity: 'warning',
    summary:
      'An option of parseCable is not valid (a date that is no real date, an unknown format, a limit that is no ' +
      'whole number, options that are no object); it was ignored.',
  },
  CG904: {
    severity: 'error',
    summary: 'The input is longer than `maxBytes` (64 MiB by default); it was not read.',
  },
  CG905: {
    severity: 'error',
    summary:
      'The tree reached `maxNodes` (a million nodes, diagnostics and lines by default); the input from that line ' +
      'on was not read.',
  },
  CG910: { severity: 'warning', summary: "The archive's reference id and the id the text gives disagree." },
  CG911: { severity: 'warning', summary: "The archive's creation date and the text's date (DTG) disagree." },
  CG912: { severity: 'warning', summary: "The archive's classification and the text's classification line disagree." },
  CG920: {
    severity: 'error',
    summary: 'A cables.csv row ends inside a quoted field (a truncated file); what was there is read.',
  },
  CG921: {
    severity: 'warning',
    summary: 'The input holds more than one cables.csv row; parseCable read the first (readArchive reads them all).',
  },
  CG930: {
    severity: 'error',
    summary:
      'A file or cables.csv row of an archive could not be read (missing, unreadable, binary, a device or FIFO, a ' +
      'broken link or a loop, over `maxBytes`, a row that stopped its worker) or a CSV stream broke off; ' +
      'the batch goes on.',
  },
  CG999: {
    severity: 'error',
    summary: 'The parser itself failed on this input (a bug in cablegram): the tree holds what was read before it.',
  },
  CG901: {
    severity: 'warning',
    summary:
      'The input holds control characters (NUL and other C0 codes) that no cable has; ' +
      'they are kept in `unknownLine` nodes or text.',
  },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

/** A diagnostic code from {@link DIAGNOSTIC_CODES}. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/**
 * The error {@link parseCableStrict} throws: the first `error` diagnostic, as an `Error` whose
 * message ends with `(line:column)` like acorn's.
 *
 * @example
 * try { parseCableStrict(text) } catch (e) { if (isCableSyntaxError(e)) console.log(e.code, e.position.start.line) }
 */
export interface CableSyntaxError extends Error {
  name: 'CableSyntaxError';
  code: string;
  position: Diagnostic['position'];
  expected: string | undefined;
  actual: string | undefined;
  /** The diagnostic this error was made from. */
  diagnostic: Diagnostic;
}

/** Makes the {@link CableSyntaxError} for a diagnostic. */
export function cableSyntaxError(diagnostic: Diagnostic): CableSyntaxError {
  const { start } = diagnostic.position;
  const error = new Error(
    `${diagnostic.code}: ${diagnostic.message} (${start.line}:${start.column})`,
  ) as CableSyntaxError;
  error.name = 'CableSyntaxError';
  error.code = diagnostic.code;
  error.position = diagnostic.position;
  error.expected = diagnostic.expected;
  error.actual = diagnostic.actual;
  error.diagnostic = diagnostic;
  return error;
}

/** True when `value` is a {@link CableSyntaxError} (works across bundles, unlike `instanceof`). */
export function isCableSyntaxError(value: unknown): value is CableSyntaxError {
  return (
    value instanceof Error && value.name === 'CableSyntaxError' && typeof (value as CableSyntaxError).code === 'string'
  );
}
