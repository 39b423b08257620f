/**
 * Names in one list are of one kind: an untyped name joined by a comma or `and`/`or` to a typed
 * place or organization takes its kind, and so does one in the list of people a title in the plural
 * opens, or a word of a surname's shape joined by `and` or `or` alone to a person (`Ozkok and Erdogan`; not one
 * a place's cue marks, `from Derna and Benghazi`); a surname of a person the text names is not spread to.
 *
 * ```
 * in Khyber, Kurram and Peshawar     → Peshawar is a place (lexicon), so are Khyber and Kurram
 * Deputy Secretaries Kellam, Norbury and Vosk → Kellam has the title: Norbury and Vosk are people too
 * ```
 */
import type { Refiner } from '../../pipeline.js';
import { type EntityContext, type FoundEntity, isWhiteSpace, nameAt } from '../found.js';
import { maySurnameAlone } from '../context-words.js';
import { isPluralTitleHead, placeWeight } from '../lexicon.js';

/** True for a title whose head is in the plural (`Deputy Secretaries`, `Foreign Ministers`). */
const isPluralTitle = (title: string | null) => isPluralTitleHead(title?.split(/\s+/).at(-1) ?? '');

const JOINT = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
/** True for the code of a comma or a white-space character. */
const opensJoint = (code: number) => code === 44 || isWhiteSpace(code);

/** `and` or `or` alone between two names: no comma, which may close a clause that opens a sentence (`On X, Y said`). */
const COORDINATION = /^\s+(?:and|or)\s+$/;

/** Spreads a place's or organization's kind along the list it stands in. */
export const listsRefiner: Refiner<EntityContext, FoundEntity> = {
  refine(context, found) {
    const sorted = found.sort((a, b) => a.start - b.start);
    // What joins two names opens with a comma or white space: only then is the regexp asked.
    const joined = (a: FoundEntity, b: FoundEntity) =>
      a.end < b.start && opensJoint(context.text.charCodeAt(a.end)) && JOINT.test(context.text.slice(a.end, b.start));
    // A person's surname named in this text or before is no list's place (`in Libya, Berlusconi expressed`), unless
    // it is a country's, a capital's or a region's name.
    const surnames = new Set<string>();
    for (const entity of sorted)
      if (entity.kind === 'person')
        surnames.add(nameAt(context.text, entity.start, entity.end).split(' ').at(-1) as string);
    const isSurname = (entity: FoundEntity) => {
      const name = nameAt(context.text, entity.start, entity.end);
      return (surnames.has(name) || context.people.has(name)) && placeWeight(name) < 2;
    };
    const coordinated = (a: FoundEntity, b: FoundEntity) =>
      COORDINATION.test(context.text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
    const maySurnameAt = (entity: FoundEntity) =>
      maySurnameAlone(context, nameAt(context.text, entity.start, entity.end));
    const spread = (from: FoundEntity, to: FoundEntity) => {
      if (to.kind || to.title || isSurname(to)) return;
      if (from.kind === 'place' || from.kind === 'organization') to.kind = from.kind;
      else if (from.kind === 'person' && isPluralTitle(from.title)) {
        to.kind = 'person';
        to.title = from.title;
      } else if (from.kind === 'person' && !to.placeByCue && coordinated(from, to) && maySurnameAt(to))
        to.kind = 'person';
    };
    for (let k = 1; k < sorted.length; k++)
      if (joined(sorted[k - 1] as FoundEntity, sorted[k] as FoundEntity))
        spread(sorted[k - 1] as FoundEntity, sorted[k] as FoundEntity);
    for (let k = sorted.length - 2; k >= 0; k--)
      if (joined(sorted[k] as FoundEntity, sorted[k + 1] as FoundEntity))
        spread(sorted[k + 1] as FoundEntity, sorted[k] as FoundEntity);
    return sorted;
  },
};
