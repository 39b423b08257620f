/**
 * The shape of the date-time group, once for the whole library: the grammar (the DTG line, page markers, counter
 * lines, page headers glued into TAGS) and the date extractor build their regexps from here.
 *
 * ```
 * 210951Z FEB 08        day, hour, minute, the zone `Z`, the month's abbreviation, the year
 * 301956 Z MAY 75       a space before the `Z` (copies that spaced it out)
 * ```
 *
 * Source: ACP 127 (Communication Instructions: Tape Relay Procedures) and 5 FAH-2 H-320, the date-time group
 * `DDHHMMZ MMM YY`; the year has four digits in some systems.
 */

/** How a reader writes the shape: each part has a default, the DTG line's. */
export interface DtgShape {
  /** The month, a regexp source: three capitals (`FEB`) unless given. */
  month?: string;
  /** The white space between the time, the month and the year, a regexp source: spaces (` +`) unless given. */
  gap?: string;
  /** Whether a space may stand before the `Z` (`301956 Z`): yes unless false. */
  spacedZone?: boolean;
  /** Whether day, hour and minute are the named groups `day`, `hour` and `minute`: no unless true. */
  named?: boolean;
}

/**
 * A regexp source matching a DTG's time: day, hour and minute (six digits) and the zone `Z`.
 *
 * @example
 * dtgTimePattern() // '\\d{6} ?Z': `210951Z`, `301956 Z`
 * dtgTimePattern({ spacedZone: false }) // '\\d{6}Z'
 */
export function dtgTimePattern(shape: Pick<DtgShape, 'spacedZone' | 'named'> = {}): string {
  const digits = shape.named ? '(?<day>\\d{2})(?<hour>\\d{2})(?<minute>\\d{2})' : '\\d{6}';
  return `${digits}${shape.spacedZone === false ? '' : ' ?'}Z`;
}

/**
 * A regexp source matching a whole DTG, its parts the named groups `day`, `hour`, `minute`, `month` and `year` (two
 * digits or four). Nothing bounds it: a reader adds what may not follow (a digit, a word's letter).
 *
 * @example
 * new RegExp(dtgPattern()).exec('R 210951Z FEB 08')?.groups?.month // 'FEB'
 */
export function dtgPattern(shape: DtgShape = {}): string {
  const gap = shape.gap ?? ' +';
  const time = dtgTimePattern({ spacedZone: shape.spacedZone, named: true });
  return `${time}${gap}(?<month>${shape.month ?? '[A-Z]{3}'})${gap}(?<year>\\d{2}|\\d{4})`;
}
