/**
 * The grammar's table: every construct, in precedence order. Where two constructs could read a line, the one
 * listed first wins; the driver tries, per zone, those of the zone whose first characters fit the line. Each
 * place where the order matters says why.
 */
import { addresseeList } from './addressee-list.js';
import { caption } from './caption.js';
import { classificationLine } from './classification-line.js';
import { classifiedBy } from './classified-by.js';
import type { Construct } from './construct.js';
import { dateLine } from './date-line.js';
import { distributionLine } from './distribution-line.js';
import { draftingBlock } from './drafting-block.js';
import { dtgLine } from './dtg-line.js';
import { executiveOrder } from './executive-order.js';
import { fromLine } from './from-line.js';
import { heading } from './heading.js';
import { originatorLine } from './originator-line.js';
import { pageMarker } from './page-marker.js';
import { paragraph } from './paragraph.js';
import { partialExtractNotice } from './partial-extract-notice.js';
import { passingLine } from './passing-line.js';
import { references } from './references.js';
import { routingLine } from './routing-line.js';
import { sectionMarker } from './section-marker.js';
import { securityLine } from './security-line.js';
import { signalLine } from './signal-line.js';
import { subject } from './subject.js';
import { tags } from './tags.js';
import { thematicBreak } from './thematic-break.js';
import { transmissionId } from './transmission-id.js';

/** Every construct, in precedence order. */
export const CONSTRUCTS: readonly Construct[] = [
  // `INFO LOG-00 MFA-00` is an office distribution line, not an INFO address list.
  distributionLine,
  draftingBlock,
  // Before page markers: in the header, `TO PAGE 02 STATE 015113 182333Z` is a page break the address list
  // keeps; in the body (no lists there), the page marker reads it.
  addresseeList,
  // Before the classification line and paragraphs: `ASTANA 00000358 001 OF 002` could read as either.
  pageMarker,
  partialExtractNotice,
  transmissionId,
  routingLine,
  originatorLine,
  securityLine,
  dtgLine,
  dateLine,
  fromLine,
  signalLine,
  classificationLine,
  // The fields, each recognized by its keyword (the lexicon decides which; they never compete).
  executiveOrder,
  tags,
  subject,
  references,
  classifiedBy,
  // After the fields: a caption's caveat words may open a field's text too.
  caption,
  sectionMarker,
  // Before the thematic break: a dash line may open a boxed heading.
  heading,
  thematicBreak,
  passingLine,
  // Last: in the text zones, a line that nothing else reads is prose.
  paragraph,
];
