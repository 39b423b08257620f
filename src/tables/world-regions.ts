/**
 * Regions, seas and oceans larger than a country, lower case. Sources:
 * - continents and the geographic regions of the UN Statistics Division's M49 standard
 *   ("Standard country or area codes for statistical use");
 * - the regions named by the State Department's regional bureaus (African, East Asian and
 *   Pacific, European and Eurasian, Near Eastern, South and Central Asian, Western Hemisphere
 *   Affairs) and common geopolitical region names of the same kind (Middle East, Balkans);
 * - oceans and seas of the International Hydrographic Organization's "Limits of Oceans and Seas"
 *   (S-23), the oceans by their names without `Ocean` too (`the Atlantic`, `the Arctic`);
 * - the United Kingdom's four countries of ISO 3166-2:GB (England, Scotland, Wales, Northern Ireland), which the
 *   first-level region list (country-region-data) gives as their counties instead;
 * - countries that no longer exist, from ISO 3166-3 ("Code for formerly used names of countries"),
 *   with the English abbreviations of their names (USSR, GDR, FRG).
 */

/** Regions, seas and oceans (`central asia`, `middle east`, `persian gulf`). */
export const WORLD_REGIONS: ReadonlySet<string> = new Set(
  [
    // M49 continents and regions.
    'africa|northern africa|north africa|sub-saharan africa|eastern africa|east africa|middle africa|central africa',
    'southern africa|western africa|west africa|americas|latin america|caribbean|central america|south america',
    'northern america|north america|asia|central asia|eastern asia|east asia|south-eastern asia|southeast asia',
    'southern asia|south asia|western asia|europe|eastern europe|northern europe|southern europe|western europe',
    'oceania|australia and new zealand|melanesia|micronesia|polynesia|antarctica|eurasia',
    // Regional bureaus' regions and geopolitical regions.
    'near east|middle east|mideast|western hemisphere|east asia and pacific|balkans|western balkans|caucasus',
    'south caucasus|north caucasus|horn of africa|sahel|maghreb|levant|gulf|scandinavia|baltics|indochina',
    'south and central asia|transcaucasus',
    // IHO S-23 oceans and seas.
    'atlantic ocean|pacific ocean|indian ocean|arctic ocean|southern ocean|mediterranean|mediterranean sea',
    'black sea|caspian sea|red sea|arabian sea|persian gulf|arabian gulf|gulf of aden|gulf of oman|baltic sea',
    'north sea|aegean sea|adriatic sea|south china sea|east china sea|sea of japan|yellow sea|caribbean sea',
    'gulf of mexico|strait of hormuz|bay of bengal|sea of azov|aral sea|dead sea|sea of marmara',
    'atlantic|pacific|arctic|antarctic',
    // ISO 3166-2:GB countries.
    'england|scotland|wales|northern ireland',
    // ISO 3166-3 former countries.
    'soviet union|union of soviet socialist republics|ussr|yugoslavia|czechoslovakia|east germany|west germany',
    'german democratic republic|federal republic of germany|gdr|frg|zaire|rhodesia|southern rhodesia',
    'south vietnam|north vietnam|dahomey|upper volta|ceylon|east pakistan|netherlands antilles|serbia and montenegro',
  ]
    .join('|')
    .split('|'),
);
