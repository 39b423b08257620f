/**
 * Cablegate HTML: a cablegate.wikileaks.org cable page (2010 and 2011 layouts) and a body-only
 * fragment (a single `<pre>` with links). The cable text is the content of the page's `<pre>`
 * blocks (header, then body), with tags (`<a>` links, paragraph anchors) taken out and entities
 * (`&#x000A;`, `&amp;`) decoded; the page's metadata table (reference id, created, released,
 * classification, origin) is read apart, as what the archive says, never mixed with what the
 * text says. Everything outside the `<pre>` blocks is page chrome.
 *
 * ```
 * <table class='cable'> ... <td><a href='...'>09BAKU179</a></td> ... </table>    metadata
 * <code><pre>P 061232Z MAR 09&#x000A;FM AMEMBASSY BAKU ...</pre></code>            header
 * <code><pre>S E C R E T BAKU 000179 &#x000A; ... <a href='/tag/ETTC_0.html'>ETTC</a> ...</pre></code>   body
 * ```
 */
import { decodeHTML } from 'entities';
import { renderBuilder, type OffsetMap } from './offset-map.js';

/** What an archive's own metadata says of a cable (a Cablegate page's table, a CSV row's columns). */
export interface ArchiveMetadata {
  refid: string | null;
  created: string | null;
  released: string | null;
  classification: string | null;
  origin: string | null;
}

/** A metadata value with the span of its cell in the input (for diagnostics that point at it). */
export interface ArchiveCell {
  value: string;
  start: number;
  end: number;
}

/** The rendered text of a page, its map, and its metadata. */
export interface RenderedHtml {
  text: string;
  map: OffsetMap;
  archive: ArchiveMetadata | null;
  cells: Partial<Record<keyof ArchiveMetadata, ArchiveCell>>;
}

const TABLE = /<table class=['"]cable['"]>([\s\S]*?)<\/table>/i;
const CELL = /<td[^>]*>([\s\S]*?)<\/td>/gi;
const PRE = /<pre[^>]*>([\s\S]*?)<\/pre>/gi;
// A tag, or an entity (named, decimal or hexadecimal).
const MARKUP = /<[^<>]*>|&(?:#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g;
// The same, the backslash that ends each line of a glued cables.csv row, and the tab between its
// header and content columns (read as a blank line).
const GLUED_MARKUP =
  /<[^<>]*>|&(?:#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});|\\(?=&#x000A;|&#10;|\n)|\t/g;
// The leading columns of a glued row: created, refid, origin, classification, references, each tab-ended.
const GLUED_ROW = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?\t[^\t\n]*\t[^\t\n]*\t[^\t\n]*\t[^\t\n]*\t/;
const FIELDS: ReadonlyArray<keyof ArchiveMetadata> = ['refid', 'created', 'released', 'classification', 'origin'];

/** True for a cablegate.wikileaks.org cable page (it has the metadata table). */
export function looksLikeCablegatePage(input: string): boolean {
  // A raw cable has no `<` at all: one native search spares the case-blind pattern a walk through it.
  return input.includes('<') && TABLE.test(input) && /<pre[^>]*>/i.test(input);
}

/** True for a body-only fragment: a `<pre>` block (maybe in `<code>`) with no page around it. */
export function looksLikeBodyOnly(input: string): boolean {
  return /^\s*(?:<code>\s*)?<pre[^>]*>/i.test(input);
}

/** Text of an HTML fragment: tags out, entities decoded, white space collapsed. */
function plain(html: string): string {
  return decodeHTML(html.replace(/<[^<>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Renders a Cablegate page or body-only fragment. Without `<pre>` blocks the input is returned
 * as it is (`null`: not this rendering).
 */
export function renderHtml(input: string): RenderedHtml | null {
  const table = TABLE.exec(input);
  const cells: RenderedHtml['cells'] = {};
  let archive: ArchiveMetadata | null = null;
  let from = 0;
  if (table) {
    archive = { refid: null, created: null, released: null, classification: null, origin: null };
    let k = 0;
    for (const cell of (table[1] as string).matchAll(CELL)) {
      const field = FIELDS[k++];
      if (!field) break;
      const value = plain(cell[1] as string) || null;
      archive[field] = value;
      const start = table.index + table[0].indexOf(table[1] as string) + cell.index;
      if (value !== null) cells[field] = { value, start, end: start + cell[0].length };
    }
    from = table.index + table[0].length;
  }
  const blocks = [...input.slice(from).matchAll(PRE)];
  if (blocks.length === 0) return null;
  const out = renderBuilder(input);
  let last = 0;
  blocks.forEach((block, k) => {
    const contentStart = from + block.index + block[0].indexOf('>') + 1;
    const contentEnd = contentStart + (block[1] as string).length;
    // Chrome before the first block goes; between blocks it becomes a blank line.
    out.replace(last, contentStart, k === 0 ? '' : '\n\n', true);
    let at = contentStart;
    // A whole cables.csv row glued into the body (a known rendering bug): its leading columns
    // (created, refid, origin, classification, references) are archive data, not text, and a
    // backslash ends each of its lines.
    const glued = GLUED_ROW.exec(block[1] as string);
    if (glued) {
      out.replace(at, at + glued[0].length, '', true);
      at += glued[0].length;
    }
    const content = block[1] as string;
    const markups = glued ? GLUED_MARKUP : MARKUP;
    markups.lastIndex = at - contentStart;
    let markup: RegExpExecArray | null;
    while ((markup = markups.exec(content))) {
      const start = contentStart + markup.index;
      out.copy(at, start);
      const text = markup[0];
      out.replace(
        start,
        start + text.length,
        text === '\t' ? '\n\n' : text.startsWith('<') || text === '\\' ? '' : decodeHTML(text),
      );
      at = start + text.length;
    }
    out.copy(at, contentEnd);
    last = contentEnd;
  });
  out.replace(last, input.length, '', true);
  return { ...out.finish(), archive, cells };
}
