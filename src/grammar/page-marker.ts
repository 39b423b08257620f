/**
 * Page markers, inserted by an archive's paging; they may fall inside a paragraph, even
 * mid-sentence. Two styles:
 *
 * ```
 * ASTANA 00000358 001.2 OF 002          serial style: origin, 8-digit serial, page(.n), OF, pages
 * PAGE 02 VATICA 01261 061419Z          page style: page, origin, serial, (section OF n), time
 * TO PAGE 02 STATE 015113 182333Z       the same inside an address list
 * PAGE 01 SECTO 02063 01 OF 02 302041Z  with a section
 * ```
 */
import P from 'parsimmon';
import type { PageMarker } from '../ast.js';
import type { GrammarContext, Slice } from './context.js';
import { run } from './shared.js';

interface PageMarkerParts {
  style: 'serial' | 'page';
  origin: string;
  serial: string;
  page: string;
  pages: string | null;
  section: [string, string] | null;
  time: string | null;
}

// Origin words (letters, maybe several words), an 8-digit serial, a 3-digit page with an optional
// `.n` revision suffix, `OF`, the page count.
const SERIAL_STYLE =
  /(?<origin>[A-Z][A-Z]*(?: [A-Z]+)*) +(?<serial>\d{8}) +(?<page>\d{3}(?:\.\d+)?) +OF +(?<pages>\d{3})/;
// Optional `TO`/`INFO`/`XMT` (a page break inside an address list), PAGE, a 2-3 digit page, origin (maybe cut short: `VATICA`), a 4-6 digit serial,
// an optional `nn OF nn` section, the time `hhmmssZ` or `ddhhmmZ`.
const PAGE_STYLE =
  /(?:(?:TO|INFO|XMT) +)?PAGE +(?<page>\d{2,3}) +(?<origin>[A-Z][A-Z]*(?: [A-Z]+)*) +(?<serial>\d{4,6})(?: +(?<section>\d{2}) +OF +(?<of>\d{2}))? +(?<time>\d{6}Z)/;

const parts =
  (re: RegExp, style: 'serial' | 'page') =>
  (matched: string): PageMarkerParts => {
    const g = re.exec(matched)?.groups ?? {};
    return {
      style,
      origin: g.origin ?? '',
      serial: g.serial ?? '',
      page: g.page ?? '',
      pages: g.pages ?? null,
      section: g.section && g.of ? [g.section, g.of] : null,
      time: g.time ?? null,
    };
  };

/** Reads a page marker in either style. */
export const pageMarkerRule: P.Parser<PageMarkerParts> = P.alt(
  P.regexp(PAGE_STYLE).desc('a page line like `PAGE 02 VATICA 01261 061419Z`').map(parts(PAGE_STYLE, 'page')),
  P.regexp(SERIAL_STYLE).desc('a page marker like `ASTANA 00000358 001.2 OF 002`').map(parts(SERIAL_STYLE, 'serial')),
);

/** The `pageMarker` node of a trimmed line, or null. */
export function readPageMarker(ctx: GrammarContext, line: Slice): PageMarker | null {
  const read = run(pageMarkerRule, ctx.text.slice(line.start, line.end));
  if (!read) return null;
  const page = { written: read.page, meant: Number.parseInt(read.page, 10) };
  const pages = read.pages === null ? null : Number(read.pages);
  if (pages !== null && page.meant > pages) {
    ctx.report(
      'CG501',
      line.start,
      line.end,
      `Expected a page number no greater than the page count ${pages}, found page ${read.page}`,
      {
        expected: `page <= ${pages}`,
        actual: read.page,
      },
    );
  }
  return {
    type: 'pageMarker',
    position: ctx.position(line.start, line.end),
    style: read.style,
    origin: read.origin,
    serial: read.serial,
    page,
    pages,
    section: read.section ? { number: Number(read.section[0]), of: Number(read.section[1]) } : null,
    time: read.time,
  };
}
