// The review report: its model (rows, block segments, the gold diff, site outliers), its HTML
// (every piece of dump text escaped), the writer (pages numbered in input order, rows.js), and
// `clean review` / `--review` from the command line. The browser test (test/browser) opens it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { cleanFile } from '../src/index.js';
import { junkAndLoss } from '../src/eval/score.js';
import { blockView, documentView, goldDiff, markOutliers, SiteTally, type ReviewRow, type SiteOverview } from '../src/review/model.js';
import { barChart, documentBody, documentPage, escapeHtml, indexPage, scriptJson } from '../src/review/render.js';
import { ReviewWriter } from '../src/review/writer.js';
import type { Block } from '../src/types.js';
import { fixtureCases, FIXTURES, knownGaps, ROOT, tempDir } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'clean.js');
const INJECTION = fixtureCases('generic').find((c) => c.name.startsWith('generic/injection/'))!;
const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '</style>', "' onmouseover='x"];

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** rows.js evaluated as the browser would: the rows and the meta it sets on window. */
function loadRows(dir: string): { rows: unknown[][]; meta: { gold: boolean } } {
  const window: Record<string, unknown> = {};
  vm.runInNewContext(readFileSync(path.join(dir, 'rows.js'), 'utf8'), { window });
  return { rows: window.REVIEW_ROWS as unknown[][], meta: window.REVIEW_META as { gold: boolean } };
}

function block(text: string, cuts: Block['cuts'], keep = true): Block {
  return { index: 0, line: 7, text, kind: 'line', cuts, verdict: { keep, reason: keep ? 'body' : 'related-list', rule: keep ? 'body' : 'sections' } };
}

function row(site: string, inputChars: number, outputChars: number): ReviewRow {
  return { n: 1, path: `${site}/a.txt`, site, detectedBy: 'marker', title: null, paragraphs: 1, cuts: { teaser: 1 }, inputChars, outputChars, warnings: [], duplicateOf: null, score: null };
}

describe('report model', () => {
  it('splits a kept block at its cuts, merging overlapping cuts', () => {
    const view = blockView(
      block('Tin chính. Xem thêm: A. Còn lại.', [
        { start: 11, end: 23, reason: 'related-list', rule: 'inline-related' },
        { start: 15, end: 20, reason: 'promo', rule: 'promos' },
      ]),
    );
    expect(view.keep).toBe(true);
    expect(view.segments).toEqual([
      { text: 'Tin chính. ', cut: null },
      { text: 'Xem thêm: A.', cut: { reason: 'related-list', rule: 'inline-related' } },
      { text: ' Còn lại.', cut: null },
    ]);
  });

  it('shows a dropped block as one cut with its verdict', () => {
    const view = blockView(block('Tin liên quan', [], false));
    expect(view).toMatchObject({ keep: false, line: 7, reason: 'related-list', rule: 'sections' });
    expect(view.segments).toEqual([{ text: 'Tin liên quan', cut: { reason: 'related-list', rule: 'sections' } }]);
  });

  it('flags lost prose and kept junk in the gold diff, adding up to the scorer’s counts', () => {
    const gold = 'Tiêu đề\nMột đoạn giữ nguyên.\nCâu đầu còn. Câu sau bị cắt.\nĐoạn cuối mất hẳn.';
    const output = 'Tiêu đề\nMột đoạn giữ nguyên.\nCâu đầu còn.\nXem thêm tin khác';
    const input = `${gold}\nXem thêm tin khác`;
    const view = goldDiff(input, output, gold);
    expect(view.gold.map((p) => p.status)).toEqual(['same', 'same', 'changed', 'absent']);
    const lost = view.gold.flatMap((p) => p.words.filter((w) => w.flagged).map((w) => w.text));
    expect(lost).toEqual(['Câu', 'sau', 'bị', 'cắt', 'Đoạn', 'cuối', 'mất', 'hẳn']);
    expect(lost.length).toBe(junkAndLoss(input, output, gold).goldLost);
    expect(view.output.map((p) => p.status)).toEqual(['same', 'same', 'changed', 'absent']);
    expect(view.score.junkKept).toBe(4);
    expect(view.score.f1).toBeCloseTo(0.5);
    // Every character survives the split into words.
    expect(view.gold.map((p) => p.words.map((w) => w.text).join(''))).toEqual(gold.split('\n'));
  });

  it('builds a document’s row from a cleaned fixture', async () => {
    const result = await cleanFile(INJECTION.input);
    if (!result.ok) throw new Error(result.error);
    const view = documentView(result.article, 'x/markup-in-text.input.txt', { input: readFileSync(INJECTION.input, 'utf8'), text: INJECTION.expectedText });
    expect(view.row).toMatchObject({ path: 'x/markup-in-text.input.txt', site: 'generic', detectedBy: 'generic', paragraphs: 3 });
    expect(view.row.cuts.markup).toBe(3);
    expect(view.row.score).toMatchObject({ f1: 1, lostWords: 0, junkKept: 0 });
    expect(view.blocks.length).toBe(result.article.blocks.length);
  });

  it('marks a site whose cut share is far from the others as an outlier, and none when they agree', () => {
    const overview = (shares: number[]): SiteOverview[] =>
      markOutliers(shares.map((share, i) => ({ site: `s${i}`, documents: 1, inputChars: 100, outputChars: 100 - share * 100, cuts: {}, cutShare: share, outlier: false })));
    expect(overview([0.6, 0.62, 0.65, 0.58, 0.05]).map((s) => s.outlier)).toEqual([false, false, false, false, true]);
    expect(overview([0.6, 0.62, 0.65, 0.58, 0.55]).some((s) => s.outlier)).toBe(false);
  });

  it('adds up sites, reasons and the cut-share histogram', () => {
    const tally = new SiteTally();
    tally.add(row('vov', 1000, 300));
    tally.add(row('vov', 1000, 400));
    tally.add(row('congluan', 1000, 1000));
    const [vov, congluan] = tally.overview();
    expect(vov).toMatchObject({ site: 'vov', documents: 2, inputChars: 2000, outputChars: 700 });
    expect(vov!.cutShare).toBeCloseTo(0.65);
    expect(congluan!.cutShare).toBe(0);
    expect(tally.reasons).toEqual({ teaser: 3 });
    expect(tally.cutShareHistogram).toEqual([1, 0, 0, 0, 0, 0, 1, 1, 0, 0]);
  });
});

describe('report HTML', () => {
  it('escapes text for elements and attributes, and data for scripts', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const json = scriptJson({ t: '</script><!--\u2028' });
    expect(json).not.toMatch(/[<>\u2028]/);
    expect(JSON.parse(json)).toEqual({ t: '</script><!--\u2028' });
  });

  it('leaves no raw markup from a dump in a document page', async () => {
    const result = await cleanFile(INJECTION.input);
    if (!result.ok) throw new Error(result.error);
    const html = documentPage(documentBody(documentView(result.article, HOSTILE.join(' '), null)), { n: 2, prev: 1, next: null, title: HOSTILE.join(' ') });
    for (const hostile of HOSTILE) expect(html).not.toContain(hostile);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;window.__injected = 1;');
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'");
    expect(html).toContain('<a rel="prev" href="1.html">');
    expect(html).not.toContain('rel="next"');
  });

  it('escapes labels in charts and failures on the index', () => {
    const chart = barChart([{ label: HOSTILE[1]!, value: 1, text: HOSTILE[0]! }], { title: HOSTILE[2]! });
    const index = indexPage({ documents: 0, failed: 1, paragraphs: 0, inputChars: 0, outputChars: 0, cuts: {}, warnings: 0, duplicates: 0, gold: null }, [{ path: HOSTILE[0]!, error: HOSTILE[1]! }]);
    for (const hostile of HOSTILE) {
      expect(chart).not.toContain(hostile);
      expect(index).not.toContain(hostile);
    }
  });
});

describe('review writer', () => {
  it('numbers pages in input order, links each to its neighbours and streams the rows', async () => {
    const dir = tempDir('clean-review-test');
    const writer = new ReviewWriter(dir, false);
    const cases = fixtureCases('sites');
    for (const c of cases) {
      const result = await cleanFile(c.input);
      if (!result.ok) throw new Error(result.error);
      const view = documentView(result.article, c.name, null);
      writer.add({ row: view.row, body: documentBody(view) }, null);
    }
    writer.fail('broken.txt', 'empty file');
    writer.finish();
    const { rows, meta } = loadRows(dir);
    expect(meta).toEqual({ gold: false });
    expect(rows.map((r) => [r[0], r[1]])).toEqual(cases.map((c, i) => [i + 1, c.name]));
    expect(readdirSync(path.join(dir, 'docs')).sort()).toEqual(cases.map((_, i) => `${i + 1}.html`).sort());
    const first = readFileSync(path.join(dir, 'docs/1.html'), 'utf8');
    const last = readFileSync(path.join(dir, `docs/${cases.length}.html`), 'utf8');
    expect(first).toContain('<a rel="next" href="2.html">');
    expect(first).not.toContain('rel="prev"');
    expect(last).not.toContain('rel="next"');
    expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toContain('broken.txt');
    expect(readFileSync(path.join(dir, 'sites.html'), 'utf8').match(/<figure class="chart">/g)).toHaveLength(4);
    expect(readFileSync(path.join(dir, 'review.css'), 'utf8')).toContain('.r-teaser{--reason:');
  });

  it('refuses a folder that holds other files, and replaces an earlier report', () => {
    const dir = tempDir('clean-review-test');
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    expect(() => new ReviewWriter(dir, false)).toThrow(/holds other files/);
    const report = tempDir('clean-review-test');
    new ReviewWriter(report, false).finish();
    mkdirSync(path.join(report, 'docs'), { recursive: true });
    writeFileSync(path.join(report, 'docs/99.html'), 'old page');
    new ReviewWriter(report, false).finish();
    expect(readdirSync(path.join(report, 'docs'))).toEqual([]);
  });
});

describe('clean review', () => {
  it('writes the report for fixtures/ with the gold view, gold files not taken as inputs', () => {
    const dir = path.join(tempDir('clean-review-test'), 'report');
    const r = run(['review', FIXTURES, '--out', dir, '--gold', FIXTURES, '--jobs', '1']);
    const exact = [...fixtureCases('sites'), ...fixtureCases('generic'), ...fixtureCases('html')];
    const pages = fixtureCases('pages');
    const inputs = [...exact, ...pages];
    // fixtures/README.md is a text dump like any other; labels (`*.label.json`) are gold, not inputs.
    expect(r.stderr).toContain(`${inputs.length + 1} cleaned, 0 failed`);
    expect(r.stderr).toContain(`review: ${path.join(dir, 'index.html')}`);
    expect(r.code).toBe(0);
    const { rows, meta } = loadRows(dir);
    expect(meta.gold).toBe(true);
    expect(rows).toHaveLength(inputs.length + 1);
    // Every fixture matched line for line scored F1 1 against its gold (but those that still keep
    // known junk), every page dump was scored; the README has no gold.
    const gaps = knownGaps();
    expect(rows.filter((r) => r[11] === 1).length).toBeGreaterThanOrEqual(exact.filter((c) => !gaps.has(c.name)).length);
    expect(rows.filter((r) => typeof r[11] === 'number')).toHaveLength(inputs.length);
    expect(rows.filter((r) => r[11] === null).map((r) => r[1])).toEqual(['README.md']);
  });

  it('`--review` on a folder run writes the outputs and the report, also for up-to-date documents', () => {
    const work = tempDir('clean-review-test');
    const out = path.join(work, 'out');
    const review = path.join(work, 'review');
    const input = path.join(work, 'in');
    mkdirSync(input);
    copyFileSync(path.join(FIXTURES, 'sites/vov/000_c354a9142e04d908.input.txt'), path.join(input, '000_c354a9142e04d908.txt'));
    expect(run([input, '--out', out, '--review', review]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['000_c354a9142e04d908.json', '000_c354a9142e04d908.txt']);
    expect(loadRows(review).rows).toHaveLength(1);
    const again = run([input, '--out', out, '--review', review]);
    expect(again.stderr).toContain('0 cleaned, 0 failed, 1 skipped');
    expect(loadRows(review).rows).toHaveLength(1);
  });

  it('is a usage error with --dry-run or into a folder of other files', () => {
    const work = tempDir('clean-review-test');
    expect(run([path.join(FIXTURES, 'sites/vov'), '--out', path.join(work, 'o'), '--review', path.join(work, 'r'), '--dry-run']).code).toBe(2);
    writeFileSync(path.join(work, 'keep.txt'), 'x');
    const r = run(['review', path.join(FIXTURES, 'sites/vov'), '--out', work]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^clean: review: .* holds other files/);
    expect(readFileSync(path.join(work, 'keep.txt'), 'utf8')).toBe('x');
  });
});
