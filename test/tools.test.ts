// `clean eval` (the SPEC's scores against gold, as score.py) and `clean new-site` (a module and
// fixture folder drafted from samples).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../src/index.js';
import type { SiteModule } from '../src/sites/define.js';
import { siteIdFor } from '../src/cli/new-site.js';
import { stemOf } from '../src/eval/gold.js';
import { EXACT_GROUPS, FIXTURES, fixtureCases, knownGaps, ROOT, tempDir } from './helpers.js';
import { junkLeftByShape, junkShape, junkSpans } from '../scripts/junk-left.js';

const BIN = path.join(ROOT, 'bin', 'clean.js');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input: '', env: { ...process.env, CI: 'true' } });

describe('clean eval', () => {
  it('scores the fixtures against their expected files, a row per document', () => {
    // The groups matched line for line (the page dumps of pages/ are scored by pages.test.ts),
    // but for the junk test/known-gaps.json says the tool still keeps.
    const gaps = knownGaps();
    const all = EXACT_GROUPS.flatMap((group) => fixtureCases(group));
    const exact = all.filter((c) => !gaps.has(c.name));
    const r = run(['eval', '--gold', FIXTURES, ...exact.map((c) => c.input), '--min-f1', '0.99']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^doc\s+P\s+R\s+F1\s+tokF1\s+notes$/);
    expect(lines).toHaveLength(1 + exact.length + 1);
    const n = exact.length;
    expect(lines.at(-1)).toMatch(new RegExp(`^${n} docs: paragraph P 1\\.000 R 1\\.000 F1 1\\.000, token F1 1\\.000 meta \\d+/\\d+, junk removed [\\d.]+%, prose lost 0\\.00%, lossless docs ${n}/${n}$`));
    // Where junk is still kept, no word of the gold is lost (but the known losses the gaps list).
    const withGaps = all.filter((c) => gaps.has(c.name) && !gaps.get(c.name)!.lost?.length);
    const m = withGaps.length;
    const kept = run(['eval', '--gold', FIXTURES, ...withGaps.map((c) => c.input)]);
    expect(kept.stdout.trim().split('\n').at(-1)).toMatch(new RegExp(`^${m} docs: .*, prose lost 0\\.00%, lossless docs ${m}/${m}$`));
  });

  it('fails under --min-f1 and shows what was lost', () => {
    const gold = tempDir('clean-gold');
    const vov = path.join(FIXTURES, 'sites/vov/000_c354a9142e04d908');
    // A gold with one more paragraph than the tool can find: recall drops, words are lost.
    writeFileSync(path.join(gold, '000_c354a9142e04d908.expected.txt'), readFileSync(`${vov}.expected.txt`, 'utf8') + '\nMột đoạn văn không có trong bài.\n');
    copyFileSync(`${vov}.expected.json`, path.join(gold, '000_c354a9142e04d908.expected.json'));
    const r = run(['eval', '--gold', gold, `${vov}.input.txt`, '--min-f1', '0.99', '--json']);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { rows: { recall: number; goldLost: number; metaWrong: string[] }[]; summary: { f1: number } };
    expect(json.rows[0]!.recall).toBeLessThan(1);
    expect(json.rows[0]!.goldLost).toBe(7);
    expect(json.rows[0]!.metaWrong).toEqual([]);
    expect(r.stderr).toMatch(/paragraph F1 0\.\d+ is below --min-f1 0\.99/);
  });

  it('says when no input has gold', () => {
    const r = run(['eval', '--gold', tempDir('clean-gold'), path.join(FIXTURES, 'sites/vov')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no input has a gold file');
  });

  it('matches inputs to gold by stem', () => {
    expect(stemOf('a/000_x.input.txt.gz')).toBe('000_x');
    expect(stemOf('dumps/000_x.txt')).toBe('000_x');
    expect(stemOf('page.html')).toBe('page');
  });
});

describe('clean new-site', () => {
  const SHARED = ['VIDU ONLINE', 'Chuyên trang của Hội Những người yêu Ví Dụ'];
  function samples(): string[] {
    const dir = tempDir('clean-samples');
    return [1, 2, 3].map((i) => {
      const file = path.join(dir, `bai-${i}.txt`);
      writeFileSync(file, [
        `Bài báo số ${i} về chủ đề thứ ${i} trong tháng`,
        `Đây là đoạn văn thứ nhất của bài số ${i}, có nội dung riêng và đủ dài để là văn xuôi của bài báo.`,
        `Đây là đoạn văn thứ hai của bài số ${i}, kể tiếp câu chuyện của bài báo với nhiều chi tiết khác nhau.`,
        'Góc nhìn hôm nay',
        `Một bài khác được nhiều người đọc số ${i}`,
        `Tin khác số ${i} về chủ đề này`,
        ...SHARED,
      ].join('\n'));
      return file;
    });
  }

  it('derives the id from the domain', () => {
    expect(siteIdFor('tuoitre.vn')).toBe('tuoitre');
    expect(siteIdFor('www.thoidai.com.vn')).toBe('thoidai');
    expect(siteIdFor('m.baomoi.com')).toBe('baomoi');
  });

  it('writes a module and a fixture folder whose expectations the module meets', async () => {
    const root = tempDir('clean-root');
    mkdirSync(path.join(root, 'src', 'sites'), { recursive: true });
    copyFileSync(path.join(ROOT, 'src/sites/define.ts'), path.join(root, 'src/sites/define.ts'));
    const files = samples();
    const r = run(['new-site', 'vidu.com.vn', '--from', ...files, '--root', root]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('src/sites/vidu.ts');
    const fixtures = path.join(root, 'fixtures/sites/vidu');
    expect(readdirSync(fixtures).sort()).toEqual(
      [1, 2, 3].flatMap((i) => [`bai-${i}.expected.json`, `bai-${i}.expected.txt`, `bai-${i}.input.txt`]).sort(),
    );
    const module = ((await import(path.join(root, 'src/sites/vidu.ts'))) as { default: SiteModule }).default;
    expect(module.id).toBe('vidu');
    expect(module.domains).toEqual(['vidu.com.vn']);
    expect(module.markers.map((m) => m.source)).toEqual(['^VIDU ONLINE$', '^Chuyên trang của Hội Những người yêu Ví Dụ$']);
    expect(module.sectionHeadings).toEqual(['góc nhìn hôm nay']);
    const input = readFileSync(path.join(fixtures, 'bai-2.input.txt'));
    const result = cleanDocument(input, { siteModule: module });
    if (!result.ok) throw new Error(result.error);
    expect(result.article.text).toBe(readFileSync(path.join(fixtures, 'bai-2.expected.txt'), 'utf8'));
    for (const line of [...SHARED, 'Góc nhìn hôm nay', 'Một bài khác']) expect(result.article.text).not.toContain(line);
    expect(JSON.parse(readFileSync(path.join(fixtures, 'bai-2.expected.json'), 'utf8'))).toMatchObject({ site: 'vidu.com.vn', title: 'Bài báo số 2 về chủ đề thứ 2 trong tháng' });
  });

  it('keeps the case name of samples taken from a fixture folder (no `x.input.input.txt`)', () => {
    const root = tempDir('clean-root');
    mkdirSync(path.join(root, 'src', 'sites'), { recursive: true });
    copyFileSync(path.join(ROOT, 'src/sites/define.ts'), path.join(root, 'src/sites/define.ts'));
    const files = samples().map((file) => {
      const renamed = file.replace(/\.txt$/, '.input.txt');
      copyFileSync(file, renamed);
      return renamed;
    });
    const r = run(['new-site', 'vidu.com.vn', '--from', ...files, '--root', root]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(path.join(root, 'fixtures/sites/vidu')).sort()).toEqual(
      [1, 2, 3].flatMap((i) => [`bai-${i}.expected.json`, `bai-${i}.expected.txt`, `bai-${i}.input.txt`]).sort(),
    );
  });

  it('says why it cannot draft from dumps that share no line and name no URL, and writes nothing', () => {
    const root = tempDir('clean-root');
    mkdirSync(path.join(root, 'src', 'sites'), { recursive: true });
    const dir = tempDir('clean-collapsed');
    const files = [1, 2].map((i) => {
      const file = path.join(dir, `${i}.txt`);
      writeFileSync(file, `Tiêu đề bài số ${i} của trang\nĐoạn văn riêng của bài số ${i}, đủ dài để là văn xuôi của bài báo này.\n`);
      return file;
    });
    const r = run(['new-site', 'vidu.com.vn', '--from', ...files, '--root', root]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot draft vidu\.com\.vn: no line is on every sample and 1\.txt carries no URL/);
    expect(readdirSync(path.join(root, 'src', 'sites'))).toEqual([]);
    expect(existsSync(path.join(root, 'fixtures'))).toBe(false);
    // The same texts as scraper records with the site's URL are recognised by it.
    const records = files.map((f, i) => {
      const to = path.join(dir, `${i}.json`);
      writeFileSync(to, JSON.stringify({ url: `https://vidu.com.vn/bai-${i}.html`, text: readFileSync(f, 'utf8') }));
      return to;
    });
    copyFileSync(path.join(ROOT, 'src/sites/define.ts'), path.join(root, 'src/sites/define.ts'));
    const ok = run(['new-site', 'vidu.com.vn', '--from', ...records, '--root', root]);
    expect(ok.status, ok.stderr).toBe(0);
  });

  it('refuses to overwrite a module that exists, and a folder that is not a checkout', () => {
    expect(run(['new-site', 'vov.vn', '--from', ...samples()]).stderr).toMatch(/a site module "vov" exists already/);
    const r = run(['new-site', 'vidu.vn', '--from', ...samples(), '--root', tempDir('clean-root')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is not a checkout of clean/);
  });
});

describe('the junk left by shape (scripts/junk-left.js, under each part of eval:corpus)', () => {
  const gold = 'Tiêu đề\nMở đầu bài.\nCâu một của bài. Câu hai của bài. Câu ba của bài.';
  const words = (n: number) => Array.from({ length: n }, (_, i) => `chữ${i}`).join(' ');

  it('finds each run of output words that the gold does not hold, and tells it by its shape', () => {
    const output = `Tiêu đề\nMở đầu bài.\nCâu một của bài. Ảnh: AFP Câu hai của bài. Một bức ảnh chụp đám đông trên phố Câu ba của bài. Một câu chú thích có dấu. ${words(61)}`;
    const spans = junkSpans(gold, output);
    expect(spans.map((s) => s.join(' '))).toEqual(['Ảnh: AFP', 'Một bức ảnh chụp đám đông trên phố', `Một câu chú thích có dấu. ${words(61)}`]);
    expect(spans.map(junkShape)).toEqual(['short', 'phrase', 'long']);
    expect(junkShape('Một câu chú thích có dấu.'.split(' '))).toBe('sentence');
  });

  it('counts no junk where the output only lost words, and sums words and spans per shape', () => {
    expect(junkSpans(gold, 'Tiêu đề\nCâu một của bài. Câu ba của bài.')).toEqual([]);
    const { words: left, spans } = junkLeftByShape([
      [gold, `${gold} Theo VOV`],
      [gold, `${gold.replace('Câu hai', 'Một câu chú thích có dấu. Câu hai')}`],
    ]);
    expect(left).toEqual({ phrase: 0, sentence: 6, long: 0, short: 2 });
    expect(spans).toEqual({ phrase: 0, sentence: 1, long: 0, short: 1 });
  });
});
