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
 * ```
 */
import P from 'parsimmon';
import type { ClassificationLine } from '../ast.js';
import { knownOrigin } from '../canonical-id.js';
import { CAVEAT_PATTERN, CAVEATS } from '../tables/caveats.js';
import { classificationLevel as levelOf, LEVEL_PATTERN } from '../tables/classification.js';
import { ANY_ZONE, lineConstruct } from './construct.js';
import { classificationLevel, originAndSerial } from './lexemes.js';
import type { Line } from './lines.js';
import { run } from './shared.js';

type Item = { caveat: string } | { section: [number, number] } | { origin: string; serial: string };

const separator = P.regexp(/[ ,]*(?:\/\/?|-)?[ ,]*/).desc('a separator');
const item: P.Parser<Item> = P.alt<Item>(
  P.regexp(new RegExp(`(?:${CAVEAT_PATTERN})(?![A-Z])`, 'i'))
    .desc('a caveat like `NOFORN`')
    .map((w) => ({ caveat: CAVEATS[w.toUpperCase().replace(/ +/g, ' ')] ?? w.toUpperCase() })),
  P.regexp(/SECTION +(\d{1,2}) +OF +(\d{1,2})/i, 0)
    .desc('`SECTION nn OF nn`')
    .map((w) => {
      const [, n, of] = /(\d+) +OF +(\d+)/i.exec(w) ?? [];
      return { section: [Number(n), Number(of)] as [number, number] };
    }),
  originAndSerial,
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
const LEVEL_START = /^(?:U ?N ?C|C ?O ?N ?F|S ?E ?C ?R|T ?O ?P|L ?I ?M)/i;
// A level alone on a line, in capitals: page headers of older telegrams repeat it, and it ends what stood open.
const LEVEL_ALONE = new RegExp(`^${LEVEL_PATTERN}$`);

/**
 * The parts of a classification line, or null (no diagnostics: a pure test other constructs may ask). A line
 * not in capitals is read only when its origin is a known post (`Secret police 5000` is prose) or its letters
 * are spaced out.
 */
export function classificationOf(value: string): Omit<ClassificationLine, 'type' | 'position'> | null {
  const read = run(classificationLineRule, value);
  const meant = read && levelOf(read.level);
  if (!read || !meant) return null;
  const origin = read.items.find((it): it is { origin: string; serial: string } => 'origin' in it);
  if (/[a-z]/.test(value) && !/^(?:[A-Za-z] ){3,}/.test(value) && !(origin && knownOrigin(origin.origin))) return null;
  const parts: Omit<ClassificationLine, 'type' | 'position'> = {
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

/** True when `line` may be a classification line (its first letters are a level's). */
export const mayBeClassification = (line: Line): boolean => LEVEL_START.test(line.value);

/** The classification line; CG201 when its `SECTION n OF m` is impossible. */
export const classificationLine = lineConstruct<ClassificationLine>({
  name: 'classificationLine',
  zones: ANY_ZONE,
  first: /[UCSTLucstl]/,
  zoneAfter: 'text',
  starts: mayBeClassification,
  interrupts: (line) => LEVEL_ALONE.test(line.value),
  node(reading, line) {
    const parts = classificationOf(line.value);
    if (!parts) return null;
    const { section } = parts;
    if (section && (section.number < 1 || section.number > section.of)) {
      const found = `SECTION ${section.number} OF ${section.of}`;
      const message = `Expected \`SECTION n OF m\` with 1 <= n <= m, found section ${section.number} of ${section.of}`;
      reading.report('CG201', line.start, line.end, message, {
        expected: 'SECTION n OF m with 1 <= n <= m',
        actual: found,
      });
    }
    const node: ClassificationLine = {
      type: 'classificationLine',
      position: reading.position(line.start, line.end),
      ...parts,
    };
    reading.keep(node, line);
    reading.state.classified = true;
    return node;
  },
});
