// Inputs on which a pattern once backtracked without end (or in quadratic time): runs of
// spaces, tags or dots in a text dump (a saved HTML page in a .txt file has all three). Each
// must come back, with its prose. Cleaned by the command line with a per-document time limit
// (5 s: each takes well under a tenth of a second, and the old patterns took 10 s to forever),
// so that a regression fails as a reported timeout instead of hanging the suite (and without
// learning a template: the documents share their lead).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';
import { cleanDocument } from '../src/index.js';
import { DEEP_RUN, mayHoldDeepRun } from '../src/parse/html.js';

const TITLE = 'Tiêu đề bài báo thử nghiệm về giao thông';
const LEAD = 'Sáng nay, nhiều tuyến đường ở Hà Nội ùn tắc kéo dài vì mưa lớn.';

/** `count` tosses of a coin, the same on every run (a linear congruential generator). */
function coins(count: number): boolean[] {
  let seed = 20261206;
  return Array.from({ length: count }, () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return ((seed >>> 16) & 1) === 1;
  });
}

/** `a`, `b`, … `ba`: a name for each number with no figure in it (sentences that differ in figures only are a bulletin's). */
function letterName(n: number): string {
  let name = '';
  for (let rest = n; ; rest = Math.floor(rest / 26)) {
    name += String.fromCharCode(97 + (rest % 26));
    if (rest < 26) return name;
  }
}

const CASES: Record<string, string> = {
  // Exponential: every part of the share widget pattern's repetition was optional.
  'share-line': `Share${' '.repeat(60)}x`,
  // Exponential: each script element could also be read as two tags, or run on to a later
  // closing tag, before the text at the end failed the whole-line pattern.
  'tag-line': `${'<script src="/js/a.js"></script>'.repeat(40)} chữ`,
  // Quadratic: a credit's trailing separators trimmed with `[\s,;:.-]+$`.
  'dot-run': `Theo X${'.'.repeat(120_000)}y`,
  // Quadratic: a name test split a page of spaces at dashes.
  'space-run': `Xe mới ra mắt hôm qua. Ảnh về mẫu xe: Minh${'.'.repeat(120_000)}x - Trang`,
  // Quadratic: every sentence that opens like another was compared with each of the others.
  'same-sentence': `${'Người dân ở đây đùa rằng hổ béo như vậy là do ăn quá nhiều trong dịp Tết vừa qua. '.repeat(20_000)}Hết`,
  // Quadratic: each of 10^5 linked arrows was cut, and from each cut's end the spaces of the
  // masked text (every cut blanked) were skipped to the end of the line.
  'arrow-run': ' →'.repeat(100_000),
  // Quadratic: each position marker's caption was looked for back to the paragraph's start and
  // on to its end, and each marker's word found by a search from the first word.
  'position-markers': ' (trái)'.repeat(20_000),
  // Quadratic: each photo credit's caption was looked for back to the previous sentence's end,
  // and each credit found checked against every credit found before it.
  'illustration-notes': ' Ảnh minh họa'.repeat(20_000),
  'bracketed-credits': ' (Ảnh: X)'.repeat(20_000),
  'labelled-credits': ' Ảnh: A'.repeat(20_000),
  // Quadratic: before a stock picture's mark, each sentence was searched for in the whole article.
  'stock-pictures': ' Một hai ba bốn năm sáu bảy tám chín mười. Ảnh minh họa'.repeat(20_000),
  // Quadratic: each teaser's marker (`Bấm xem >>`) was read back to the previous sentence's end.
  'teaser-markers': ' Bấm xem >>'.repeat(20_000),
  // Quadratic: a tag's tail (`src="…">`) was tried at each attribute of a run that never closes.
  'tag-tails': ' src="x"'.repeat(40_000),
  // Quadratic: where a photo story kept its captions as text, each caption found was looked for
  // in the text of every caption cut it kept.
  'photo-story-captions': Array.from({ length: 40_000 }, (_, i) => ` Bài ${i}: Ảnh: Mưa lớn ${i}. Ảnh: Xe ${i}.`).join(''),
  // Quadratic: each sentence that might have a copy was read on to its end mark, and where the
  // full stops are initials' (`A.`, no sentence's end) that was the paragraph's end, for each.
  initials: coins(40_000).map((heads) => (heads ? 'A. ' : '- ')).join(''),
  // Quadratic: each copy of a line was added to its group by copying the group.
  'same-line': Array(20_000).fill('Một dòng giống hệt nhau ở mọi nơi trên trang báo.').join('\n'),
  // Each sentence printed twice in a row (repeated-sentences cuts every second copy), and a
  // passage printed twice: the words both copies share are read once for each copy.
  'sentence-pairs': Array.from({ length: 20_000 }, (_, i) => `Câu ${letterName(i)} của bài báo này được in hai lần liên tiếp bởi trang web.`).map((s) => `${s} ${s}`).join(' '),
  'same-opening': Array.from({ length: 20_000 }, (_, i) => `Người dân ở đây đùa rằng hổ béo như vậy là do ăn quá nhiều trong dịp Tết thứ ${i}.`).join(' '),
};

/** HTML pages, each with the lead as a paragraph of its article. */
const HTML_CASES: Record<string, string> = {
  // Quadratic: each candidate container's text was read anew, and with inline tags never closed
  // (`<em>` after `<em>`) each one holds the rest of the page (3,000 of them: 8 s).
  'unclosed-inline-tags': Array.from({ length: 12_000 }, (_, i) => `<p>Đoạn ${i} của bài, có dấu phẩy, và chấm.</p><em>`).join(''),
  // Quadratic: each paragraph-like element's text (a blockquote, a list item, a div's own text)
  // was read anew, and each such element never closed holds the rest of the page.
  'unclosed-blockquotes': Array.from({ length: 6_000 }, (_, i) => `<blockquote><p>Đoạn ${i}, có phẩy, chấm.</p>`).join(''),
  'unclosed-lists': Array.from({ length: 12_000 }, (_, i) => `<li><p>Đoạn ${i}, có phẩy.</p><ul>`).join(''),
  'text-in-unclosed-divs': Array.from({ length: 12_000 }, (_, i) => `<div>Đoạn ${i}, có phẩy, chấm.<em>`).join(''),
  'unclosed-spans': Array.from({ length: 12_000 }, (_, i) => `<p>Đoạn ${i}, có phẩy.<span>`).join(''),
  // Quadratic: each hover card (a picture and links in a span of a paragraph) was tested against
  // every other for the innermost; set 60 boxes deep, each test climbs far.
  'hover-cards': `${'<div>'.repeat(60)}<p>Sáng nay, mưa lớn, đường ngập ${Array.from({ length: 8_000 }, () => '<span><img src="a.jpg"><a href="/1">1</a><a href="/2">2</a><a href="/3">3</a></span>').join(' ')} chấm.</p>${'</div>'.repeat(60)}`,
};

describe('inputs that made a pattern backtrack', () => {
  it('cleans each in well under its time limit and keeps the prose', () => {
    const input = tempDir('patho-in-');
    const output = tempDir('patho-out-');
    for (const [name, line] of Object.entries(CASES)) writeFileSync(path.join(input, `${name}.txt`), [TITLE, LEAD, line].join('\n'));
    for (const [name, body] of Object.entries(HTML_CASES)) writeFileSync(path.join(input, `${name}.html`), `<html><body><article><h1>${TITLE}</h1><p>${LEAD}</p>${body}</article></body></html>`);
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'clean.js'), input, '--out', output, '--timeout', '5', '--no-learn', '--quiet'], {
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', NO_COLOR: '1' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const name of [...Object.keys(CASES), ...Object.keys(HTML_CASES)]) expect(readFileSync(path.join(output, `${name}.txt`), 'utf8'), name).toContain(LEAD);
  }, 120_000);
});

describe('HTML that nests without end', () => {
  it('cleans a page of 100,000 nested divs (the text and selector code recurse a level at a time) and keeps its text', () => {
    const input = tempDir('patho-in-');
    const body = 'Các tuyến phố Láng, Nguyễn Trãi và Trường Chinh ngập sâu, nhiều xe chết máy giữa đường, người dân phải dắt bộ.';
    const page = `<html><body>${'<div>'.repeat(100_000)}${TITLE}${'</div>'.repeat(100_000)}<p>${LEAD}</p><p>${body}</p></body></html>`;
    writeFileSync(path.join(input, 'deep.html'), page);
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'clean.js'), path.join(input, 'deep.html')], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(LEAD);
    expect(run.stdout).toContain(body);
  }, 60_000);

  it('keeps the text inside a nesting run it cuts short before parsing', () => {
    const deep = `<html><body>${'<div class="x">'.repeat(5_000)}<p>${LEAD}</p><p>Các tuyến phố Láng và Nguyễn Trãi ngập sâu, nhiều xe chết máy giữa đường.</p>${'</div>'.repeat(5_000)}</body></html>`;
    const result = cleanDocument(deep, { markup: 'html', site: 'generic' });
    if (!result.ok) throw new Error(result.error);
    expect(result.article.text).toContain(LEAD);
    expect(result.article.text).toContain('Các tuyến phố Láng và Nguyễn Trãi ngập sâu');
  });
});


describe('the scan that decides whether a page needs its nesting runs cut', () => {
  // The regex that cuts runs tries a run at every `<` of every page; a linear scan runs first
  // and lets it run only where a run may be. The scan may say yes where the regex finds
  // nothing (then the regex decides), never no where the regex would cut.
  const depth = 512;
  const pieces = ['<div>', '<div class="a b">', '<br/>', '</div>', ' ', '\n\t', '\u00a0', '\u3000', 'chữ', '<a\nhref="x">', '<!-- c -->', '<1>', '<>', '<p'];
  let seed = 20261206;
  const random = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const page = () => {
    const parts: string[] = [];
    // A long run of one kind of opening tag, with the same separator between, then noise.
    const run = 480 + random(80);
    const tag = pieces[random(3)]!;
    const between = [' ', '\n\t', '\u00a0', '\u3000', '', 'x'][random(6)]!;
    for (let i = 0; i < random(20); i++) parts.push(pieces[random(pieces.length)]!);
    for (let i = 0; i < run; i++) parts.push(tag, between);
    if (random(3) === 0) parts.splice(random(parts.length), 0, pieces[3 + random(pieces.length - 3)]!);
    for (let i = 0; i < random(20); i++) parts.push(pieces[random(pieces.length)]!);
    return parts.join('');
  };

  it('says yes wherever the regex would cut, over 400 generated pages', () => {
    let cut = 0;
    for (let i = 0; i < 400; i++) {
      const html = page();
      DEEP_RUN.lastIndex = 0;
      const regexCuts = DEEP_RUN.test(html);
      if (regexCuts) cut++;
      if (regexCuts) expect(mayHoldDeepRun(html), JSON.stringify(html.slice(0, 80))).toBe(true);
    }
    // Both kinds were generated: pages the regex cuts, and pages it leaves.
    expect(cut).toBeGreaterThan(50);
    expect(cut).toBeLessThan(350);
  });

  it(`says no for a page with runs shorter than ${depth} tags, and yes at ${depth}`, () => {
    const nested = (n: number) => `<html><body>${'<div class="x">\n  '.repeat(n)}chữ${'</div>'.repeat(n)}</body></html>`;
    expect(mayHoldDeepRun(nested(depth - 3))).toBe(false);
    expect(mayHoldDeepRun(nested(depth))).toBe(true);
    expect(mayHoldDeepRun('<p>chữ</p>'.repeat(10_000))).toBe(false);
  });

  it('reads a hostile page of tags that never close in one pass (each `<` once, not to the end again)', () => {
    // Quadratic before: 10^6 `<a` took seconds per page; now a few milliseconds. Vitest's limit
    // fails the test if it ever searches to the end from every `<` again.
    for (const page of ['<a'.repeat(1_000_000), `${'<a'.repeat(1_000_000)}>`, `${'<a b'.repeat(500_000)}>`]) {
      DEEP_RUN.lastIndex = 0;
      expect(DEEP_RUN.test(page)).toBe(false);
      expect(mayHoldDeepRun(page)).toBe(false);
    }
  });
});
