/**
 * A holiday's name is a date (the date extractor reads it, see dates/parsers/holiday.ts), no entity: the names of
 * src/tables/holidays.ts are dropped, whatever a parser typed them (`at Christmas` is no place, `Eid al-Fitr` no
 * person), but for a possessive.
 *
 * ```
 * after Eid al-Fitr ... at Christmas ... CHRISTMAS ISLAND
 *       ^^^^^^^^^^^ no entity ^^^^^^^^^  ^^^^^^^^^^^^^^^^ a place (no holiday's name alone)
 * ```
 */
import { isHolidayName } from '../../../tables/holidays.js';
import type { Refiner } from '../../pipeline.js';
import type { EntityContext, FoundEntity } from '../found.js';

// A possessive is a person's more often than a feast's (`Ramadan's dismissal`): the date reader skips it too.
const POSSESSIVE = /['’]/;

/** Drops the names of holidays. */
export const holidayNameRefiner: Refiner<EntityContext, FoundEntity> = {
  refine(context, found) {
    return found.filter(
      (entity) =>
        !isHolidayName(context.text.slice(entity.start, entity.end)) ||
        POSSESSIVE.test(context.text.charAt(entity.end)),
    );
  },
};
