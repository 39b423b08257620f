/**
 * FL7-FL9, the TO, INFO and XMT lists: a keyword line, then one addressee per line; continuation
 * lines carry no keyword. Page-break lines (`TO PAGE 02 STATE 015113 182333Z`) may fall inside.
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
import type { GrammarContext, Slice } from './context.js';
import { readPageMarker } from './page-marker.js';
import { PRECEDENCE_WORDS } from './precedence.js';
import { offset, runPrefix } from './shared.js';

/** The list keywords and the role each opens. */
const ROLES = { TO: 'to', INFO: 'info', XMT: 'xmt' } as const;

/** Reads the keyword of a list's first line and the offset where its first addressee starts. */
export const addresseeKeywordRule: P.Parser<{ role: AddresseeList['role']; rest: number }> = P.seqMap(
  P.regexp(/TO|INFO|XMT/).desc('`TO`, `INFO` or `XMT`'),
  P.regexp(/[ /]+|$/).desc('a space or `/`'),
  offset,
  (keyword, _sep, at) => ({ role: ROLES[keyword as keyof typeof ROLES], rest: at }),
);

// An optional `RI/`, the name, then an optional precedence word and sequence number at the end.
const ADDRESSEE = /^(?:(?<ri>[A-Z]{4,7})\/)?(?<body>.*)$/;

/** Reads one addressee from its text: RI prefix, name, precedence word, sequence number. */
export function readAddresseeParts(text: string): {
  routingIndicator: string | null;
  name: string;
  precedence: Precedence | null;
  sequence: string | null;
} {
  const groups = ADDRESSEE.exec(text)?.groups ?? {};
  let body = (groups.body ?? '').replace(/\s+/g, ' ').trim();
  let sequence: string | null = null;
  let precedence: Precedence | null = null;
  const seq = /(?:^| )(\d{4})$/.exec(body);
  if (seq) {
    sequence = seq[1] as string;
    body = body.slice(0, seq.index);
  }
  const prec = PRECEDENCE_WORDS.exec(body);
  if (prec && prec.index > 0) {
    precedence = prec[1] as Precedence;
    body = body.slice(0, prec.index).trim();
  }
  return { routingIndicator: groups.ri ?? null, name: body, precedence, sequence };
}

/** The `addressee` node of one trimmed line (or the part of it after the keyword). */
export function readAddressee(ctx: GrammarContext, line: Slice): Addressee {
  const parts = readAddresseeParts(ctx.text.slice(line.start, line.end));
  if (!parts.name) {
    ctx.report(
      'CG102',
      line.start,
      line.end,
      `Expected an addressee name like \`AMEMBASSY ASTANA\`, found \`${ctx.text.slice(line.start, line.end)}\``,
      {
        expected: 'an addressee name',
        actual: ctx.text.slice(line.start, line.end),
      },
    );
  }
  return { type: 'addressee', position: ctx.position(line.start, line.end), ...parts };
}

/**
 * The `addresseeList` node opened by a trimmed keyword line, with its first addressee (if the
 * line carries one), or null when the line does not start with `TO`, `INFO` or `XMT`.
 * The caller appends continuation lines with {@link readAddressee}.
 */
export function readAddresseeList(ctx: GrammarContext, line: Slice): AddresseeList | null {
  const head = runPrefix(addresseeKeywordRule, ctx.text.slice(line.start, line.end));
  if (!head) return null;
  const node: AddresseeList = {
    type: 'addresseeList',
    position: ctx.position(line.start, line.end),
    role: head.role,
    children: [],
  };
  const first = line.start + head.rest;
  if (first < line.end) {
    // `TO PAGE 02 STATE 015113 182333Z`: a page break where the list goes on.
    const marker = readPageMarker(ctx, line);
    node.children.push(marker ?? readAddressee(ctx, { start: first, end: line.end }));
  }
  return node;
}
