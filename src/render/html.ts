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

// The metadata table, its cells, the text blocks: each an opening tag, the content, the closing tag.
const TABLE = { open: /<table class=['"]cable['"]>/gi, attributes: false, close: /<\/table>/gi };
const CELL = { open: /<td/gi, attributes: true, close: /<\/td>/gi };
const PRE = { open: /<pre/gi, attributes: true, close: /<\/pre>/gi };
// A tag, or an entity (named, decimal or hexadecimal).
const MARKUP = /<[^<>]*>|&(?:#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g;
// The same, the backslash that ends each line of a glued cables.csv row, and the tab between its
// header and content columns (read as a blank line).
const GLUED_MARKUP =
  /<[^<>]*>|&(?:#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});|\\(?=&#x000A;|&#10;|\n)|\t/g;
// The leading columns of a glued row: created, refid, origin, classification, references, each tab-ended.
const GLUED_ROW = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?\t[^\t\n]*\t[^\t\n]*\t[^\t\n]*\t[^\t\n]*\t/;
const FIELDS: ReadonlyArray<keyof ArchiveMetadata> = ['refid', 'created', 'released', 'classification', 'origin'];

/** An element found by {@link elementAt}: where it starts and ends, and where its content does. */
interface Element {
  index: number;
  contentStart: number;
  contentEnd: number;
  end: number;
}

/**
 * The first element of `tag` in `input` from `from`, as the lazy regexp `/<tag[^>]*>([\s\S]*?)<\/tag>/i` finds it
 * (without `[^>]*` when the tag has no attributes), in one walk: that regexp walks to the end of the input from every
 * opening tag when no `>` or no closing tag follows it, so a run of opening tags costs the square of its length.
 * Here the first opening tag decides: when no `>` or closing tag follows it, none follows a later one either.
 */
function elementAt(input: string, from: number, tag: typeof TABLE): Element | null {
  tag.open.lastIndex = from;
  const open = tag.open.exec(input);
  if (open === null) return null;
  const contentStart = tag.attributes ? input.indexOf('>', open.index + open[0].length) + 1 : tag.open.lastIndex;
  if (contentStart === 0) return null;
  tag.close.lastIndex = contentStart;
  const close = tag.close.exec(input);
  if (close === null) return null;
  return { index: open.index, contentStart, contentEnd: close.index, end: tag.close.lastIndex };
}

/** Every element of `tag` in `input` from `from` to `to`, in order, as `matchAll` of the lazy regexp finds them. */
function elementsOf(input: string, tag: typeof TABLE, from = 0, to = input.length): Element[] {
  const found: Element[] = [];
  for (let element = elementAt(input, from, tag); element !== null && element.end <= to; ) {
    found.push(element);
    element = elementAt(input, element.end, tag);
  }
  return found;
}

/** True for a cablegate.wikileaks.org cable page (it has the metadata table). */
export function looksLikeCablegatePage(input: string): boolean {
  // A raw cable has no `<` at all: one native search spares the case-blind pattern a walk through it.
  // `<pre[^>]*>` somewhere: a `<pre` with a `>` after it.
  if (!input.includes('<') || elementAt(input, 0, TABLE) === null) return false;
  PRE.open.lastIndex = 0;
  const pre = PRE.open.exec(input);
  return pre !== null && input.indexOf('>', pre.index + 4) >= 0;
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
  const table = elementAt(input, 0, TABLE);
  const cells: RenderedHtml['cells'] = {};
  let archive: ArchiveMetadata | null = null;
  let from = 0;
  if (table) {
    archive = { refid: null, created: null, released: null, classification: null, origin: null };
    let k = 0;
    for (const cell of elementsOf(input, CELL, table.contentStart, table.contentEnd)) {
      const field = FIELDS[k++];
      if (!field) break;
      const value = plain(input.slice(cell.contentStart, cell.contentEnd)) || null;
      archive[field] = value;
      if (value !== null) cells[field] = { value, start: cell.index, end: cell.end };
    }
    from = table.end;
  }
  const blocks = elementsOf(input, PRE, from);
  if (blocks.length === 0) return null;
  const out = renderBuilder(input);
  let last = 0;
  blocks.forEach((block, k) => {
    const { contentStart, contentEnd } = block;
    // Chrome before the first block goes; between blocks it becomes a blank line.
    out.replace(last, contentStart, k === 0 ? '' : '\n\n', true);
    let at = contentStart;
    // A whole cables.csv row glued into the body (a known rendering bug): its leading columns
    // (created, refid, origin, classification, references) are archive data, not text, and a
    // backslash ends each of its lines.
    const content = input.slice(contentStart, contentEnd);
    const glued = GLUED_ROW.exec(content);
    if (glued) {
      out.replace(at, at + glued[0].length, '', true);
      at += glued[0].length;
    }
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
