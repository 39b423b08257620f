/**
 * `cablegram records --jobs 2` writes what `--jobs 1` writes, byte for byte, in every format, over a cables.csv of
 * several pieces (the workers split and number its rows, the calling thread writes their lines), with the same
 * messages for rows that cannot be read. Run as a process: the workers need the bundled worker beside the CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCli } from './bundle.js';

const row = (n: number, body: string) =>
  `"${n}","2/21/2008 9:51","08ASTANA${1000 + n}","Embassy Astana","UNCLASSIFIED","","R 210951Z FEB 08\nFM ` +
  `AMEMBASSY ASTANA","UNCLAS ASTANA ${String(1000 + n).padStart(6, '0')}\n\nSUBJECT: ROW ${n}, WITH \\"QUOTES\\"` +
  `\n\nTAGS: PREL\n\n${body}"\n`;

describe('records --jobs 2', () => {
  const cli = bundledCli();
  const place = mkdtempSync(join(tmpdir(), 'cablegram-jobs-'));
  const csv = join(place, 'cables.csv');
  // Some 1.4 MB: several pieces of 256 KiB. Row 77 is longer than --max-bytes, row 150 is cut short.
  const rows = Array.from({ length: 150 }, (_, k) =>
    row(k + 1, k === 76 ? '1. Long.\n'.repeat(10_000) : `1. Text of row ${k + 1}.\n`.repeat(400)),
  );
  writeFileSync(csv, rows.join('').slice(0, -30));
  const records = (jobs: number, format: string) =>
    spawnSync('node', [cli, 'records', csv, '--jobs', String(jobs), '--format', format, '--max-bytes', '64K'], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });

  it.each(['ndjson', 'csv', 'json'])(
    'writes the same %s on two workers as on one thread',
    { timeout: 120_000 },
    (format) => {
      const one = records(1, format);
      const two = records(2, format);
      expect(one.status).toBe(2);
      expect(one.stderr).toContain(`${csv}:row 77: the row is longer than 65536 characters`);
      expect(one.stderr).toContain(`${csv}:row 150: Expected a closing`);
      expect([two.status, two.stderr]).toEqual([one.status, one.stderr]);
      expect(two.stdout === one.stdout).toBe(true);
      if (format === 'ndjson') expect(one.stdout.trim().split('\n')).toHaveLength(150);
    },
  );
});
