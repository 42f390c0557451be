// Related-news runs inside a collapsed paragraph: `Tin liên quan` / `TIN LIÊN QUAN` followed
// by headlines (most cut off with ` ...`), and whole headlines in brackets (`[Mỹ kêu gọi …]`,
// Vietnam+ style), and headlines linked with an arrow (`→ …`). A bracket that glosses the
// sentence (`[tên cũ là …]`) is prose and stays.
import type { Rule } from '../rule.js';
import { addCut, bodyBlocks, lastBodyBlock, lowerText } from '../context.js';
import { recordCredit } from '../lines/closing-credits.js';
import { matchesNear } from '../near.js';
import { isNameSyllable, sentenceBreaks, wordCount } from '../text-shape.js';
import { parseCredit } from '../credits.js';
import { SENTENCE_OPENERS } from '../sentence-openers.js';

/**
 * Every RUN_HEADING holds one of these, at most RUN_HEADING_REACH characters in (`tin bài liên
 * quan`). Less their first letters (`ên quan` of `liên quan`): a search is checked wherever its
 * first letter stands, and `l`, `c`, `đ` stand everywhere (a pattern of the words in full took
 * 22 ms a warm pass over the 5,000 dumps).
 */
const RUN_HEADING_WORDS = ['ên quan', 'ùng chuyên mục', 'ùng sự kiện', 'ùng chủ đề', 'xem thêm', 'ọc thêm'];
const RUN_HEADING_REACH = 'tin bài li'.length;
const hasRunHeadingWord = (lower: string): boolean => RUN_HEADING_WORDS.some((word) => lower.includes(word));
/** A heading after `>>` is a promo (the promos rule's); this one opens a run of headlines. */
const RUN_HEADING = /(?<=^|[^>]\s)(?:tin liên quan|tin bài liên quan|bài liên quan|tin cùng chuyên mục|cùng sự kiện|cùng chủ đề|xem thêm|đọc thêm)\s*:?\s+(?=["“]?\p{Lu})/giu;
/** Cut-off headlines end with ` ...` or `…`. */
const TRUNCATED = /\s(?:\.\.\.|…)(?=\s|$)/gu;
const BRACKETED = /\[(?<=(?:^|\s)\[)(\p{Lu}[^\[\]]{20,200})\](?=\s|$)/gu;
/** A bracketed headline has at least this many words; a gloss is usually shorter. */
const BRACKETED_MIN_WORDS = 5;
/**
 * `→ Làm gì khi người yêu luôn hoãn cưới?`: a linked headline after an arrow, to a double space,
 * the next arrow or the end (a headline run on into prose has no end to find, and stays).
 */
const ARROW_LINK = /→(?<=(?:^|\s)→)\s*[^→]{1,160}?(?=\s{2,}|\s*→|\s*$)/gu;
/** A byline after the last headline holds this many words at most. */
const BYLINE_MAX_WORDS = 4;
/** `… có chồng Nguyễn Hoạt`: the author's name glued to the last headline, after a word in lower case. */
const GLUED_BYLINE = /(?<=(?:^|\s)\p{Ll}\S*\s)\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+$/u;

export const inlineRelatedRule: Rule = {
  name: 'inline-related',
  run(ctx) {
    const last = lastBodyBlock(ctx);
    for (const block of bodyBlocks(ctx)) {
      const text = block.text;
      for (const m of text.includes('[') ? text.matchAll(BRACKETED) : []) {
        const inner = m[1] ?? '';
        // A headline stands between sentences; a sentence going on in lower case after the
        // bracket had a gloss in it (`… Chùa Bàng Long [Bàng là Hồng Bàng, …] có ý nghĩa …`:
        // 1 of 127 such brackets in the 5,000 corpus dumps).
        const goesOn = /^\s+\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
        if (!goesOn && wordCount(inner, BRACKETED_MIN_WORDS) >= BRACKETED_MIN_WORDS && sentenceBreaks(inner) === 0 && !/^(?:tên|tức|nay là|còn gọi)/iu.test(inner)) {
          addCut(block, { start: m.index, end: m.index + m[0].length, reason: 'related-list', rule: 'inline-related', })
        }
      }
      for (const m of text.includes('→') ? text.matchAll(ARROW_LINK) : []) {
        const end = m.index + m[0].length;
        addCut(block, { start: m.index, end, reason: 'related-list', rule: 'inline-related' });
        if (block !== last) continue;
        // The article's last words: the author's name, glued to the headline or after it.
        const textEnd = text.trimEnd().length;
        let byline = end >= textEnd ? bylineAfterHeadline(m[0]) : text.slice(end, textEnd).trim();
        if (byline && end < textEnd && !(wordCount(byline, BYLINE_MAX_WORDS) <= BYLINE_MAX_WORDS && parseCredit(byline)?.author)) byline = '';
        if (!byline) continue;
        addCut(block, { start: textEnd - byline.length, end: textEnd, reason: 'byline', rule: 'inline-related' });
        recordCredit(ctx, { author: byline, attribution: null, published: null });
      }
      const lower = lowerText(block);
      if (!hasRunHeadingWord(lower)) continue;
      const headings = [...matchesNear(text, lower, RUN_HEADING, RUN_HEADING_WORDS, RUN_HEADING_REACH)];
      const heading = headings.at(-1);
      if (!heading) continue;
      // An earlier label in the paragraph holds one headline or two at most: a run reaching to
      // the end is the last label's.
      for (const earlier of headings.slice(0, -1)) {
        const one = oneHeadlineEnd(text, earlier);
        if (one !== null && one <= heading.index) addCut(block, { start: earlier.index, end: one, reason: 'related-list', rule: 'inline-related' });
      }
      let end = runEnd(text, heading.index + heading[0].length) ?? oneHeadlineEnd(text, heading);
      if (end === text.length) end = bylineAfterLabel(text, heading) ?? beforeClosingCredit(text, heading.index);
      if (end !== null) addCut(block, { start: heading.index, end, reason: 'related-list', rule: 'inline-related' });
    }
  },
};

/** The byline glued to a linked headline, when its two words can be a Vietnamese name's, else ''. */
function bylineAfterHeadline(link: string): string {
  const name = GLUED_BYLINE.exec(link)?.[0] ?? '';
  return name.split(' ').every(isNameSyllable) ? name : '';
}

/** A run that reaches the end of the line stops before a closing credit set off by a double space. */
/**
 * `… ông Putin nhấn mạnh. VIDEO XEM THÊM: Trang Trần`: a label whose links the scraper dropped,
 * and the author's name after it, the text's last words: the label goes, the name is the
 * closing credit's (6 texts of the 5,000 corpus dumps; a headline has more words). Where the
 * label ends, or null.
 */
function bylineAfterLabel(text: string, heading: RegExpMatchArray): number | null {
  const end = heading.index! + heading[0].length;
  const rest = text.slice(end).trim();
  return wordCount(rest, BYLINE_MAX_WORDS + 2) <= BYLINE_MAX_WORDS + 2 && parseCredit(rest)?.author ? end : null;
}

function beforeClosingCredit(text: string, runStart: number): number {
  const gap = text.lastIndexOf('  ');
  if (gap <= runStart) return text.length;
  const tail = text.slice(gap).trim();
  return tail && parseCredit(tail) ? gap : text.length;
}

/** A headline is this many words at least, and at most. */
const HEADLINE_MIN_WORDS = 4;
const HEADLINE_MAX_WORDS = 40;

/**
 * `… sinh mổ. Xem thêm: Bức ảnh siêu âm … "chết lặng" Tuy nhiên, chỉ 3 tuần sau …`: one headline
 * between two sentences, after a capitalised heading that opens a sentence. It has no full stop
 * and ends before a word that opens sentences (sentence-openers.ts) following a word with no end
 * mark. Where no such word comes, or a full stop comes first, the heading was prose: null;
 * unless it ends in a colon (`Xem thêm:`), a label, whose links then run to that full stop.
 */
function oneHeadlineEnd(text: string, heading: RegExpMatchArray): number | null {
  const at = heading.index!;
  if (!/^\p{Lu}/u.test(heading[0]) || (at > 0 && !/[.!?…]["”]?\s+$/u.test(text.slice(Math.max(0, at - 3), at)))) return null;
  const from = at + heading[0].length;
  const labelled = heading[0].trimEnd().endsWith(':');
  const words = text.slice(from, from + 400).split(' ');
  let end = from;
  for (let i = 0; i < Math.min(words.length, HEADLINE_MAX_WORDS); i++) {
    const word = words[i]!;
    if (i >= HEADLINE_MIN_WORDS && /[\p{Ll}"”]$/u.test(words[i - 1]!) && SENTENCE_OPENERS.has(word.replace(/^["“]/u, ''))) return end;
    // A labelled link (`Xem thêm: …`) may run to its full stop: two headlines, the last one ended.
    if (/[.…]["”]?$/u.test(word)) return labelled ? end + word.length + (i > 0 ? 1 : 0) : null;
    end += word.length + (i > 0 ? 1 : 0);
  }
  return null;
}

/**
 * Where a run of headlines ends: after the last truncated headline, plus the complete last
 * headline when nothing prose-like follows; `null` when the words after the heading read as
 * prose (the phrase was part of a sentence).
 */
function runEnd(text: string, from: number): number | null {
  const rest = text.slice(from);
  const truncated = [...rest.matchAll(TRUNCATED)];
  if (truncated.length === 0) {
    // No cut-off headlines: a run at the very end of the line, with no full stop in it
    // (headlines may hold `?`, `!` and `:`, rarely a full stop).
    return /[.…]["”]?(?:\s|$)/u.test(rest) ? null : text.length;
  }
  const last = truncated.at(-1)!;
  const after = rest.slice(last.index + last[0].length);
  // The last headline is often complete: it runs to the end when no sentence follows it.
  if (!/[.…]["”]?(?:\s|$)/u.test(after)) return text.length;
  return from + last.index + last[0].length;
}
