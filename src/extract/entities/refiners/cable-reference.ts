/**
 * A post's name before a cable's serial is the cable's reference, no mention of the place: the post is who sent it.
 *
 * ```
 * see 09 Kabul 897 ... PLS ZFR JAKARTA 1369 ... ALL COPIES OF CANBERRA 1013 ... in Kabul 300 people
 *        ^^^^^ no place    ^^^^^^^ no place             ^^^^^^^^ no place      ^^^^^ a place (a count after it)
 * ```
 * The serial is three to six digits with no noun after it; a year (`Berlin 1989`) is no serial.
 */
import { knownOrigin } from '../../../canonical-id.js';
import type { Refiner } from '../../pipeline.js';
import { type EntityContext, type FoundEntity, nameAt } from '../found.js';

// A serial after the name: three to six digits, then no more digits, no decimal, date or range, and no word in lower
// case (`Kabul 300 people`).
const SERIAL_AFTER = /^[ \t]+(?<serial>\d{3,6})(?![\d/:-]|[.,]\d|[ \t]*[-–][ \t]*\d|[ \t]+[a-z])/;
const YEAR = /^(?:19|20)\d\d$/;

/** True when the place at `entity` is a post's name before a cable's serial. */
function isCableReference(text: string, entity: FoundEntity): boolean {
  const serial = SERIAL_AFTER.exec(text.slice(entity.end, entity.end + 16))?.groups?.serial;
  if (serial === undefined || YEAR.test(serial)) return false;
  return knownOrigin(nameAt(text, entity.start, entity.end)) !== null;
}

/** Drops the places that are posts in cable references. */
export const cableReferenceRefiner: Refiner<EntityContext, FoundEntity> = {
  refine(context, found) {
    return found.filter((entity) => entity.kind !== 'place' || !isCableReference(context.text, entity));
  },
};
