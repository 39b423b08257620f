/**
 * FL7-FL9, the TO, INFO and XMT lists: a keyword line, then one addressee per line; continuation lines carry
 * no keyword. Page-break lines (`TO PAGE 02 STATE 015113 182333Z`) may fall inside.
 *
 * ```
 * TO RUEHC/SECSTATE WASHDC 1822
 * ├┘ └─┬─┘ └─────┬──────┘ └┬─┘
 * │  RI/     name            sequence number (a precedence word may stand before it)
 * INFO RUEHAST/USOFFICE ALMATY 0244
 * RUCNCLS/SCA COLLECTIVE                    continuation: no keyword
 * XMT AMEMBASSY SOFIA                       exempted from a collective (also `XMT/...`)
 * ```
 */
import P from 'parsimmon';
import type { Addressee, AddresseeList, Precedence } from '../ast.js';
import { PRECEDENCE_WORDS } from '../tables/precedence.js';
import { beforeText, type Construct, HEADER_ZONES, type Reading } from './construct.js';
import { classificationOf, mayBeClassification } from './classification-line.js';
import { keywordOf, type Line } from './lines.js';
import { isPageMarker, pageMarker } from './page-marker.js';
import { isSpace, offset, runPrefix, trimEnd } from './shared.js';
import { isSignalLine } from './signal-line.js';

/** The list keywords and the role each opens. */
const ROLES = { TO: 'to', INFO: 'info', XMT: 'xmt' } as const;

/** Reads the keyword of a list's first line and the offset where its first addressee starts. */
export const addresseeKeywordRule: P.Parser<{ role: AddresseeList['role']; rest: number }> = P.seqMap(
  P.regexp(/TO|INFO|XMT/).desc('`TO`, `INFO` or `XMT`'),
  P.regexp(/[ /]+|$/).desc('a space or `/`'),
  offset,
  (keyword, _sep, at) => ({ role: ROLES[keyword as keyof typeof ROLES], rest: at }),
);

/** An addressee's parts, with the offsets (in the text read) where its name starts and ends. */
interface AddresseeParts {
  routingIndicator: string | null;
  name: string;
  precedence: Precedence | null;
  sequence: string | null;
  nameStart: number;
  nameEnd: number;
}

/** The offset before the last word of `text[start, end)` and the white space before it. */
function beforeLastWord(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && !isSpace(text.charCodeAt(at - 1))) at--;
  return trimEnd(text, start, at);
}

/** Reads one addressee from its text: `RI/` prefix, name, precedence word, sequence number. */
export function readAddresseeParts(text: string): AddresseeParts {
  const ri = /^([A-Z]{4,7})\//.exec(text);
  let start = ri ? ri[0].length : 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  let end = trimEnd(text, start, text.length);
  let sequence: string | null = null;
  let precedence: Precedence | null = null;
  // The sequence number: four digits at the end, alone or after white space.
  const digits = end - 4;
  if (
    digits >= start &&
    /^\d{4}$/.test(text.slice(digits, end)) &&
    (digits === start || isSpace(text.charCodeAt(digits - 1)))
  ) {
    sequence = text.slice(digits, end);
    end = trimEnd(text, start, digits);
  }
  // The precedence word at the end (the longest is `NIACT IMMEDIATE`: read the last 24 characters).
  const tailStart = Math.max(start, end - 24);
  const prec = PRECEDENCE_WORDS.exec(text.slice(tailStart, end).replace(/\s+/g, ' '));
  if (prec && (prec.index > 0 || tailStart > start)) {
    precedence = prec[1] as Precedence;
    for (const _word of precedence.split(' ')) end = beforeLastWord(text, start, end);
  }
  const name = text.slice(start, end).replace(/\s+/g, ' ');
  return {
    routingIndicator: ri ? (ri[1] as string) : null,
    name,
    precedence,
    sequence,
    nameStart: start,
    nameEnd: end,
  };
}

/** The `addressee` node of one line (or the part of one after the keyword, from `start`). */
export function addresseeOf(reading: Reading, start: number, end: number): Addressee {
  const written = reading.text.slice(start, end);
  const { nameStart, nameEnd, ...parts } = readAddresseeParts(written);
  if (!parts.name) {
    reading.report('CG102', start, end, `Expected an addressee name like \`AMEMBASSY ASTANA\`, found \`${written}\``, {
      expected: 'an addressee name',
      actual: written,
    });
  }
  const namePosition = parts.name ? reading.position(start + nameStart, start + nameEnd) : null;
  return { type: 'addressee', position: reading.position(start, end), ...parts, namePosition };
}

/**
 * True when `line` ends the list: a blank line before it, another list's keyword, FM, BT or ACTION, a signal
 * line, a classification line, or a line that interrupts (a field keyword, a paragraph, a dash line...).
 */
function endsList(reading: Reading, role: AddresseeList['role'], line: Line): boolean {
  const value = line.value;
  if (line.blankBefore || line.control) return true;
  // Another list's keyword ends this one, a page break's too: after `INFO PAGE 02 STATE 050524 131535Z` the
  // INFO addressees go on, after `TO PAGE 02 ...` the TO addressees.
  if (/^(?:INFO|XMT) +[A-Z]/.test(value) || (role !== 'to' && /^TO +[A-Z]/.test(value))) return true;
  if (isPageMarker(line)) return false;
  if (/^(?:TO|INFO|XMT|FM|BT|ACTION)(?:[ /]|$)/.test(value) || keywordOf(line) || reading.interrupted(line))
    return true;
  return isSignalLine(value) || (mayBeClassification(line) && classificationOf(value) !== null);
}

/** A TO, INFO or XMT list: the keyword line and the addressee lines (and page breaks) that continue it. */
export const addresseeList: Construct<AddresseeList> = {
  name: 'addresseeList',
  zones: HEADER_ZONES,
  first: /[TIX]/,
  zoneAfter: 'routing',
  starts: (line, state) => beforeText(state) && /^(?:TO|INFO|XMT)(?:[ /]|$)/.test(line.value),
  read(reading, i) {
    const line = reading.lines[i] as Line;
    const head = runPrefix(addresseeKeywordRule, line.value);
    if (!head) return null;
    const role = head.role;
    const children: AddresseeList['children'] = [];
    if (line.start + head.rest < line.end) {
      const marker = isPageMarker(line) && pageMarker.node(reading, line);
      children.push(marker || addresseeOf(reading, line.start + head.rest, line.end));
    }
    let next = i + 1;
    for (; next < reading.lines.length; next++) {
      const more = reading.lines[next] as Line;
      if (endsList(reading, role, more)) break;
      children.push(
        (isPageMarker(more) && pageMarker.node(reading, more)) || addresseeOf(reading, more.start, more.end),
      );
    }
    const position = reading.position(line.start, (reading.lines[next - 1] as Line).end);
    return { node: { type: 'addresseeList', position, role, children }, next };
  },
};
