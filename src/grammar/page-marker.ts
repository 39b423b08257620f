/**
 * Page markers, inserted by an archive's paging; they may fall inside a paragraph, even mid-sentence, and
 * inside address lists. Two styles:
 *
 * ```
 * ASTANA 00000358 001.2 OF 002          serial style: origin, 8-digit serial, page(.n), OF, pages
 * PAGE 02 VATICA 01261 061419Z          page style: page, origin, serial, (section OF n), time
 * TO PAGE 02 STATE 015113 182333Z       the same inside an address list
 * PAGE 01 SECTO 02063 01 OF 02 302041Z  with a section
 * PAGE 01 STATE 123456                  without a time (first pages of 1970s telegrams), or `301956 Z` spaced
 * ```
 */
import P from 'parsimmon';
import type { PageMarker } from '../ast.js';
import { ANY_ZONE, lineConstruct, type Reading } from './construct.js';
import type { Line } from './lines.js';
import { knownOrigin } from '../canonical-id.js';
import { dtgTimePattern } from '../tables/dtg.js';
import { matchesOf, regexpOf, run } from './shared.js';

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
// `.n` revision suffix, `OF`, the page count. Anchored (parsimmon's copy is, and `parts` reads what it matched): from
// every word of a long line of capitals it would go on to the line's end.
const SERIAL_STYLE =
  /^(?<origin>[A-Z][A-Z]*(?: [A-Z]+)*) +(?<serial>\d{8}) +(?<page>\d{3}(?:\.\d+)?) +OF +(?<pages>\d{3})/;
// Optional `TO`/`INFO`/`XMT` (a page break inside an address list), PAGE, a 2-3 digit page, origin (maybe cut
// short: `VATICA`), a 4-6 digit serial, an optional `nn OF nn` section, the time `hhmmssZ` or `ddhhmmZ`.
const PAGE_STYLE = regexpOf([
  /(?:(?:TO|INFO|XMT) +)?PAGE +(?<page>\d{2,3})/,
  / +(?<origin>[A-Z][A-Z]*(?: [A-Z]+)*) +(?<serial>\d{4,6})/,
  // The time may be missing (first pages of older telegrams) or spaced (`301956 Z`, the PlusD copies).
  /(?: +(?<section>\d{2}) +OF +(?<of>\d{2}))?/,
  `(?: +(?<time>${dtgTimePattern()}))?`,
]);
// A serial-style marker's tail: the cheap test before the rule runs.
const SERIAL_TAIL = /\d{8} +\d{3}(?:\.\d+)? +OF +\d{3}$/;

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
      time: g.time?.replace(' ', '') ?? null,
    };
  };

/** Reads a page marker in either style. */
export const pageMarkerRule: P.Parser<PageMarkerParts> = P.alt(
  P.regexp(PAGE_STYLE).desc('a page line like `PAGE 02 VATICA 01261 061419Z`').map(parts(PAGE_STYLE, 'page')),
  P.regexp(SERIAL_STYLE).desc('a page marker like `ASTANA 00000358 001.2 OF 002`').map(parts(SERIAL_STYLE, 'serial')),
);

// Inside a line: an 8-digit serial with a page (`00000358 001.2 OF 002`), or with the precedence, classification and
// date of the message system's page header (`00000231 P CO 04-MAR-08`); the origin words before it are found apart.
const INLINE_TAIL = /\b\d{8} +(?:\d{3}(?:\.\d+)? +OF +\d{3}|[A-Z]{1,2} +[A-Z]{2} +\d{2}-[A-Z]{3}-\d{2})\b/g;

/**
 * The spans (offsets in `value`) of page markers and page headers glued inside a line of text (`SUBJECT: ... LONDON
 * 00002525 001.2 OF 002`, `ANKARA 00000231 P CO 04-MAR-08 SUBJECT TEXT`): each opens with a known post's name (one
 * to three words) before its serial.
 */
export function inlinePageMarkers(value: string): Array<{ start: number; end: number }> {
  if (!/\d{8}/.test(value)) return [];
  const spans: Array<{ start: number; end: number }> = [];
  for (const tail of matchesOf(INLINE_TAIL, value)) {
    const words = value.slice(0, tail.index).trimEnd().split(' ');
    // Origin words are words of capitals (a post's name has no digits: `FOR 2007 ASTANA` is text, then ASTANA).
    let letters = 0;
    while (letters < 3 && /^[A-Z][A-Z.'-]*$/.test(words[words.length - 1 - letters] ?? '')) letters++;
    for (let n = letters; n >= 1; n--) {
      const origin = words.slice(-n).join(' ');
      if (!knownOrigin(origin)) continue;
      spans.push({ start: value.lastIndexOf(origin, tail.index), end: tail.index + tail[0].length });
      break;
    }
  }
  return spans;
}

/** True when a line may be a page marker (either style): the cheap test before the rule runs. */
function mayBePageMarker(value: string): boolean {
  // Both styles end with a digit (`... 001 OF 002`) or the time's `Z` (`... 061419Z`).
  const last = value.charCodeAt(value.length - 1);
  if (last !== 90 && !(last >= 48 && last <= 57)) return false;
  return (value.includes('PAGE') && /PAGE +\d/.test(value)) || SERIAL_TAIL.test(value.slice(-64));
}

/** True when a line is a page marker (no node made, no diagnostics: the test other constructs ask). */
export function isPageMarker(line: Line): boolean {
  if (line.marker === undefined) line.marker = mayBePageMarker(line.value) && run(pageMarkerRule, line.value) !== null;
  return line.marker;
}

/** CG501 when a serial-style marker does not follow the page before it (same serial, page + 1). */
function checkOrder(reading: Reading, line: Line, marker: PageMarker): void {
  if (marker.style !== 'serial') return;
  const last = reading.state.lastPage;
  if (last && last.serial === marker.serial && marker.page.meant !== last.page + 1) {
    const message = `Expected page ${last.page + 1} after page ${last.page}, found page ${marker.page.written}`;
    reading.report('CG501', line.start, line.end, message, {
      expected: String(last.page + 1),
      actual: marker.page.written,
    });
  }
  reading.state.lastPage = { serial: marker.serial, page: marker.page.meant };
}

/**
 * A page marker; CG501 when its page exceeds its page count or breaks the order of the pages before it. It
 * leaves the zone as it was (a page break inside a routing header stays in it).
 */
export const pageMarker = lineConstruct<PageMarker>({
  name: 'pageMarker',
  zones: ANY_ZONE,
  zoneAfter: 'unchanged',
  starts: isPageMarker,
  interrupts: isPageMarker,
  node(reading, line) {
    const read = run(pageMarkerRule, line.value);
    if (!read) return null;
    const page = { written: read.page, meant: Number.parseInt(read.page, 10) };
    const pages = read.pages === null ? null : Number(read.pages);
    if (pages !== null && page.meant > pages) {
      const message = `Expected a page number no greater than the page count ${pages}, found page ${read.page}`;
      reading.report('CG501', line.start, line.end, message, { expected: `page <= ${pages}`, actual: read.page });
    }
    const marker: PageMarker = {
      type: 'pageMarker',
      position: reading.position(line.start, line.end),
      style: read.style,
      origin: read.origin,
      serial: read.serial,
      page,
      pages,
      section: read.section ? { number: Number(read.section[0]), of: Number(read.section[1]) } : null,
      time: read.time,
    };
    checkOrder(reading, line, marker);
    return marker;
  },
});
