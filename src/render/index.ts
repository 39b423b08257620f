/**
 * Renderings: how an archive wrapped the cable text, detected and undone here before the grammar
 * reads the text. Each keeps an offset map back to the caller's input.
 */
import type { Format } from '../ast.js';
import { looksLikeBodyOnly, looksLikeCablegatePage, renderHtml, type ArchiveCell, type ArchiveMetadata } from './html.js';
import { looksLikeMarkdown, renderMarkdown } from './markdown.js';
import { IDENTITY_MAP, type OffsetMap } from './offset-map.js';

/** The text the grammar reads, the rendering that was undone, the map back to the input, and what the archive says. */
export interface Rendered {
  text: string;
  format: Format;
  map: OffsetMap;
  archive: ArchiveMetadata | null;
  cells: Partial<Record<keyof ArchiveMetadata, ArchiveCell>>;
}

/** Detects the rendering of `input`. */
export function detectFormat(input: string): Format {
  if (looksLikeCablegatePage(input)) return 'cablegate-html';
  if (looksLikeBodyOnly(input)) return 'body-only';
  return looksLikeMarkdown(input) ? 'markdown' : 'raw';
}

/** Undoes the rendering `format` (detected when `auto` or missing); an input that is not in it is read raw. */
export function render(input: string, format: Format | 'auto' = 'auto'): Rendered {
  const chosen = format === 'auto' ? detectFormat(input) : format;
  if (chosen === 'markdown') return { ...renderMarkdown(input), format: chosen, archive: null, cells: {} };
  if (chosen === 'cablegate-html' || chosen === 'body-only') {
    const html = renderHtml(input);
    if (html) return { ...html, format: chosen };
  }
  return { text: input, format: 'raw', map: IDENTITY_MAP, archive: null, cells: {} };
}
