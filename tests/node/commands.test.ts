/** The table of commands: usage, per-command help and the options each command takes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandHelp, foreignOptions, usage, VERSION } from '../../src/node/commands.js';
import { ROOT } from '../helpers.js';

describe('the commands table', () => {
  it('gives the version of package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
  it('lists every command in the usage, one synopsis a line', () => {
    const text = usage();
    for (const spec of Object.values(COMMANDS)) expect(text).toContain(`cablegram ${spec.synopsis}`);
    expect(text.split('\n')[0]).toMatch(/^usage: cablegram parse FILE\.\.\./);
    expect(Object.keys(COMMANDS)).toEqual(['parse', 'records', 'stats', 'graph', 'extract']);
  });
  it("gives each command's help: its synopsis, what it does, and a line for each of its options", () => {
    const help = commandHelp('stats');
    expect(help.split('\n')[0]).toBe(
      'usage: cablegram stats PATH... [--json] [--jobs N] [--out FILE] [--max-bytes SIZE] [--quiet]',
    );
    expect(help).toContain('  --json            the statistics as JSON instead of a table');
    expect(help).toContain('  -q, --quiet       draw no progress line on a terminal');
    expect(help).not.toContain('--tree');
    for (const name of Object.keys(COMMANDS))
      for (const line of commandHelp(name).split('\n')) expect(line.length).toBeLessThanOrEqual(120);
  });
  it('names the options a command does not take, as written', () => {
    expect(foreignOptions('records', { tree: true, jobs: '2', help: true })).toEqual(['--tree']);
    expect(foreignOptions('parse', { quiet: true, format: 'csv' })).toEqual(['--quiet', '--format']);
    expect(foreignOptions('extract', { date: '2008-02-21', json: true, record: undefined })).toEqual([]);
  });
});
