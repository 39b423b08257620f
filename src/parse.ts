/**
 * The entry points: undo the rendering, run the cable rule, assemble the root. `parseCable`
 * never throws; `parseCableStrict` throws the first error as a `CableSyntaxError`.
 */
import type { Cable, Format } from './ast.js';
import { cableSyntaxError, type Diagnostic } from './diagnostics.js';
import { readCable } from './grammar/cable.js';
import { grammarContext } from './grammar/context.js';
import { lineIndex, pointAt, type Position } from './position.js';
import { render } from './render/index.js';

/** Options of {@link parseCable}. */
export interface ParseOptions {
  /** The rendering of the input; detected when `auto` (the default). */
  format?: Format | 'auto';
  /**
   * The cable's date (`YYYY-MM-DD` or ISO 8601) for texts without a DTG (a snippet, a body
   * without header): it completes references written without a year.
   */
  date?: string;
}

/**
 * Reads a cable into its tree. Never throws: what cannot be read is kept as `unknownLine` or text
 * and reported in `cable.diagnostics`, each with a code, a message and a position.
 *
 * @example
 * const cable = parseCable(readFileSync('08ASTANA358.txt', 'utf8'));
 * cable.children.find((node) => node.type === 'subject')?.text; // 'KAZAKHSTAN: DRUG AND CRIME REPORT FOR 2007'
 */
export function parseCable(input: string, options: ParseOptions = {}): Cable {
  const text = typeof input === 'string' ? input : String(input ?? '');
  const index = lineIndex(text);
  const date = options.date && /^\d{4}-\d{2}-\d{2}/.test(options.date) ? options.date.slice(0, 10) : null;
  const whole = (): Position => ({ start: pointAt(index, 0), end: pointAt(index, text.length) });
  let format: Format = 'raw';
  let diagnostics: Diagnostic[] = [];
  try {
    const rendered = render(text, options.format ?? 'auto');
    format = rendered.format;
    const ctx = grammarContext(rendered.text, (start, end) => ({
      start: pointAt(index, rendered.map.start(start)),
      end: pointAt(index, rendered.map.end(end)),
    }));
    diagnostics = ctx.diagnostics;
    if (rendered.text.trim() === '') {
      ctx.report('CG900', 0, rendered.text.length, 'Expected cable text, found an empty input', { expected: 'cable text', actual: JSON.stringify(rendered.text.slice(0, 20)) });
      return { type: 'cable', position: whole(), format, date, children: [], diagnostics };
    }
    const children = readCable(ctx, { year: date ? date.slice(2, 4) : null });
    const replaced = rendered.text.indexOf('\ufffd');
    if (replaced >= 0) {
      const count = rendered.text.split('\ufffd').length - 1;
      ctx.report('CG902', replaced, replaced + 1, `Expected UTF-8 text, found ${count} replacement character${count === 1 ? '' : 's'} (U+FFFD) where invalid bytes were decoded`, {
        expected: 'valid UTF-8',
        actual: 'U+FFFD',
      });
    }
    return { type: 'cable', position: whole(), format, date, children, diagnostics };
  } catch (error) {
    diagnostics.push({
      code: 'CG999',
      severity: 'error',
      message: `The parser failed on this input (a bug in cablegram, please report it): ${error instanceof Error ? error.message : String(error)}`,
      position: whole(),
    });
    return { type: 'cable', position: whole(), format, date, children: [], diagnostics };
  }
}

/**
 * Like {@link parseCable}, but throws the first diagnostic of severity `error` as a
 * `CableSyntaxError` whose message ends with `(line:column)`.
 */
export function parseCableStrict(input: string, options: ParseOptions = {}): Cable {
  const cable = parseCable(input, options);
  const error = cable.diagnostics.find((d) => d.severity === 'error');
  if (error) throw cableSyntaxError(error);
  return cable;
}
