/**
 * Input generators for the property tests and `npm run fuzz`: arbitrary strings, cable-like line
 * soups built from the grammar's keywords, and mutations of real cables (the bundled seed, and
 * ../shared/corpus when it is there): truncation, deleted / duplicated / swapped lines, flipped
 * case, control characters, NUL bytes, lone surrogates, CRLF and CR line ends, very long lines,
 * and a page marker or `REF:` dropped in anywhere; and cables.csv archives as models (rows of any
 * field text and line ends, a header row, places to cut), for the splitter's properties.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { ROOT, SHARED } from '../helpers.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(txt|md|html)$/.test(name) ? [path] : [];
  });
}

const corpusFiles = existsSync(join(SHARED, 'corpus')) ? files(join(SHARED, 'corpus')) : [];

/**
 * The real cables mutations start from: the seed, the plain-text files of ../shared/corpus and a sample of its
 * Cablegate pages.
 */
export const REAL_TEXTS: readonly string[] = [
  readFileSync(join(ROOT, 'fixtures/seed/08ASTANA358.txt'), 'utf8'),
  ...corpusFiles.filter((f) => !f.endsWith('.html')).map((f) => readFileSync(f, 'utf8')),
  ...corpusFiles
    .filter((f) => f.endsWith('.html'))
    .filter((_f, k) => k % 10 === 0)
    .map((f) => readFileSync(f, 'utf8')),
];

/** Any string: any UTF-16 code units, lone surrogates included. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ maxLength: 400 }),
);

const TOKENS = [
  'VZCZCXRO3532',
  'RR RUEHAST RUEHBI',
  'DE RUEHTA #0358/01 0520951',
  'ZNR UUUUU ZZH',
  'R 210951Z FEB 08',
  'R 991299Z XXX 08',
  'FM AMEMBASSY ASTANA',
  'TO RUEHC/SECSTATE WASHDC 1822',
  'INFO',
  'XMT',
  'BT',
  'NNNN',
  '#0358',
  'UNCLAS',
  'SECTION 01 OF 02',
  'C O N F I D E N T I A L',
  'SECRET//NOFORN',
  'SIPDIS',
  'STATE FOR',
  'E.O. 12958:',
  'DECL: 13/45/2018',
  'TAGS:',
  'TAGS',
  'OVIP',
  '(RICE, CONDOLEEZZA)',
  'SUBJECT:',
  'SUBJ',
  'REF:',
  'A.',
  'B)',
  '(C)',
  '[D]',
  '07 ASTANA 1234',
  'STATE',
  'Classified By:',
  'for reasons 1.4 (b) and (d)',
  '1.',
  '16.',
  '¶10.',
  '(SBU)',
  '-----',
  '--- TITLE ---',
  'BEGIN SUMMARY',
  'END SUMMARY.',
  'ASTANA 00000358 001.2 OF 002',
  'PAGE 02 VATICA 01261 061419Z',
  'TO PAGE 02 STATE 015113 182333Z',
  'ORDWAY',
  'INFO LOG-00 MFA-00',
  '[SNAR](#)',
  '\\$240,000',
  ',',
  ';',
  ':',
  '(',
  ')',
  '¶',
  '\u0000',
  '\ud800',
  '\u00a0',
  '\t',
  'the text goes on',
  'KAZAKHSTAN',
];

/** Cable-like text: lines of grammar keywords, fragments and noise. */
export const cableSoup: fc.Arbitrary<string> = fc
  .array(
    fc
      .array(
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
          { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
        ),
        { maxLength: 8 },
      )
      .map((words) => words.join(' ')),
    { maxLength: 40 },
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r', '\n\n').map((eol) => lines.join(eol)));

type Mutation = (text: string) => string;

const lineAt = (text: string, k: number) => {
  const lines = text.split('\n');
  return { lines, k: lines.length ? k % lines.length : 0 };
};

/** One mutation of a text, positions drawn as fractions so that they fit any length. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map(
    (f): Mutation =>
      (t) =>
        t.slice(0, Math.floor(t.length * f)),
  ),
  fc.nat().map(
    (k): Mutation =>
      (t) => {
        const { lines, k: i } = lineAt(t, k);
        lines.splice(i, 1);
        return lines.join('\n');
      },
  ),
  fc.nat().map(
    (k): Mutation =>
      (t) => {
        const { lines, k: i } = lineAt(t, k);
        lines.splice(i, 0, lines[i] ?? '');
        return lines.join('\n');
      },
  ),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([a, b]): Mutation =>
      (t) => {
        const lines = t.split('\n');
        const i = a % lines.length;
        const j = b % lines.length;
        [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
        return lines.join('\n');
      },
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(2000)).map(
    ([f, n]): Mutation =>
      (t) => {
        const at = Math.floor(t.length * f);
        const part = t.slice(at, at + n);
        const flipped = [...part].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
        return t.slice(0, at) + flipped + t.slice(at + n);
      },
  ),
  fc
    .tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constantFrom(
        '\u0000',
        '\u0001',
        '\u0007',
        '\u001b',
        '\u007f',
        '\ud800',
        '\udfff',
        '\ufeff',
        '\ufffd',
        '\u2028',
      ),
    )
    .map(
      ([f, c]): Mutation =>
        (t) => {
          const at = Math.floor(t.length * f);
          return t.slice(0, at) + c + t.slice(at);
        },
    ),
  fc.constantFrom<Mutation>(
    (t) => t.replace(/\n/g, '\r\n'),
    (t) => t.replace(/\n/g, '\r'),
    (t) => t.replace(/\n/g, ' '),
  ),
  fc
    .tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constantFrom('A', 'X ', 'A. ', ',', '1. ', '-'),
      fc.integer({ min: 1000, max: 50000 }),
    )
    .map(
      ([f, unit, n]): Mutation =>
        (t) => {
          const at = Math.floor(t.length * f);
          return `${t.slice(0, at)}\n${unit.repeat(Math.ceil(n / unit.length))}\n${t.slice(at)}`;
        },
    ),
  fc
    .tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constantFrom(
        'ASTANA 00000358 002.2 OF 002',
        'PAGE 02 VATICA 01261 061419Z',
        'REF:',
        'REF: A. STATE 12345',
        'TAGS:',
        'SUBJECT:',
      ),
    )
    .map(
      ([f, line]): Mutation =>
        (t) => {
          const at = Math.floor(t.length * f);
          return `${t.slice(0, at)}\n${line}\n${t.slice(at)}`;
        },
    ),
);

/** A real cable with one to four mutations applied. */
export const mutatedCable: fc.Arbitrary<string> = fc
  .tuple(fc.nat(REAL_TEXTS.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([k, mutations]) => mutations.reduce((text, mutate) => mutate(text), REAL_TEXTS[k] as string));

/** A field as cables.csv writes it: quoted, backslashes and quotes escaped with a backslash. */
const csvQuoted = (value: string) => `"${value.replace(/[\\"]/g, '\\$&')}"`;

/** A cables.csv row of our own (no line end): row `n`, the archive's fields, the header and content given. */
export const csvRow = (n: number, header: string, content: string): string =>
  [String(n), '2/21/2008 9:51', `08ASTANA${1000 + n}`, 'Embassy Astana', 'UNCLASSIFIED', '', header, content]
    .map(csvQuoted)
    .join(',');

/**
 * What a cables.csv field may hold: text with the characters the dialect turns on (quotes, backslashes, commas,
 * every line end, a NUL); no line of it opens like a row (it has no `/`).
 */
export const csvFieldText: fc.Arbitrary<string> = fc
  .array(fc.constantFrom('A', 'b', '1', ' ', ',', '"', '\\', '\n', '\r\n', '\r', '""', '\\"', 'x\u00e9', '\u0000'), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''));

/** A cables.csv as a model: maybe a header row, rows with their fields and line ends, places to cut it in pieces. */
export const csvArchive = fc.record({
  header: fc.boolean(),
  rows: fc.array(
    fc.record({ header: csvFieldText, content: csvFieldText, end: fc.constantFrom('\n', '\r\n', '\r', '\n\n') }),
    { maxLength: 12 },
  ),
  cuts: fc.array(fc.nat(), { maxLength: 6 }),
});

/** The text of a {@link csvArchive} model, as the file holds it. */
export function csvArchiveText(model: {
  header: boolean;
  rows: Array<{ header: string; content: string; end: string }>;
}) {
  return (
    (model.header ? 'id,date,refid,origin,classification,references,header,content\n' : '') +
    model.rows.map((r, k) => csvRow(k + 1, r.header, r.content) + r.end).join('')
  );
}
