/**
 * The package as published: package.json's fields and the LICENSE it declares. (The packed tarball itself is
 * checked by publint and @arethetypeswrong/cli in .ci/run, on a build.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('package.json', () => {
  it('ships a LICENSE with the license it declares', () => {
    const license = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    expect(pkg.license).toBe('MIT');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 cablegram contributors\n/);
    expect(pkg.files).toContain('LICENSE');
  });
  it('leaves source maps out of the tarball', () => {
    expect(pkg.files).toContain('!dist/**/*.map');
  });
  it('maps cablegram/node and the schema files for node10 resolution to what its exports give', () => {
    expect(pkg.typesVersions['*'].node).toEqual([pkg.exports['./node'].import.types]);
    expect(pkg.typesVersions['*']['schema/*']).toEqual(['./dist/schema/*']);
  });
  it('says where the project lives', () => {
    expect(pkg.repository.url).toBe('git+https://github.com/cablegram/cablegram.git');
    expect(pkg.homepage).toMatch(/^https:\/\/github\.com\/cablegram\/cablegram/);
    expect(pkg.bugs.url).toBe('https://github.com/cablegram/cablegram/issues');
    expect(pkg.keywords.length).toBeGreaterThan(3);
  });
});
