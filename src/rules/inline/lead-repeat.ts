// A collapsed body often starts by repeating the lead printed above it, or the title (the top
// picture's caption, a teaser printed again); the copy goes.
import type { Rule } from '../rule.js';
import type { Block } from '../../types.js';
import { addCaption, addCut, bodyBlocks, type DocContext } from '../context.js';
import { lowerWords, wordCount } from '../text-shape.js';
import { SENTENCE_OPENERS } from '../sentence-openers.js';
import { isLowerLetter, isUpperLetter } from '../letters.js';

/** Shorter openings repeat by chance (`Theo TTXVN,`); a lead has a sentence at least. */
const MIN_REPEAT_WORDS = 8;
/** A title of fewer words may open a sentence of the body as its subject (`Ngọc Trinh …`). */
const MIN_TITLE_WORDS = 6;
/**
 * After the title's copy the first sentence starts: a capital or a figure, after an opening
 * quote or bracket at most. A copy followed by a word in lower case or a mark is the body's
 * own sentence that happens to open with the title's words.
 */
const NEXT_SENTENCE = /^\s+["“‘(]?[\p{Lu}\d]/u;

export const leadRepeatRule: Rule = {
  name: 'lead-repeat',
  run(ctx) {
    const live = bodyBlocks(ctx);
    for (let k = 1; k < live.length; k++) {
      const lead = live[k - 1]!.text.trim();
      const body = live[k]!;
      if (wordCount(lead, MIN_REPEAT_WORDS) < MIN_REPEAT_WORDS || body.text.length <= lead.length) continue;
      // The copy may stand after a cut at the start (a caption: `Ảnh minh họa (Nguồn: Internet) <lead>`).
      const from = afterLeadingCuts(body);
      if (!body.text.startsWith(lead, from)) {
        if (k === 1 && ctx.window === null) cutShortenedLead(lead, body, from);
        continue;
      }
      // It may end inside a cut (the end marker of `… điện./.`), and be all the paragraph holds.
      const end = pastOverlappingCuts(body, from + lead.length);
      if (/^(?:\s|$)/u.test(body.text.slice(end))) addCut(body, { start: from, end, reason: 'duplicate', rule: 'lead-repeat', replacement: '' });
    }
    if (ctx.window === null && live.length >= 2 && !cutTitleCopy(ctx, live[1]!)) cutHeadlineCaption(ctx, live[0]!, live[1]!);
  },
};

/**
 * The title printed again where the body starts, with no end mark, before the first sentence:
 * `Ngọc Trinh cắt tóc mới sau khi chia tay Hoàng Kiều Trên trang cá nhân …`. In the 5,000 corpus
 * outputs 31 bodies opened so (7 in other quotation marks), each with the title again (the top
 * picture's caption or a teaser repeated). Only at the start: further on the title's words may be an intertitle the title was
 * taken from (`… trung hạn. Lo tư duy nhiệm kỳ bởi ẩn chứa lợi ích nhóm Tại nghị trường …`).
 * Collapsed dumps only: a page's paragraphs are the page model's.
 */
function cutTitleCopy(ctx: DocContext, body: Block): boolean {
  const title = titleText(ctx);
  if (wordCount(title, MIN_TITLE_WORDS) < MIN_TITLE_WORDS) return false;
  const from = afterLeadingCuts(body);
  // Quotes may differ: `… xúc phạm: 'Tôi xấu hổ …'` in the title, `"Tôi xấu hổ …"` in the body.
  const opening = body.text.slice(from, from + title.length);
  if (unquoted(opening) !== unquoted(title) || !NEXT_SENTENCE.test(body.text.slice(from + title.length))) return false;
  addCut(body, { start: from, end: from + title.length, reason: 'duplicate', rule: 'lead-repeat', replacement: '' });
  return true;
}

/** Every quotation mark as one: a title and its copy quote alike, in marks of their own. */
function unquoted(text: string): string {
  return text.replace(/[‘’'“”"]/gu, '"');
}

/**
 * The lead printed again where the body starts, shortened: `"Vua phòng trà" Đức Minh đã đăng quang
 * thuyết phục quán quân Tình bolero hoan ca 2017.` under a lead that has `… ngôi vị Quán quân …`.
 * The body's first sentences go as long as every word of theirs stands in the lead, in order
 * (case and quotes aside): with nothing of their own they hold nothing the lead does not, and
 * they cover most of it. 4 bodies of the 5,000 corpus outputs opened so. One that adds a word
 * (`Ngày 6/2, …`) says more, and stays.
 */
const SHORTENED_LEAD_SHARE = 0.8;
const SENTENCE_END = /[.!?…]["”’)]*(?=\s+["“‘(]?[\p{Lu}\d]|\s*$)/gu;

function cutShortenedLead(lead: string, body: Block, from: number): void {
  // The copy opens as the lead does: most bodies are done with here, before any word is made.
  const opening = lead.slice(0, lead.indexOf(' ') >>> 0);
  if (unquoted(body.text.slice(from, from + opening.length)).toLowerCase() !== unquoted(opening).toLowerCase()) return;
  const leadWords = lowerWords(lead);
  let at = 0; // where in the lead the next sentence's words are looked for
  let copied = 0;
  let end = -1;
  SENTENCE_END.lastIndex = from;
  for (let start = from, m = SENTENCE_END.exec(body.text); m; m = SENTENCE_END.exec(body.text)) {
    const sentence = lowerWords(body.text.slice(start, m.index + m[0].length));
    const after = subsequenceEnd(sentence, leadWords, at);
    if (after === -1) break;
    at = after;
    copied += sentence.length;
    end = start = m.index + m[0].length;
  }
  SENTENCE_END.lastIndex = 0;
  if (end === -1 || copied < MIN_REPEAT_WORDS || copied < SHORTENED_LEAD_SHARE * leadWords.length) return;
  addCut(body, { start: from, end, reason: 'duplicate', rule: 'lead-repeat', replacement: '' });
}

/** Where in `lead` the words of `sentence` end when they stand there in order from `from`, or -1. */
function subsequenceEnd(sentence: readonly string[], lead: readonly string[], from: number): number {
  let at = from;
  for (const word of sentence) {
    while (at < lead.length && lead[at] !== word) at++;
    if (at === lead.length) return -1;
    at++;
  }
  return at;
}

function titleText(ctx: DocContext): string {
  const titleBlock = ctx.blocks.find((b) => b.index === ctx.titleIndex);
  return titleBlock ? titleBlock.text.trim().replace(/[.!?…]+$/u, '') : '';
}

/**
 * The top picture's caption where a collapsed body starts, restating the headline in other
 * words, run into the first sentence: `Cầu thuộc dự án đường ô tô Tân Vũ - Lạch Huyện (Hải Phòng)
 * Về phần nền đường …`. Taken when, before the first mark of any kind, a word that opens
 * sentences (sentence-openers.ts) follows a word in lower case and is followed by one, after
 * CAPTION_MIN_WORDS words at least, and half the caption's two-word runs stand in the title or
 * the lead. A heading that opens the body (`Kỷ lục 10 năm`, `1. Tuổi Thìn`) is shorter and
 * seldom restates them. Of 166 bodies of the 5,000 corpus dumps that opened with words before
 * such a word, a reader judged 99 captions and 60 headings; the 15 this takes were all captions.
 */
const CAPTION_MIN_WORDS = 12;
const CAPTION_MAX_WORDS = 30;
const ECHO_SHARE = 0.5;
/** The first mark of any kind, or a double space (an element's end): no caption runs past it. */
const FIRST_MARK = /[.!?…:;,]|\s\s/u;

function cutHeadlineCaption(ctx: DocContext, lead: Block, body: Block): void {
  const from = afterLeadingCuts(body);
  // The caption ends before the first mark: the words after it are not read.
  const head = body.text.slice(from, from + 400);
  const mark = FIRST_MARK.exec(head);
  const unmarked = mark ? head.slice(0, mark.index) : head;
  // Word by word, by character codes: a string is made only for a capitalised word between two
  // in lower case (this runs on every collapsed dump; splitting the words cost 2 % of the cleaning).
  for (let at = unmarked.indexOf(' ') + 1, index = 1; at > 0 && index <= CAPTION_MAX_WORDS; index++) {
    const space = unmarked.indexOf(' ', at);
    if (space === -1) return;
    if (isUpperLetter(unmarked.charCodeAt(at)) && endsLower(unmarked.charCodeAt(at - 2)) && isLowerLetter(unmarked.charCodeAt(space + 1))) {
      if (SENTENCE_OPENERS.has(unmarked.slice(at, space))) {
        if (index < CAPTION_MIN_WORDS) return;
        const caption = unmarked.slice(0, at - 1);
        if (echoShare(caption, `${titleText(ctx)} ${lead.text}`) < ECHO_SHARE) return;
        addCut(body, { start: from, end: from + caption.length, reason: 'caption', rule: 'lead-repeat' });
        addCaption(ctx, caption);
        return;
      }
    }
    at = space + 1;
  }
}

/** The last character of a word after which a sentence may start unmarked: lower case, a digit, a closing quote or bracket. */
function endsLower(c: number): boolean {
  return isLowerLetter(c) || (c >= 48 && c <= 57) || c === 34 || c === 0x201d || c === 0x2019 || c === 41;
}

/** The share of the text's two-word runs (lower case) that stand in `source`. */
function echoShare(text: string, source: string): number {
  const pairs = (s: string) => {
    const words = lowerWords(s);
    return words.slice(1).map((word, i) => `${words[i]} ${word}`);
  };
  const known = new Set(pairs(source));
  const runs = pairs(text);
  return runs.length === 0 ? 0 : runs.filter((run) => known.has(run)).length / runs.length;
}

/** Where the text starts once the cuts at its start (and the spaces after them) are taken away. */
function afterLeadingCuts(block: Block): number {
  let from = 0;
  for (const cut of [...block.cuts].sort((a, b) => a.start - b.start)) {
    if (cut.start > from) break;
    from = Math.max(from, cut.end);
    while (block.text[from] === ' ') from++;
  }
  return from;
}

/** `end`, or the end of the cuts that run past it from before it. */
function pastOverlappingCuts(block: Block, end: number): number {
  let reach = end;
  for (const cut of block.cuts) if (cut.start < end && cut.end > reach) reach = cut.end;
  return reach;
}
