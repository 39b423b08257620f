/**
 * The security-warning pass: CG202 when the header's security warning (`UUUUU`, `CCCCC`...) and the text's
 * classification line disagree on whether the cable is classified.
 *
 * ```
 * ZNR UUUUU ZZH                              the header says: unclassified
 * C O N F I D E N T I A L ASTANA 000358      the text says: classified (CG202)
 * ```
 */
import type { Block } from '../../ast.js';
import { isClassified } from '../../tables/classification.js';
import type { Reading } from '../construct.js';

/** Reports CG202 on the first classification line when it disagrees with the first security line's warning. */
export function checkSecurityWarning(reading: Reading, blocks: Block[]): void {
  const security = blocks.find((node) => node.type === 'securityLine');
  const line = blocks.find((node) => node.type === 'classificationLine');
  if (security?.type !== 'securityLine' || line?.type !== 'classificationLine' || !security.classification) return;
  if (isClassified(security.classification) === isClassified(line.classification.meant)) return;
  const slice = reading.sliceOf(line);
  const warning = `the header's security warning (${security.classification})`;
  const message = `Expected a classification line agreeing with ${warning}, found ${line.classification.meant}`;
  reading.report('CG202', slice.start, slice.end, message, {
    expected: security.classification,
    actual: line.classification.written,
  });
}
