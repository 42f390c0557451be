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

export function isCaptionRun(text: string): boolean {
  if (END_MARK_OR_LIST_MARK.test(text)) return false;
  const words = text.trim().split(/\s+/u);
  if (words.length < CAPTION_RUN_MIN_WORDS) return false;
  let lower = 0;
  let figures = 0;
  let starts = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (LOWER_START.test(word)) lower++;
    if (/\d/u.test(word)) figures++;
    if (i > 0 && i + 1 < words.length && LOWER_WORD.test(words[i - 1]!) && UPPER_START.test(word) && LOWER_START.test(words[i + 1]!)) starts++;
  }
  return lower >= CAPTION_RUN_LOWER_SHARE * words.length && figures <= CAPTION_RUN_FIGURES_SHARE * words.length && starts >= CAPTION_RUN_MIN_STARTS;
}

export const captionRunsRule: Rule = {
  name: 'caption-runs',
  run(ctx) {
    // Collapsed dumps only (a page dump's paragraphs are the page model's), after the lead.
    if (ctx.window !== null) return;
    for (const block of bodyBlocks(ctx).slice(1)) {
      const masked = maskCuts(block.text, block.cuts);
      const start = masked.search(/\S/u);
      if (start === -1 || !isCaptionRun(masked)) continue;
      const end = masked.trimEnd().length;
      addCut(block, { start, end, reason: 'caption', rule: 'caption-runs' });
      addCaption(ctx, masked.slice(start, end).replace(/\s{2,}/gu, ' '));
    }
  },
};
