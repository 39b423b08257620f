/**
 * Renderings: how an archive wrapped the cable text, detected and undone here before the grammar
 * reads the text. Each keeps an offset map back to the caller's input.
 */
import {
  looksLikeBodyOnly,
  looksLikeCablegatePage,
  renderHtml,
  type ArchiveCell,
  type ArchiveMetadata,
} from './html.js';
import { looksLikeCsvRow, renderCsvRow } from './csv.js';
import { renderGluedRow } from './glued-row.js';
import { looksLikeMarkdown, renderMarkdown } from './markdown.js';
import { IDENTITY_MAP, type OffsetMap } from './offset-map.js';

/** The renderings the parser reads (the tree's `Format` schema is built from this list). */
export const FORMATS = ['raw', 'markdown', 'cablegate-html', 'body-only', 'cablegate-csv'] as const;
/** A rendering the parser reads. */
export type Format = (typeof FORMATS)[number];

/** The text the grammar reads, the rendering that was undone, the map back to the input, and what the archive says. */
export interface Rendered {
  text: string;
  format: Format;
  map: OffsetMap;
  archive: ArchiveMetadata | null;
  cells: Partial<Record<keyof ArchiveMetadata, ArchiveCell>>;
  /** Problems of the rendering itself, at offsets of the input (a truncated CSV row...). */
  problems: RenderingProblem[];
}

/** A problem of a rendering, at offsets of the input. */
export interface RenderingProblem {
  code: 'CG920' | 'CG921';
  start: number;
  end: number;
  message: string;
  expected?: string;
  actual?: string;
}

/** Detects the rendering of `input`. */
export function detectFormat(input: string): Format {
  if (looksLikeCsvRow(input)) return 'cablegate-csv';
  if (looksLikeCablegatePage(input)) return 'cablegate-html';
  if (looksLikeBodyOnly(input)) return 'body-only';
  return looksLikeMarkdown(input) ? 'markdown' : 'raw';
}

/** Undoes the rendering `format` (detected when `auto` or missing); an input that is not in it is read raw. */
export function render(input: string, format: Format | 'auto' = 'auto'): Rendered {
  const chosen = format === 'auto' ? detectFormat(input) : format;
  if (chosen === 'markdown')
    return { ...renderMarkdown(input), format: chosen, archive: null, cells: {}, problems: [] };
  if (chosen === 'cablegate-html' || chosen === 'body-only') {
    const html = renderHtml(input);
    if (html) return { ...html, format: chosen, problems: [] };
  }
  if (chosen === 'cablegate-csv') {
    const row = renderCsvRow(input);
    if (row) {
      const problems: RenderingProblem[] = [];
      if (row.unterminated !== null) {
        problems.push({
          code: 'CG920',
          start: row.unterminated,
          end: input.length,
          message: 'Expected a closing `"` for this quoted field, found the end of the input (a truncated file?)',
          expected: '"',
          actual: 'end of input',
        });
      }
      if (row.nextRow !== null) {
        problems.push({
          code: 'CG921',
          start: row.nextRow,
          end: input.length,
          message: 'Expected one cables.csv row, found more after it: the first was read (readArchive reads them all)',
          expected: 'one row',
          actual: 'several rows',
        });
      }
      return { text: row.text, map: row.map, format: chosen, archive: row.archive, cells: row.cells, problems };
    }
  }
  const glued = chosen === 'raw' ? renderGluedRow(input) : null;
  if (glued) return { ...glued, format: 'raw', problems: [] };
  return { text: input, format: 'raw', map: IDENTITY_MAP, archive: null, cells: {}, problems: [] };
}
