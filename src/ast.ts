/**
 * The cable tree, declared once as zod schemas; every TypeScript type is inferred from its schema
 * and carries the same name. The tree is unist-compatible: every node has `type` and `position`
 * (offsets into the caller's original input), parents have `children`. Values read differently
 * from how they were written keep both (`{ written, meant }`). Values are plain JSON.
 *
 * The parser does not validate its output against these schemas (that costs time); the tests do. The parser imports
 * the types of this module, never its values: a bundle that never validates leaves it, and zod, out.
 */
import * as z from 'zod';
import { FORMATS } from './render/index.js';
import { Diagnostic } from './schemas/diagnostic.js';
import { Position } from './schemas/position.js';
import { CLASSIFICATION_LEVELS } from './tables/classification.js';
import { PRECEDENCES } from './tables/precedence.js';

/** A number as written in the text and as the parser reads it (`{ written: '16', meant: 6 }`). */
export const WrittenNumber = z.object({ written: z.string(), meant: z.number().int() });
/** A number as written and as meant. */
export type WrittenNumber = z.infer<typeof WrittenNumber>;

/** A value as written and as the parser normalizes it (`{ written: 'UNCLAS', meant: 'UNCLASSIFIED' }`). */
export const WrittenText = z.object({ written: z.string(), meant: z.string() });
/** A value as written and as meant. */
export type WrittenText = z.infer<typeof WrittenText>;

/** Precedence names, highest first. */
export const Precedence = z.enum(PRECEDENCES);
/** A precedence name. */
export type Precedence = z.infer<typeof Precedence>;

/** A precedence prosign as written and the precedence it stands for (`{ written: 'RR', meant: 'ROUTINE' }`). */
export const WrittenPrecedence = z.object({ written: z.string(), meant: Precedence });
/** A precedence prosign as written and as meant. */
export type WrittenPrecedence = z.infer<typeof WrittenPrecedence>;

/** Classification levels, lowest first. */
export const ClassificationLevel = z.enum(CLASSIFICATION_LEVELS);
/** A classification level. */
export type ClassificationLevel = z.infer<typeof ClassificationLevel>;

/**
 * A date-time group as written (`210951Z FEB 08`), as an ISO 8601 UTC timestamp (null when impossible), and
 * where it stands in the input.
 */
export const DateTimeGroup = z.object({ written: z.string(), iso: z.string().nullable(), position: Position });
/** A date-time group. */
export type DateTimeGroup = z.infer<typeof DateTimeGroup>;

const node = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), position: Position, ...shape });

/** One line (or the rest of a line) of text: of a paragraph, of a wrapped subject. */
export const Text = node('text', { value: z.string() });
/** One line of paragraph text. */
export type Text = z.infer<typeof Text>;

/**
 * FL1, the transmission identifier.
 * @example `VZCZCXRO3532` → `{ value: 'VZCZCXRO3532', channel: 'XRO3532' }`
 */
export const TransmissionId = node('transmissionId', { value: z.string(), channel: z.string().nullable() });
/** FL1, the transmission identifier. */
export type TransmissionId = z.infer<typeof TransmissionId>;

/**
 * FL2, precedence prosigns and routing indicators, with the lines of indicators that continue it.
 * @example `RR RUEHAST RUEHBI` → `{ precedence: { written: 'RR', meant: 'ROUTINE' }, routingIndicators: ['RUEHAST',
 * 'RUEHBI'] }`
 */
export const RoutingLine = node('routingLine', {
  precedence: WrittenPrecedence.nullable(),
  routingIndicators: z.array(z.string()),
});
/** FL2, precedence and routing indicators. */
export type RoutingLine = z.infer<typeof RoutingLine>;

/**
 * FL3, the originator line.
 * @example `DE RUEHTA #0358/01 0520951` → `{ station: 'RUEHTA', serial: '0358', section: { written: '01', meant: 1 },
 * filingTime: '0520951' }`
 */
export const OriginatorLine = node('originatorLine', {
  station: z.string(),
  serial: z.string().nullable(),
  section: WrittenNumber.nullable(),
  filingTime: z.string().nullable(),
});
/** FL3, the originator line. */
export type OriginatorLine = z.infer<typeof OriginatorLine>;

/**
 * FL4, security warning and operating signals.
 * @example `ZNR UUUUU ZZH` → `{ signals: ['ZNR', 'UUUUU', 'ZZH'], classification: 'UNCLASSIFIED' }`
 */
export const SecurityLine = node('securityLine', {
  signals: z.array(z.string()),
  classification: ClassificationLevel.nullable(),
});
/** FL4, security warning and operating signals. */
export type SecurityLine = z.infer<typeof SecurityLine>;

/**
 * FL5, precedence prosign and the date-time group (the cable's date), then any operating signals.
 * @example `R 210951Z FEB 08` → `{ precedence: { written: 'R', meant: 'ROUTINE' }, dtg: { written: '210951Z FEB 08',
 * iso: '2008-02-21T09:51:00Z' }, signals: [] }`
 */
export const DtgLine = node('dtgLine', {
  precedence: WrittenPrecedence.nullable(),
  dtg: DateTimeGroup,
  signals: z.array(z.string()),
});
/** FL5, precedence and date-time group. */
export type DtgLine = z.infer<typeof DtgLine>;

/**
 * FL6, the originator's plain-language address.
 * @example `FM AMEMBASSY ASTANA` → `{ routingIndicator: null, name: 'AMEMBASSY ASTANA' }`
 */
export const FromLine = node('fromLine', {
  routingIndicator: z.string().nullable(),
  name: z.string(),
  /** Where the name stands in the input. */
  namePosition: Position,
});
/** FL6, the originator. */
export type FromLine = z.infer<typeof FromLine>;

/**
 * One addressee of a TO / INFO / XMT list.
 * @example `RUEHC/SECSTATE WASHDC 1822` → `{ routingIndicator: 'RUEHC', name: 'SECSTATE WASHDC', precedence: null,
 * sequence: '1822' }`
 */
export const Addressee = node('addressee', {
  routingIndicator: z.string().nullable(),
  name: z.string(),
  precedence: Precedence.nullable(),
  sequence: z.string().nullable(),
  /** Where the name stands in the input (null when the line has none). */
  namePosition: Position.nullable(),
});
/** One addressee. */
export type Addressee = z.infer<typeof Addressee>;

/**
 * A page marker, in either style. Serial style (`ASTANA 00000358 001.2 OF 002`) has a page count;
 * page-line style (`PAGE 02 VATICA 01261 061419Z`, also `TO PAGE 02 ...` inside address lists and
 * `PAGE 01 SECTO 02063 01 OF 02 302041Z`) has a time and sometimes a section.
 * @example `ASTANA 00000358 001.2 OF 002` → `{ style: 'serial', origin: 'ASTANA', serial: '00000358', page: { written:
 * '001.2', meant: 1 }, pages: 2, section: null, time: null }`
 */
export const PageMarker = node('pageMarker', {
  style: z.enum(['serial', 'page']),
  origin: z.string(),
  serial: z.string(),
  page: WrittenNumber,
  pages: z.number().int().nullable(),
  section: z.object({ number: z.number().int(), of: z.number().int() }).nullable(),
  time: z.string().nullable(),
});
/** A page marker. */
export type PageMarker = z.infer<typeof PageMarker>;

/**
 * FL7-FL9: a TO, INFO or XMT list with its addressees, one per line, and any page-break lines
 * that fall inside it.
 */
export const AddresseeList = node('addresseeList', {
  role: z.enum(['to', 'info', 'xmt']),
  children: z.array(z.union([Addressee, PageMarker])),
});
/** A TO, INFO or XMT list. */
export type AddresseeList = z.infer<typeof AddresseeList>;

/**
 * Transmission signals on a line of their own: `BT` (break), `NNNN` (end of message), `#0358`
 * (end-of-message serial), `GR 123` (group count), the dashed counter line of older telegrams
 * (`------------------8A8E0D  271459Z /38`).
 */
export const SignalLine = node('signalLine', {
  signal: z.enum(['BT', 'NNNN', 'serial', 'groupCount', 'counter']),
  value: z.string(),
});
/** A transmission signal line. */
export type SignalLine = z.infer<typeof SignalLine>;

/**
 * The classification line that opens the text.
 * @example `UNCLAS SECTION 01 OF 02 ASTANA 000358` → `{ classification: { written: 'UNCLAS', meant: 'UNCLASSIFIED' },
 * caveats: [], section: { number: 1, of: 2 }, origin: 'ASTANA', serial: '000358' }`
 */
export const ClassificationLine = node('classificationLine', {
  classification: z.object({ written: z.string(), meant: ClassificationLevel }),
  caveats: z.array(z.string()),
  section: z.object({ number: z.number().int(), of: z.number().int() }).nullable(),
  origin: z.string().nullable(),
  serial: z.string().nullable(),
});
/** The classification line. */
export type ClassificationLine = z.infer<typeof ClassificationLine>;

/**
 * Handling and distribution captions on a line of their own (`SIPDIS`, `NOFORN`, `EXDIS`...).
 * `text` keeps anything else the line says (`NOT FOR INTERNET DISTRIBUTION`).
 * @example `NOFORN, NOT FOR INTERNET DISTRIBUTION` → `{ caveats: ['NOFORN'], text: 'NOFORN, NOT FOR INTERNET
 * DISTRIBUTION' }`
 */
export const Caption = node('caption', { caveats: z.array(z.string()), text: z.string() });
/** A caption line. */
export type Caption = z.infer<typeof Caption>;

/**
 * A passing instruction (`STATE FOR INL/AE (BALABANIAN), INL/C`, `DEPT FOR ...`, `PASS TO ...`).
 * @example `STATE FOR INL/AE (BALABANIAN), INL/C` → `{ recipient: 'STATE', text: 'INL/AE (BALABANIAN), INL/C' }`
 */
export const PassingLine = node('passingLine', { recipient: z.string(), text: z.string() });
/** A passing instruction. */
export type PassingLine = z.infer<typeof PassingLine>;

/**
 * The E.O. line: executive order and declassification instruction.
 * @example `E.O. 12958: DECL: 02/21/2018` → `{ order: '12958', instruction: 'DECL: 02/21/2018', declassify: { written:
 * '02/21/2018', iso: '2018-02-21' } }`
 */
export const ExecutiveOrder = node('executiveOrder', {
  order: z.string().nullable(),
  instruction: z.string(),
  declassify: z.object({ written: z.string(), iso: z.string().nullable(), position: Position }).nullable(),
});
/** The E.O. line. */
export type ExecutiveOrder = z.infer<typeof ExecutiveOrder>;

/** What a TAGS code names; null for a code the TAGS table does not know. */
export const TagKind = z.enum(['subject', 'country', 'organization', 'program', 'person']);
/** What a TAGS code names. */
export type TagKind = z.infer<typeof TagKind>;

/**
 * One TAGS entry: the code as written and as normalized (upper case, person tags `SURNAME, GIVEN`,
 * run-together codes split), and its kind from the TAGS table.
 * @example `[SNAR](#)` in a markdown rendition → `{ written: 'SNAR', code: 'SNAR', kind: 'subject' }`
 * @example `BIDEN JOSEPH` after `OVIP` → `{ written: 'BIDEN JOSEPH', code: 'BIDEN, JOSEPH', kind: 'person' }`
 */
export const Tag = node('tag', { written: z.string(), code: z.string(), kind: TagKind.nullable() });
/** One TAGS entry. */
export type Tag = z.infer<typeof Tag>;

/** The TAGS line(s), with one `tag` child per entry. */
export const Tags = node('tags', { keyword: z.string(), children: z.array(Tag) });
/** The TAGS line(s). */
export type Tags = z.infer<typeof Tags>;

/**
 * SUBJECT / SUBJ: `text` is its lines joined (white space collapsed), one `text` child per line; `portionMark`
 * is a leading `(C)`, `(SBU)`... taken off the text.
 * @example `SUBJECT: KAZAKHSTAN: DRUG AND CRIME REPORT FOR 2007` → `{ keyword: 'SUBJECT', text: 'KAZAKHSTAN: DRUG AND
 * CRIME REPORT FOR 2007', portionMark: null, children: [{ type: 'text', value: 'KAZAKHSTAN: DRUG AND CRIME REPORT FOR
 * 2007' }] }`
 */
export const Subject = node('subject', {
  keyword: z.string(),
  text: z.string(),
  portionMark: z.string().nullable(),
  children: z.array(Text),
});
/** The SUBJECT line(s). */
export type Subject = z.infer<typeof Subject>;

/** What a reference points at. */
export const ReferenceKind = z.enum(['cable', 'email', 'memo', 'report', 'other']);
/** What a reference points at. */
export type ReferenceKind = z.infer<typeof ReferenceKind>;

/**
 * One entry of a REF list.
 * @example `B. 07ASTANA 1234` → `{ label: 'B', text: '07ASTANA 1234', kind: 'cable', id: '07ASTANA1234' }`
 */
export const Reference = node('reference', {
  label: z.string().nullable(),
  text: z.string(),
  kind: ReferenceKind,
  id: z.string().nullable(),
});
/** One REF entry. */
export type Reference = z.infer<typeof Reference>;

/** The REF line(s), one `reference` child per entry. */
export const References = node('references', {
  keyword: z.string(),
  // A page marker falls inside a list that goes on across a page.
  children: z.array(z.union([Reference, PageMarker])),
});
/** The REF line(s). */
export type References = z.infer<typeof References>;

/**
 * `Classified By:` name, title and reasons (normalized to `1.4(b)`).
 * @example `Classified By: Ambassador John Ordway for reasons 1.4 (b) and (d)` → `{ name: 'John Ordway', title:
 * 'Ambassador', reasons: ['1.4(b)', '1.4(d)'] }`
 */
export const ClassifiedBy = node('classifiedBy', {
  text: z.string(),
  name: z.string().nullable(),
  title: z.string().nullable(),
  reasons: z.array(z.string()),
});
/** The `Classified By` line(s). */
export type ClassifiedBy = z.infer<typeof ClassifiedBy>;

/**
 * A paragraph of the body: its number as written and as meant (null when unnumbered), its portion
 * mark, and its lines, with any page markers that fall inside it (and a `Classified By` that one of the
 * first paragraphs carries inside its text).
 * @example `16. (C) The Almaty ...` after paragraph 5 → `{ number: { written: '16', meant: 6 }, marking: 'C' }`
 */
export const Paragraph = node('paragraph', {
  number: WrittenNumber.nullable(),
  marking: z.string().nullable(),
  children: z.array(z.union([Text, PageMarker, ClassifiedBy])),
});
/** A paragraph. */
export type Paragraph = z.infer<typeof Paragraph>;

/**
 * A heading line: boxed by dashes (`-----` / `TITLE` / `-----`) or dashed inline (`--- TITLE ---`).
 * @example `----- DOMESTIC INITIATIVES -----` → `{ text: 'DOMESTIC INITIATIVES' }`
 */
export const Heading = node('heading', { text: z.string() });
/** A heading. */
export type Heading = z.infer<typeof Heading>;

/**
 * `BEGIN SUMMARY`, `END SUMMARY`, `END COMMENT`, `BEGIN TEXT`... on a line of their own.
 * @example `END SUMMARY.` → `{ edge: 'end', section: 'SUMMARY' }`
 */
export const SectionMarker = node('sectionMarker', { edge: z.enum(['begin', 'end']), section: z.string() });
/** A section marker. */
export type SectionMarker = z.infer<typeof SectionMarker>;

/**
 * The signature: the signer's name on a line of its own at the end of the text.
 * @example `ORDWAY` → `{ names: ['ORDWAY'] }`
 */
export const Signature = node('signature', { names: z.array(z.string()) });
/** The signature. */
export type Signature = z.infer<typeof Signature>;

/**
 * A line of dashes (or a lone `-`) that boxes nothing: a separator, as mdast's `thematicBreak`.
 * @example `-----`
 */
export const ThematicBreak = node('thematicBreak', { value: z.string() });
/** A separator line. */
export type ThematicBreak = z.infer<typeof ThematicBreak>;

/**
 * The office distribution block of Department telegrams: a role line (`ORIGIN`, `ACTION`, `INFO`) and the lines
 * of codes that continue it, office codes with copy counts, and a total.
 * @example `INFO  LOG-00   MFA-00   EEB-00` → `{ role: 'info', offices: ['LOG-00', 'MFA-00', 'EEB-00'] }`
 */
export const DistributionLine = node('distributionLine', {
  role: z.enum(['origin', 'action', 'info']).nullable(),
  offices: z.array(z.string()),
});
/** An office distribution line. */
export type DistributionLine = z.infer<typeof DistributionLine>;

/**
 * The drafting block of an outgoing Department telegram: who drafted and who approved it, and the offices that
 * cleared it (one line each, as written).
 * @example `DRAFTED BY EUR/RPM:JDOE:JR` / `APPROVED BY EUR:AROE` / `S/S - MR. BROWN` → `{ drafter: 'EUR/RPM:JDOE:JR',
 * approver: 'EUR:AROE', clearances: ['S/S - MR. BROWN'] }`
 */
export const DraftingBlock = node('draftingBlock', {
  drafter: z.string().nullable(),
  approver: z.string().nullable(),
  clearances: z.array(z.string()),
});
/** A drafting block. */
export type DraftingBlock = z.infer<typeof DraftingBlock>;

/**
 * The date line that media-edited copies put at the top of the text instead of a DTG.
 * @example `Friday, 27 August 2004, 08:08` → `{ written: 'Friday, 27 August 2004, 08:08', iso: '2004-08-27T08:08:00Z'
 * }`
 */
export const DateLine = node('dateLine', { written: z.string(), iso: z.string().nullable() });
/** A date line. */
export type DateLine = z.infer<typeof DateLine>;

/**
 * An archive's notice that it holds only part of the cable (`This record is a partial extract of the original
 * cable. ...`); the record then says `partial: true`.
 */
export const PartialExtractNotice = node('partialExtractNotice', { text: z.string() });
/** A partial-extract notice. */
export type PartialExtractNotice = z.infer<typeof PartialExtractNotice>;

/**
 * The summary: its text (from a `SUMMARY:` label, `BEGIN SUMMARY` or a `SUMMARY` heading to `END SUMMARY`,
 * white space collapsed) and where it stands, from its first word to its last (paragraph numbers between
 * included). It overlaps the paragraphs, so it hangs off the root, beside `children`.
 */
export const Summary = node('summary', { text: z.string() });
/** The summary. */
export type Summary = z.infer<typeof Summary>;

/** A line the grammar could not read; a diagnostic says why. */
export const UnknownLine = node('unknownLine', { value: z.string() });
/** An unreadable line. */
export type UnknownLine = z.infer<typeof UnknownLine>;

/** Any node that can stand directly under the root. */
export const Block = z.discriminatedUnion('type', [
  TransmissionId,
  RoutingLine,
  OriginatorLine,
  SecurityLine,
  DtgLine,
  FromLine,
  AddresseeList,
  SignalLine,
  ClassificationLine,
  Caption,
  PassingLine,
  ExecutiveOrder,
  Tags,
  Subject,
  References,
  ClassifiedBy,
  Paragraph,
  Heading,
  SectionMarker,
  PageMarker,
  Signature,
  ThematicBreak,
  DistributionLine,
  DraftingBlock,
  DateLine,
  PartialExtractNotice,
  UnknownLine,
]);
/** Any node that can stand directly under the root. */
export type Block = z.infer<typeof Block>;

/** Every node type of the tree. */
export type Node = Cable | Block | Addressee | Tag | Reference | Text | Summary;

/**
 * The renderings the parser reads: the cable text as sent, the markdown rendition of web copies, a
 * cablegate.wikileaks.org page, a body-only `<pre>` fragment of one, a row of cables.csv.
 */
export const Format = z.enum(FORMATS);
/** A rendering the parser reads. */
export type Format = z.infer<typeof Format>;

/**
 * What an archive's own metadata says of the cable (a Cablegate page's table), kept apart from
 * what the text says.
 */
export const ArchiveMetadata = z.object({
  refid: z.string().nullable(),
  created: z.string().nullable(),
  released: z.string().nullable(),
  classification: z.string().nullable(),
  origin: z.string().nullable(),
});
/** What an archive's own metadata says. */
export type ArchiveMetadata = z.infer<typeof ArchiveMetadata>;

/** Where `readArchive` found a cable. */
export const CableSource = z.object({
  /** The file's path, or null for a stream. */
  file: z.string().nullable(),
  /** The 1-based row of a cables.csv, or null. */
  row: z.number().int().nullable(),
  /** Milliseconds spent parsing it. */
  ms: z.number(),
});
/** Where `readArchive` found a cable. */
export type CableSource = z.infer<typeof CableSource>;

/**
 * The root: the blocks of the cable in input order, the diagnostics, the rendering that was
 * undone, the archive's metadata, and the date the caller supplied for texts without a DTG.
 */
export const Cable = z.object({
  type: z.literal('cable'),
  position: Position,
  format: Format,
  date: z.string().nullable(),
  archive: ArchiveMetadata.nullable(),
  children: z.array(Block),
  /** The summary, when the cable has one (it overlaps paragraphs, so it is no child). */
  summary: Summary.nullable(),
  diagnostics: z.array(Diagnostic),
  /** Where `readArchive` found the cable: the file, the CSV row (1-based), and how long parsing took. */
  source: CableSource.optional(),
});
/** The root of the tree. */
export type Cable = z.infer<typeof Cable>;
