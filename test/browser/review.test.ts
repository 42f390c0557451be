// The review report of fixtures/ in a real headless Chromium: the index lists every fixture,
// filters by site, opens a document whose cut spans carry their reason and rule, and nothing in
// the injection fixture (script, onerror, </style> in a dump) runs or turns into markup.
// Screenshots of each page kind are saved for the README.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fg from 'fast-glob';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCREENSHOTS = path.join(ROOT, 'test/browser/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// As root in a container, with no network: no sandbox, nothing that phones home.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const inputs = fg.sync('fixtures/**/*.input.*', { cwd: ROOT });
/** Rows a page of the report shows (`PAGE_SIZE` in assets/review/review.js). */
const REVIEW_PAGE_SIZE = 100;
const sitesOf = (site: string) => inputs.filter((f) => f.startsWith(`fixtures/sites/${site}/`)).length;

let dir: string;
let browser: Browser;
let page: Page;
const problems: string[] = [];

function reportUrl(file: string, hash = ''): string {
  return pathToFileURL(path.join(dir, file)).href + hash;
}

/** Script in a dump would set one of these; the report must leave them alone. */
async function injected(p: Page): Promise<unknown> {
  return p.evaluate(() => ({ flag: (window as unknown as { __injected?: unknown }).__injected ?? null, title: document.title, images: document.images.length }));
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium package or set CHROMIUM_PATH`);
  dir = mkdtempSync(path.join(os.tmpdir(), 'clean-review-'));
  const built = spawnSync(process.execPath, [path.join(ROOT, 'bin/clean.js'), 'review', 'fixtures/**/*.input.*', '--out', dir, '--gold', 'fixtures', '--quiet'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`clean review failed (${built.status}): ${built.stderr}`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('review report in Chromium', () => {
  it('the index lists every fixture, sorted by worst F1, with totals', async () => {
    await page.goto(reportUrl('index.html'));
    // One page of rows is in the DOM at a time (review.js shows PAGE_SIZE of them).
    await expect.poll(() => page.locator('#rows tbody tr').count()).toBe(Math.min(inputs.length, REVIEW_PAGE_SIZE));
    expect(await page.locator('#count').textContent()).toBe(`${inputs.length} of ${inputs.length} documents`);
    expect(await page.locator('th.sorted-asc').textContent()).toBe('F1');
    expect(await page.locator('dl.totals').textContent()).toContain(`documents${inputs.length}`);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'index.png') });
  });

  it('says on the characters columns why a text can come out longer than it went in', async () => {
    expect(await page.locator('#rows thead th[data-column="chars out"]').getAttribute('title')).toMatch(/blank line between paragraphs/);
  });

  it('sorts by a column when its header is clicked', async () => {
    await page.locator('th', { hasText: /^chars in$/ }).click();
    const values = await page.locator('#rows tbody tr td:nth-child(6)').allTextContents();
    const numbers = values.map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    await page.locator('th', { hasText: /^chars in$/ }).click();
    expect(await page.locator('th.sorted-desc').textContent()).toBe('chars in');
  });

  it('filters by site, then opens a document whose cuts carry reason and rule', async () => {
    await page.locator('#f-site').selectOption('vov');
    await expect.poll(() => page.locator('#rows tbody tr').count()).toBe(sitesOf('vov'));
    expect(await page.locator('#rows tbody tr').evaluateAll((rows) => rows.every((r) => (r as HTMLElement).dataset.site === 'vov'))).toBe(true);
    expect(page.url()).toContain('site=vov');
    await page.locator('#rows tbody tr a').first().click();
    await page.waitForURL(/docs\/\d+\.html$/);
    const cut = page.locator('del.cut[data-reason="teaser"]').first();
    await expect.poll(() => cut.count()).toBe(1);
    expect(await cut.getAttribute('title')).toMatch(/^teaser · \S+/);
    expect(await cut.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    expect(await page.locator('ul.legend').textContent()).toContain('teaser');
    expect(await page.locator('pre.clean').textContent()).not.toBe('');
    expect(await page.locator('.eval .scores').textContent()).toContain('F1 1.000');
    // The metadata panel sets Vietnamese in the page's font: a monospace font parts tone marks from their letters.
    expect(await page.locator('pre.metadata').evaluate((el) => getComputedStyle(el).fontFamily)).not.toMatch(/monospace/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'document.png') });
  });

  it('previous and next walk the documents in input order', async () => {
    const here = Number(/(\d+)\.html$/.exec(page.url())![1]);
    const next = page.locator('a[rel="next"]');
    if ((await next.count()) === 1) {
      await next.click();
      await page.waitForURL(new RegExp(`docs/${here + 1}\\.html$`));
      await page.locator('a[rel="prev"]').click();
      await page.waitForURL(new RegExp(`docs/${here}\\.html$`));
    } else {
      await page.locator('a[rel="prev"]').click();
      await page.waitForURL(new RegExp(`docs/${here - 1}\\.html$`));
    }
  });

  it('shows the site overview with a chart per measure', async () => {
    await page.goto(reportUrl('sites.html'));
    expect(await page.locator('figure.chart svg').count()).toBe(4);
    expect(await page.locator('table.sites tbody tr').count()).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sites.png') });
  });

  it('runs no script and renders no markup from the injection fixture', async () => {
    await page.goto(reportUrl('index.html', '#q=markup-in-text'));
    await expect.poll(() => page.locator('#rows tbody tr').count()).toBe(1);
    const title = await page.locator('#rows tbody tr td.doc a').textContent();
    expect(title).toContain('"><img src=x onerror=');
    expect(await injected(page)).toEqual({ flag: null, title: 'clean review', images: 0 });
    await page.locator('#rows tbody tr td.doc a').click();
    await page.waitForURL(/docs\/\d+\.html$/);
    expect(await injected(page)).toEqual({ flag: null, title: expect.stringContaining('"><img src=x onerror='), images: 0 });
    expect(await page.locator('script').count()).toBe(0);
    const input = await page.locator('section.input').textContent();
    expect(input).toContain('<script>window.__injected = 1; document.body.innerHTML = \'pwned\'</script>');
    expect(input).toContain('</style><script>window.__injected=1</script>');
    // `</style>` in the text did not end the page's styles: cuts are still struck through.
    expect(await page.locator('del.cut[data-reason="markup"]').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    expect(problems).toEqual([]);
  });
});
