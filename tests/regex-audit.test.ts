/**
 * The ReDoS audit: every regexp of `src/` (tests/regex-sites.ts finds them) is checked once with recheck, a
 * ReDoS checker that proves a regexp linear (automata) or looks for an input that makes it superlinear (fuzzing).
 * A regexp it calls vulnerable fails the test unless ALLOWED lists it, with the reason it is linear where it runs
 * and a counted test: the checker's own attack, pumped 1,000 and 4,000 times into a cable where the rule reads,
 * is never handed to the regexp longer than the entry's bound (so each call costs at most a bound's square), and
 * the calls grow at most linearly. Nothing is timed: the checker runs with no time limits (its step limits and its
 * fixed random seed make its verdict the same on any machine), so it may take minutes on a loaded one.
 * Run with REGEX_AUDIT=1 until OPEN below is filled from a complete run (then it runs always).
 */
import { relative } from 'node:path';
import { type Diagnostics, checkSync } from 'recheck';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT } from './helpers.js';
import { recordExec } from './regex-work.js';
import { type RegexSite, builtSites, literalSites, sourceFiles } from './regex-sites.js';

/** A regexp the checker calls vulnerable that is linear where it runs, and why. */
interface Allowed {
  /** The file it is written in. */
  file: string;
  /** How its source starts (built ones are long). */
  starts: string;
  /** Why it is linear in practice. */
  reason: string;
  /** A cable that hands `attack` to the rule that runs the regexp. */
  cable: (attack: string) => string;
  /** The longest text the rule hands it, whatever the cable's length. */
  bound: number;
}

const ALLOWED: Allowed[] = [];

/**
 * Open findings: regexps the checker calls vulnerable that are neither fixed yet nor shown linear where they run
 * (issue 13 stays open on them). Each must still be vulnerable (a fixed one leaves the list), and no regexp may
 * join them unnoticed: the list is the exact set that fails.
 */
const OPEN: Array<{ file: string; starts: string; finding: string }> = [];

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

let sites: RegexSite[] = [];
let calls: string[] = [];
let stickyCopies: RegexSite[] = [];
/** Where the extractors make the sticky copy of a global regexp. */
const STICKY_COPIES = ['src/extract/anchors.ts:55'];
const verdicts = new Map<string, Diagnostics>();
const key = (site: { source: string; flags: string }) => `/${site.source}/${site.flags}`;

const AUDIT = process.env.REGEX_AUDIT === '1';

beforeAll(async () => {
  if (!AUDIT) return;
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
  // A sticky copy of a global regexp (the extractors' anchors) tries one place where its original tries many: the
  // original is checked in its place.
  sites = [...literals.literals, ...built].filter(
    (site) => !(site.how === 'built' && wrapped.has(site.site)) && !STICKY_COPIES.includes(site.site),
  );
  stickyCopies = built.filter((site) => STICKY_COPIES.includes(site.site));
  for (const site of sites) {
    if (verdicts.has(key(site))) continue;
    verdicts.set(key(site), checkSync(site.source, site.flags, PARAMETERS));
  }
}, 3_600_000);

/** The open finding for `site`, if any. */
const openFor = (site: RegexSite) =>
  OPEN.find((entry) => site.site.startsWith(`${entry.file}:`) && site.source.startsWith(entry.starts));

/** The allowed entry for `site`, if any. */
const allowedFor = (site: RegexSite) =>
  ALLOWED.find((entry) => site.site.startsWith(`${entry.file}:`) && site.source.startsWith(entry.starts));

describe.skipIf(!AUDIT)('the regexps of src/', () => {
  it('are all found: literals, and every RegExp(...) call reached or named in UNREACHED', () => {
    expect(sites.length).toBeGreaterThan(400);
    const reached = new Set(sites.filter((site) => site.how !== 'literal').map((site) => site.site));
    expect(calls.filter((call) => !reached.has(call)).sort()).toEqual(Object.keys(UNREACHED).sort());
    expect(sourceFiles().map((file) => relative(ROOT, file))).toContain('src/grammar/references.ts');
  });
  it('are sticky copies only of regexps checked themselves', () => {
    expect(stickyCopies.length).toBeGreaterThan(0);
    const checked = new Set(sites.map((site) => `${site.source}/${site.flags.replace('g', '')}y`));
    for (const copy of stickyCopies) expect(checked.has(`${copy.source}/${copy.flags}`), copy.source).toBe(true);
  });
  it('are linear by the checker, or allowed with a reason', () => {
    const failing = sites
      .filter((site) => verdicts.get(key(site))?.status !== 'safe' && !allowedFor(site) && !openFor(site))
      .map((site) => {
        const verdict = verdicts.get(key(site)) as Diagnostics;
        const why =
          verdict.status === 'vulnerable'
            ? verdict.complexity.summary
            : `${verdict.status}: ${verdict.status === 'unknown' ? verdict.error.kind : ''}`;
        const attack = verdict.status === 'vulnerable' ? verdict.attack.pattern.slice(0, 80) : '';
        return `${site.site} /${site.source.slice(0, 100)}/${site.flags}: ${why} ${attack}`;
      });
    expect([...new Set(failing)]).toEqual([]);
  });
  it('allow only regexps the checker calls vulnerable (an entry for a fixed one goes)', () => {
    for (const entry of [...ALLOWED, ...OPEN]) {
      const matched = sites.filter((site) => allowedFor(site) === entry || openFor(site) === entry);
      expect(matched.length, `${entry.file} ${entry.starts}`).toBeGreaterThan(0);
      expect(matched.some((site) => verdicts.get(key(site))?.status === 'vulnerable')).toBe(true);
    }
  });
});

describe.skipIf(!AUDIT).each(ALLOWED)('allowed: $file $starts', (entry) => {
  const attacked = (n: number) => {
    const site = sites.find((s) => allowedFor(s) === entry) as RegexSite;
    const verdict = verdicts.get(key(site)) as Diagnostics;
    if (verdict.status !== 'vulnerable') return '';
    const { pumps, suffix } = verdict.attack;
    return pumps.map((pump) => pump.prefix + pump.pump.repeat(n)).join('') + suffix;
  };
  it(`is handed at most ${entry.bound} characters, with calls linear in the attack (${entry.reason})`, async () => {
    const api = await import('../src/index.js');
    const runs = [1_000, 4_000].map((n) =>
      recordExec(() => {
        const text = entry.cable(attacked(n));
        api.extract(api.parseCable(text), text);
      }).filter((call) => call.source.startsWith(entry.starts)),
    );
    for (const run of runs) expect(Math.max(0, ...run.map((call) => call.length))).toBeLessThanOrEqual(entry.bound);
    expect((runs[1] as unknown[]).length).toBeLessThanOrEqual(5 * Math.max(1, (runs[0] as unknown[]).length));
  });
});
