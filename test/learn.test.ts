// Template learning (thresholds by site size, copies counted once, the title spared, bounded
// tables), the CLI's --no-learn / --save-template / --template / --learn-from, and near-duplicate
// flagging (`fingerprint`, `duplicateOf`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument, documentLines } from '../src/index.js';
import { TemplateLearner, templateLookup, MIN_DOCUMENTS } from '../src/learn/template.js';
import { DuplicateIndex, fingerprint, hammingDistance } from '../src/learn/fingerprint.js';
import { withDuplicateOf } from '../src/io/output.js';
import { keyHash, lineHash, MAX_TEMPLATE_LINE_CHARS } from '../src/learn/line-hash.js';
import { lineKey } from '../src/rules/text-shape.js';
import { FIXTURES, ROOT, tempDir } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'clean.js');
const MENU = 'Chuyên trang của Hội Những người yêu Ví Dụ';
const SLOGAN = 'Ví Dụ Online - Thông tin nhanh, chính xác và tin cậy';

/** Page `i` of example.vn: a title, the menu line, two paragraphs of its own, maybe the slogan. */
function page(i: number, withSlogan = true): string {
  return [
    `Bài báo số ${i} về chủ đề thứ ${i} trong tháng này`,
    MENU,
    `Đây là đoạn văn thứ nhất của bài số ${i}, có nội dung riêng và đủ dài để là văn xuôi của bài báo.`,
    `Đây là đoạn văn thứ hai của bài số ${i}, kể tiếp câu chuyện của bài báo với nhiều chi tiết khác nhau.`,
    ...(withSlogan ? [SLOGAN] : []),
  ].join('\n');
}

const options = (i: number) => ({ path: `dumps/example.vn/${i}.txt` });

function learn(pages: string[]) {
  const learner = new TemplateLearner();
  pages.forEach((p, i) => learner.add(documentLines(p, options(i))!));
  return learner.build();
}

function cleanWith(pages: string[], i: number): string {
  const result = cleanDocument(pages[i]!, { ...options(i), template: templateLookup(learn(pages)) });
  if (!result.ok) throw new Error(result.error);
  return result.article.text;
}

describe('template learning', () => {
  it('learns nothing from one or two pages of a site', () => {
    for (const n of [1, 2]) {
      const pages = Array.from({ length: n }, (_, i) => page(i));
      expect(learn(pages).sites).toEqual({});
      expect(cleanWith(pages, 0)).toContain(MENU);
    }
  });

  it(`takes a line found on all of ${MIN_DOCUMENTS} pages as template`, () => {
    const pages = [0, 1, 2].map((i) => page(i));
    const template = learn(pages);
    expect(template.sites['example.vn']!.lines.map((l) => l.text).sort()).toEqual([MENU, SLOGAN].sort());
    const text = cleanWith(pages, 1);
    expect(text).not.toContain(MENU);
    expect(text).not.toContain(SLOGAN);
    expect(text).toContain('Đây là đoạn văn thứ nhất của bài số 1');
  });

  it('on 50 pages, needs 20 % of them: a line on 10 goes, a line on 9 stays', () => {
    const pages = Array.from({ length: 50 }, (_, i) => page(i, false));
    const often = 'Mời bạn đọc gửi ý kiến về địa chỉ của chuyên mục';
    const seldom = 'Chương trình khuyến mãi dành riêng cho hội viên';
    for (let i = 0; i < 10; i++) pages[i] += `\n${often}`;
    for (let i = 10; i < 19; i++) pages[i] += `\n${seldom}`;
    const texts = learn(pages).sites['example.vn']!.lines.map((l) => l.text);
    expect(texts).toContain(often);
    expect(texts).not.toContain(seldom);
    expect(texts).toContain(MENU);
    expect(cleanWith(pages, 12)).toContain(seldom);
  });

  it('counts copies of one article once, so that its sentences never become template', () => {
    const story = page(7);
    const pages = [story, story.replace('Bài báo số 7', 'Bản sao: bài báo số 7'), story + '\nNguồn: một trang khác'];
    expect(learn(pages).sites).toEqual({});
  });

  it('counts copies of a collapsed article (one long body line) once, also when one ends with a line more', () => {
    const body = Array.from({ length: 40 }, (_, i) => `Câu thứ ${i} của bài báo kể một chi tiết riêng.`).join(' ');
    const endings = ['', '', ' Câu thêm ở cuối bản sao thứ nhất.', ' Câu thêm ở cuối bản sao thứ hai.'];
    const pages = endings.map((ending) => `Tiêu đề của bài báo\n${body}${ending}\nNguồn: một trang khác`);
    expect(body.length).toBeGreaterThan(MAX_TEMPLATE_LINE_CHARS);
    expect(learn(pages).sites).toEqual({});
  });

  it(`never takes a line over ${MAX_TEMPLATE_LINE_CHARS} characters for template: furniture is short`, () => {
    const long = Array.from({ length: 30 }, (_, i) => `Điều khoản thứ ${i} của trang áp dụng cho mọi bạn đọc.`).join(' ');
    expect(long.length).toBeGreaterThan(MAX_TEMPLATE_LINE_CHARS);
    const counted = documentLines(`${page(0)}\n${long}`, options(0))!.hashes;
    expect(counted).toContain(lineHash(MENU));
    expect(counted).not.toContain(lineHash(long));
  });

  it('never drops the title, even when every page has the same one', () => {
    const pages = [0, 1, 2].map((i) => page(i).replace(/^[^\n]+/, 'Bản tin sáng nay của chuyên trang'));
    expect(cleanWith(pages, 0).split('\n')[0]).toBe('Bản tin sáng nay của chuyên trang');
  });

  it('keeps a section heading its own reason, so that its section still goes with it', () => {
    const pages = [0, 1, 2].map((i) => `${page(i)}\nTin liên quan\nMột bài báo khác rất đáng đọc trong ngày hôm nay số ${i}`);
    const result = cleanDocument(pages[0]!, { ...options(0), template: templateLookup(learn(pages)) });
    if (!result.ok) throw new Error(result.error);
    const reasons = result.article.blocks.filter((b) => b.verdict && !b.verdict.keep).map((b) => b.verdict!.reason);
    expect(reasons).toContain('template');
    expect(result.article.text).not.toContain('Một bài báo khác');
    expect(result.article.metadata.tool.template).toMatch(/^[0-9a-f]{12}$/);
  });

  it('says whether a template is possible: while no line has met the thresholds so far, none is', () => {
    // Random documents over a few groups and a small alphabet of lines: at every step, a learner
    // that has not seen a template line builds an empty template, and one that builds a
    // non-empty template has seen one.
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    let empties = 0;
    let templates = 0;
    for (let trial = 0; trial < 200; trial++) {
      const learner = new TemplateLearner();
      const alphabet = 5 + random(60);
      for (let d = 0; d < 40; d++) {
        const hashes = [...new Set(Array.from({ length: 1 + random(6) }, () => 1 + random(alphabet)))];
        learner.add({ group: `g${random(3)}`, hashes, texts: [], articleKey: d });
        const empty = Object.keys(learner.build().sites).length === 0;
        if (!learner.sawTemplateLine) expect(empty).toBe(true);
        if (!empty) expect(learner.sawTemplateLine).toBe(true);
        if (empty && !learner.sawTemplateLine) empties++;
        if (!empty) templates++;
      }
    }
    // Both cases were met many times.
    expect(empties).toBeGreaterThan(500);
    expect(templates).toBeGreaterThan(500);
  });

  it('keeps its tables bounded: one-off lines are pruned first', () => {
    const learner = new TemplateLearner();
    for (let d = 0; d < 2_100; d++) {
      const hashes = Array.from({ length: 100 }, (_, i) => d * 1000 + i);
      hashes.push(42_000_000_000); // on every page
      learner.add({ group: 'big', hashes, texts: hashes.map(() => null), articleKey: d });
    }
    const site = learner.build().sites.big!;
    expect(site.documents).toBe(2_100);
    expect(site.lines.map((l) => l.documents)).toEqual([2_100]);
  });
});

describe('template flags', () => {
  function siteTree(pages: number): string {
    const dir = tempDir('clean-learn');
    mkdirSync(path.join(dir, 'example.vn'));
    for (let i = 0; i < pages; i++) writeFileSync(path.join(dir, 'example.vn', `${i}.txt`), page(i));
    return dir;
  }
  const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input: '', env: { ...process.env, CI: 'true' } });
  const outText = (out: string) => readFileSync(path.join(out, 'example.vn', '0.txt'), 'utf8');

  it('learns by default, not with --no-learn; saves and reuses a template; learns from another folder', () => {
    const inputs = siteTree(4);
    const [learned, unlearned, reused, elsewhere] = [0, 1, 2, 3].map(() => tempDir('clean-learn-out'));
    const saved = path.join(tempDir('clean-learn-template'), 'template.json');
    expect(run([inputs, '--out', learned, '--save-template', saved]).status).toBe(0);
    expect(outText(learned)).not.toContain(MENU);
    expect(run([inputs, '--out', unlearned, '--no-learn']).status).toBe(0);
    expect(outText(unlearned)).toContain(MENU);

    // One page alone learns nothing, but the saved template or a bigger folder knows the site.
    const one = path.join(inputs, 'example.vn', '0.txt');
    expect(run([one, '--out', reused, '--template', saved]).status).toBe(0);
    expect(readFileSync(path.join(reused, '0.txt'), 'utf8')).not.toContain(MENU);
    expect(run([path.join(inputs, 'example.vn'), '--out', elsewhere, '--learn-from', inputs]).status).toBe(0);
    expect(readFileSync(path.join(elsewhere, '0.txt'), 'utf8')).not.toContain(MENU);
  });

  it('cleans HTML pages the same with the pages read while learning as with a saved template (each page parsed once)', () => {
    const dir = tempDir('clean-learn-html');
    mkdirSync(path.join(dir, 'example.vn'));
    for (let i = 0; i < 4; i++) {
      const [title, , ...body] = page(i).split('\n');
      const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
      writeFileSync(path.join(dir, 'example.vn', `${i}.html`), html);
    }
    const [learned, reused] = [0, 1].map(() => tempDir('clean-learn-out'));
    const saved = path.join(tempDir('clean-learn-template'), 'template.json');
    expect(run([dir, '--out', learned, '--save-template', saved, '--jobs', '2']).status).toBe(0);
    expect(readFileSync(path.join(learned, 'example.vn', '0.txt'), 'utf8')).not.toContain(SLOGAN);
    expect(run([dir, '--out', reused, '--template', saved]).status).toBe(0);
    for (const file of readdirSync(path.join(learned, 'example.vn'))) {
      expect(readFileSync(path.join(learned, 'example.vn', file), 'utf8'), file).toBe(readFileSync(path.join(reused, 'example.vn', file), 'utf8'));
    }
  });

  /** Every output file under `dir`, by relative path. */
  const outputs = (dir: string) =>
    Object.fromEntries(
      readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => /\.(txt|json)$/.test(f))
        .sort()
        .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]),
    );

  /** `count` pages of unknown sites with nothing in common: no template in them. */
  function unrelatedPages(dir: string, count: number): void {
    mkdirSync(path.join(dir, 'aaa'), { recursive: true });
    for (let i = 0; i < count; i++) {
      const words = ['sông', 'núi', 'biển', 'rừng', 'đồng', 'phố', 'chợ', 'làng'];
      const body = (k: number) => `Câu chuyện số ${i * 10 + k} kể về ${words[(i + k) % words.length]} và ${words[(i * 3 + k) % words.length]} vào năm ${1900 + i * 7 + k}, với nhiều chi tiết riêng của nó.`;
      writeFileSync(path.join(dir, 'aaa', `${i}.txt`), [`Tin thứ ${i} trong ngày hôm nay ở nơi ${i}`, body(1), body(2)].join('\n'));
    }
  }

  // A run learns while it cleans where it can start over (see LearningAlongside in run.ts);
  // --verbose makes it learn in a pass of its own first, as it did always before.
  it('learning while cleaning writes what a learning pass first writes, when no template is found', () => {
    const dir = tempDir('clean-learn-alongside');
    unrelatedPages(dir, 60);
    const [alongside, firstPass, unlearned] = [0, 1, 2].map(() => tempDir('clean-learn-out'));
    const [savedAlongside, savedFirst] = [0, 1].map(() => path.join(tempDir('clean-learn-template'), 'template.json'));
    expect(run([dir, '--out', alongside, '--jobs', '2', '--save-template', savedAlongside]).status).toBe(0);
    expect(run([dir, '--out', firstPass, '--jobs', '2', '--save-template', savedFirst, '--verbose']).status).toBe(0);
    expect(run([dir, '--out', unlearned, '--no-learn']).status).toBe(0);
    expect(Object.keys(outputs(alongside))).toHaveLength(120);
    expect(outputs(alongside)).toEqual(outputs(firstPass));
    expect(outputs(alongside)).toEqual(outputs(unlearned));
    expect(readFileSync(savedAlongside, 'utf8')).toBe(readFileSync(savedFirst, 'utf8'));
    expect(JSON.parse(readFileSync(savedAlongside, 'utf8')).sites).toEqual({});
  });

  it('starts over with a learning pass once a template line shows up, also late, and reports each failure once', () => {
    // 60 pages with no template, a broken file among them, then a site whose pages share a menu.
    const dir = tempDir('clean-learn-late');
    unrelatedPages(dir, 60);
    writeFileSync(path.join(dir, 'aaa', 'broken.txt.gz'), 'not gzip at all');
    mkdirSync(path.join(dir, 'example.vn'));
    for (let i = 0; i < 6; i++) writeFileSync(path.join(dir, 'example.vn', `${i}.txt`), page(i));
    const firstPass = tempDir('clean-learn-out');
    const saved = path.join(tempDir('clean-learn-template'), 'template.json');
    const reference = run([dir, '--out', firstPass, '--verbose', '--save-template', saved]);
    expect(reference.status).toBe(1);
    for (const jobs of ['1', '2']) {
      const out = tempDir('clean-learn-out');
      const report = path.join(tempDir('clean-learn-report'), 'report.json');
      const savedAlongside = path.join(tempDir('clean-learn-template'), 'template.json');
      const r = run([dir, '--out', out, '--jobs', jobs, '--report', report, '--save-template', savedAlongside]);
      expect(r.status).toBe(1);
      expect(outputs(out)).toEqual(outputs(firstPass));
      expect(readFileSync(path.join(out, 'example.vn', '0.txt'), 'utf8')).not.toContain(MENU);
      expect(readFileSync(savedAlongside, 'utf8')).toBe(readFileSync(saved, 'utf8'));
      const failures = r.stderr.split('\n').filter((line) => line.includes('broken.txt.gz'));
      expect(failures).toHaveLength(1);
      const counts = JSON.parse(readFileSync(report, 'utf8'));
      expect([counts.documents, counts.cleaned, counts.failed, counts.failures.length]).toEqual([67, 66, 1, 1]);
    }
  });

  it('rejects a template file that is not one', () => {
    const bad = path.join(tempDir('clean-learn'), 't.json');
    writeFileSync(bad, '{"sites": {}}');
    const r = run([siteTree(1), '--out', tempDir('clean-learn-out'), '--template', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`clean: --template ${bad}: not a clean template (expected "format": "clean-template/2")`);
  });

  it('refuses a template saved by an earlier version, whose line hashes match nothing now', () => {
    const old = path.join(tempDir('clean-learn'), 't.json');
    writeFileSync(old, JSON.stringify({ format: 'clean-template/1', minDocuments: 3, minShare: 0.2, sites: {} }));
    const r = run([siteTree(1), '--out', tempDir('clean-learn-out'), '--template', old]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`clean: --template ${old}: a template of another version of clean ("clean-template/1", this one reads "clean-template/2"): learn it again with --save-template`);
  });

  it('hashes a line as the hash of its key, without making the key', () => {
    // Every line of the fixtures, and the edges of the key: white space and marks around it,
    // runs inside it, characters that cannot be lower-cased alone (İ, Σ, a letter outside the BMP).
    const lines = readdirSync(FIXTURES, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(path.join(FIXTURES, f), 'utf8').split('\n'));
    const edges = ['', 'abc', 'abcd', '  Abcd  ', '1234', '12345 .', '. Tin mới', ' \t . ,Tin\u00a0 \u2003 mới …! ', 'TIN  MỚI ...', 'Tin: mới:', ':::Tin', 'İstanbul hôm nay', 'ΣΟΦΙΑ ΚΑΙ ΛΟΓΟΣ', '𝐓𝐢𝐧 mới nhất', 'x.y.z', '…', 'ab …c', '\ufeffTin mới\u3000'];
    expect(lines.length).toBeGreaterThan(400);
    for (const line of [...lines, ...edges]) expect(lineHash(line), JSON.stringify(line)).toBe(keyHash(lineKey(line)));
    // Lines the key makes one (case, spacing, trailing marks) hash as one; others do not.
    expect(lineHash('Đọc  thêm:')).toBe(lineHash('đọc thêm'));
    expect(lineHash('Đọc thêm')).not.toBe(lineHash('Đọc thêm tin'));
    expect(lineHash('a 1.')).toBeNull();
  });
});

describe('near-duplicates', () => {
  const article = readFileSync(path.join(FIXTURES, 'sites/vov/000_c354a9142e04d908.expected.txt'), 'utf8');

  it('gives copies of an article close fingerprints and different articles far ones', () => {
    const other = readFileSync(path.join(FIXTURES, 'sites/congluan/002_edbff804db4a8219.expected.txt'), 'utf8');
    const copy = `Tiêu đề khác cho cùng bài\n\n${article.split('\n').slice(2).join('\n')}\n\nTheo VOV`;
    const a = fingerprint(article)!;
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(hammingDistance(a, fingerprint(copy)!)).toBeLessThanOrEqual(3);
    expect(hammingDistance(a, fingerprint(other)!)).toBeGreaterThan(10);
    expect(fingerprint('Quá ngắn để so sánh')).toBeNull();
  });

  it('keeps its fingerprints from one version to the next (outputs of earlier runs are compared with new ones)', () => {
    expect(fingerprint(article)).toBe('ff810a26ec3d0b88');
    // Longer than any text before it in this file, so the word buffers grow during this call,
    // and it ends in a word (no separator after the last one).
    const long = 'Tiêu đề\n' + Array.from({ length: 9000 }, (_, i) => `từ${(i * 7919) % 1201}`).join(' ');
    expect(fingerprint(long)).toBe('337a75725e3f1f74');
    expect(fingerprint(long + ' ')).toBe(fingerprint(long));
  });

  it('ignores case as toLowerCase does, for capitals that lower alone and those that do not (Σ, İ, surrogate pairs)', () => {
    const words = ['ĐÀ NẴNG', 'Ấn Độ', 'ΟΔΥΣΣΕΑΣ', 'ΣΟΦΊΑ', 'İSTANBUL', 'МОСКВА', '𐐀𐐁𐐂', 'ＡＢＣ', 'Ⅻ', 'ⒶⒷ', 'ǅ', 'Ǆ', 'ẞ', 'KELVIN'];
    // One word repeated: every shingle is the same, so a word hashed differently shows in ~half the bits.
    for (const word of words) {
      const text = `Tiêu đề\n${`${word} `.repeat(40)}`;
      expect(fingerprint(text), word).toBe(fingerprint(text.toLowerCase()));
    }
    expect(fingerprint('Tiêu đề\n' + 'ĐÀ NẴNG '.repeat(40))).not.toBe(fingerprint('Tiêu đề\n' + 'ĐA NĂNG '.repeat(40)));
  });

  it('flags the later copies with the path of the first, whatever order they finish in', () => {
    const index = new DuplicateIndex();
    const fp = fingerprint(article)!;
    const near = (fp.slice(0, 15) + ((parseInt(fp[15]!, 16) ^ 1).toString(16)));
    expect(index.offer(fp, 'a.txt')).toBeNull();
    expect(index.offer(near, 'b.txt')).toBe('a.txt');
    expect(index.offer(null, 'c.txt')).toBeNull();
  });

  it('writes duplicateOf into the later copy in a folder run, the same for any --jobs', () => {
    const dir = tempDir('clean-dup');
    const input = readFileSync(path.join(FIXTURES, 'sites/vov/000_c354a9142e04d908.input.txt'), 'utf8');
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in', 'a.txt'), input);
    writeFileSync(path.join(dir, 'in', 'b.txt'), input.replace('Mỹ sẽ mời Nga', 'Mỹ có thể mời Nga'));
    writeFileSync(path.join(dir, 'in', 'c.txt'), readFileSync(path.join(FIXTURES, 'sites/congluan/002_edbff804db4a8219.input.txt')));
    for (const jobs of ['1', '2']) {
      const out = path.join(dir, `out-${jobs}`);
      expect(spawnSync(process.execPath, [BIN, path.join(dir, 'in'), '--out', out, '--jobs', jobs], { env: { ...process.env, CI: 'true' } }).status).toBe(0);
      const meta = (f: string) => JSON.parse(readFileSync(path.join(out, f), 'utf8')) as { duplicateOf: string | null; fingerprint: string };
      expect(meta('a.json').duplicateOf).toBeNull();
      expect(meta('b.json').duplicateOf).toBe('a.txt');
      expect(meta('c.json').duplicateOf).toBeNull();
    }
    // Streamed: the copy's line carries the flag too.
    const lines = spawnSync(process.execPath, [BIN, path.join(dir, 'in'), '--format', 'jsonl'], { encoding: 'utf8', env: { ...process.env, CI: 'true' } }).stdout;
    expect(lines.trim().split('\n').map((l) => (JSON.parse(l) as { duplicateOf: string | null }).duplicateOf)).toEqual([null, 'a.txt', null]);
  });

  it('sets duplicateOf in a .json or a jsonl line as parsing and writing it again would', () => {
    // A text that quotes the key itself, and a record with a key of that name, must not be touched.
    const metadata = { title: 'T', text: 'a "duplicateOf": null and "duplicateOf":null', fingerprint: '0123456789abcdef', duplicateOf: null as string | null, record: { duplicateOf: null }, tool: { name: 'clean' } };
    const pretty = JSON.stringify(metadata, null, 2) + '\n';
    const line = JSON.stringify(metadata) + '\n';
    const rebuilt = (value: string | null, spaced: boolean) => JSON.stringify({ ...metadata, duplicateOf: value }, null, spaced ? 2 : undefined) + '\n';
    expect(withDuplicateOf(pretty, 'vov/a "b".txt')).toBe(rebuilt('vov/a "b".txt', true));
    expect(withDuplicateOf(line, 'vov/a "b".txt')).toBe(rebuilt('vov/a "b".txt', false));
    // A copy no longer: an earlier flag is taken back.
    expect(withDuplicateOf(rebuilt('x.txt', true), null)).toBe(pretty);
    expect(withDuplicateOf(rebuilt('x.txt', true), 'y.txt')).toBe(rebuilt('y.txt', true));
  });
});
