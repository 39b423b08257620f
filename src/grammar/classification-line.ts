/**
 * The classification line that opens the text: level (letters may be spaced out), handling caveats,
 * `SECTION nn OF nn`, then origin and serial, which give the reference id.
 *
 * ```
 * UNCLAS SECTION 01 OF 02 ASTANA 000358
 * C O N F I D E N T I A L SECTION 01 OF 03 BAGHDAD 000123
 * S E C R E T STATE 012345
 * SECRET//NOFORN
 * UNCLAS SENSITIVE
 * └─┬──┘ └────┬────────┘ └─┬──┘ └─┬──┘
 * level   caveats/section  origin  serial
 *
 * ","C O N F I D E N T I A L VATICAN 005693   stray punctuation of an export before it: CG203
 * ```
 */
import P from 'parsimmon';
import type { ClassificationLine } from '../ast.js';
import { knownOrigin } from '../canonical-id.js';
import { CAVEAT_PATTERN, CAVEATS } from '../tables/caveats.js';
import { classificationLevel as levelOf, LEVEL_PATTERN } from '../tables/classification.js';
import { ANY_ZONE, type Construct, type Reading } from './construct.js';
import { classificationLevel, originAndSerial } from './lexemes.js';
import { type Line, restOfLine } from './lines.js';
import { readPrefix, run, trimEnd } from './shared.js';

/** What a classification line says: its node without type and position. */
type ClassificationParts = Omit<ClassificationLine, 'type' | 'position'>;
type Item = { caveat: string } | { section: [number, number] } | { origin: string; serial: string };

const separator = P.regexp(/[ ,]*(?:\/\/?|-)?[ ,]*/).desc('a separator');
const caveat: P.Parser<Item> = P.regexp(new RegExp(`(?:${CAVEAT_PATTERN})(?![A-Z])`, 'i'))
  .desc('a caveat like `NOFORN`')
  .map((w) => ({ caveat: CAVEATS[w.toUpperCase().replace(/ +/g, ' ')] ?? w.toUpperCase() }));
const section: P.Parser<Item> = P.regexp(/SECTION +(\d{1,2}) +OF +(\d{1,2})/i, 0)
  .desc('`SECTION nn OF nn`')
  .map((w) => {
    const [, n, of] = /(?<!\d)(\d+) +OF +(\d+)/i.exec(w) ?? [];
    return { section: [Number(n), Number(of)] as [number, number] };
  });
const item: P.Parser<Item> = P.alt<Item>(caveat, section, originAndSerial);
const after = (parser: P.Parser<Item>) => P.seq(separator, parser).map(([, it]) => it);

/**
 * Reads the start of a classification line up to its origin and serial and the caveats right after them (what
 * follows is text glued on: `... MOSCOW 005585 SIPDIS E.O. 12958: ...`, where `E.O. 12958` is no origin).
 */
const gluedLineRule: P.Parser<unknown> = P.seq(
  classificationLevel,
  after(P.alt(caveat, section)).many(),
  after(originAndSerial),
  after(caveat).many(),
);

/** Reads a whole classification line: the level as written and the items after it. */
export const classificationLineRule: P.Parser<{ level: string; items: Item[] }> = P.seqMap(
  classificationLevel,
  P.seq(separator, item)
    .map(([, it]) => it)
    .many(),
  separator,
  (level, items) => ({ level, items }),
);

// The first letters of a level (maybe spaced out), the cheap test before the rule runs.
const LEVEL_START = /^(?:U{1,2} ?N ?C|C{1,2} ?O ?N ?F|S{1,2} ?E ?C ?R|T{1,2} ?O ?P|L{1,2} ?I ?M)/i;
// A level alone on a line, in capitals: page headers of older telegrams repeat it, and it ends what stood open.
const LEVEL_ALONE = new RegExp(`^${LEVEL_PATTERN}$`);

/**
 * The parts of a classification line, or null (no diagnostics: a pure test other constructs may ask). A line
 * not in capitals is read only when its origin is a known post (`Secret police 5000` is prose) or its letters
 * are spaced out.
 */
export function classificationOf(value: string): ClassificationParts | null {
  const read = run(classificationLineRule, value);
  const meant = read && levelOf(read.level);
  if (!read || !meant) return null;
  const origin = read.items.find((it): it is { origin: string; serial: string } => 'origin' in it);
  if (/[a-z]/.test(value) && !/^(?:[A-Za-z] ){3,}/.test(value) && !(origin && knownOrigin(origin.origin))) return null;
  const parts: ClassificationParts = {
    classification: { written: read.level, meant },
    caveats: [],
    section: null,
    origin: null,
    serial: null,
  };
  for (const it of read.items) {
    if ('caveat' in it) {
      if (!parts.caveats.includes(it.caveat)) parts.caveats.push(it.caveat);
    } else if ('section' in it) parts.section = { number: it.section[0], of: it.section[1] };
    else if (parts.serial === null) {
      parts.origin = it.origin.toUpperCase();
      parts.serial = it.serial;
    }
  }
  return parts;
}

/**
 * A classification line with text glued after it (a text that lost its line breaks: `... MOSCOW 005585 SIPDIS DEPT
 * FOR ...`, `... SANTO DOMINGO 000409SIPDIS...`): its parts read up to where the line's rule stopped, and that
 * length, or null. It must give a serial and a known post as its origin (`SECRET POLICE HELD 120000 MEN` is prose).
 */
export function gluedClassificationOf(value: string): { parts: ClassificationParts; end: number } | null {
  const read = readPrefix(gluedLineRule, value);
  if (!read || read.end >= value.length) return null;
  const end = trimEnd(value, 0, read.end);
  const parts = classificationOf(value.slice(0, end));
  if (!parts?.serial || !parts.origin || !knownOrigin(parts.origin)) return null;
  return { parts, end };
}

// What an export left before a line (CSV quotes and commas, `"` or `","`, or a bracket closing a field glued on).
const STRAY = /^(?:"(?:,")?|\])(?=[A-Z])/;

/** True when `line` may be a classification line (its first letters are a level's, maybe after stray punctuation). */
export const mayBeClassification = (line: Line): boolean =>
  LEVEL_START.test(line.value) || (STRAY.test(line.value) && LEVEL_START.test(line.value.replace(STRAY, '')));

/** The node of a classification line read from `start` to `end`; CG201 when its `SECTION n OF m` is impossible. */
function nodeOf(reading: Reading, start: number, end: number, parts: ClassificationParts): ClassificationLine {
  const { section } = parts;
  if (section && (section.number < 1 || section.number > section.of)) {
    const found = `SECTION ${section.number} OF ${section.of}`;
    const message = `Expected \`SECTION n OF m\` with 1 <= n <= m, found section ${section.number} of ${section.of}`;
    reading.report('CG201', start, end, message, { expected: 'SECTION n OF m with 1 <= n <= m', actual: found });
  }
  const node: ClassificationLine = { type: 'classificationLine', position: reading.position(start, end), ...parts };
  reading.keep(node, { start, end });
  reading.state.classified = true;
  return node;
}

/**
 * The classification line: a whole line, or the start of one with text glued after it, whose rest is left in the
 * line's slot for the constructs after it (a line of its own, marked `cut`).
 */
export const classificationLine: Construct<ClassificationLine> = {
  name: 'classificationLine',
  zones: ANY_ZONE,
  first: /[UCSTLucstl"\]]/,
  zoneAfter: 'text',
  starts: mayBeClassification,
  interrupts: (line) => LEVEL_ALONE.test(line.value),
  read(reading, i) {
    const stray = STRAY.exec((reading.lines[i] as Line).value)?.[0].length ?? 0;
    if (stray > 0) return afterStray(reading, i, stray);
    const line = reading.lines[i] as Line;
    const parts = classificationOf(line.value);
    if (parts) return { node: nodeOf(reading, line.start, line.end, parts), next: i + 1 };
    const glued = gluedClassificationOf(line.value);
    if (!glued) return null;
    const node = nodeOf(reading, line.start, line.start + glued.end, glued.parts);
    const rest = restOfLine(reading.text, line, glued.end);
    if (!rest) return { node, next: i + 1 };
    reading.lines[i] = rest;
    return { node, next: i };
  },
};

/**
 * A classification line after stray punctuation: read from where the level starts (CG203 on what stands before),
 * and only when a whole or glued classification line with a known post follows (`"SECRET police` is prose).
 */
function afterStray(reading: Reading, i: number, stray: number): ReturnType<Construct<ClassificationLine>['read']> {
  const line = reading.lines[i] as Line;
  const rest = restOfLine(reading.text, line, stray);
  const value = rest?.value ?? '';
  const parts = classificationOf(value);
  const known = parts?.origin ? knownOrigin(parts.origin) : gluedClassificationOf(value);
  if (!rest || !known) return null;
  const found = line.value.slice(0, stray);
  const message = `Expected a classification line, found \`${found}\` before it (left by an export)`;
  reading.report('CG203', line.start, line.start + stray, message, {
    expected: 'a classification level',
    actual: found,
  });
  reading.lines[i] = rest;
  return classificationLine.read(reading, i);
}
