/**
 * Resolves `the previous year` / `the following year` against the year under discussion: the
 * year of the last explicit year or date before it in the text (or given by the caller), not the
 * reference date's.
 *
 * ```
 * seizures in 2007 fell from the previous year   → the previous year: 2006
 * ```
 */
import type { Refiner } from '../../pipeline.js';
import type { DateContext, FoundDate } from '../found.js';

/** Sets anaphoric years from the discourse, and leaves the last year discussed in the context. */
export const discourseYearRefiner: Refiner<DateContext, FoundDate> = {
  refine(context, found) {
    let year = context.discourseYear ?? context.reference?.getUTCFullYear() ?? null;
    for (const date of found.sort((a, b) => a.start - b.start)) {
      if (date.anaphoric !== undefined) {
        if (year !== null) date.value = String(year + date.anaphoric);
      } else if (
        date.value &&
        (date.kind === 'year' || date.kind === 'date' || date.kind === 'month') &&
        !date.implied.includes('year')
      )
        year = Number(date.value.slice(0, 4));
    }
    context.discourseYear = year;
    return found;
  },
};
