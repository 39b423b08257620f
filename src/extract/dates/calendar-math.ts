/**
 * Calendar arithmetic for the date readers: ISO strings, valid days, shifts, and the year a
 * year-less date takes, leaning by the tense of its sentence as the gold conventions say: the
 * previous occurrence for reported events, the next where the text plans or schedules.
 */
import { DTG_MONTH_PATTERN, MONTH_NAMES, monthIndex } from '../../tables/calendar.js';
import { sentenceAround } from '../pipeline.js';

/** The month names as texts write them, lower case: full, three letters, `sept`. */
export const MONTH_WORDS: readonly string[] = [
  ...MONTH_NAMES.map((name) => name.toLowerCase()),
  ...MONTH_NAMES.map((name) => name.slice(0, 3).toLowerCase()),
  'sept',
];
/** Words of counted periods, singular and plural. */
export const PERIOD_WORDS: readonly string[] = [
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'decade',
  'decades',
  'hour',
  'hours',
];

const pad = (n: number) => String(n).padStart(2, '0');
/** `2008-02-21` for year, 0-based month, day. */
export const iso = (y: number, m: number, d: number): string => `${y}-${pad(m + 1)}-${pad(d)}`;
/** `2008-02` for year and 0-based month. */
export const isoMonth = (y: number, m: number): string => `${y}-${pad(m + 1)}`;
/** `T09:30` for hour and minute. */
export const isoTime = (hour: number, minute: number | null): string =>
  `T${pad(hour)}${minute === null ? '' : `:${pad(minute)}`}`;
/** True when year, 0-based month and day make a real date. */
export function valid(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m, d));
  return m >= 0 && m < 12 && date.getUTCMonth() === m && date.getUTCDate() === d;
}
/** The ISO day `shift` days from `reference`. */
export const dayOf = (reference: Date, shift: number): string =>
  new Date(reference.getTime() + shift * 86400000).toISOString().slice(0, 10);
/** Monday 0 ... Sunday 6 of a date. */
export const weekdayOf = (date: Date): number => (date.getUTCDay() + 6) % 7;
/** The 0-based month of a month name (`March`, `MAR`, `Sept.`). */
export const monthOf = (name: string): number => monthIndex(name);

// Modals and the words of schedules and preparations (`slated for`, `due to`, `ahead of the March elections`).
const FUTURE = new RegExp(
  String.raw`\b(?:will|shall|would|could|might|should|plans?\s+to|planned|planning|scheduled|slated|expected\s+to|` +
    String.raw`expects?|intends?|upcoming|forthcoming|going\s+to|hopes?|aims?\s+to|next|coming|propose[sd]?|` +
    String.raw`is\s+to|are\s+to|due\s+(?:in|on|for|by)|set\s+(?:for|to)|ahead\s+of|` +
    String.raw`in\s+advance\s+of|in\s+preparation\s+for|prior\s+to)\b|'ll\b`,
  'gi',
);
// Past forms: a word in `-ed` (not `United`, of the names of states) and the common irregular ones that are also
// participles (`left`, `made`, `held`, `met`), but not as participles after `be` or `have` (`are planned for May`,
// `will be held on May 3`, `has made`); and the irregular forms that are only past (`went`, `gave`, `began`: the
// English irregular verbs' table of any grammar).
const PAST = new RegExp(
  String.raw`\b(?:was|were|had|did|took\s+place|ago|last|earlier|previously|since` +
    String.raw`|(?<!\b(?:is|are|am|be|been|being|has|have)\s+(?:\w+\s+)?)(?:(?!united\b)\w{3,}ed|left|made|sent` +
    '|said|met|held|told|kept|lost|paid|led|found|felt|brought|sought|thought|won|fled)' +
    String.raw`|went|came|gave|saw|began|spoke|took|became|wrote|flew|fell|rose|grew|chose|broke|ran|knew)\b`,
  'gi',
);
const DEADLINE = /\b(?:by|before|until|till|no\s+later\s+than)\s+$/i;

/** The distance from `at` to the nearest match of `cues` in `sentence` (which starts at `from`), or Infinity. */
function nearest(cues: RegExp, sentence: string, from: number, at: number): number {
  let best = Number.POSITIVE_INFINITY;
  cues.lastIndex = 0;
  for (let m = cues.exec(sentence); m; m = cues.exec(sentence)) best = Math.min(best, Math.abs(from + m.index - at));
  return best;
}

/** The tense of a clause: what is to come, what was, or neither. */
export type Tense = 'future' | 'past' | null;

/**
 * Whether the clause around `at` speaks of what is to come (`will`, `scheduled`, a deadline
 * `by X`), of what was (`met`, `was`, `-ed`), or neither: the nearer cue decides.
 */
export function tenseAt(text: string, at: number): Tense {
  if (DEADLINE.test(text.slice(Math.max(0, at - 20), at))) return 'future';
  const { sentence, from } = sentenceAround(text, at);
  const future = nearest(FUTURE, sentence, from, at);
  const past = nearest(PAST, sentence, from, at);
  if (future === past) return null;
  return future < past ? 'future' : 'past';
}

/** How far (days) a tense may move a year-less date from the nearest occurrence. */
const LEAN_DAYS = 270;

/** One occurrence of a yearly date: its year and its first and last days (UTC midnights, milliseconds). */
export interface Occurrence {
  y: number;
  first: number;
  last: number;
}

/**
 * Of a yearly date's occurrences (in order), the one a year-less mention names: the nearest the reference date,
 * leaning back for a clause in the past and forward for one that plans, to one that starts within nine months.
 */
export function occurrenceFor<T extends Occurrence>(reference: Date, candidates: readonly T[], tense: Tense): T | null {
  const time = reference.getTime();
  const reach = LEAN_DAYS * 86400000;
  if (tense === 'past') {
    const past = candidates.filter((c) => c.first <= time && time - c.first < reach).at(-1);
    if (past) return past;
  } else if (tense === 'future') {
    const next = candidates.find((c) => c.last >= time && c.first - time < reach);
    if (next) return next;
  }
  let best: T | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const away = time < c.first ? c.first - time : time > c.last ? time - c.last : 0;
    if (away < distance) {
      best = c;
      distance = away;
    }
  }
  return best;
}

/**
 * The year of a year-less month and day (`day` null: the whole month): its occurrence nearest the reference date
 * ({@link occurrenceFor}: `December 12` in February 2008: 2007; `will meet on March 3`: 2008).
 */
export function yearFor(reference: Date, month: number, day: number | null, tense: Tense): number {
  const year = reference.getUTCFullYear();
  const candidates = [year - 1, year, year + 1].map((y) => ({
    y,
    first: Date.UTC(y, month, day ?? 1),
    last: day === null ? Date.UTC(y, month + 1, 0) : Date.UTC(y, month, day),
  }));
  return occurrenceFor(reference, candidates, tense)?.y ?? year;
}

/**
 * The year two digits name (`08`, `75`): of the century that puts it nearest the reference year, or, with no
 * reference date, 1950-2049.
 */
export function yearOfTwoDigits(digits: string, reference: Date | null): number {
  const yy = Number(digits);
  if (!reference) return yy < 50 ? 2000 + yy : 1900 + yy;
  const now = reference.getUTCFullYear();
  const year = now - (now % 100) + yy;
  return year - now > 50 ? year - 100 : now - year > 50 ? year + 100 : year;
}

const DTG_MONTH = new RegExp(`^${DTG_MONTH_PATTERN}$`);

/**
 * The year of a month's three-letter abbreviation in capitals and two digits after it, as a DTG writes a month of a
 * year (`NLT DEC 08`, `JUL 75`); null where the digits are the month's day. The digits are a year where no day is
 * so written: past 31, with a leading zero, or the reference year itself (`MAR 08` in a 2008 cable, `MAR 12` in a
 * 1975 one is March 12).
 */
export function monthYearOfDigits(month: string, digits: string, reference: Date | null): number | null {
  if (!DTG_MONTH.test(month) || digits.length !== 2) return null;
  const year = yearOfTwoDigits(digits, reference);
  if (Number(digits) > 31 || digits.startsWith('0')) return year;
  return reference && Math.abs(reference.getUTCFullYear() - year) <= 1 ? year : null;
}
