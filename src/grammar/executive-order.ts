/**
 * The E.O. line: the executive order the classification rests on and the declassification
 * instruction. Dates are MM/DD/YYYY before 2009-2010, YYYY/MM/DD after; two-digit years occur.
 *
 * ```
 * E.O. 12958: N/A
 * E.O. 12958: DECL: 02/21/2018
 * EO 12958 DECL: 12/31/2034
 * E.O. 13526: DECL: 2019/12/31
 * E.O. 12958: DECL: 08 OCTOBER 2019               month names: day first, or month first
 * E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006
 * DECL: OADR
 * └─┬─┘└─┬─┘  └──────┬──────┘
 * E.O. order   instruction (declassification date when one is given)
 * ```
 */
import P from 'parsimmon';
import type { ExecutiveOrder } from '../ast.js';
import { MONTH_PATTERN, monthIndex } from '../tables/calendar.js';
import { ANY_ZONE, lineConstruct, type Reading } from './construct.js';
import { keywordFor } from './field.js';
import type { Line } from './lines.js';
import { run } from './shared.js';

/** Reads `E.O. nnnnn:` (any spacing and dots, or `DECL:` alone) and the instruction after it. */
export const executiveOrderRule: P.Parser<{ order: string | null; instruction: string }> = P.alt(
  P.seqMap(
    P.regexp(/E\.? *O\.?(?= *\d)/i).desc('`E.O.`'),
    P.regexp(/ *(\d{3,5})/, 1).desc('an executive order number like `12958`'),
    P.regexp(/ *[:;.,]? *([\s\S]*)/, 1),
    (_eo, order, instruction) => ({ order, instruction }),
  ),
  P.regexp(/DECL *:[\s\S]*/i)
    .desc('`DECL:`')
    .map((instruction) => ({ order: null, instruction })),
);

// MM/DD/YYYY (or M/D/YY) and YYYY/MM/DD, after `DECL:`.
const MDY = /(?<m>\d{1,2})[/.-](?<d>\d{1,2})[/.-](?<y>\d{4}|\d{2})(?!\d)/;
const YMD = /(?<y>\d{4})[/.-](?<m>\d{1,2})[/.-](?<d>\d{1,2})(?!\d)/;

// `08 OCTOBER 2019` and `JUNE 21, 2006`: a month's name, the day before or after it.
const DAY_MONTH = new RegExp(`^(?<d>\\d{1,2})\\s+(?<name>${MONTH_PATTERN})\\s+(?<y>\\d{4})$`, 'i');
const MONTH_DAY = new RegExp(`^(?<name>${MONTH_PATTERN})\\s+(?<d>\\d{1,2}),?\\s+(?<y>\\d{4})$`, 'i');

/** Reads a declassification date as written into ISO `YYYY-MM-DD`; null when it is not a real date. */
export function readDeclassifyDate(written: string): string | null {
  const groups = (YMD.exec(written) ?? MDY.exec(written) ?? DAY_MONTH.exec(written) ?? MONTH_DAY.exec(written))?.groups;
  if (!groups) return null;
  const y = groups.y as string;
  const year = y.length === 2 ? 2000 + Number(y) : Number(y);
  const month = groups.name ? monthIndex(groups.name) + 1 : Number(groups.m);
  const day = Number(groups.d);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

// The declassification date after `DECL` (or `DECLASSIFY`, `DECLASSIFIED`), as written: in digits, or with
// the month's name. Tried at the first `DECL` of a word only (`(?<!DECL\w*?DECL)`): a later one of the same word
// has fewer places for the date (after it, in the same word, or after the word), so it fails where the first failed;
// from each `DECL` of `DECL0DECL0...` the word was read to its end. The spaces around a colon are read one way
// (`\s*(?::\s*)?`, not `\s*:?\s*`).
const DECL_DATE = new RegExp(
  String.raw`DECL(?<!DECL\w*?DECL)\w*\s*(?::\s*)?(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|` +
    String.raw`\d{1,2}\s+${MONTH_PATTERN}\s+\d{4}\b|${MONTH_PATTERN}\s+\d{1,2},?\s+\d{4}\b)`,
  'i',
);
// The E.O. line with its order number and a colon, or `DECL:`: strong enough to break into prose.
const WITH_COLON = /^(?:E\.? ?O\.? ?\d{4,5}\s*:|DECL *:)/i;

/** The declassification date of the line, if one is given; CG301 when it is no real date. */
function declassifyOf(reading: Reading, line: Line): ExecutiveOrder['declassify'] {
  const dated = DECL_DATE.exec(line.value);
  if (!dated) return null;
  const written = dated[1] as string;
  const iso = readDeclassifyDate(written);
  const start = line.start + dated.index + dated[0].length - written.length;
  if (iso === null) {
    const message = `Expected a declassification date like \`02/21/2018\` or \`2019/12/31\`, found \`${written}\``;
    reading.report('CG301', line.start, line.end, message, { expected: 'MM/DD/YYYY or YYYY/MM/DD', actual: written });
  }
  return { written, iso, position: reading.position(start, start + written.length) };
}

/** The E.O. line: the executive order and the declassification instruction (and date, when one is given). */
export const executiveOrder = lineConstruct<ExecutiveOrder>({
  name: 'executiveOrder',
  zones: ANY_ZONE,
  first: /[EeDd]/,
  zoneAfter: 'text',
  starts: (line) => keywordFor(line, 'executiveOrder') !== null,
  interrupts: (line) => WITH_COLON.test(line.value),
  node(reading, line) {
    const read = run(executiveOrderRule, line.value);
    if (!read) return null;
    const instruction = read.instruction.replace(/\s+/g, ' ').trim();
    const declassify = declassifyOf(reading, line);
    return {
      type: 'executiveOrder',
      position: reading.position(line.start, line.end),
      order: read.order,
      instruction,
      declassify,
    };
  },
});
