/**
 * The flat view of a cable: one JSON object with fixed field names, what an analyst loads into a
 * data frame. A field the cable lacks is `null` (or `[]` for lists). Strings are trimmed and
 * white space collapsed; codes are upper case. The zod schema of `CableRecord` is in schemas/record.ts.
 */
import type { Addressee as AddresseeNode, Block, Cable, ClassifiedBy, PageMarker, Paragraph } from './ast.js';
import { cableIdOf } from './canonical-id.js';
import { paragraphText } from './grammar/paragraph.js';

export { paragraphText };
import { collapse } from './grammar/shared.js';
import type { CableRecord, RecordAddressee } from './schemas/record.js';

export type { CableRecord, RecordAddressee };

/** The first block of a type. */
export function first<T extends Block['type']>(cable: Cable, type: T): Extract<Block, { type: T }> | undefined {
  return cable.children.find((node): node is Extract<Block, { type: T }> => node.type === type);
}

function all<T extends Block['type']>(cable: Cable, type: T): Array<Extract<Block, { type: T }>> {
  return cable.children.filter((node): node is Extract<Block, { type: T }> => node.type === type);
}

/**
 * Paragraph texts, each computed once while one record is built (a Map, not a WeakMap: ephemerons are dear to collect).
 */
type TextOf = (paragraph: Paragraph) => string;
function textCache(): TextOf {
  const texts = new Map<Paragraph, string>();
  return (paragraph) => {
    let text = texts.get(paragraph);
    if (text === undefined) {
      text = paragraphText(paragraph);
      texts.set(paragraph, text);
    }
    return text;
  };
}

const toAddressee = (node: AddresseeNode): RecordAddressee => ({
  routingIndicator: node.routingIndicator,
  name: node.name,
  precedence: node.precedence,
  sequence: node.sequence,
  excluded: [],
});

/** The same addressee: routing indicator, name, precedence and sequence number all equal. */
const sameAddressee = (a: RecordAddressee, b: RecordAddressee) =>
  a.routingIndicator === b.routingIndicator &&
  a.name === b.name &&
  a.precedence === b.precedence &&
  a.sequence === b.sequence;

/**
 * TO and INFO lists, with XMT names attached to the collective before them (else the last addressee). An addressee
 * written again (a copy that repeats the routing header) is listed once.
 */
function addressees(cable: Cable): { to: RecordAddressee[]; info: RecordAddressee[] } {
  const lists = { to: [] as RecordAddressee[], info: [] as RecordAddressee[] };
  let last: RecordAddressee[] | null = null;
  for (const list of all(cable, 'addresseeList')) {
    const names = list.children.filter((child): child is AddresseeNode => child.type === 'addressee');
    if (list.role === 'xmt') {
      const target = last && ([...last].reverse().find((a) => /COLLECTIVE/.test(a.name)) ?? last.at(-1));
      if (target) target.excluded.push(...names.map((a) => collapse(a.name)));
      continue;
    }
    const into = lists[list.role];
    for (const addressee of names.map(toAddressee))
      if (!into.some((a) => sameAddressee(a, addressee))) into.push(addressee);
    last = into;
  }
  return lists;
}

/** The `Classified By` officer: the block's, or the one a paragraph carries inside its text. */
function classifiedByOf(cable: Cable): CableRecord['classifiedBy'] {
  let node = first(cable, 'classifiedBy');
  for (const paragraph of node ? [] : all(cable, 'paragraph')) {
    node = paragraph.children.find((child): child is ClassifiedBy => child.type === 'classifiedBy');
    if (node) break;
  }
  return node ? { name: node.name, title: node.title, reasons: node.reasons } : null;
}

/** The cable's date as the text gives it: the DTG, or a media copy's date line (ISO 8601 UTC), or null. */
export function textDate(cable: Cable): string | null {
  return first(cable, 'dtgLine')?.dtg.iso ?? first(cable, 'dateLine')?.iso ?? null;
}

/**
 * The reference id the text gives: origin and serial of the classification line (or a page marker), year of the DTG or
 * the given date.
 */
export function textId(cable: Cable): string | null {
  const date = textDate(cable) ?? cable.date;
  return idOf(cable, date ? date.slice(2, 4) : null);
}

/** The year for the id: the text's date, else the caller's `date`, else the archive's creation date. */
function idYear(cable: Cable): string | null {
  const date = textDate(cable) ?? cable.date ?? cable.archive?.created ?? null;
  return date && /^\d{4}/.test(date) ? date.slice(2, 4) : null;
}

function idOf(cable: Cable, year: string | null): string | null {
  if (!year) return null;
  const line = all(cable, 'classificationLine').find((node) => node.serial);
  if (line?.origin && line.serial) return cableIdOf(year, line.origin, line.serial);
  const marker = firstPageMarker(cable);
  if (marker) return cableIdOf(year, marker.origin, marker.serial);
  return null;
}

/** The page marker of the first page's head: a block before any paragraph (a later one may be another section's). */
function headerPageMarker(cable: Cable): PageMarker | undefined {
  for (const node of cable.children) {
    if (node.type === 'pageMarker') return node;
    if (node.type === 'paragraph') return undefined;
  }
  return undefined;
}

/** The first page marker of the cable: a block, or one that fell inside a paragraph or an address list. */
function firstPageMarker(cable: Cable): PageMarker | undefined {
  for (const node of cable.children) {
    if (node.type === 'pageMarker') return node;
    if (node.type === 'paragraph' || node.type === 'addresseeList') {
      const marker = (node.children as Array<{ type: string }>).find((child) => child.type === 'pageMarker');
      if (marker) return marker as PageMarker;
    }
  }
  return undefined;
}

/**
 * The office distribution of a Department telegram: the offices (`EUR-12`) of its ORIGIN or ACTION lines, and of
 * its INFO lines (the lines that continue one count with it); totals (`/040 R`) left out. Null without such lines.
 */
function distributionOf(cable: Cable): CableRecord['distribution'] {
  const lines = all(cable, 'distributionLine');
  if (lines.length === 0) return null;
  const distribution: NonNullable<CableRecord['distribution']> = { action: [], info: [] };
  let role: 'action' | 'info' = 'info';
  for (const line of lines) {
    if (line.role) role = line.role === 'info' ? 'info' : 'action';
    for (const office of line.offices) if (!office.startsWith('/')) distribution[role].push(office);
  }
  return distribution;
}

/**
 * The flat CableRecord of a parsed cable.
 *
 * @example
 * toRecord(parseCable(text)).id // '08ASTANA358'
 */
export function toRecord(cable: Cable): CableRecord {
  const routing = all(cable, 'routingLine');
  const originator = first(cable, 'originatorLine');
  const dtgLine = first(cable, 'dtgLine');
  const classification = first(cable, 'classificationLine');
  const eo = first(cable, 'executiveOrder');
  const subject = first(cable, 'subject');
  const dtg = textDate(cable);

  const paragraphText = textCache();
  const caveats = new Set<string>();
  for (const node of cable.children) {
    if (node.type === 'classificationLine' || node.type === 'caption')
      for (const caveat of node.caveats) caveats.add(caveat);
  }
  const tags = new Set<string>();
  for (const list of all(cable, 'tags')) for (const tag of list.children) tags.add(tag.code);
  const paragraphs = all(cable, 'paragraph');
  const signers = all(cable, 'signature').flatMap((node) => node.names);
  return {
    id: idOf(cable, idYear(cable)),
    transmissionId: first(cable, 'transmissionId')?.value ?? null,
    precedence: routing.find((node) => node.precedence)?.precedence?.meant ?? dtgLine?.precedence?.meant ?? null,
    // Each once: a copy that repeats the routing header repeats them.
    routingIndicators: [...new Set(routing.flatMap((node) => node.routingIndicators))],
    originStation: originator?.station ?? null,
    stationSerial: originator?.serial ?? null,
    transmissionSection: originator?.section?.meant ?? null,
    filingTime: originator?.filingTime ?? null,
    dtg,
    from: first(cable, 'fromLine')?.name ?? null,
    ...addressees(cable),
    distribution: distributionOf(cable),
    drafter: first(cable, 'draftingBlock')?.drafter ?? null,
    approver: first(cable, 'draftingBlock')?.approver ?? null,
    classification: classification?.classification.meant ?? first(cable, 'securityLine')?.classification ?? null,
    caveats: [...caveats],
    // 1970s telegrams carry the section on their page lines (`PAGE 01 ANKARA 04567 01 OF 02`).
    section: classification?.section ?? headerPageMarker(cable)?.section ?? null,
    executiveOrder: eo ? { order: eo.order, declassify: eo.declassify?.iso ?? null, raw: eo.instruction } : null,
    tags: [...tags],
    subject: subject?.text ? collapse(subject.text) : null,
    references: all(cable, 'references').flatMap((list) =>
      list.children.flatMap((ref) =>
        ref.type === 'reference' ? [{ label: ref.label, id: ref.id, text: ref.text }] : [],
      ),
    ),
    classifiedBy: classifiedByOf(cable),
    summary: cable.summary?.text ?? null,
    paragraphs: paragraphs.map((p) => ({
      number: p.number?.meant ?? null,
      marking: p.marking,
      text: paragraphText(p),
    })),
    signers: [...new Set(signers)],
    partial: first(cable, 'partialExtractNotice') !== undefined,
    archive: cable.archive,
    diagnostics: cable.diagnostics.filter((d) => d.severity !== 'info').length,
  };
}
