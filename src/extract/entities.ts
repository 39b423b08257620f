/**
 * `extractEntities`: people, organizations, places, operations and programs. No model can be
 * loaded here, so the extractor reads names the way an analyst does: capitalized phrases (in
 * mixed-case text), a gazetteer of places, organization head words, titles before people's
 * names, acronyms defined in the text (`the Procurator General's Office (PGO)`: later `PGO` is the
 * same organization) or known, operation names (`Operation Eastern Safari`, `Barrier-2007`) and
 * quoted programs (`"Astana - Drug Free City" program`).
 *
 * ```
 * Vice Minister of Internal Affairs Kalmukhanbet Kassymov   → person (title kept apart)
 * the Ministry of Internal Affairs (MVD) ... the MVD         → organization, its acronym, then the acronym
 * Kokshetau (Akmolinskaya oblast)                            → place, place
 * ```
 */
import type { Position } from '../position.js';
import { positionsIn } from './positions.js';
import {
  KNOWN_ACRONYMS,
  KNOWN_PEOPLE,
  ORGANIZATION_HEADS,
  PLACE_PHRASES,
  PLACES,
  TITLES,
} from '../tables/gazetteer.js';
import type { Entity } from './schema.js';

/** Options of {@link extractEntities}. */
export interface EntityOptions {
  /** Added to every offset (where `text` starts in a larger input). */
  offset?: number;
  /** Positions for offsets (default: line and column within `text`). */
  position?: (start: number, end: number) => Position;
  /** Acronyms defined earlier in the same cable, and what they stand for (updated as new ones are read). */
  acronyms?: Map<string, { kind: Entity['kind']; expansion: string }>;
  /** Surnames of people already named in the same cable (a later bare surname is the same person). */
  people?: Set<string>;
}

// Connectors allowed inside a capitalized name: `Committee on Combating Drugs`, `Procurator General's Office`.
const CONNECTOR = '(?:of|on|for|and|the|de|du|al|el|bin|von|van|der|to|in)';
const WORD =
  "(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)(?:(?:[A-Z]\\.){2,}|[A-Z][a-z]+(?:[-'][A-Za-z]+)*(?:'s)?|[A-Z]{2,}(?:-[A-Z]+)?|[A-Z]\\.)";
// A mixed-case name: capitalized words, connectors inside, maybe an acronym in parentheses after it.
const NAME = new RegExp(
  `${WORD}(?:\\s+(?:${CONNECTOR}\\s+)*${WORD})*(?:\\s*\\((?<acronym>[A-Z][A-Z0-9&]{1,7}s?)\\))?`,
  'g',
);

// Words that open sentences and are never part of a name.
const FUNCTION_WORDS = new Set(
  'The A An In On At For From To Of And But Or If As By With During After Before Since While When Where Although Because This That These Those It Its He She They We Our Their His Her There Here Total Currently However Furthermore Also Due According Such Both All Many Most Some Other Another Each Every Access Implementation'.split(
    ' ',
  ),
);
// Words that are capitalized for other reasons and name nothing alone.
const COMMON = new Set(
  'The A An In On At For From To Of And But Or If As By With During After Before Since While When Where Although Because This That These Those It Its He She They We Our Their His Her There Here Total Currently However Furthermore Also Due According In Drug Drugs Local Such One Two Three Four Five Six Seven Eight Nine Ten Embassy Post Department Government Ministry President Minister Comment Summary Summary: End Begin Note Action Request Reftel Ref Subject Tags Para Paragraphs Paragraph Mission Chairman Ambassador Colonel General Sergeant Master Official Vice Deputy Statistics Interagency Both All Many Most Some Other Another Each Every Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);

// Capitals words that follow a title without being a name (`GENERAL STAFF`, `MINISTER OF`).
const COMMON_CAPS = new Set(
  'OF THE AND FOR TO IN ON AT BY STAFF SAID HAS HAD WAS IS WILL WOULD THAT WHO ALSO'.split(' '),
);
const isVerb = (word: string) => /(?:ED|ING)$/.test(word);

const TITLE_PATTERN = new RegExp(
  `(?:^|\\s)(${[...TITLES]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.]/g, '\\.').replace(/ /g, '\\s+'))
    .join('|')})\\s+$`,
  'i',
);

function placeKind(name: string): boolean {
  const lower = name.replace(/\s+/g, ' ').toLowerCase();
  if (PLACES.has(lower)) return true;
  if (PLACE_PHRASES.some((p) => p.toLowerCase() === lower)) return true;
  // `Akmolinskaya oblast`, `Bajaur Agency`, `Mamund Valley`: a proper name and a place word.
  const [first = '', ...rest] = lower.split(' ');
  return (
    rest.length > 0 &&
    /^(?:oblast|province|district|region|valley|agency|governorate|prefecture)$/.test(rest.at(-1) as string) &&
    !ORGANIZATION_HEADS.has(first) &&
    !/^(?:a|an|the|this|that|any|each|every|access|to)$/.test(first)
  );
}

function isOrganization(name: string): boolean {
  return name.split(/\s+/).some((word) => ORGANIZATION_HEADS.has(word.toLowerCase().replace(/'s$/, '')));
}

/**
 * The named entities of a text, in order.
 *
 * @example
 * extractEntities('the Ministry of Internal Affairs (MVD) stated')[0] // { kind: 'organization', text: 'Ministry of Internal Affairs', acronym: 'MVD', ... }
 */
export function extractEntities(text: string, options: EntityOptions = {}): Entity[] {
  const base = options.offset ?? 0;
  const position = positionsIn(text, base, options.position);
  const acronyms = options.acronyms ?? new Map<string, { kind: Entity['kind']; expansion: string }>();
  const people = options.people ?? new Set<string>();
  const found: Entity[] = [];
  const push = (
    start: number,
    end: number,
    kind: Entity['kind'],
    extra: Partial<Pick<Entity, 'title' | 'acronym' | 'expansion'>> = {},
  ) => {
    if (found.some((e) => e.position.start.offset < base + end && base + start < e.position.end.offset)) return;
    found.push({
      type: 'entity',
      text: text.slice(start, end),
      position: position(base + start, base + end),
      kind,
      title: extra.title ?? null,
      acronym: extra.acronym ?? null,
      expansion: extra.expansion ?? null,
    });
  };
  const mixedCase = /[a-z]{3,}/.test(text);

  // Operations and programs first: their names hold words the other readers would take apart.
  for (const m of text.matchAll(
    /\bOperation\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?|\b[A-Z][A-Za-z]+-(?:19|20)\d\d\b(?=\s+\(|\s+(?:[a-z]+\s+)?operation)/g,
  ))
    push(m.index, m.index + m[0].length, 'operation');
  for (const m of text.matchAll(/"([A-Z][^"\n]{2,60})"\s+(?:program|programme|campaign|initiative)/g))
    push(m.index + 1, m.index + 1 + (m[1] as string).length, 'program');

  if (mixedCase) {
    for (const m of text.matchAll(NAME)) {
      let start = m.index;
      let name = m[0];
      const acronym = m.groups?.acronym ?? null;
      if (acronym) name = name.slice(0, name.lastIndexOf('(')).trimEnd();
      // A title opening the phrase (`Vice Minister of Internal Affairs Kalmukhanbet Kassymov`): the
      // person is the last two words, the rest the title.
      const tokens = [...name.matchAll(/\S+/g)];
      const opening =
        !acronym &&
        tokens.length >= 3 &&
        (TITLE_PATTERN.test(`${tokens[0]?.[0]} `) || TITLE_PATTERN.test(`${tokens[0]?.[0]} ${tokens[1]?.[0]} `));
      const lastTwo = tokens.slice(-2);
      if (
        opening &&
        lastTwo.every(
          (t) =>
            /^[A-Z][a-z]/.test(t[0]) &&
            !COMMON.has(t[0]) &&
            !ORGANIZATION_HEADS.has(t[0].toLowerCase()) &&
            !placeKind(t[0]),
        )
      ) {
        const personStart = start + (lastTwo[0]?.index ?? 0);
        const personEnd = start + name.replace(/'s$/, '').length;
        push(personStart, personEnd, 'person', { title: text.slice(start, personStart).trim() });
        people.add((lastTwo[1]?.[0] ?? '').replace(/'s$/, ''));
        continue;
      }
      // Leading sentence words and titles are not part of the name.
      let words = name.split(/(\s+)/);
      while (
        words.length > 1 &&
        (FUNCTION_WORDS.has(words[0] as string) ||
          /^(?:of|on|for|and|the|to|in|at|by|with|de|du|al|el|bin|von|van|der)$/.test(words[0] as string))
      ) {
        start += (words[0] as string).length + (words[1] as string).length;
        words = words.slice(2);
      }
      // A title after the name (`Angela Merkel Chancellor on October 28`) is not part of it.
      while (words.length > 2 && TITLE_PATTERN.test(` ${(words.at(-1) as string).toLowerCase()} `))
        words = words.slice(0, -2);
      name = words.join('');
      if (!name || COMMON.has(name) || FUNCTION_WORDS.has(name) || /^[A-Z]\.$/.test(name)) continue;
      const end = start + name.replace(/'s$/, '').length;
      name = name.replace(/'s$/, '');
      const before = text.slice(Math.max(0, start - 60), start);
      const title = TITLE_PATTERN.exec(before)?.[1] ?? null;
      if (acronym) {
        const kind = placeKind(name) ? 'place' : 'organization';
        push(start, end, kind, { acronym });
        acronyms.set(acronym, { kind, expansion: name });
        continue;
      }
      if (/^(?:[A-Z]{2,}|(?:[A-Z]\.){2,})$/.test(name)) {
        const known =
          acronyms.get(name) ??
          (KNOWN_ACRONYMS[name] ? { kind: KNOWN_ACRONYMS[name] as Entity['kind'], expansion: null } : null);
        if (known) push(start, end, known.kind, { expansion: known.expansion ?? null });
        else if (placeKind(name)) push(start, end, 'place');
        continue;
      }
      if (PLACES.has(name.replace(/\s+/g, ' ').toLowerCase()) || PLACE_PHRASES.includes(name.replace(/\s+/g, ' ')))
        push(start, end, 'place');
      else if (placeKind(name)) push(start, end, 'place');
      else if (isOrganization(name)) push(start, end, 'organization');
      else if (
        title ||
        people.has(name.split(/\s+/).at(-1) as string) ||
        /^[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/.test(name)
      ) {
        push(start, end, 'person', { title });
        people.add(name.split(/\s+/).at(-1) as string);
      } else if (/\s(?:of|and|to|in|for|on)\s/.test(name)) {
        // `Uzbekistan to Kazakhstan`, `Sacyr of Spain`: the parts, each read alone.
        for (const part of name.matchAll(/[^\s](?:(?!\s(?:of|and|to|in|for|on)\s).)*/gs)) {
          const partName = part[0].trim();
          const partStart = start + (part.index as number);
          const lower = partName.replace(/\s+/g, ' ').toLowerCase();
          if (KNOWN_ACRONYMS[partName])
            push(partStart, partStart + partName.length, KNOWN_ACRONYMS[partName] as Entity['kind']);
          else if (PLACES.has(lower) || PLACE_PHRASES.some((p) => p.toLowerCase() === lower))
            push(partStart, partStart + partName.length, 'place');
        }
      }
    }
  } else {
    // All capitals: only what the gazetteer, known acronyms, titles and earlier names say, word by word.
    const words = [...text.matchAll(/[A-Z][A-Z.'-]*[A-Z.]|[A-Z]/g)];
    for (let k = 0; k < words.length; k++) {
      const word = words[k] as RegExpMatchArray;
      const start = word.index as number;
      const next = words[k + 1];
      const pair =
        next && /^\s+$/.test(text.slice(start + word[0].length, next.index))
          ? text.slice(start, (next.index as number) + next[0].length)
          : null;
      if (pair && placeKind(pair.replace(/\s+/g, ' '))) {
        push(start, start + pair.length, 'place');
        k++;
        continue;
      }
      const name = /^(?:[A-Z]\.)+$/.test(word[0]) ? word[0] : word[0].replace(/'S$/, '').replace(/\.+$/, '');
      const end = start + name.length;
      const known =
        acronyms.get(name) ??
        (KNOWN_ACRONYMS[name] ? { kind: KNOWN_ACRONYMS[name] as Entity['kind'], expansion: null } : null);
      if (known) push(start, end, known.kind, { expansion: known.expansion ?? null });
      else if (placeKind(name)) push(start, end, 'place');
      else if (people.has(name) || KNOWN_PEOPLE.has(name)) push(start, end, 'person');
      else {
        const title = TITLE_PATTERN.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? null;
        if (title && name.length > 2 && !COMMON_CAPS.has(name) && !isVerb(name)) {
          push(start, end, 'person', { title });
          people.add(name);
        }
      }
    }
  }
  return found.sort((a, b) => a.position.start.offset - b.position.start.offset);
}
