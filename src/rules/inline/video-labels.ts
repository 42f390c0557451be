// Labels of embedded players inside a paragraph: `Video: <title>:`, `Xem video <title>:`,
// `Clip: <title>` before a double space, the end or the next sentence, `Nguồn video: YouTube.`,
// and a title with no colon that ends a paragraph (`… Clip tài xế …`). A player's label is
// not prose. The label's end must be visible (a colon, a double space, the end of the line, or
// the next sentence's first word): `Video cho thấy …` is a sentence about a video and stays.
import type { Rule } from '../rule.js';
import { addCaption, addCut, bodyBlocks, lowerText, maskCuts } from '../context.js';
import { matchesNear } from '../near.js';
import { opensSentence } from './sentences.js';

const AFTER_BOUNDARY = String.raw`(?<=^|[.!?…]["”]?\s+|\s{2,})`;
const LABEL = String.raw`(?:video(?:\s+clip)?|clip|xem video|xem clip|xem lại video)`;
/** `video` or `clip` is at most this far into a label (`xem lại video`). */
const LABEL_WORD_REACH = 'xem lại '.length;
/** Each pattern with the words every match holds, and how far into the match they may be. */
const VIDEO_LABELS: [RegExp, string[], number][] = [
  // `Video màn trình diễn của Công Phượng trước U23 Malaysia:` (ends in a colon)
  [new RegExp(String.raw`${AFTER_BOUNDARY}${LABEL}\s*:?\s[^.!?:\n]{3,150}:(?=\s|$)`, 'giu'), ['video', 'clip'], LABEL_WORD_REACH],
  // `Clip: Nhóm thanh niên vây bắt cô gái về làm vợ` then a double space or the end
  [new RegExp(String.raw`${AFTER_BOUNDARY}${LABEL}\s*:\s[^.!:\n]{3,150}?\??(?=\s{2,}|\s*$)`, 'giu'), ['video', 'clip'], LABEL_WORD_REACH],
  // `Nguồn video: YouTube/Wrzzer.`, `Nguồn clip VTV`
  [new RegExp(String.raw`${AFTER_BOUNDARY}nguồn\s+(?:video|clip)\s*:?\s*\S+?\.?(?=\s|$)`, 'giu'), ['nguồn'], 0],
];

/**
 * Two names joined by a dash after a word in lower case, at the end: `… trong đêm Kiều Mi - Minh
 * Khang`, two reporters signing the article after a player's title (3 titles of the 5,000 corpus
 * dumps end so, each a byline). One name alone stays in the title: titles end in names too.
 */
const NAME = String.raw`\p{Lu}[\p{Ll}.]*(?: \p{Lu}[\p{Ll}.]*){0,3}`;
const TWO_NAMES_AT_END = new RegExp(String.raw`(?<=\p{Ll} )${NAME} [-–] ${NAME}\s*$`, 'u');

/**
 * `Video: <title>` with the next sentence right after the title, as the player printed it; also
 * with no colon, capitalised as a player prints it (`Clip Hoàng Kiều chia sẻ … Ngọc Trinh Ngoài
 * ra, …`). A sentence about a video ends in a full stop before any word that opens sentences,
 * and a format after the word (`Video 4K không được …`) makes it a sentence's subject. In the
 * 5,000 corpus outputs 15 titles with no colon ran on so into a sentence; the 14 without a
 * format were players' titles, each read.
 */
const LABELS_BEFORE_TITLE: readonly { pattern: RegExp; bare: boolean }[] = [
  { pattern: new RegExp(String.raw`${AFTER_BOUNDARY}(?:video|clip)\s?:\s`, 'giu'), bare: false },
  { pattern: new RegExp(String.raw`${AFTER_BOUNDARY}(?:Video|VIDEO|Clip|CLIP) (?=\p{L})`, 'gu'), bare: true },
];
/**
 * `XEM CLIP: Hằng năm, cứ vào …`, `=> Xem video: …`: a player's label with its colon at a
 * sentence's start, before a capital. Whatever follows it (a title, the next sentence), the
 * label is no prose: it goes when no rule took it with a title. In the 5,000 corpus outputs 45
 * stood so at a sentence's start; the 30 in a body (not a title or a lead) were each a label.
 */
const DANGLING_LABEL = new RegExp(
  String.raw`(?<=^|[.!?…]["”]?\s+|=>\s?)(?:[Xx]em (?:lại )?(?:video|clip)|XEM (?:LẠI )?(?:VIDEO|CLIP)|[Vv]ideo(?: clip)?|VIDEO(?: CLIP)?|[Cc]lip|CLIP)\s?:\s?(?=["“]?\p{Lu})`,
  'gu',
);

/**
 * Whether a paragraph names a player at all: `lip` before `clip`, as a search is checked
 * wherever its first letter stands, and `c` stands everywhere.
 */
function mayNamePlayer(lower: string): boolean {
  return lower.includes('video') || (lower.includes('lip') && lower.includes('clip'));
}

/** A sentence after a title with no colon ends somewhere in the paragraph. */
const SENTENCE_END_MARK = /[.!?…]/u;
/** A player's title is a headline: this long at most, with no end mark in it. */
const TITLE_MAX_CHARS = 200;
const TITLE_END_MARK = /[.!?…:]/u;
/** The last letter of a title before the next sentence: lower case, a digit or a closing quote. */
const WORD_END_BEFORE_SENTENCE = /[\p{Ll}\d"”'’]$/u;

/**
 * Where the title after `Video: ` ends: before the first word that opens sentences and follows
 * a word with no end mark (`Video: Mã độc WannaCry phát tán quy mô toàn cầu Khi được cài đặt …`),
 * or -1. Such words almost never stand inside a sentence (see sentence-openers.ts); in the
 * 5,000 corpus outputs 20 titles were cut so, each one read.
 */
function titleEnd(text: string, from: number): number {
  const window = text.slice(from, from + TITLE_MAX_CHARS);
  const mark = TITLE_END_MARK.exec(window);
  const title = mark ? window.slice(0, mark.index) : window;
  const words = title.split(' ');
  let at = words[0]!.length;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (opensSentence(word, words[i + 1]) && WORD_END_BEFORE_SENTENCE.test(words[i - 1]!)) return from + at;
    at += 1 + word.length;
  }
  const echo = echoStart(words);
  return echo === -1 ? -1 : from + words.slice(0, echo).join(' ').length;
}

/**
 * The word where the next sentence starts when it opens with the title's first two words, as
 * the article goes on from the player's headline about the same subject: `Video: Đàn sâu tấn
 * công nhà dân Đàn sâu tập trung …`, `Clip Lee Min Ho lên đường nhập ngũ Lee Min Ho đeo khẩu
 * trang …`; or -1. A comma before it is a sentence's, not a headline's (`Clip: Việt Nam thua
 * Thái Lan … Nguyễn Hữu Thắng, HLV trưởng U22 Việt Nam …`); a pair from further into the title
 * is often a name the sentence names again (`… của Nhật Bản.`). In the 5,000 corpus outputs 6
 * titles ended so, each read; 4 with a pair from further in would have cut prose.
 */
function echoStart(words: readonly string[]): number {
  for (let i = 2; i + 1 < words.length; i++) {
    if (words[i - 1]!.endsWith(',')) return -1;
    if (words[i] === words[0] && words[i + 1] === words[1] && /^\p{Lu}/u.test(words[i]!)) return i;
  }
  return -1;
}

/**
 * `… kịp thời. Video Micro hát karaoke cầm tay phát nổ khi đang sạc` at a paragraph's end: a
 * player's title with no colon and no end mark, where a sentence would have one. In the 5,000
 * corpus outputs 13 paragraphs ended so, each a player's title. Inside a paragraph the same
 * words may open a sentence (`Video 4K không được tích hợp …`), and stay.
 */
const TITLE_ENDING_PARAGRAPH = new RegExp(String.raw`(?:Video|VIDEO|Clip|CLIP)(?<=(?:[.!?…]["”]?\s+|\s{2,})(?:Video|VIDEO|Clip|CLIP)) (?!\s)[^.!?…:\n]{3,150}$`, 'u');

/** The title and the end mark before it hold this many characters at most. */
const TITLE_WITH_MARK_MAX_CHARS = 160;

/** The last sentence end mark within `reach` characters of the text's end, or -1. */
function lastEndMark(text: string, reach: number): number {
  for (let i = text.length - 1; i >= Math.max(0, text.length - reach); i--) {
    const ch = text[i];
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') return i;
  }
  return -1;
}

/**
 * Runs after the closing credit and the related lists, whose cuts it looks through: the title
 * often stands before a byline (`… Video Leicester 0-3 Man Untied T.TúTổng hợp`).
 */
export const playerTitleAtEndRule: Rule = {
  name: 'video-labels',
  run(ctx) {
    for (const block of bodyBlocks(ctx)) {
      const masked = maskCuts(block.text, block.cuts).trimEnd();
      const lastMark = lastEndMark(masked, TITLE_WITH_MARK_MAX_CHARS);
      if (lastMark === -1) continue;
      const m = TITLE_ENDING_PARAGRAPH.exec(masked.slice(lastMark));
      if (!m) continue;
      addCut(block, { start: lastMark + m.index, end: lastMark + m.index + m[0].trimEnd().length, reason: 'caption', rule: 'video-labels' });
      addCaption(ctx, m[0].trim());
    }
  },
};

export const videoLabelsRule: Rule = {
  name: 'video-labels',
  run(ctx) {
    for (const block of bodyBlocks(ctx)) {
      const text = block.text;
      const lower = lowerText(block);
      if (!mayNamePlayer(lower)) continue;
      for (const [re, words, reach] of VIDEO_LABELS) {
        for (const m of matchesNear(text, lower, re, words, reach)) {
          // A whole line that is a label is the line rules' business (it may be a caption line).
          if (m.index === 0 && m[0].length >= text.trimEnd().length) continue;
          // A colon before words in quotes introduces them (`… Trung Dân Hương Giang Idol phân
          // trần: “Lúc đó …`): the sentence that says so ran on from the title, and stays.
          if (m[0].endsWith(':') && /^\s*["“]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
          // A title that runs to the end may end in the article's byline: two reporters' names
          // (`… thanh toán nhau trong đêm Kiều Mi - Minh Khang`), the closing credit's.
          const byline = m.index + m[0].length >= text.trimEnd().length ? TWO_NAMES_AT_END.exec(m[0]) : null;
          addCut(block, { start: m.index, end: m.index + (byline ? m[0].slice(0, byline.index).trimEnd().length : m[0].length), reason: 'caption', rule: 'video-labels' });
        }
      }
      for (const { pattern, bare } of LABELS_BEFORE_TITLE) {
        for (const m of matchesNear(text, lower, pattern, ['video', 'clip'], 0)) {
          const end = titleEnd(text, m.index + m[0].length);
          if (end === -1) continue;
          // With no colon, the words before the credit that closes the paragraph may be its byline
          // (`Clip … của vợ Lưu Hoài Theo Đời sống Plus`): where no sentence follows, the title is
          // `playerTitleAtEndRule`'s.
          if (bare && !SENTENCE_END_MARK.test(text.slice(end))) continue;
          addCut(block, { start: m.index, end, reason: 'caption', rule: 'video-labels' });
          addCaption(ctx, text.slice(m.index, end).trim());
        }
      }
    }
  },
};

/**
 * A player's label that no rule took with its title or its announcement (the scraper dropped
 * the title, or where it ends is not plain): the label alone goes. Runs last, so that the rules
 * that take a label with more (`mediaLeadInRule`) see it first.
 */
export const danglingPlayerLabelRule: Rule = {
  name: 'video-labels',
  run(ctx) {
    for (const block of bodyBlocks(ctx)) {
      const lower = lowerText(block);
      if (!mayNamePlayer(lower)) continue;
      for (const m of matchesNear(block.text, lower, DANGLING_LABEL, ['video', 'clip'], LABEL_WORD_REACH)) {
        if (block.cuts.some((cut) => cut.start <= m.index && cut.end > m.index)) continue;
        addCut(block, { start: m.index, end: m.index + m[0].length, reason: 'caption', rule: 'video-labels' });
      }
    }
  },
};
