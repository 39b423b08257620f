/**
 * Compass words that open the names of places, lower case: the cardinal directions and their adjectives, and the
 * words of relative position (`North Waziristan`, `Southern Sudan`, `Central Asia`, `Upper Nile`, `Lower Juba`).
 * `middle` (M49's Middle Africa) is left out: `Middle Eastern` names a people, no place.
 *
 * Sources: the region names of the UN Statistics Division's M49 standard ("Standard country or area codes for
 * statistical use": Northern, Southern, Eastern, Western and Middle Africa, Central America, South-eastern Asia) and
 * the subdivision names of ISO 3166-2 (Upper East, Upper Nile, Lower Juba, North, South, East, West provinces).
 */
export const COMPASS_WORDS: ReadonlySet<string> = new Set(
  'north south east west northern southern eastern western upper lower central'.split(' '),
);

/**
 * True for a compass word in any case (`North`, `NORTH`).
 *
 * @example
 * isCompassWord('Southern') // true
 */
export const isCompassWord = (word: string): boolean => COMPASS_WORDS.has(word.toLowerCase());
