/**
 * Renderings: how an archive wrapped the cable text, detected and undone here before the grammar
 * reads the text. Each keeps an offset map back to the caller's input.
 */
import type { Format } from '../ast.js';
import { looksLikeMarkdown, renderMarkdown } from './markdown.js';
import { IDENTITY_MAP, type OffsetMap } from './offset-map.js';

/** The text the grammar reads, the rendering that was undone, and the map back to the input. */
export interface Rendered {
  text: string;
  format: Format;
  map: OffsetMap;
}

/** Detects the rendering of `input`. */
export function detectFormat(input: string): Format {
  return looksLikeMarkdown(input) ? 'markdown' : 'raw';
}

/** Undoes the rendering `format` (detected when `auto` or missing). */
export function render(input: string, format: Format | 'auto' = 'auto'): Rendered {
  const chosen = format === 'auto' ? detectFormat(input) : format;
  if (chosen === 'markdown') return { ...renderMarkdown(input), format: chosen };
  return { text: input, format: chosen, map: IDENTITY_MAP };
}
