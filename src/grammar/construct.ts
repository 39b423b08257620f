/**
 * What a construct is (micromark's model): an object that owns everything about one kind of node, how a line
 * of it starts, how it is read (with the lines that continue it) and which lines interrupt the construct
 * before it. The driver (`document.ts`) only tries them in the order of the table (`constructs.ts`).
 */
import type { Block, Text } from '../ast.js';
import type { GrammarContext, Slice } from './context.js';
import type { Line } from './lines.js';

/**
 * Where the reading stands: in a routing header (FL1-FL10), in the text before its first paragraph
 * (classification line, captions, E.O., TAGS, SUBJECT, REF, `Classified By`), or in the body.
 */
export type Zone = 'routing' | 'opening' | 'body';

/** What the driver keeps while it reads one cable; constructs read and update it. */
export interface DocumentState {
  /** The zone of the next line. */
  zone: Zone;
  /** True once a paragraph was read (a routing header repeated mid-text does not undo it). */
  seenBody: boolean;
  /** Two-digit year for references written without one: the caller's date, then each DTG's. */
  year: string | null;
  /** The number (as meant) of the last numbered paragraph, for the sequence check. */
  paragraphNumber: number | null;
  /** The last serial-style page marker, for the page-order check. */
  lastPage: { serial: string; page: number } | null;
  /** True once a classification line was read: the text (format line 12) has begun. */
  classified: boolean;
  /** True once a `Classified By` was read, as a block or inside a paragraph. */
  classifiedBy: boolean;
  /** How many paragraphs were read. */
  paragraphs: number;
}

/** What a construct's `read` is handed: the context, the lines and the state. */
export interface Reading extends GrammarContext {
  readonly lines: Line[];
  readonly state: DocumentState;
  /** True when some construct of the table interrupts, at `line`, whatever stands open before it. */
  interrupted(line: Line): boolean;
  /** A `text` node for a span of the grammar's text, its span kept for {@link Reading.sliceOf}. */
  textNode(start: number, end: number): Text;
  /** Keeps the span of the grammar's text a node stands for (for the passes, which see nodes only). */
  keep(node: Block | Text, slice: Slice): void;
  /**
   * The span kept for a node: every `text` node made by {@link Reading.textNode}, and what {@link Reading.keep} kept.
   */
  sliceOf(node: Block | Text): Slice;
}

/** A node a construct read, and the index of the first line it did not take. */
export interface Read<N extends Block = Block> {
  node: N;
  next: number;
}

/** How the zone changes after a construct was read. */
export type ZoneAfter = 'routing' | 'text' | 'unchanged';

/** One construct of the grammar. */
export interface Construct<N extends Block = Block> {
  /** The node type it yields (also its file's name, in kebab case). */
  readonly name: N['type'];
  /** The zones where the driver tries it. */
  readonly zones: readonly Zone[];
  /** The characters a line of it may open with (tested once per character at start-up); absent: any. */
  readonly first?: RegExp;
  /** The zone after it: `routing` for header lines, `text` (opening or body) for text, `unchanged` for page markers. */
  readonly zoneAfter: ZoneAfter;
  /** A cheap test of the line's shape before `read` runs (no diagnostics, no state). */
  starts(line: Line, state: DocumentState): boolean;
  /** Reads the construct at line `i` (and the lines that continue it), or null when the line is not one. */
  read(reading: Reading, i: number): Read<N> | null;
  /**
   * True when a line of this construct ends whatever stands open before it (a paragraph's run of lines, a
   * wrapped field): the test the others ask before they take a line as their continuation.
   */
  interrupts?(line: Line): boolean;
}

/** A fresh state for a text whose references default to `year`. */
export function documentState(year: string | null): DocumentState {
  return {
    zone: 'opening',
    seenBody: false,
    year,
    paragraphNumber: null,
    lastPage: null,
    classified: false,
    classifiedBy: false,
    paragraphs: 0,
  };
}

/** Every zone: constructs recognized wherever they stand (inputs are fragments, and cables keep no textbook order). */
export const ANY_ZONE: readonly Zone[] = ['routing', 'opening', 'body'];
/** The zones before the body and inside a routing header: where addressee lists and FM lines stand. */
export const HEADER_ZONES: readonly Zone[] = ['routing', 'opening'];

/**
 * True where the lines of a routing header (FM, TO, INFO) may stand: in a routing header, or before the text's
 * classification line (a fragment that starts with them). After it, `TO THE SECRETARY FROM ...` is the text's.
 */
export const beforeText = (state: DocumentState): boolean => state.zone === 'routing' || !state.classified;
/** The text's zones: the opening lines and the body. */
export const TEXT_ZONES: readonly Zone[] = ['opening', 'body'];

/** The parts of a construct that reads one line: `node` makes the node of that line, or null. */
export interface LineConstruct<N extends Block> extends Omit<Construct<N>, 'read'> {
  node(reading: Reading, line: Line): N | null;
}

/** A construct that reads one line at a time. */
export function lineConstruct<N extends Block>(parts: LineConstruct<N>): Construct<N> & LineConstruct<N> {
  return {
    ...parts,
    read(reading, i) {
      const node = parts.node(reading, reading.lines[i] as Line);
      return node ? { node, next: i + 1 } : null;
    },
  };
}
