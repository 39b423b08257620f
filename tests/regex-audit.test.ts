/**
 * The ReDoS audit: every regexp of `src/` (tests/regex-sites.ts finds them) is checked with recheck, a ReDoS checker
 * that proves a regexp linear (automata) or looks for an input that makes it superlinear (fuzzing). Its verdicts are
 * stored in fixtures/regex-audit.json, one per regexp (its source and flags as they are in src/).
 *
 * Always (`npm test`, CI): every regexp of src/ has a stored verdict for its very source and flags, and the verdict
 * is safe, or ALLOWED lists the regexp with the reason it is linear where it runs and a counted test. A new or
 * changed regexp fails until the checker has run on it, and a verdict of a regexp no longer in src/ fails too.
 *
 * The audit itself runs the checker, which is too slow for CI (recheck's pure JavaScript checker with no time
 * limits, so that its verdict is the same on any machine: the whole audit took 29 minutes on this shared 2-core
 * machine, most of it on the long alternations of the extractors):
 *   REGEX_AUDIT=1 npx vitest run tests/regex-audit.test.ts     checks the regexps with no stored verdict (new or
 *                                                              changed ones), stores their verdicts, drops stale ones
 *   REGEX_AUDIT=all npx vitest run tests/regex-audit.test.ts   checks every regexp again and rewrites the file
 * then the checks above run on the verdicts stored. Each verdict is written as it comes, so an interrupted run keeps
 * what it reached; review the file's diff before committing it.
 *
 * Nothing is timed: an allowed regexp's test pumps the checker's attack (or its own) 1,000 and 4,000 times into a
 * cable where the rule reads, and counts: the text each call is handed (at most the entry's bound, so each call costs
 * at most a bound's square) or the characters the calls walk (tests/regex-work.ts), growing at most linearly.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Diagnostics, checkSync } from 'recheck';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT } from './helpers.js';
import { recordExec, walked } from './regex-work.js';
import { type RegexSite, builtSites, literalSites, sourceFiles } from './regex-sites.js';

/** A regexp the checker does not call safe that is linear where it runs, and why. */
interface Allowed {
  /** The file it is written in. */
  file: string;
  /** How its source starts (built ones are long). */
  starts: string;
  /** Why it is linear in practice. */
  reason: string;
  /** A cable that hands `attack` to the rule that runs the regexp. */
  cable: (attack: string) => string;
  /** The attack pumped `n` times, where the checker gives none (the checker's attack otherwise). */
  attack?: (n: number) => string;
  /** The longest text the rule hands it, whatever the cable's length; else the characters walked are counted. */
  bound?: number;
}

const ALLOWED: Allowed[] = [];

/** recheck's parameters for a regexp, where the defaults below do not let it finish. */
const PARAMETERS_FOR: Array<{ file: string; starts: string; why: string; parameters: Record<string, unknown> }> = [
  {
    file: 'src/grammar/references.ts',
    starts: '(?<![A-Za-z0-9])(?:(?<year>',
    why:
      'the static seeder builds automata of four words of up to 40 characters: it ran out of a 4 GB heap after ' +
      '45 minutes; the dynamic seeder finishes in seconds',
    parameters: { seeder: 'dynamic' },
  },
];

// recheck's pure JavaScript checker, in this process: its native agent (the default where its binary is installed)
// took 18 GB of memory on one of these regexps with no time limit.
process.env.RECHECK_SYNC_BACKEND = 'pure';

/** The checker's parameters: no time limits, so that the verdict does not depend on the machine's load. */
const PARAMETERS = {
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  // No recall validation (it runs the attack on the real engine, against a clock).
  recallTimeout: -1,
} as const;

/** A `RegExp(...)` call that building every module and reading the sample cables does not reach, and why. */
const UNREACHED: Record<string, string> = {};

/** A few cables in each rendering, so that regexps built while reading are caught too. */
const SAMPLES = [
  'SUBJECT: X\nREF: A. STATE 12345\nTAGS: PREL, PGOV\n\n1. (C) On March 3 the minister said 5 percent.\n\nJONES',
  '[SUBJECT](#x): X\\_Y\n\n1. Text.',
  "<table class='cable'><tr><td>08ASTANA358</td></tr></table><pre>SUBJECT: X\n\n1. Text.</pre>",
];

/** Where the extractors make the sticky copy of a global regexp. */
const STICKY_COPIES = 'src/extract/anchors.ts:';

/** One stored verdict: the checker's, cut to what the tests read. */
interface Verdict {
  /** The regexp, `/source/flags`. */
  regexp: string;
  /** Where it is written (the first place, where several write the same regexp). */
  site: string;
  status: 'safe' | 'vulnerable' | 'unknown';
  checker: string | null;
  /** `linear`, `safe`, `2nd degree polynomial`..., or the error of an unknown verdict. */
  complexity: string;
  /** A vulnerable one's attack: each pump's prefix and pump, then the suffix. */
  attack?: { pumps: Array<{ prefix: string; pump: string }>; suffix: string };
}

const STORE = join(ROOT, 'fixtures/regex-audit.json');
const AUDIT = process.env.REGEX_AUDIT ?? '';

const key = (site: { source: string; flags: string }) => `/${site.source}/${site.flags}`;
const matches = (entry: { file: string; starts: string }, site: RegexSite) =>
  site.site.startsWith(`${entry.file}:`) && site.source.startsWith(entry.starts);

/** The verdicts stored, by regexp. */
function readStore(): Map<string, Verdict> {
  if (!existsSync(STORE)) return new Map();
  const stored = JSON.parse(readFileSync(STORE, 'utf8')) as { verdicts: Verdict[] };
  return new Map(stored.verdicts.map((verdict) => [verdict.regexp, verdict]));
}

function writeStore(verdicts: Map<string, Verdict>): void {
  const sorted = [...verdicts.values()].sort(
    (a, b) => a.site.localeCompare(b.site) || a.regexp.localeCompare(b.regexp),
  );
  const note = 'recheck (pure JavaScript checker, no time limits): written by tests/regex-audit.test.ts, see there';
  writeFileSync(STORE, `${JSON.stringify({ note, verdicts: sorted }, null, 2)}\n`);
}

/** The checker's verdict on `site`, cut to what is stored. */
function check(site: RegexSite): Verdict {
  const extra = PARAMETERS_FOR.find((entry) => matches(entry, site))?.parameters ?? {};
  const found: Diagnostics = checkSync(site.source, site.flags, { ...PARAMETERS, ...extra });
  const verdict: Verdict = {
    regexp: key(site),
    site: site.site,
    status: found.status,
    checker: found.checker ?? null,
    complexity: found.status === 'unknown' ? found.error.kind : found.complexity.summary,
  };
  if (found.status === 'vulnerable') {
    const pumps = found.attack.pumps.map(({ prefix, pump }) => ({ prefix, pump }));
    verdict.attack = { pumps, suffix: found.attack.suffix };
  }
  return verdict;
}

let sites: RegexSite[] = [];
let calls: string[] = [];
let stickyCopies: RegexSite[] = [];
/** The `RegExp(...)` calls that made a regexp. */
let reached = new Set<string>();
let verdicts = new Map<string, Verdict>();

/** Every regexp of src/: the literals, and those built while every module is imported and the samples are read. */
async function collect(): Promise<void> {
  const literals = literalSites();
  calls = literals.calls;
  vi.resetModules();
  const built = await builtSites(async () => {
    for (const file of sourceFiles()) {
      // The executable and the worker thread run when imported; neither makes a regexp.
      if (!/src\/(?:cli|node\/worker)\.ts$/.test(file)) await import(/* @vite-ignore */ file);
    }
    const api = await import('../src/index.js');
    for (const text of SAMPLES) {
      api.extract(api.parseCable(text), text);
      api.toRecord(api.parseCable(text));
    }
  });
  // A regexp built inside P.regexp runs only as parsimmon's anchored copy.
  const wrapped = new Set(literals.wrappedCalls);
  const sticky = (site: RegexSite) => site.how === 'built' && site.site.startsWith(STICKY_COPIES);
  // A sticky copy of a global regexp (the extractors' anchors) tries one place where its original tries many: the
  // original is checked in its place.
  sites = [...literals.literals, ...built].filter(
    (site) => !(site.how === 'built' && wrapped.has(site.made ?? site.site)) && !sticky(site),
  );
  stickyCopies = built.filter(sticky);
  reached = new Set(built.filter((site) => site.how === 'built').map((site) => site.made ?? site.site));
}

/**
 * The audit: the checker on every regexp with no stored verdict (`again`: on every one), each verdict stored as it
 * comes; the verdicts of regexps no longer in src/ dropped.
 */
function audit(again: boolean): void {
  const stored = readStore();
  const current = new Set(sites.map(key));
  for (const regexp of stored.keys()) if (!current.has(regexp)) stored.delete(regexp);
  writeStore(stored);
  const checked = new Set<string>();
  for (const site of sites) {
    if (checked.has(key(site)) || (!again && stored.has(key(site)))) continue;
    stored.set(key(site), check(site));
    checked.add(key(site));
    writeStore(stored);
  }
}

beforeAll(async () => {
  await collect();
  if (AUDIT === '1' || AUDIT === 'all') audit(AUDIT === 'all');
  verdicts = readStore();
}, 7_200_000);

const allowedFor = (site: RegexSite) => ALLOWED.find((entry) => matches(entry, site));
const HOW_TO = 'run `REGEX_AUDIT=1 npx vitest run tests/regex-audit.test.ts` (see its header)';

describe('the regexps of src/', () => {
  it('are all found: literals, and every RegExp(...) call reached or named in UNREACHED', () => {
    expect(sites.length).toBeGreaterThan(400);
    expect(calls.filter((call) => !reached.has(call)).sort()).toEqual(Object.keys(UNREACHED).sort());
    expect(sourceFiles().map((file) => relative(ROOT, file))).toContain('src/grammar/references.ts');
  });
  it('are sticky copies only of regexps checked themselves', () => {
    expect(stickyCopies.length).toBeGreaterThan(0);
    const checked = new Set(sites.map((site) => `${site.source}/${site.flags.replace('g', '')}y`));
    for (const copy of stickyCopies) expect(checked.has(`${copy.source}/${copy.flags}`), copy.source).toBe(true);
  });
  it(`each have a verdict of the checker on their very source and flags (else ${HOW_TO})`, () => {
    const missing = sites.filter((site) => !verdicts.has(key(site))).map((site) => `${site.site} ${key(site)}`);
    expect([...new Set(missing)]).toEqual([]);
  });
  it(`leave no verdict of a regexp no longer in src/ (else ${HOW_TO})`, () => {
    const current = new Set(sites.map(key));
    expect([...verdicts.keys()].filter((regexp) => !current.has(regexp))).toEqual([]);
  });
  it('are linear by the checker, or allowed with a reason', () => {
    const failing = sites
      .filter((site) => verdicts.has(key(site)) && verdicts.get(key(site))?.status !== 'safe' && !allowedFor(site))
      .map((site) => {
        const verdict = verdicts.get(key(site)) as Verdict;
        const attack = verdict.attack?.pumps.map((pump) => pump.pump).join(' ') ?? '';
        return `${site.site} ${key(site).slice(0, 100)}: ${verdict.status} ${verdict.complexity} ${attack}`;
      });
    expect([...new Set(failing)]).toEqual([]);
  });
  it('allow only regexps the checker does not call safe (an entry for a fixed one goes)', () => {
    for (const entry of [...ALLOWED, ...PARAMETERS_FOR]) {
      expect(sites.filter((site) => matches(entry, site)).length, `${entry.file} ${entry.starts}`).toBeGreaterThan(0);
    }
    for (const entry of ALLOWED) {
      const matched = sites.filter((site) => matches(entry, site));
      expect(matched.some((site) => verdicts.get(key(site))?.status !== 'safe')).toBe(true);
    }
  });
});

describe.each(ALLOWED)('allowed: $file $starts', (entry) => {
  /** The attack pumped `n` times: the entry's own, or the checker's. */
  const attacked = (n: number) => {
    if (entry.attack) return entry.attack(n);
    const site = sites.find((s) => allowedFor(s) === entry) as RegexSite;
    const attack = verdicts.get(key(site))?.attack ?? { pumps: [], suffix: '' };
    return attack.pumps.map((pump) => pump.prefix + pump.pump.repeat(n)).join('') + attack.suffix;
  };
  it(`is linear where it runs: ${entry.reason}`, async () => {
    const api = await import('../src/index.js');
    const runs = [1_000, 4_000].map((n) => {
      const text = entry.cable(attacked(n));
      const run = recordExec(() => api.extract(api.parseCable(text), text));
      return { text, calls: run.filter((call) => call.source.startsWith(entry.starts)) };
    });
    const [small, large] = runs as [(typeof runs)[0], (typeof runs)[0]];
    expect(small.calls.length).toBeGreaterThan(0);
    if (entry.bound !== undefined) {
      for (const run of runs) {
        expect(Math.max(...run.calls.map((call) => call.length))).toBeLessThanOrEqual(entry.bound);
      }
      expect(large.calls.length).toBeLessThanOrEqual(5 * small.calls.length);
    } else {
      // The characters walked, per character of the cable: within 1.3x at 4n of n's (a quadratic scan: 4x).
      const perCharacter = (run: typeof small) => walked(run.calls) / run.text.length;
      expect(perCharacter(large)).toBeLessThan(1.3 * perCharacter(small));
    }
  });
});
