#!/usr/bin/env node
// `cablegram records --jobs 1|2` over a generated cables.csv (256 MB by default, written to the temporary
// directory by make-archive.mjs and deleted after), each run a child process of the built CLI: wall time, MB/s,
// CPU time (user + system, of all its threads) and peak resident memory (VmHWM of /proc/PID/status, polled), runs
// interleaved round after round, the best wall time of each kept. The records of both are compared: they must be
// byte for byte the same. Speed is measured here, never asserted in tests.
//
//   npm run -s build && node bench/records-jobs.mjs [--size 256M] [--rounds 2] [--jobs 1,2]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const size = option('--size', '256M');
const rounds = Number(option('--rounds', 2));
const jobs = option('--jobs', '1,2').split(',').map(Number);
const place = mkdtempSync(join(tmpdir(), 'cablegram-bench-'));
const csv = join(place, 'cables.csv');

/** Peak resident memory of a process so far, in kB (0 once it is gone). */
const peakOf = (pid) => {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
};
/** CPU seconds (user + system) of a process and its threads so far. */
const cpuOf = (pid) => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
};

/** One run of `records --jobs n`: its wall time, CPU time and peak memory. */
function run(n) {
  const out = join(place, `records-${n}.ndjson`);
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn('node', [join(root, 'dist/cli.js'), 'records', csv, '--jobs', String(n), '--out', out], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let peak = 0;
    let cpu = 0;
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const poll = setInterval(() => {
      peak = Math.max(peak, peakOf(child.pid));
      cpu = Math.max(cpu, cpuOf(child.pid));
    }, 20);
    child.on('error', fail);
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code !== 0 && code !== 2) fail(new Error(`records --jobs ${n} exited ${code}: ${stderr}`));
      done({ seconds: (performance.now() - started) / 1000, cpu, peak, out });
    });
  });
}

try {
  const made = spawnSync('node', [join(root, 'bench/make-archive.mjs'), csv, size], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
  const mb = statSync(csv).size / 1e6;
  const best = new Map();
  for (let round = 0; round < rounds; round++) {
    for (const n of jobs) {
      const result = await run(n);
      if (!best.has(n) || result.seconds < best.get(n).seconds) best.set(n, result);
    }
  }
  console.log(`records over a generated cables.csv of ${mb.toFixed(0)} MB, best of ${rounds} rounds`);
  console.log(
    ['jobs'.padEnd(6), 's'.padStart(8), 'MB/s'.padStart(8), 'CPU s'.padStart(8), 'peak MB'.padStart(9)].join(' '),
  );
  for (const [n, r] of best) {
    const cells = [String(n).padEnd(6), r.seconds.toFixed(1).padStart(8), (mb / r.seconds).toFixed(1).padStart(8)];
    console.log([...cells, r.cpu.toFixed(1).padStart(8), (r.peak / 1024).toFixed(0).padStart(9)].join(' '));
  }
  const [first, ...others] = [...best.values()].map((r) => r.out);
  const same = others.every((other) => spawnSync('cmp', ['-s', first, other]).status === 0);
  console.log(same ? 'records identical for every --jobs' : 'RECORDS DIFFER between --jobs runs');
  if (!same) process.exitCode = 1;
} finally {
  rmSync(place, { recursive: true, force: true });
}
