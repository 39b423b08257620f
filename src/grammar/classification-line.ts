/**
 * The classification line that opens the text: level (letters may be spaced out), handling
 * caveats, `SECTION nn OF nn`, then origin and serial, which give the reference id.
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
import type { ClassificationLevel, ClassificationLine } from '../ast.js';
import { knownOrigin } from '../canonical-id.js';
import { CAVEAT_PATTERN, CAVEATS } from '../tables/caveats.js';
import type { GrammarContext, Slice } from './context.js';
import { run } from './shared.js';

/** Classification levels as written (squashed to capitals without spaces) and what each means. */
const LEVELS: Readonly<Record<string, ClassificationLevel>> = {
  UNCLAS: 'UNCLASSIFIED',
  UNCLASSIFIED: 'UNCLASSIFIED',
  LIMITEDOFFICIALUSE: 'LIMITED OFFICIAL USE',
  CONFIDENTIAL: 'CONFIDENTIAL',
  SECRET: 'SECRET',
  TOPSECRET: 'TOP SECRET',
};

/** The level a written classification word means, or null (`C O N F I D E N T I A L` → CONFIDENTIAL). */
export function classificationLevel(written: string): ClassificationLevel | null {
  return LEVELS[written.replace(/[^A-Z]/gi, '').toUpperCase()] ?? null;
}

// A level word, or its letters spaced out (`C O N F I D E N T I A L`, `S E C R E T`); any case
// (`S e c r e t state 004134`, `Unclas nairobi 000165` in archives that lowered the text).
const LEVEL =
  /TOP SECRET|T O P S E C R E T|LIMITED OFFICIAL USE|UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|U N C L A S(?: S I F I E D)?|C O N F I D E N T I A L|S E C R E T/i;

type Item = { caveat: string } | { section: [number, number] } | { origin: string; serial: string };

const separator = P.regexp(/[ ,]*(?:\/\/?|-)?[ ,]*/).desc('a separator');
const item: P.Parser<Item> = P.alt<Item>(
  P.regexp(new RegExp(`(?:${CAVEAT_PATTERN})(?![A-Z])`, 'i'))
    .desc('a caveat like `NOFORN`')
    .map((w) => ({ caveat: CAVEATS[w.toUpperCase().replace(/ +/g, ' ')] ?? w.toUpperCase() })),
  P.regexp(/SECTION +(\d{1,2}) +OF +(\d{1,2})/i)
    .desc('`SECTION nn OF nn`')
    .map((w) => {
      const [, n, of] = /(\d+) +OF +(\d+)/i.exec(w) ?? [];
      return { section: [Number(n), Number(of)] as [number, number] };
    }),
  P.regexp(/([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3}) +(\d{4,6})(?![0-9])/i)
    .desc('an origin and serial like `ASTANA 000358`')
    .map((w) => {
      const [, origin = '', serial = ''] = /^(.*\S) +(\d+)$/.exec(w) ?? [];
      return { origin, serial };
    }),
);

/** Reads a whole classification line. */
export const classificationLineRule: P.Parser<{ level: string; items: Item[] }> = P.seqMap(
  P.regexp(LEVEL).desc('a classification level like `UNCLAS` or `C O N F I D E N T I A L`'),
  P.seq(separator, item)
    .map(([, it]) => it)
    .many(),
  separator,
  (level, items) => ({ level, items }),
);

/** The `classificationLine` node of a trimmed line, or null. */
export function readClassificationLine(ctx: GrammarContext, line: Slice): ClassificationLine | null {
  const value = ctx.text.slice(line.start, line.end);
  const read = run(classificationLineRule, value);
  const meant = read && classificationLevel(read.level);
  if (!read || !meant) return null;
  // A line not in capitals is read only when its origin is a known post (`Secret police 5000` is prose).
  const origin = read.items.find((it): it is { origin: string; serial: string } => 'origin' in it);
  if (/[a-z]/.test(value) && !/^(?:[A-Za-z] ){3,}/.test(value) && !(origin && knownOrigin(origin.origin))) return null;
  const node: ClassificationLine = {
    type: 'classificationLine',
    position: ctx.position(line.start, line.end),
    classification: { written: read.level, meant },
    caveats: [],
    section: null,
    origin: null,
    serial: null,
  };
  for (const it of read.items) {
    if ('caveat' in it) {
      if (!node.caveats.includes(it.caveat)) node.caveats.push(it.caveat);
    } else if ('section' in it) {
      node.section = { number: it.section[0], of: it.section[1] };
    } else if (node.serial === null) {
      node.origin = it.origin.toUpperCase();
      node.serial = it.serial;
    }
  }
  if (node.section && (node.section.number < 1 || node.section.number > node.section.of)) {
    ctx.report(
      'CG201',
      line.start,
      line.end,
      `Expected \`SECTION n OF m\` with 1 <= n <= m, found section ${node.section.number} of ${node.section.of}`,
      {
        expected: 'SECTION n OF m with 1 <= n <= m',
        actual: `SECTION ${node.section.number} OF ${node.section.of}`,
      },
    );
  }
  return node;
}
