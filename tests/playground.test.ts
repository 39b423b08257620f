/**
 * The playground page in a real browser: the page is built with the build's own options (tsup.config.ts) into a
 * folder of its own, served by a small static server, and driven in headless Chromium (Debian's `chromium`, or
 * CHROMIUM_PATH) through playwright-core, which downloads no browser. Skipped, with a one-line notice, when no
 * Chromium is installed. The screenshot it takes is the README's (playground/screenshot.png).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCable, toRecord } from '../src/index.js';
import { playground } from '../tsup.config.js';
import { ROOT } from './helpers.js';

/** The browser: CHROMIUM_PATH if set (it must then exist: CI sets it, so the test cannot skip there), else Debian's. */
function chromiumPath(): string | undefined {
  const wanted = process.env.CHROMIUM_PATH;
  if (wanted) {
    if (!existsSync(wanted)) throw new Error(`CHROMIUM_PATH is ${wanted}, which does not exist`);
    return wanted;
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
}
const CHROMIUM = chromiumPath();
if (!CHROMIUM)
  console.warn(
    '[cablegram] no Chromium (apt-get install chromium, or set CHROMIUM_PATH): skipping the playground test',
  );

const SEED = readFileSync(join(ROOT, 'fixtures/seed/08ASTANA358.txt'), 'utf8');
const SCREENSHOT = join(ROOT, 'playground/screenshot.png');
// A loaded machine is slow: no step may fail for taking a few seconds (or a minute).
const PATIENCE = 120_000;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** A static server of `dir` on a free port of 127.0.0.1. */
async function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Waits until the page has parsed its input `count` times in all (an expression: the tests have no DOM types). */
async function parsed(page: Page, count: number): Promise<void> {
  await page.waitForFunction(`Number(document.body.dataset.parsed ?? 0) >= ${count}`, null, { timeout: PATIENCE });
}

describe.skipIf(!CHROMIUM)('the playground page', () => {
  const expected = toRecord(parseCable(SEED, { format: 'auto' }));
  const firstDiagnostic = parseCable(SEED).diagnostics[0];
  let dir = '';
  let server: Server;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cablegram-playground-'));
    await build({ ...playground, outDir: dir, config: false, silent: true });
    server = await serve(dir);
    browser = await chromium.launch({ executablePath: CHROMIUM, timeout: PATIENCE });
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.setDefaultTimeout(PATIENCE);
    page.on('pageerror', (error) => errors.push(String(error)));
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads a pasted cable: the record, its paragraphs, the highlighted entities', async () => {
    await page.fill('#input', SEED);
    await parsed(page, 1);
    expect(await page.textContent('[data-field="id"] td')).toBe('08ASTANA358');
    expect(expected.paragraphs.length).toBeGreaterThan(0);
    expect(await page.locator('[data-field="paragraphs"] li').count()).toBe(expected.paragraphs.length);
    expect(await page.locator('#source mark.m-entity').count()).toBeGreaterThan(0);
    expect(await page.locator('#source mark.m-date').count()).toBeGreaterThan(0);
    expect(await page.locator('#source mark.m-quantity').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('highlights the text of a node clicked in the tree, and jumps to the line of a diagnostic', async () => {
    await page.click('.node[data-type="subject"]');
    const selected = await page.locator('#source mark.sel').allTextContents();
    expect(selected.join('')).toBe('SUBJECT: KAZAKHSTAN: DRUG AND CRIME REPORT FOR 2007');
    expect(firstDiagnostic).toBeDefined();
    await page.click('.diagnostic >> nth=0');
    expect(await page.getAttribute(`#L${firstDiagnostic?.position.start.line}`, 'class')).toContain('flash');
    await page.click('.node[data-type="subject"]');
    // The parse time is hidden: the committed screenshot changes only when the page does.
    await page.screenshot({ path: SCREENSHOT, style: '#timing { visibility: hidden }' });
  });

  it('reads a file dropped on it: the seed as a cables.csv row', async () => {
    const split = SEED.indexOf('UNCLAS SECTION');
    const quoted = (text: string) => `"${text.replaceAll('"', '\\"')}"`;
    const fields = ['1', '2/21/2008 9:51', '08ASTANA358', 'Embassy Astana', 'UNCLASSIFIED', ''];
    const row = `${[...fields, SEED.slice(0, split), SEED.slice(split)].map(quoted).join(',')}\n`;
    const fromRow = toRecord(parseCable(row, { format: 'auto' }));
    const before = Number(await page.getAttribute('body', 'data-parsed'));
    // A file dropped from the desktop: a DataTransfer made in the page (the drop event needs one of its own).
    const file = `new File([${JSON.stringify(row)}], 'row.csv')`;
    const dataTransfer = await page.evaluateHandle(
      `(() => { const t = new DataTransfer(); t.items.add(${file}); return t; })()`,
    );
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    await parsed(page, before + 1);
    expect(await page.textContent('#status')).toContain('format: cablegate-csv');
    expect(await page.textContent('[data-field="id"] td')).toBe(fromRow.id);
    expect(await page.locator('[data-field="paragraphs"] li').count()).toBe(fromRow.paragraphs.length);
    expect(await page.locator('#source mark.m-entity').count()).toBeGreaterThan(0);
  });

  it('loads the sample cable bundled into the page, also from file://', async () => {
    const local = await browser.newPage();
    local.setDefaultTimeout(PATIENCE);
    await local.goto(pathToFileURL(join(dir, 'index.html')).href);
    await local.click('#sample');
    await parsed(local, 1);
    expect(await local.textContent('[data-field="id"] td')).toBe('08ASTANA358');
    expect(await local.inputValue('#input')).toBe(SEED);
    await local.close();
  });
});
