// Galleries in collapsed dumps: a paragraph of captions run together, none with an end mark.
// It goes, all but a closing credit the credit rules cut from it before.
import type { Rule } from '../rule.js';
import { addCaption, addCut, bodyBlocks, maskCuts } from '../context.js';

/**
 * A gallery's captions run together into one paragraph of a collapsed dump, each with no end
 * mark: `Người dân chen chúc mua vàng … trong ngày Thần Tài Nhân viên tiệm vàng phải hoạt động
 * hết công suất Nhu cầu tăng nên …`. A paragraph of prose ends its sentences, and one sentence
 * that lost its full stop is shorter; a list or a table holds colons, semicolons, bars or
 * figures, and names in capitals. So: CAPTION_RUN_MIN_WORDS words at least, no end mark before
 * a space or the end, none of `:;|`, most words in lower case, few figures, and three caption
 * starts at least (a capitalised word between two in lower case, the one before it ending no
 * clause). In the 5,000 corpus outputs three paragraphs after the lead are so (130–208 words),
 * each a gallery; the lead, which collapsed dumps print without a full stop, is not looked at.
 */
const CAPTION_RUN_MIN_WORDS = 60;
const CAPTION_RUN_MIN_STARTS = 3;
const CAPTION_RUN_LOWER_SHARE = 0.6;
const CAPTION_RUN_FIGURES_SHARE = 0.1;
const END_MARK_OR_LIST_MARK = /[.!?…]["”’')\]]*(?:\s|$)|[:;|]/u;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^["“‘(]?\p{Lu}/u;
/** A word in lower case with nothing after it that closes a clause (`này,` does). */
const LOWER_WORD = /^\p{Ll}.*[\p{Ll}\d"”’')]$|^\p{Ll}$/u;

/**
 * The captions of a run, split where a caption starts (a caption that opens with a name after
 * one that ends in a name stays joined to it), or null when the text is no run of captions.
 */
export function captionRun(text: string): string[] | null {
  if (END_MARK_OR_LIST_MARK.test(text)) return null;
  const words = text.trim().split(/\s+/u);
  if (words.length < CAPTION_RUN_MIN_WORDS) return null;
  let lower = 0;
  let figures = 0;
  for (const word of words) {
    if (LOWER_START.test(word)) lower++;
    if (/\d/u.test(word)) figures++;
  }
  const starts = captionStarts(words);
  const isRun = lower >= CAPTION_RUN_LOWER_SHARE * words.length && figures <= CAPTION_RUN_FIGURES_SHARE * words.length && starts.length >= CAPTION_RUN_MIN_STARTS;
  if (!isRun) return null;
  return [0, ...starts].map((start, i) => words.slice(start, starts[i] ?? words.length).join(' '));
}

/**
 * Where captions run together start with no end mark before them: a capitalised word between two
 * in lower case, the one before it ending no clause (`… ngày hội Dù trời nắng nóng …`).
 */
export function captionStarts(words: readonly string[]): number[] {
  const starts: number[] = [];
  for (let i = 1; i + 1 < words.length; i++) {
    if (LOWER_WORD.test(words[i - 1]!) && UPPER_START.test(words[i]!) && LOWER_START.test(words[i + 1]!)) starts.push(i);
  }
  return starts;
}

export const captionRunsRule: Rule = {
  name: 'caption-runs',
  run(ctx) {
    // Collapsed dumps only (a page dump's paragraphs are the page model's), after the lead.
    if (ctx.window !== null) return;
    for (const block of bodyBlocks(ctx).slice(1)) {
      const masked = maskCuts(block.text, block.cuts);
      const captions = captionRun(masked);
      if (!captions) continue;
      addCut(block, { start: masked.search(/\S/u), end: masked.trimEnd().length, reason: 'caption', rule: 'caption-runs' });
      for (const caption of captions) addCaption(ctx, caption);
    }
  },
};
