#!/usr/bin/env node
// `npm run sweep`: looks for inputs whose cleaning time grows faster than their size. Each seed
// draws two to four pieces from a pool of the tokens rules react to (credits, markers, brackets,
// initials, unclosed tags…) and builds a document of N pieces and one of 4N in a seeded order;
// a document that takes more than 7 times as long at 4N (linear is 4), or over the time limit,
// is printed with its pieces. Found so: photo-story captions, initials before sentence copies,
// unclosed inline tags and blockquotes, hover cards (test/pathological.test.ts holds them).
// Not a test: it takes minutes and measures time. Each document is cleaned in a process of its
// own (so that one slow document cannot slow the next).
//
//   node scripts/hostile-sweep.js [text|html] [seeds=100] [first seed=1] [N=4000]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const library = path.join(root, 'dist', 'index.js');

const TEXT_POOL = ['Ảnh: {I}. ', '(Ảnh: {I}) ', 'Ảnh minh họa ', 'Ảnh: {I} ', 'Xem thêm: {I} ', '>> {I} ', '>>> ', 'Nguồn: {I} ', 'Theo {I} ', 'Video: {I} ', 'Clip: ', '(trái) ', '(phải) ', 'Bấm xem >> ', 'Tin liên quan ', '<a href="x">', ' src="x"', '| ', ' - ', '(TTXVN) - ', 'PV ', 'Chia sẻ ', 'Bình luận ', '{n}. ', '* ', '"', '“', '”', '(', ')', '[', ']', ': ', '... ', '… ', 'Ông {I} ', 'Bà {I} ', 'chi tiết tại đây. ', 'Đọc thêm ', 'XEM CLIP: ', 'Hotline: 0912345678 ', 'Email: a@b.vn ', 'www.a.vn ', 'http://a.vn/{n} ', '#tag ', '@user ', 'Ảnh: {I}/VNE ', '{I} ', '{i} ', '{i}. ', '{I}. ', '{I}, ', 'Mời độc giả xem video tại đây: ', 'Thực hiện: {I} ', 'Nhóm PV ', '- ', '• ', 'Từ khóa: ', 'Tags: ', '(Nguồn: {I}) ', 'Ảnh: Internet ', 'Đồ họa: {I} ', 'Video đang được xử lý ', 'Trang chủ ', 'Thời sự ', '\u00a0', '  ', '?', '!', '..."', '(*) ', 'Đáp án ', 'Câu {n}: ', 'A. ', 'Kỳ {n}: ', 'Bài {n}: ', '(còn nữa) ', 'Hết '];
const HTML_POOL = ['<p>', '</p>', '<div class="x">', '</div>', '<div>', '<span>', '</span>', '<img src="a{n}.jpg" alt="{I}">', '<figure>', '</figure>', '<figcaption>{I}</figcaption>', '<a href="/{n}">{I}</a>', '<a href="/x">', '</a>', '<li>{I}</li>', '<ul>', '</ul>', '<br>', '<script>var x={n};</script>', '<!-- c{n} -->', '<table>', '<tr><td>{I}</td>', '</table>', '&nbsp;', '<h2>{I}</h2>', '<h3>', 'Ảnh: {I}. ', '{I}. ', '{i} ', '<p>{I} {i}, {i}.</p>', '<em>', '</em>', '<b>{i}</b>', '<iframe src="x"></iframe>', '<style>.a{color:red}</style>', '<noscript>{i}</noscript>', '<div class="related"><a href="/{n}">{I}</a></div>', '<nav>', '</nav>', '<footer>{I}</footer>', '<blockquote>{I}.</blockquote>', '<input type="text">', '<', '>', '"', '<p', '<div class="', '<!--', '-->', '<![CDATA[', '<svg><path d="M0"/></svg>', '<time datetime="2017-01-0{n}">{i}</time>', '<p class="author">{I}</p>', '<blockquote>', '<blockquote><p>{I}, {i}.</p>', '<font color="red">', '<section>', '<td>{I}, {i}.', '<div>{I}, {i}.', '<li><p>{I}, {i}.</p>', '<i>', '<article>', '<p>{I}, {i}, {i}.', '<span><img src="a.jpg"><a href="/1">1</a><a href="/2">2</a><a href="/3">3</a></span>'];
const SYLLABLES = ['mưa', 'lớn', 'đường', 'phố', 'ngập', 'sâu', 'xe', 'chết', 'máy', 'người', 'dân', 'dắt', 'bộ', 'trời', 'tối', 'sáng', 'chiều', 'nước', 'dâng', 'cao'];
const TITLE = 'Tiêu đề bài báo thử nghiệm về giao thông';
const LEAD = 'Sáng nay, nhiều tuyến đường ở Hà Nội ùn tắc kéo dài vì mưa lớn, người dân phải dắt bộ.';
/** Slower than this at 4N than at N is more than linear (with room for noise). */
const MAX_GROWTH = 7;
const TIME_LIMIT_MS = 20_000;

/** The document of `count` pieces for a seed: the pieces it draws, in its order. */
function documentFor(kind, seed, count) {
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
  const pool = kind === 'html' ? HTML_POOL : TEXT_POOL;
  const drawn = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pool[Math.floor(random() * pool.length)]);
  // Four syllables from a number: a distinct phrase for each piece.
  const words = (i) => Array.from({ length: 4 }, (_, j) => SYLLABLES[Math.floor(i / 20 ** j) % 20]).join(' ');
  const piece = (i) => {
    const phrase = words(i);
    return drawn[Math.floor(random() * drawn.length)].replaceAll('{i}', phrase).replaceAll('{I}', phrase[0].toUpperCase() + phrase.slice(1)).replaceAll('{n}', String(i));
  };
  const pieces = Array.from({ length: count }, (_, i) => piece(i));
  const text = kind === 'html'
    ? `<html><body><article><h1>${TITLE}</h1><p>${LEAD}</p>${pieces.join('')}</article></body></html>`
    : [TITLE, LEAD, kind === 'lines' ? pieces.map((p) => p.trim()).join('\n') : pieces.join('')].join('\n');
  return { drawn, text };
}

if (process.argv[2] === '--one') {
  // A child: clean one document, print the milliseconds.
  const [kind, seed, count] = process.argv.slice(3);
  const { cleanDocument } = await import(library);
  const { text } = documentFor(kind, Number(seed), Number(count));
  const started = performance.now();
  cleanDocument(text, { site: 'generic', markup: kind === 'html' ? 'html' : 'text' });
  console.log(Math.round(performance.now() - started));
  process.exit(0);
}

if (!existsSync(library)) {
  console.error('sweep: dist/ is missing: run `npm run build` first');
  process.exit(1);
}
const markup = process.argv[2] === 'html' ? 'html' : 'text';
const seeds = Number(process.argv[3] ?? 100);
const first = Number(process.argv[4] ?? 1);
const size = Number(process.argv[5] ?? (markup === 'html' ? 3000 : 4000));
const kinds = markup === 'html' ? ['html'] : ['inline', 'lines'];
let slow = 0;
for (let seed = first; seed < first + seeds; seed++) {
  for (const kind of kinds) {
    const times = [size, 4 * size].map((count) => {
      const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one', kind, String(seed), String(count)], { encoding: 'utf8', timeout: TIME_LIMIT_MS });
      return run.status === 0 ? Number(run.stdout.trim()) : TIME_LIMIT_MS;
    });
    const growth = times[1] / Math.max(times[0], 25);
    if (growth > MAX_GROWTH || times[1] >= TIME_LIMIT_MS) {
      slow++;
      console.log(`slow: seed ${seed} ${kind}: ${times[0]} ms at ${size} pieces, ${times[1]} ms at ${4 * size} (x${growth.toFixed(1)}), pieces ${JSON.stringify(documentFor(kind, seed, 0).drawn)}`);
    }
  }
}
console.log(`sweep: ${seeds} seeds from ${first}, ${kinds.join(' and ')}, ${size} and ${4 * size} pieces: ${slow} slow`);
