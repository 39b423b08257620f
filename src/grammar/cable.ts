/**
 * The cable rule: reads the text line by line, classifies each line cheaply by its first
 * characters, hands it to the rule of its construct, and gathers the constructs that span lines
 * (wrapped TAGS, SUBJECT, REF and `Classified By`, address lists, paragraphs across page
 * markers). Constructs are recognized by their own shape wherever they stand: inputs are often
 * fragments, and real cables do not keep textbook order. A line that nothing reads becomes an
 * `unknownLine` (in the routing header) or paragraph text (in the body); nothing is dropped.
 *
 * Lines that open with a field keyword are cut where another field's keyword starts on the same
 * line (archives that lost line breaks: `E.O. 12958: DECL: 01/07/2014 TAGS: PREL SUBJECT: ...`).
 */
import type { AddresseeList, Block, PageMarker, Paragraph, Signature, Text } from '../ast.js';
import { readAddressee, readAddresseeList } from './addressee-list.js';
import { readCaption } from './caption.js';
import { readClassificationLine } from './classification-line.js';
import { readClassifiedBy } from './classified-by.js';
import type { GrammarContext, Slice } from './context.js';
import { readDateLine } from './date-line.js';
import { readDistributionLine } from './distribution-line.js';
import { readDtgLine } from './dtg-line.js';
import { readExecutiveOrder } from './executive-order.js';
import { readFromLine } from './from-line.js';
import { headingOf, isDashLine, isHeadingTitle, readInlineHeading, thematicBreakOf } from './heading.js';
import { readOriginatorLine } from './originator-line.js';
import { pageMarkerRule, readPageMarker } from './page-marker.js';
import { meantNumber, readParagraphHead } from './paragraph.js';
import { readPassingLine } from './passing-line.js';
import { readReferences } from './references.js';
import { readRoutingLine } from './routing-line.js';
import { readSectionMarker } from './section-marker.js';
import { readSecurityLine } from './security-line.js';
import { readSignalLine } from './signal-line.js';
import { readSignature } from './signature.js';
import { readSubject } from './subject.js';
import { readTags } from './tags.js';
import { readTransmissionId } from './transmission-id.js';
import { run, trimEnd, trimmed, trimStart } from './shared.js';

/** What the cable rule needs besides the context. */
export interface CableRuleOptions {
  /** Two-digit year for references written without one, until the DTG says otherwise. */
  year: string | null;
}

// Field keywords that start a construct of their own (checked on a line's first characters).
const FIELD_START =
  /^(?:E\.? ?O\.? ?\d|EO +\d|DECL *:|TAGS?\b|TAGE\b|TGS\b|SUBJ(?:ECT)?\b|UBJECT\b|REF(?:S|\(S\)|TELS?)?\b\s*[:.]?|(?:\d\.\s*)?(?:\([A-Z]{1,3}\)\s*)?CLASSI?FIED\s+BY\b)/i;
// A field keyword that breaks into a paragraph's run of lines: with its colon (`REF:`), since prose
// lines may open with the bare words (`REF A).  AT THE SAME TIME ...`).
const FIELD_IN_PROSE =
  /^(?:E\.? ?O\.? ?\d{4,5}\s*:|DECL *:|TAGS?\s*:|SUBJ(?:ECT)?\s*:|REF(?:S|\(S\)|TELS?)?\s*:|(?:\d\.\s*)?(?:\([A-Z]{1,3}\)\s*)?CLASSI?FIED\s+BY\b)/i;
// Where a field keyword starts inside a line that lost its line breaks. `REF:` and
// `Classified By` are found even glued to the word before (`PRIMEREF:`, `CAIROClassified By:`).
const INLINE_FIELD =
  /\s(?:E\.O\.? ?\d{5}|EO \d{5}|TAGS?\s*:|Tags\s*:|SUBJECT\s*:|Subject\s*:)|(?:REFS?|REF\(S\)|Refs?|Ref\(s\))\s*:|CLASSIFIED BY\b|Classified [Bb]y\b|\sSensitive [Bb]ut\b|\sSENSITIVE BUT UNCLASSIFIED/;
// A line that goes on with a REF list even after a blank line: it opens with a label (`¶B.`,
// `(C)`, `[D]`), a year or a serial, or names a post and a serial in a few words.
const REFERENCE_LINE =
  /^(?:¶?\(?[A-Z][.)\]]|\[[A-Z]\]|\(\d\)|\d{2,4} ?[A-Z][A-Za-z]+(?: [A-Za-z]+){0,3} \d|\d{1,7}\b|[A-Z]{3,}(?: [A-Z]+){0,3} \d{1,7}\b)/;
// A page marker's tail (serial style), tested before running the rule.
const SERIAL_MARKER_TAIL = /\d{8} +\d{3}(?:\.\d+)? +OF +\d{3}$/;
/** True when a line may be a page marker (either style): the cheap test before the rule runs. */
const mayBePageMarker = (value: string) => /PAGE +\d/.test(value) || SERIAL_MARKER_TAIL.test(value);
// First characters that let a rule be tried at all (the rules themselves decide).
const DASH_START = /^[-=_\u2010-\u2015]/;
const SIGNAL_START = /^(?:BT|NNNN|#\d|GR \d|-{5,}[0-9A-F]*\s+\d)/;
const LEVEL_START = /^(?:UNCLAS|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED|[CSTU] [A-Z] )/i;
// A classification word alone on a line (page headers of older telegrams repeat it).
const LEVEL_ALONE =
  /^(?:UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE|C O N F I D E N T I A L|S E C R E T)$/;
// C0 controls other than tab, line feed, carriage return, vertical tab and form feed.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;
// Terminal punctuation: a paragraph line ending in it is a finished sentence.
const SENTENCE_END = /[.:;?!"')\]]$/;

interface ParagraphBuild {
  start: number;
  end: number;
  /** Where the number and portion mark end (the paragraph's end when it has no text). */
  headEnd: number;
  number: Paragraph['number'];
  marking: string | null;
  children: Array<Text | PageMarker>;
  /** Raw offsets of each child, for the signature pass. */
  spans: Slice[];
  /** The paragraph's index among the blocks, once closed. */
  index: number;
}

/** A trimmed non-blank line (or the part of one after an inline field keyword, `cut`). */
interface Line extends Slice {
  blankBefore: boolean;
  cut: boolean;
  /** Whether the line opens a construct of its own (computed once, on demand). */
  opens: boolean | undefined;
}

/** Splits `text` into trimmed non-blank lines, each with whether a blank line stood before it. */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let blank = false;
  let start = 0;
  const n = text.length;
  // Without carriage returns, line ends are found by the native search.
  const lineFeedsOnly = !text.includes('\r');
  while (start <= n) {
    let end = start;
    if (lineFeedsOnly) {
      end = text.indexOf('\n', start);
      if (end < 0) end = n;
    } else {
      let code = 0;
      while (end < n && (code = text.charCodeAt(end)) !== 10 && code !== 13) end++;
    }
    const from = trimStart(text, start, end);
    const to = trimEnd(text, from, end);
    if (to > from) {
      lines.push({ start: from, end: to, blankBefore: blank, cut: false, opens: undefined });
      blank = false;
    } else if (lines.length > 0) blank = true;
    if (end >= n) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return lines;
}

/** Reads the blocks of a cable from `ctx.text`. */
export function readCable(ctx: GrammarContext, options: CableRuleOptions): Block[] {
  const { text } = ctx;
  const lines = linesOf(text);
  // Control characters are looked for line by line only in a text that has some.
  const hasControl = CONTROL.test(text);
  const blocks: Block[] = [];
  const lineText = (line: Slice) => text.slice(line.start, line.end);
  let year = options.year;
  let open: ParagraphBuild | null = null;
  let previousNumber: number | null = null;
  let lastPage: { serial: string; page: number } | null = null;
  let inHeader = false;
  let seenBody = false;
  let classificationSlice: Slice | null = null;

  const closeParagraph = () => {
    if (!open) return;
    blocks.push({
      type: 'paragraph',
      position: ctx.position(open.start, open.end),
      number: open.number,
      marking: open.marking,
      children: open.children,
    });
    open.index = blocks.length - 1;
    builds.push(open);
    open = null;
  };
  // Every paragraph's build, in order, for the signature pass.
  const builds: ParagraphBuild[] = [];
  const push = (block: Block) => {
    closeParagraph();
    blocks.push(block);
  };
  const addText = (paragraph: ParagraphBuild, start: number, end: number) => {
    paragraph.children.push({ type: 'text', position: ctx.position(start, end), value: text.slice(start, end) });
    paragraph.spans.push({ start, end });
    paragraph.end = end;
  };
  const pageMarker = (line: Slice): PageMarker | null => {
    const value = lineText(line);
    if (!mayBePageMarker(value)) return null;
    const marker = readPageMarker(ctx, line);
    if (marker && marker.style === 'serial') {
      if (lastPage && lastPage.serial === marker.serial && marker.page.meant !== lastPage.page + 1) {
        ctx.report(
          'CG501',
          line.start,
          line.end,
          `Expected page ${lastPage.page + 1} after page ${lastPage.page}, found page ${marker.page.written}`,
          {
            expected: String(lastPage.page + 1),
            actual: marker.page.written,
          },
        );
      }
      lastPage = { serial: marker.serial, page: marker.page.meant };
    }
    return marker;
  };
  /** True when a line opens a construct of its own (so it cannot continue another); no diagnostics. */
  const startsConstruct = (line: Line): boolean => {
    if (line.opens !== undefined) return line.opens;
    const value = lineText(line);
    line.opens =
      FIELD_START.test(value) ||
      readParagraphHead(value)?.written != null ||
      LEVEL_ALONE.test(value) ||
      isDashLine(value) ||
      (mayBePageMarker(value) && run(pageMarkerRule, value) !== null) ||
      /^(?:BEGIN|END)\s/i.test(value);
    return line.opens;
  };
  /** Gathers the lines after `i` that continue a construct, while `continues` says so. */
  const gather = (
    i: number,
    continues: (line: Line, previous: Line) => boolean,
    max = 8,
    acrossBlank?: (line: Line) => boolean,
  ): number => {
    let last = i;
    for (let j = i + 1; j < lines.length && j - i <= max; j++) {
      const line = lines[j] as (typeof lines)[number];
      if (line.cut || (line.blankBefore && !acrossBlank?.(line))) break;
      if (startsConstruct(line) || !continues(line, lines[j - 1] as Line)) break;
      last = j;
    }
    return last;
  };
  /**
   * Cuts line `i` where an inline field keyword starts, the rest becoming the next line; returns
   * the index the line now stands at.
   */
  const cutInline = (i: number): number => {
    const line = lines[i] as Line;
    const value = lineText(line);
    const match = INLINE_FIELD.exec(value.slice(1));
    if (!match) return i;
    const cut = trimmed(text, line.start, line.start + 1 + match.index);
    const restStart = trimmed(text, line.start + 1 + match.index, line.end);
    if (cut.end <= cut.start || restStart.end <= restStart.start) return i;
    // A keyword repeated (`Classified By: CLASSIFIED BY ...`, `Classified By: 1. CLASSIFIED BY`) is not a field of its own.
    if (!/[A-Za-z]/.test(lineText(cut).replace(FIELD_START, ''))) return i;
    line.end = cut.end;
    line.opens = undefined;
    const rest: Line = { start: restStart.start, end: restStart.end, blankBefore: false, cut: true, opens: undefined };
    // Lines before `i` are never read again: the line moves one slot back and its rest takes its
    // slot (no O(n) splice per cut: a cable of a hundred thousand such lines stays linear).
    if (i === 0) {
      lines.splice(1, 0, rest);
      return 0;
    }
    lines[i - 1] = line;
    lines[i] = rest;
    return i - 1;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as (typeof lines)[number];
    let value = lineText(line);

    if (hasControl && CONTROL.test(value)) {
      ctx.report(
        'CG901',
        line.start,
        line.end,
        'Expected cable text, found control characters (NUL or other C0 codes)',
        { actual: JSON.stringify(value.slice(0, 40)) },
      );
      push({ type: 'unknownLine', position: ctx.position(line.start, line.end), value });
      continue;
    }

    // Inside a paragraph: most lines continue it.
    const current = open as ParagraphBuild | null;
    if (current) {
      // Most lines of a paragraph open with a letter that starts no construct: take them at once.
      if (!line.blankBefore && /^[a-z"'$%&,;]/.test(value)) {
        addText(current, line.start, line.end);
        continue;
      }
      const head = readParagraphHead(value);
      const marker = head ? null : pageMarker(line);
      if (marker) {
        // A page marker inside a paragraph stays in it when the text after it continues the sentence.
        const next = lines[i + 1];
        const lastText = current.children.length > 0 ? text.slice(current.spans.at(-1)?.start, current.end) : '';
        if (
          next &&
          !startsConstruct(next) &&
          !readParagraphHead(lineText(next)) &&
          (/^[a-z]/.test(lineText(next)) || !SENTENCE_END.test(lastText))
        ) {
          current.children.push(marker);
          current.spans.push({ start: line.start, end: line.end });
          current.end = line.end;
          continue;
        }
        push(marker);
        continue;
      }
      const continuation =
        !head &&
        !LEVEL_ALONE.test(value) &&
        !isDashLine(value) &&
        !FIELD_IN_PROSE.test(value) &&
        !/^[([]?(?:BEGIN|END)\s/i.test(value) &&
        (!line.blankBefore ||
          /^[a-z]/.test(value) ||
          (current.children.at(-1)?.type === 'pageMarker' && !/^[A-Z0-9 ]+$/.test(value)));
      if (continuation) {
        addText(current, line.start, line.end);
        continue;
      }
      closeParagraph();
    }

    // Field lines that lost their line breaks are cut where the next field starts.
    if (!seenBody || FIELD_START.test(value)) {
      i = cutInline(i);
      value = lineText(line);
    }

    const first = value.charAt(0);
    let block: Block | null = null;

    if ((seenBody && !inHeader) || !/^(?:TO|INFO|XMT) /.test(value)) block = pageMarker(line);
    if (!block && first === 'V') block = readTransmissionId(ctx, line);
    if (!block && /^[ZOPR]{2} /.test(value)) block = readRoutingLine(ctx, line, false);
    if (!block && blocks.at(-1)?.type === 'routingLine' && !line.blankBefore) block = readRoutingLine(ctx, line, true);
    if (!block && value.startsWith('DE ')) block = readOriginatorLine(ctx, line);
    if (!block && value.startsWith('ZN')) block = readSecurityLine(ctx, line);
    if (!block && /^(?:[ZOPR](?: ?[ZOPR])? +)?\d{1,6} ?Z? +[A-Z]{3} +\d{2}/.test(value)) block = readDtgLine(ctx, line);
    if (!block && /^[MTWFS][a-z]+day, \d/.test(value)) block = readDateLine(ctx, line);
    if (block?.type === 'dtgLine' && block.dtg.iso) year = block.dtg.iso.slice(2, 4);
    if (block?.type === 'dateLine' && block.iso) year = block.iso.slice(2, 4);
    if (!block && (!seenBody || inHeader) && value.startsWith('FM ')) block = readFromLine(ctx, line);
    if (!block && /^(?:ACTION|INFO) +[A-Z][A-Z0-9]{0,5}-\d\d\b|^[A-Z][A-Z0-9]{0,5}-\d\d +[A-Z]/.test(value)) {
      block = readDistributionLine(ctx, line);
      // Continuation lines of the block hold office codes only.
      while (block && lines[i + 1] && !(lines[i + 1] as (typeof lines)[number]).blankBefore) {
        const more = readDistributionLine(ctx, lines[i + 1] as Slice);
        if (!more || more.role) break;
        push(block);
        block = more;
        i++;
      }
    }
    if (!block && (!seenBody || inHeader) && /^(?:TO|INFO|XMT)(?:[ /]|$)/.test(value)) {
      const list = readAddresseeList(ctx, line);
      if (list) {
        // Continuation lines: each an addressee, page-break lines kept in the list.
        let end = line.end;
        for (let j = i + 1; j < lines.length; j++) {
          const next = lines[j] as (typeof lines)[number];
          const nextValue = lineText(next);
          if (
            next.blankBefore ||
            /^(?:INFO|XMT) +[A-Z]/.test(nextValue) ||
            (list.role !== 'to' && /^TO +[A-Z]/.test(nextValue))
          )
            break;
          const marker = pageMarker(next);
          if (marker) {
            list.children.push(marker);
          } else if (
            /^(?:TO|INFO|XMT|FM|BT|ACTION)(?:[ /]|$)/.test(nextValue) ||
            startsConstruct(next) ||
            (SIGNAL_START.test(nextValue) && readSignalLine(ctx, next)) ||
            (LEVEL_START.test(nextValue) && readClassificationLine(ctx, next))
          ) {
            break;
          } else {
            list.children.push(readAddressee(ctx, next));
          }
          end = next.end;
          i = j;
        }
        list.position = ctx.position(line.start, end);
        block = list satisfies AddresseeList;
      }
    }
    if (!block && SIGNAL_START.test(value)) block = readSignalLine(ctx, line);
    if (!block && LEVEL_START.test(value)) block = readClassificationLine(ctx, line);

    if (!block && FIELD_START.test(value)) {
      if (/^(?:E|DECL)/i.test(value) && !/^EN/i.test(value)) block = readExecutiveOrder(ctx, line);
      if (!block && /^T/i.test(value)) {
        const last = gather(
          i,
          (next, previous) =>
            /,\s*$/.test(lineText(previous)) || /^[A-Z]{2,6}(?:[ ,]+[A-Z]{2,6})*,?$/.test(lineText(next)),
          4,
        );
        block = readTags(ctx, { start: line.start, end: (lines[last] as Slice).end });
        if (block) i = last;
      }
      if (!block && /^(?:S|UB)/i.test(value)) {
        const upper = !/[a-z]/.test(value);
        let last = gather(i, (next) => !upper || !/[a-z]/.test(lineText(next)), 4);
        let end = (lines[last] as Slice).end;
        // `SUBJECT:` alone: its text is the next line that opens nothing else.
        const next = lines[i + 1];
        if (
          last === i &&
          /^\S+\s*:?$/.test(value) &&
          next &&
          !startsConstruct(next) &&
          !readParagraphHead(lineText(next))
        ) {
          last = i + 1;
          end = next.end;
        }
        block = readSubject(ctx, { start: line.start, end });
        if (block) i = last;
      }
      if (!block && /^R/i.test(value)) {
        const last = gather(
          i,
          () => true,
          8,
          (next) => REFERENCE_LINE.test(lineText(next)),
        );
        block = readReferences(ctx, { start: line.start, end: (lines[last] as Slice).end }, year);
        if (block) i = last;
      }
      if (!block) {
        const last = gather(i, (next) => !readParagraphHead(lineText(next)), 4);
        block = readClassifiedBy(ctx, { start: line.start, end: (lines[last] as Slice).end });
        if (block) i = last;
      }
    }
    if (!block) block = readCaption(ctx, line, seenBody);
    if (!block && /^[([]?\s*(?:BEGIN|END)\s/i.test(value)) block = readSectionMarker(ctx, line);
    if (!block && DASH_START.test(first)) {
      block = readInlineHeading(ctx, line);
      if (!block && isDashLine(value)) {
        const title = lines[i + 1];
        const closing = lines[i + 2];
        if (
          title &&
          closing &&
          !title.blankBefore &&
          !closing.blankBefore &&
          isDashLine(lineText(closing)) &&
          isHeadingTitle(lineText(title))
        ) {
          block = headingOf(ctx, title, { start: line.start, end: closing.end });
          i += 2;
        } else block = thematicBreakOf(ctx, line);
      }
    }
    if (!block) {
      // A short title underlined by dashes.
      const under = lines[i + 1];
      if (
        under &&
        !under.blankBefore &&
        isDashLine(lineText(under)) &&
        isHeadingTitle(value) &&
        !readParagraphHead(value)
      ) {
        block = headingOf(ctx, line, { start: line.start, end: under.end });
        i += 1;
      }
    }
    if (!block && !seenBody && / FOR |^(?:PLEASE +)?PASS/.test(value) && !/[a-z]/.test(value.slice(0, 12)))
      block = readPassingLine(ctx, line);

    if (block) {
      push(block);
      if (block.type === 'classificationLine' && !classificationSlice)
        classificationSlice = { start: line.start, end: line.end };
      const type = block.type;
      if (
        type === 'transmissionId' ||
        type === 'routingLine' ||
        type === 'originatorLine' ||
        type === 'securityLine' ||
        type === 'dtgLine' ||
        type === 'fromLine' ||
        type === 'addresseeList' ||
        type === 'distributionLine'
      ) {
        inHeader = true;
      } else if (type !== 'pageMarker') inHeader = false;
      continue;
    }

    if (inHeader) {
      ctx.report(
        'CG100',
        line.start,
        line.end,
        `Expected a routing header line (FM, TO, INFO, a DTG...), found \`${value.slice(0, 60)}\``,
        { actual: value },
      );
      push({ type: 'unknownLine', position: ctx.position(line.start, line.end), value });
      continue;
    }

    // A paragraph: numbered, marked, or plain text.
    const head = readParagraphHead(value);
    let number: Paragraph['number'] = null;
    if (head?.digits) {
      const meant = meantNumber(head.digits, previousNumber);
      number = { written: head.written as string, meant: meant.number };
      const numberEnd = line.start + value.indexOf(head.digits) + head.digits.length + 1;
      if (meant.mangled) {
        ctx.report(
          'CG401',
          line.start,
          numberEnd,
          `Paragraph number \`${head.written}\` read as ${meant.number}: the \`1\` is a mangled pilcrow`,
          {
            expected: String(meant.number),
            actual: head.written as string,
          },
        );
      } else if (previousNumber !== null && meant.number !== previousNumber + 1) {
        ctx.report(
          'CG402',
          line.start,
          numberEnd,
          `Expected paragraph ${previousNumber + 1} after paragraph ${previousNumber}, found \`${head.written}\``,
          {
            expected: String(previousNumber + 1),
            actual: head.written as string,
          },
        );
      }
      previousNumber = meant.number;
    }
    closeParagraph();
    seenBody = true;
    const textStart = line.start + (head?.text ?? 0);
    const headEnd = trimmed(text, line.start, textStart).end;
    const paragraph: ParagraphBuild = {
      start: line.start,
      end: line.end,
      headEnd,
      number,
      marking: head?.marking ?? null,
      children: [],
      spans: [],
      index: -1,
    };
    if (textStart < line.end) addText(paragraph, textStart, line.end);
    open = paragraph;
  }
  closeParagraph();
  findSignature(ctx, blocks, builds);
  if (classificationSlice) checkSecurityWarning(ctx, blocks, classificationSlice);
  return blocks;
}

/** CG202 when the header's security warning (`UUUUU`, `CCCCC`...) and the classification line disagree. */
function checkSecurityWarning(ctx: GrammarContext, blocks: Block[], slice: Slice): void {
  const security = blocks.find((node) => node.type === 'securityLine');
  const line = blocks.find((node) => node.type === 'classificationLine');
  if (security?.type !== 'securityLine' || line?.type !== 'classificationLine' || !security.classification) return;
  const warned = security.classification === 'UNCLASSIFIED' ? 'UNCLASSIFIED' : 'CLASSIFIED';
  const stated =
    line.classification.meant === 'UNCLASSIFIED' || line.classification.meant === 'LIMITED OFFICIAL USE'
      ? 'UNCLASSIFIED'
      : 'CLASSIFIED';
  if (warned === stated) return;
  ctx.report(
    'CG202',
    slice.start,
    slice.end,
    `Expected a classification line agreeing with the header's security warning (${security.classification}), found ${line.classification.meant}`,
    { expected: security.classification, actual: line.classification.written },
  );
}

/** Blocks that may follow the signature: trailers, closing classification lines, page markers, notes. */
function isClosing(block: Block): boolean {
  switch (block.type) {
    case 'signalLine':
    case 'classificationLine':
    case 'pageMarker':
    case 'caption':
    case 'thematicBreak':
    case 'unknownLine':
      return true;
    case 'paragraph':
      // `NOTE: NOT PASSED TO ABOVE ADDRESSEE(S)`, `NOTE BY OC/T: ...`: the message center's notes.
      return !block.number && block.children[0]?.type === 'text' && /^NOTE(?::| BY\b)/.test(block.children[0].value);
    default:
      return false;
  }
}

// A signer's name glued after the last sentence of the text (`MINIMIZE CONSIDERED.  EAGLETON`).
const GLUED_SIGNATURE = /[.!?"')]\s+([A-Z][A-Z'-]*[A-Z](?: [A-Z][A-Z'-]*[A-Z])?)#*$/;

/**
 * Moves the signature out of the last paragraph: the last line of the text before any closing
 * classification line, trailer, page marker or note, when it is a short line of capitals alone
 * (trailer characters like `##` glued to it allowed), or a name glued after the last sentence.
 */
function findSignature(ctx: GrammarContext, blocks: Block[], builds: ParagraphBuild[]): void {
  let k = blocks.length - 1;
  while (k >= 0 && isClosing(blocks[k] as Block)) k--;
  let b = builds.length - 1;
  while (b >= 0 && (builds[b] as ParagraphBuild).index > k) b--;
  const build = builds[b]?.index === k ? builds[b] : undefined;
  if (!build) return;
  const lastSpan = build.spans.at(-1);
  const lastChild = build.children.at(-1);
  if (!lastSpan || lastChild?.type !== 'text') return;
  const value = ctx.text.slice(lastSpan.start, lastSpan.end);
  // The line must be whole (its text starts a line, not after a paragraph number) or carry the name glued at its end.
  const lineStart = ctx.text.lastIndexOf('\n', lastSpan.start - 1) + 1;
  const wholeLine = ctx.text.slice(lineStart, lastSpan.start).trim() === '';
  const bare = value.replace(/#+$/, '');
  let signature: Signature | null = null;
  let keep = lastSpan.start;
  if (
    wholeLine &&
    bare.length <= 30 &&
    !/^(?:END|NNNN|BT|SIPDIS|NOFORN|UNCLASSIFIED|CONFIDENTIAL|SECRET)$/.test(bare)
  ) {
    signature = readSignature(ctx, { start: lastSpan.start, end: lastSpan.start + bare.length });
    if (signature) signature.position = ctx.position(lastSpan.start, lastSpan.end);
  }
  if (!signature) {
    const glued = GLUED_SIGNATURE.exec(value);
    if (!glued) return;
    const nameStart = lastSpan.start + value.lastIndexOf(glued[1] as string);
    signature = readSignature(ctx, { start: nameStart, end: nameStart + (glued[1] as string).length });
    if (!signature) return;
    signature.position = ctx.position(nameStart, lastSpan.end);
    keep = nameStart;
  }
  build.children.pop();
  build.spans.pop();
  if (keep > lastSpan.start) {
    const kept = trimmed(ctx.text, lastSpan.start, keep);
    build.children.push({
      type: 'text',
      position: ctx.position(kept.start, kept.end),
      value: ctx.text.slice(kept.start, kept.end),
    });
    build.spans.push(kept);
  }
  if (build.children.length === 0 && !build.number && !build.marking) {
    blocks.splice(k, 1, signature);
    return;
  }
  const end = build.spans.at(-1)?.end ?? build.headEnd;
  build.end = end;
  blocks.splice(k, 1, {
    type: 'paragraph',
    position: ctx.position(build.start, end),
    number: build.number,
    marking: build.marking,
    children: build.children,
  });
  blocks.splice(k + 1, 0, signature);
}
