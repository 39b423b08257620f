/**
 * The flat view of a cable: one JSON object with fixed field names, what an analyst loads into a
 * data frame. A field the cable lacks is `null` (or `[]` for lists). Strings are trimmed and
 * white space collapsed; codes are upper case. The zod schema of `CableRecord` is in schemas/record.ts.
 */
import type { Addressee as AddresseeNode, Block, Cable, ClassifiedBy, PageMarker } from './ast.js';
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

/** The blocks of a cable by type, in text order: one walk over the children for all the record's lookups. */
interface Blocks {
  all<T extends Block['type']>(type: T): Array<Extract<Block, { type: T }>>;
  first<T extends Block['type']>(type: T): Extract<Block, { type: T }> | undefined;
}

const NONE: never[] = [];

/** The {@link Blocks} of a cable. */
function blocksOf(cable: Cable): Blocks {
  const byType = new Map<string, Block[]>();
  for (const node of cable.children) {
    const list = byType.get(node.type);
    if (list) list.push(node);
    else byType.set(node.type, [node]);
  }
  const all = <T extends Block['type']>(type: T) => (byType.get(type) ?? NONE) as Array<Extract<Block, { type: T }>>;
  return { all, first: (type) => all(type)[0] };
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
 * One role's addressees, those listed by their parts' text (to find one written again: parts equal, text equal; the
 * few that share a text are told apart by their parts), and the last collective (for XMT).
 */
interface RoleList {
  list: RecordAddressee[];
  byText: Map<string, RecordAddressee[]>;
  collective: RecordAddressee | undefined;
}

const roleList = (): RoleList => ({ list: [], byText: new Map(), collective: undefined });

/** Adds `addressee` to a role's list unless the same one is listed. */
function addAddressee(into: RoleList, addressee: RecordAddressee): void {
  const text = `${addressee.routingIndicator}/${addressee.name} ${addressee.sequence}`;
  const same = into.byText.get(text);
  if (same?.some((a) => sameAddressee(a, addressee))) return;
  if (same) same.push(addressee);
  else into.byText.set(text, [addressee]);
  into.list.push(addressee);
  if (/COLLECTIVE/.test(addressee.name)) into.collective = addressee;
}

/**
 * TO and INFO lists, with XMT names attached to the collective before them (else the last addressee). An addressee
 * written again (a copy that repeats the routing header) is listed once.
 */
function addressees(blocks: Blocks): { to: RecordAddressee[]; info: RecordAddressee[] } {
  const lists = { to: roleList(), info: roleList() };
  let last: RoleList | null = null;
  for (const list of blocks.all('addresseeList')) {
    const names = list.children.filter((child): child is AddresseeNode => child.type === 'addressee');
    if (list.role === 'xmt') {
      const target = last && (last.collective ?? last.list.at(-1));
      if (target) target.excluded.push(...names.map((a) => collapse(a.name)));
      continue;
    }
    const into = lists[list.role];
    for (const addressee of names.map(toAddressee)) addAddressee(into, addressee);
    last = into;
  }
  return { to: lists.to.list, info: lists.info.list };
}

/** The `Classified By` officer: the block's, or the one a paragraph carries inside its text. */
function classifiedByOf(blocks: Blocks): CableRecord['classifiedBy'] {
  let node = blocks.first('classifiedBy');
  for (const paragraph of node ? [] : blocks.all('paragraph')) {
    node = paragraph.children.find((child): child is ClassifiedBy => child.type === 'classifiedBy');
    if (node) break;
  }
  return node ? { name: node.name, title: node.title, reasons: node.reasons } : null;
}

/** The cable's date as the text gives it: the DTG, or a media copy's date line (ISO 8601 UTC), or null. */
export function textDate(cable: Cable): string | null {
  return dateOf(blocksOf(cable));
}

/** {@link textDate} from the blocks. */
function dateOf(blocks: Blocks): string | null {
  return blocks.first('dtgLine')?.dtg.iso ?? blocks.first('dateLine')?.iso ?? null;
}

/**
 * The reference id the text gives: origin and serial of the classification line (or a page marker), year of the DTG or
 * the given date.
 */
export function textId(cable: Cable): string | null {
  const blocks = blocksOf(cable);
  const date = dateOf(blocks) ?? cable.date;
  return idOf(cable, blocks, date ? date.slice(2, 4) : null);
}

/** The year for the id: the text's date, else the caller's `date`, else the archive's creation date. */
function idYear(cable: Cable, blocks: Blocks): string | null {
  const date = dateOf(blocks) ?? cable.date ?? cable.archive?.created ?? null;
  return date && /^\d{4}/.test(date) ? date.slice(2, 4) : null;
}

function idOf(cable: Cable, blocks: Blocks, year: string | null): string | null {
  if (!year) return null;
  const line = blocks.all('classificationLine').find((node) => node.serial);
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
function distributionOf(blocks: Blocks): CableRecord['distribution'] {
  const lines = blocks.all('distributionLine');
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
  const blocks = blocksOf(cable);
  const { all, first } = blocks;
  const routing = all('routingLine');
  const originator = first('originatorLine');
  const dtgLine = first('dtgLine');
  const classification = first('classificationLine');
  const eo = first('executiveOrder');
  const subject = first('subject');
  const dtg = dateOf(blocks);

  const caveats = new Set<string>();
  for (const node of cable.children) {
    if (node.type === 'classificationLine' || node.type === 'caption')
      for (const caveat of node.caveats) caveats.add(caveat);
  }
  const tags = new Set<string>();
  for (const list of all('tags')) for (const tag of list.children) tags.add(tag.code);
  const paragraphs = all('paragraph');
  const signers = all('signature').flatMap((node) => node.names);
  return {
    id: idOf(cable, blocks, idYear(cable, blocks)),
    transmissionId: first('transmissionId')?.value ?? null,
    precedence: routing.find((node) => node.precedence)?.precedence?.meant ?? dtgLine?.precedence?.meant ?? null,
    // Each once: a copy that repeats the routing header repeats them.
    routingIndicators: [...new Set(routing.flatMap((node) => node.routingIndicators))],
    originStation: originator?.station ?? null,
    stationSerial: originator?.serial ?? null,
    transmissionSection: originator?.section?.meant ?? null,
    filingTime: originator?.filingTime ?? null,
    dtg,
    from: first('fromLine')?.name ?? null,
    ...addressees(blocks),
    distribution: distributionOf(blocks),
    drafter: first('draftingBlock')?.drafter ?? null,
    approver: first('draftingBlock')?.approver ?? null,
    classification: classification?.classification.meant ?? first('securityLine')?.classification ?? null,
    caveats: [...caveats],
    // 1970s telegrams carry the section on their page lines (`PAGE 01 ANKARA 04567 01 OF 02`).
    section: classification?.section ?? headerPageMarker(cable)?.section ?? null,
    executiveOrder: eo ? { order: eo.order, declassify: eo.declassify?.iso ?? null, raw: eo.instruction } : null,
    tags: [...tags],
    subject: subject?.text ? collapse(subject.text) : null,
    references: all('references').flatMap((list) =>
      list.children.flatMap((ref) =>
        ref.type === 'reference' ? [{ label: ref.label, id: ref.id, text: ref.text }] : [],
      ),
    ),
    classifiedBy: classifiedByOf(blocks),
    summary: cable.summary?.text ?? null,
    paragraphs: paragraphs.map((p) => ({
      number: p.number?.meant ?? null,
      marking: p.marking,
      text: paragraphText(p),
    })),
    signers: [...new Set(signers)],
    partial: first('partialExtractNotice') !== undefined,
    archive: cable.archive,
    diagnostics: cable.diagnostics.filter((d) => d.severity !== 'info').length,
  };
}
