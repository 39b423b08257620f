/**
 * The driver: splits the text into lines, keeps the zone (routing header, the text's opening lines, the
 * body), and for each line tries the constructs of its zone in the table's order, looked up by the line's
 * first character; the first that reads it wins. What no construct reads becomes an `unknownLine` and a
 * diagnostic: in the text zones the paragraph reads every line (prose is what such a line is there), so the
 * fallback is reached only in a routing header (for a line that is neither a header line nor a numbered
 * paragraph) and for lines of control characters. The passes then look at
 * the whole tree (the signature, the summary, the security warning against the classification).
 */
import type { Block, Summary, Text } from '../ast.js';
import type { Construct, DocumentState, Reading, Zone } from './construct.js';
import { documentState } from './construct.js';
import { CONSTRUCTS } from './constructs.js';
import type { GrammarContext, Slice } from './context.js';
import { cutAtInlineField, keywordOf, type Line, linesOf } from './lines.js';
import { checkSecurityWarning } from './passes/security-warning.js';
import { findSignature } from './passes/signature.js';
import { findSummary } from './passes/summary.js';
import { unknownLine } from './unknown-line.js';

/** The constructs of one zone: by a line's first character (codes 0-127), and for other first characters. */
interface ZoneTable {
  ascii: Construct[][];
  other: Construct[];
}

/** The table of each zone, built once: a construct is listed under each first character it may open with. */
function zoneTable(zone: Zone): ZoneTable {
  const inZone = CONSTRUCTS.filter((construct) => construct.zones.includes(zone));
  const ascii = Array.from({ length: 128 }, (_, code) =>
    inZone.filter((construct) => !construct.first || construct.first.test(String.fromCharCode(code))),
  );
  return { ascii, other: inZone.filter((construct) => !construct.first) };
}

const TABLES: Readonly<Record<Zone, ZoneTable>> = {
  routing: zoneTable('routing'),
  opening: zoneTable('opening'),
  body: zoneTable('body'),
};
// The constructs that may interrupt, by a line's first character (codes 0-127), and for other characters.
const INTERRUPTERS = CONSTRUCTS.filter((construct) => construct.interrupts);
const INTERRUPTERS_BY_CHAR = Array.from({ length: 128 }, (_, code) =>
  INTERRUPTERS.filter((construct) => !construct.first || construct.first.test(String.fromCharCode(code))),
);
const INTERRUPTERS_OTHER = INTERRUPTERS.filter((construct) => !construct.first);

/** True when some construct interrupts, at `line`, whatever stands open before it. */
function interrupted(line: Line): boolean {
  const code = line.value.charCodeAt(0);
  for (const construct of code < 128 ? (INTERRUPTERS_BY_CHAR[code] as Construct[]) : INTERRUPTERS_OTHER) {
    if (construct.interrupts?.(line)) return true;
  }
  return false;
}

/** What reading a text gives: its blocks, and the summary the passes found in them. */
export interface DocumentRead {
  blocks: Block[];
  summary: Summary | null;
}

/** Reads the blocks of a text; `year` dates references written without one until a DTG says otherwise. */
export function readDocument(ctx: GrammarContext, year: string | null): DocumentRead {
  const reading = readingOf(ctx, linesOf(ctx.text), documentState(year));
  const { lines, state } = reading;
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; ) {
    // A field line that lost its line breaks is cut where the next field starts (the body's prose is left
    // whole unless the line opens with a field keyword).
    if (!state.seenBody || keywordOf(lines[i] as Line)) i = cutAtInlineField(ctx.text, lines, i);
    const line = lines[i] as Line;
    const found = line.control ? null : readLine(reading, i);
    if (!found) {
      blocks.push(unknownLine(reading, line));
      i++;
      continue;
    }
    blocks.push(found.node);
    zoneAfter(state, found.construct);
    i = found.next;
  }
  findSignature(reading, blocks);
  checkSecurityWarning(reading, blocks);
  return { blocks, summary: findSummary(reading, blocks) };
}

/** The first construct of the line's zone that reads line `i`, its node and the next line's index. */
function readLine(reading: Reading, i: number): { construct: Construct; node: Block; next: number } | null {
  const line = reading.lines[i] as Line;
  const table = TABLES[reading.state.zone];
  const code = line.value.charCodeAt(0);
  for (const construct of code < 128 ? (table.ascii[code] as Construct[]) : table.other) {
    if (!construct.starts(line, reading.state)) continue;
    const read = construct.read(reading, i);
    if (read) return { construct, node: read.node, next: read.next };
  }
  return null;
}

/** The zone after a construct was read: header lines open (or go on with) a routing header; text leaves it. */
function zoneAfter(state: DocumentState, construct: Construct): void {
  if (construct.zoneAfter === 'routing') state.zone = 'routing';
  else if (construct.zoneAfter === 'text') state.zone = state.seenBody ? 'body' : 'opening';
}

/**
 * The {@link Reading} of one text: the context, its lines and state, and the spans the passes need (exported for
 * tests).
 */
export function readingOf(ctx: GrammarContext, lines: Line[], state: DocumentState): Reading {
  const spans = new Map<object, Slice>();
  return {
    text: ctx.text,
    diagnostics: ctx.diagnostics,
    position: ctx.position,
    report: ctx.report,
    lines,
    state,
    interrupted,
    textNode(start, end) {
      const node: Text = { type: 'text', position: ctx.position(start, end), value: ctx.text.slice(start, end) };
      // A text read as it is needs no span kept: its node's offsets are its span.
      if (!ctx.identity) spans.set(node, { start, end });
      return node;
    },
    keep: (node, slice) => spans.set(node, slice),
    sliceOf(node) {
      const slice = spans.get(node);
      if (slice) return slice;
      if (ctx.identity && node.type === 'text')
        return { start: node.position.start.offset, end: node.position.end.offset };
      throw new Error(`no span kept for a ${node.type} node`);
    },
  };
}
