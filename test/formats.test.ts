// Every kind of input a scraper produces, and bad input that must fail alone and loudly.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cleanDocument, cleanInput } from '../src/index.js';
import { sanitizeId } from '../src/io/formats.js';
import { FIXTURES, ROOT, tempDir } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'clean.js');
const VOV = path.join(FIXTURES, 'sites/vov/000_c354a9142e04d908');
const vovText = readFileSync(`${VOV}.input.txt`, 'utf8');
const vovExpected = readFileSync(`${VOV}.expected.txt`, 'utf8');

/** An HTML page through the generic engine: its article, or the test fails with the error. */
function htmlArticle(page: string) {
  const result = cleanDocument(page, { markup: 'html', site: 'generic' });
  if (!result.ok) throw new Error(result.error);
  return result.article;
}

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}


describe('HTML pages', () => {
  const page = `<!doctype html><html><head><meta charset="utf-8">
    <meta property="og:title" content="Mỹ sẽ mời Nga tham dự hội nghị APEC 2023">
    <meta property="article:published_time" content="2022-12-13T08:30:00+07:00">
    <link rel="canonical" href="https://vov.vn/the-gioi/my-se-moi-nga-post1.vov">
    <script>var tracking = "Tin liên quan";</script></head>
    <body><nav><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a></nav>
    <article class="article-content"><h1>Mỹ sẽ mời Nga tham dự hội nghị APEC 2023</h1>
    ${vovExpected.split('\n\n').slice(1).map((p) => `<p>${p.trim()}</p>`).join('\n')}
    </article><div class="box-comment"><p>Bình luận của bạn về bài viết này, hãy gửi cho chúng tôi.</p></div>
    <footer>© VOV.VN. Ghi rõ nguồn khi phát hành lại.</footer></body></html>`;

  it('extracts the article, its title and date, and finds the site by the canonical URL', () => {
    const [outcome] = cleanInput(Buffer.from(page), { path: 'page.html' });
    if (!outcome?.result.ok) throw new Error('not cleaned');
    const { text, metadata } = outcome.result.article;
    expect(text).toBe(vovExpected);
    expect(metadata.published).toBe('2022-12-13T08:30:00+07:00');
    expect(metadata.site).toEqual({ id: 'vov', domain: 'vov.vn', detectedBy: 'url' });
    expect(metadata.source.format).toBe('html');
  });

  it('reads an HTML fragment on stdin (an article element) as HTML; a text dump stays text', () => {
    const fragment = `<article><h1>Bão số 3 đổ bộ vào Quảng Ninh</h1><p>${vovExpected.split('\n\n')[1]!.trim()}</p></article>`;
    const [html] = cleanInput(Buffer.from(fragment), { path: null });
    if (!html?.result.ok) throw new Error('not cleaned');
    expect(html.result.article.metadata.source.format).toBe('html');
    expect(html.result.article.text).toBe(`Bão số 3 đổ bộ vào Quảng Ninh\n\n${vovExpected.split('\n\n')[1]!.trim()}\n`);
    const [text] = cleanInput(Buffer.from(vovText), { path: null });
    if (!text?.result.ok) throw new Error('not cleaned');
    expect(text.result.article.metadata.source.format).toBe('text');
  });

  it('takes the headline the page shows (the h1 its <title> holds) over a title rewritten for sharing or one with the site name; not a logo\'s h1', () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} of the story tells, with care and in detail, what the singer said about her old record label this week.</p>`).join('');
    const headline = 'Taylor Swift is allowed to play her music at the AMAs after all';
    const titled = (head: string, h1s: string) => htmlArticle(`<html><head>${head}</head><body>${h1s}<article>${body}</article></body></html>`).metadata.title;
    expect(titled(`<title>${headline} - BBC News</title><meta property="og:title" content="Taylor Swift's AMA row seems to be over">`, `<h1>${headline}</h1>`)).toBe(headline);
    expect(titled(`<title>${headline} | BBC News</title><meta property="og:title" content="${headline} | BBC News">`, `<h1>${headline}</h1>`)).toBe(headline);
    // The site's logo in an h1 before the headline's: the title's end, not its most part.
    expect(titled(`<title>${headline} - BBC News</title>`, `<h1>BBC News</h1><h1>${headline}</h1>`)).toBe(headline);
  });

  it('takes the author from the first author tag that is not the site\'s own name, else from a byline element in Vietnamese', () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>Đoạn ${i} của bài viết kể lại, cẩn thận và chi tiết, những gì đã xảy ra ở Lai Châu trong trận lũ quét đêm qua.</p>`).join('');
    const author = (head: string, after = '') =>
      htmlArticle(`<html><head><link rel="canonical" href="https://thanhnien.vn/lu-quet-185.htm">${head}</head><body><article><h1>Lũ quét ở Lai Châu</h1>${body}</article>${after}</body></html>`).metadata.author;
    expect(author('<meta name="author" content="thanhnien.vn"><meta property="article:author" content="Đình Huy">')).toBe('Đình Huy');
    expect(author('<meta property="article:author" content="An Yên"><meta name="author" content="VCCorp.vn">')).toBe('An Yên');
    expect(author('<meta property="article:author" content="Theo Phạm Trường"><meta name="author" content="VCCorp.vn">')).toBe('Phạm Trường');
    expect(author('<meta name="author" content="thanhnien.vn">', '<div class="hlight"><span class="author">XUÂN LONG</span></div>')).toBe('XUÂN LONG');
    // A byline element that is no Vietnamese name is not taken.
    expect(author('', '<div class="author">Xem thêm các bài viết của tác giả</div>')).toBeNull();
  });

  it('takes the source credit over the link to the source, closing the article, as the attribution', () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>Đoạn ${i} của bài viết kể lại, cẩn thận và chi tiết, những gì đã xảy ra trên vỉa hè TPHCM chiều qua.</p>`).join('');
    const source = '<div class="bottom-info"><div class="link-source-wrapper"><a class="link-source-name" href="javascript:;">Theo <span>tienphong.vn</span> <span><i>Copy link</i></span></a>' +
      '<div class="link-source-detail"><span>Link bài gốc</span> <span>Lấy link</span> <span>https://tienphong.vn/clip-o-to-boc-chay-post1860982.tpo</span></div></div></div>';
    const article = htmlArticle(`<html><head><title>Ô tô bốc cháy trên vỉa hè</title></head><body><article><h1>Ô tô bốc cháy trên vỉa hè</h1>${body}${source}</article></body></html>`);
    expect(article.text).not.toMatch(/Link bài gốc|Copy link/u);
    expect(article.metadata.attribution).toBe('tienphong.vn');
  });

  it('leaves out another story\'s card embedded in the body (an <article> inside it), not a body that is one', () => {
    const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>Đoạn ${i} của bài viết kể lại, cẩn thận và chi tiết, quá trình điều tra vụ tai nạn ở Trà Ôn, tỉnh Vĩnh Long.</p>`);
    const card = '<div class="ck-cms-insert-neww-group"><article class="ck-cms-insert-news"><a href="/cong-an-vinh-long-2502855.html">Công an Vĩnh Long: Không thể từ sai phạm cá nhân mà phủ nhận cả tập thể</a>' +
      '<div class="insert-wiki-description">Công an Vĩnh Long cho biết, vụ khởi tố 2 cựu cán bộ liên quan sai phạm trong điều tra vụ tai nạn thu hút dư luận. Bên cạnh ý kiến khác</div></article></div>';
    const page = (body: string) => htmlArticle(`<html><head><title>Khởi tố cựu cán bộ</title></head><body><div class="maincontent"><h1>Khởi tố cựu cán bộ</h1>${body}</div></body></html>`).text;
    const embedded = page(`${paragraphs.slice(0, 3).join('')}${card}${paragraphs.slice(3).join('')}`);
    expect(embedded).not.toMatch(/Công an Vĩnh Long/u);
    expect(embedded.split('\n\n')).toHaveLength(1 + paragraphs.length);
    // The body wrapped in an <article> of its own inside the container stays whole.
    expect(page(`<article class="detail">${paragraphs.join('')}</article>`).split('\n\n')).toHaveLength(1 + paragraphs.length);
  });

  it('gathers a body cut into parts of one make between pictures, and not the page around them', () => {
    const para = (i: number) => `Paragraph ${i} of the story tells, with care and in detail, what the researchers found in the lungs, the gut and the thymus of the mice they studied.`;
    const part = (from: number, to: number) =>
      `<div class="part wide"><section class="outer"><div class="text">${Array.from({ length: to - from }, (_, k) => `<p>${para(from + k)}</p>`).join('')}</div></section></div>`;
    const page = `<html><head><title>Cells that taste danger</title></head><body><div id="post">
      <h1>Cells that taste danger</h1>
      ${part(0, 3)}<figure><img src="a.jpg"><figcaption>A tuft cell under the microscope, stained green.</figcaption></figure>
      ${part(3, 8)}<figure><img src="b.jpg"><figcaption>The lab in San Francisco.</figcaption></figure>
      ${part(8, 10)}
      <div class="part wide"><a href="/1">Another story about cells and the immune system</a> <a href="/2">More news from the lab of a famous scientist</a></div>
      </div></body></html>`;
    const article = htmlArticle(page);
    expect(article.text).toBe(['Cells that taste danger', ...Array.from({ length: 10 }, (_, i) => para(i))].join('\n\n') + '\n');
  });

  it('drops a hidden schema.org copy of the article, and keeps an article that only a script shows', () => {
    const paras = [0, 1, 2].map((i) => `<p>Sentence ${i} of the visible article, long enough to be prose and with a comma, as articles have.</p>`).join('');
    const microdata = `<div style="display:none;" itemscope itemtype="http://schema.org/NewsArticle"><div itemprop="name">BusinessInsiderDe</div><div itemprop="value">500</div><div itemprop="articleBody">${paras}</div></div>`;
    const shown = htmlArticle(`<html><body><h1>Ten things in tech today</h1><div class="post">${paras}${microdata}</div></body></html>`);
    expect(shown.text).not.toContain('BusinessInsiderDe');
    expect(shown.text).not.toMatch(/^500$/m);
    expect(shown.text.match(/Sentence 0/g)).toHaveLength(1);
    const revealed = htmlArticle(`<html><body><h1>Ten things in tech today</h1><div id="story" style="display: none">${paras}</div></body></html>`);
    expect(revealed.text).toContain('Sentence 2 of the visible article');
  });

  it('drops the heading of a list of links set in the body, in any wording', () => {
    const para = (i: number) => `<p>Paragraph ${i} of the report says, at some length and with a comma, what the officials announced this morning.</p>`;
    const page = `<html><body><h1>Troops sent to restore order</h1><div class="story">${para(0)}${para(1)}
      <p>Leer también</p><ul><li><a href="/a">Protesters send a defiant warning to the city</a></li><li><a href="/b">Students under siege in the university</a></li></ul>
      ${para(2)}${para(3)}</div></body></html>`;
    const article = htmlArticle(page);
    expect(article.text).not.toContain('Leer también');
    expect(article.text).not.toContain('defiant warning');
    expect(article.text).toContain('Paragraph 3 of the report');
  });

  it('drops links in a row that carry a mark of their own (… [INSIGHT]), and their heading; one such line alone stays', () => {
    const para = (i: number) => `<p>Paragraph ${i} of the report says, at some length and with a comma, what the officials announced this morning.</p>`;
    const row = `<p><strong>DON'T MISS</strong></p><p><a href="/a">China furious at Macron for protest jibe</a> [<strong>INSIGHT]|<br></strong><a href="/b">Lakers vs Nets: NBA make final decision on game</a> [<strong>VIDEO]</strong></p>`;
    const alone = `<p><a href="/c">Read the full statement of the ministry</a> (PDF)</p>`;
    const page = `<html><body><h1>Troops sent to restore order</h1><div class="story">${para(0)}${para(1)}${row}${para(2)}${alone}${para(3)}</div></body></html>`;
    const article = htmlArticle(page);
    expect(article.text).not.toMatch(/DON'T MISS|INSIGHT|Lakers/);
    expect(article.text).toContain('Read the full statement of the ministry (PDF)');
    expect(article.text).toContain('Paragraph 3 of the report');
  });

  it('keeps a post the article embeds (a tweet in a box classed social), and drops the share bar beside it', () => {
    const para = (i: number) => `<p>Paragraph ${i} of the report says, at some length and with a comma, what the officials announced this morning.</p>`;
    const tweet = '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>Yes this is real and yes the state spent nearly half a million dollars on it</p>— Dianna E. Anderson (@diannaeanderson) <a href="https://twitter.com/x/status/1">November 18, 2019</a></blockquote></div>';
    const share = '<div class="social-share"><a href="/fb">Facebook</a> <a href="/tw">Twitter</a> <a href="/mail">Email</a></div>';
    const page = `<html><body><h1>Meth. We are on it.</h1><div class="story">${para(0)}${share}${para(1)}${tweet}${para(2)}</div></body></html>`;
    const article = htmlArticle(page);
    expect(article.text).toContain('Yes this is real and yes the state spent nearly half a million dollars on it');
    expect(article.text).not.toContain('Facebook');
  });

  it('drops a carousel of other stories set in the article (a swiper, a slider)', () => {
    const para = (i: number) => `<p>Paragraph ${i} of the report says, at some length and with a comma, what the officials announced this morning.</p>`;
    const card = (kicker: string, headline: string) => `<div class="rail__item swiper-slide"><h3 class="rail__item-headline">${kicker}</h3><span class="rail__item-sub"> ${headline} </span><a href="/x" class="rail__item-anchor"></a></div>`;
    const rail = `<div class="rail swiper-container">${card('RANDY ANDY', 'Andrew parties in unearthed pictures despite his claims')}${card('TIME TRAVELLER', 'Theorists say they have spotted her in an old picture')}</div>`;
    const page = `<html><body><h1>Hunter diagnosed with plague</h1><div class="story">${para(0)}${para(1)}${rail}${para(2)}</div></body></html>`;
    const article = htmlArticle(page);
    expect(article.text).not.toMatch(/RANDY ANDY|unearthed|TIME TRAVELLER/);
    expect(article.text).toContain('Paragraph 2 of the report');
  });

  it('drops a hover card inside a sentence and keeps the name it is of', () => {
    const card = '<span class="rollover-people"><a href="/people/ilhan-omar">Ilhan Omar</a><span class="rollover-people-block"><span><span><img src="/omar.jpg" alt=""><a href="/p">Ilhan Omar</a><a href="/1">Progressives oppose funding bill over surveillance authority</a> <a href="/2">Omar asks court to apply system of compassion</a> <a href="/more">MORE</a></span></span></span></span>';
    const page = `<html><body><h1>New York man pleads guilty</h1><div class="story"><p>A New York man pleaded guilty to charges he threatened to kill Rep. ${card} (D-Minn.), the U.S. Attorney’s Office said on Monday, in a statement of some length.</p><p>Paragraph two of the report says, with a comma, what happened in the courtroom.</p></div></body></html>`;
    const article = htmlArticle(page);
    expect(article.text).toContain('threatened to kill Rep. Ilhan Omar (D-Minn.), the U.S.');
    expect(article.text).not.toContain('Progressives oppose');
  });

  it('takes a title that adds the site to a headline of the page as the headline; drops a shortcode, an Advert label, a slideshow notice', () => {
    const para = (i: number) => `<p>Paragraph ${i} of the review says, at some length and with a comma, what the book holds for riders.</p>`;
    const page = `<html><head><title>Bike and style book review | MoreBikes</title></head><body><div class="post"><h2>Bike and style book review</h2>${para(0)}<p>Advert</p>${para(1)}<p>[button link="http://example.com/submit/" type="big"] Send us YOUR kit review[/button]</p><p>This slideshow requires JavaScript.</p>${para(2)}</div></body></html>`;
    const article = htmlArticle(page);
    expect(article.metadata.title).toBe('Bike and style book review');
    expect(article.text).not.toMatch(/MoreBikes|Advert|\[button|kit review|slideshow/);
    expect(article.text.match(/Bike and style book review/g)).toHaveLength(1);
  });

  it('reads a declared legacy charset', () => {
    const latin = `<html><head><meta charset="windows-1252"><title>Caf\xe9 news</title></head><body><article><p>The caf\xe9 opened its doors on Monday morning to a long queue of customers, the owner said.</p></article></body></html>`;
    const result = cleanDocument(Buffer.from(latin, 'latin1'), { markup: 'html' });
    if (!result.ok) throw new Error(result.error);
    expect(result.article.text).toContain('The café opened its doors');
    expect(result.article.metadata.source.encoding).toBe('windows-1252');
  });
});

describe('scraper records', () => {
  it('cleans a .json record and passes its other fields through', () => {
    const record = JSON.stringify({ url: 'https://vov.vn/a.vov', text: vovText, crawledAt: '2024-01-01', id: 7 });
    const [outcome] = cleanInput(Buffer.from(record), { path: 'a.json' });
    if (!outcome?.result.ok) throw new Error('not cleaned');
    expect(outcome.result.article.text).toBe(vovExpected);
    expect(outcome.result.article.metadata.record).toEqual({ crawledAt: '2024-01-01', id: 7 });
    expect(outcome.result.article.metadata.url).toBe('https://vov.vn/a.vov');
    expect(outcome.result.article.metadata.source.format).toBe('json');
  });

  it('cleans each .jsonl line as its own document; a broken line fails alone with its number', () => {
    const lines = [
      JSON.stringify({ id: 'first', text: vovText }),
      '{"id": "broken", "text": ',
      JSON.stringify({ content: vovText }),
      JSON.stringify({ id: 'no-body' }),
    ].join('\n');
    const outcomes = cleanInput(Buffer.from(lines), { path: 'batch.jsonl' });
    expect(outcomes.map((o) => o.name)).toEqual(['first', 'line-2', 'line-3', 'no-body']);
    expect(outcomes.map((o) => o.result.ok)).toEqual([true, false, true, false]);
    const broken = outcomes[1]!.result;
    expect(!broken.ok && broken.error).toMatch(/^line 2: invalid JSON/);
  });

  it('gives every record of a file its own name: a repeated id gets its line number', () => {
    const body = (n: number) => JSON.stringify({ id: ['a', 'a', 'a/b', 'a_b', 'A', undefined, 'line-6'][n], text: vovText });
    const outcomes = cleanInput(Buffer.from([0, 1, 2, 3, 4, 5, 6].map(body).join('\n')), { path: 'batch.jsonl' });
    // `a/b` and `a_b` name one file; `A` and `a` do on a disk that ignores case.
    expect(outcomes.map((o) => o.name)).toEqual(['a', 'a-line-2', 'a_b', 'a_b-line-4', 'A-line-5', 'line-6', 'line-6-line-7']);
  });

  it('never lets a record id name a path', () => {
    expect(sanitizeId('../../x', 'line-1')).toBe('x');
    expect(sanitizeId('a/b\\c', 'line-1')).toBe('a_b_c');
    expect(sanitizeId('..', 'line-4')).toBe('line-4');
    expect(sanitizeId(null, 'line-5')).toBe('line-5');
  });

  it('writes records under <file>/<id> inside --out, and reports the broken line', () => {
    const input = tempDir('clean-formats');
    writeFileSync(path.join(input, 'batch.jsonl'), [JSON.stringify({ id: '../../escape', text: vovText }), 'not json'].join('\n'));
    const out = path.join(tempDir('clean-formats'), 'out');
    const r = run([input, '--out', out]);
    expect(r.code).toBe(1);
    expect(readdirSync(path.join(out, 'batch')).sort()).toEqual(['escape.json', 'escape.txt']);
    expect(r.stderr).toMatch(/^clean: batch\.jsonl \[line-2\]: line 2: invalid JSON/m);
  });

  it('loses no record of a file whose ids repeat', () => {
    const input = tempDir('clean-formats');
    writeFileSync(path.join(input, 'batch.jsonl'), ['a', 'a', 'A'].map((id) => JSON.stringify({ id, text: vovText })).join('\n'));
    const out = path.join(tempDir('clean-formats'), 'out');
    const r = run([input, '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(path.join(out, 'batch')).sort()).toEqual(['A-line-3.json', 'A-line-3.txt', 'a-line-2.json', 'a-line-2.txt', 'a.json', 'a.txt']);
  });

  it('loses no record whose name is that of a file in the folder of the same name', () => {
    const input = tempDir('clean-formats');
    writeFileSync(path.join(input, 'batch.jsonl'), JSON.stringify({ id: 'x', text: vovText }));
    mkdirSync(path.join(input, 'batch'));
    writeFileSync(path.join(input, 'batch', 'x.txt'), vovText);
    const out = path.join(tempDir('clean-formats'), 'out');
    const r = run([input, '--out', out, '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(readdirSync(path.join(out, 'batch')).sort()).toEqual(['x-line-1.json', 'x-line-1.txt', 'x.json', 'x.txt']);
    expect(JSON.parse(readFileSync(path.join(out, 'batch', 'x.json'), 'utf8')).source.path).toBe('batch/x.txt');
  });
});

describe('compressed and markdown inputs', () => {
  it('decompresses .gz', () => {
    const [outcome] = cleanInput(gzipSync(Buffer.from(vovText)), { path: 'a.txt.gz' });
    expect(outcome?.result.ok && outcome.result.article.text).toBe(vovExpected);
  });

  it('reports a corrupt .gz', () => {
    const [outcome] = cleanInput(Buffer.from([0x1f, 0x8b, 1, 2, 3]), { path: 'a.txt.gz' });
    expect(outcome?.result.ok).toBe(false);
  });

  it('unwraps markdown residue: images, table-cell captions, links', () => {
    const md = ['Tiêu đề bài viết về hội nghị APEC năm 2023', '![](https://x/a.jpg) |', '| Quang cảnh hội nghị APEC. Ảnh minh họa AFP/TTXVN |', 'Các nhà lãnh đạo [APEC](https://apec.org) đã nhóm họp tại San Francisco trong ba ngày liên tiếp để bàn về thương mại.'].join('\n');
    const [outcome] = cleanInput(Buffer.from(md), { path: 'a.md' });
    if (!outcome?.result.ok) throw new Error('not cleaned');
    expect(outcome.result.article.text).toBe('Tiêu đề bài viết về hội nghị APEC năm 2023\n\nCác nhà lãnh đạo APEC đã nhóm họp tại San Francisco trong ba ngày liên tiếp để bàn về thương mại.\n');
    expect(outcome.result.article.metadata.captions).toEqual(['Quang cảnh hội nghị APEC. Ảnh minh họa AFP/TTXVN']);
  });
});

describe('bad input loses nothing else', () => {
  it('cleans a 5 MB single-line dump in linear time (no catastrophic backtracking)', () => {
    const sentence = 'Ông Nguyễn Văn A (Ảnh: X) cho biết, [dự án] >> đã hoàn thành TẠI ĐÂY sau ba năm thi công... ';
    const line = sentence.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(sentence)));
    const started = Date.now();
    const result = cleanDocument(`Tiêu đề\n${line}`);
    expect(result.ok).toBe(true);
    // Not a speed assertion: a backtracking pattern would take minutes, not the test's budget.
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('survives a symbolic link loop in the tree', () => {
    const input = tempDir('clean-formats');
    writeFileSync(path.join(input, 'a.txt'), vovText);
    mkdirSync(path.join(input, 'sub'));
    symlinkSync(input, path.join(input, 'sub', 'loop'));
    const out = tempDir('clean-formats');
    const r = run([input, '--out', out]);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(out, 'a.txt'))).toBe(true);
  });
});
