// Markup residue that carries no words of the article (image placeholders are image-residue's):
// a line that is nothing but HTML tags or a script/style element, and script/style elements left inside a
// paragraph (a scraper that kept raw HTML in its text), the tail of a tag whose start was cut, and
// a rule of underscores or dashes between collapsed paragraphs. Other tags inside prose stay: `<` is
// rare but legitimate in text, and a link's words may be the article's.
import type { Rule } from '../rule.js';
import { addCut, bodyBlocks, drop, isUndecided } from '../context.js';

/** An element whose content is not text: the whole of it goes. */
const HIDDEN_ELEMENT = /<(script|style|noscript|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?[a-z][^<>]*>/gi;

/**
 * Whether the line is nothing but tags and such elements. Removed, then the rest looked at: one
 * pattern for the whole line (`^(?:element|tag)+$`) backtracked through every way of splitting
 * each tag before a line that ends in text failed, and never finished on a page's worth of tags.
 */
function isMarkupOnly(text: string): boolean {
  const rest = text.replace(HIDDEN_ELEMENT, '').replace(TAG, '');
  return rest !== text && rest.trim() === '';
}
const INLINE_ELEMENT = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?(?:script|style)\b[^<>]*>/gi;
/** A blog engine's shortcode printed raw, with what it wraps: `[button link="…"]Send us …[/button]`. */
const SHORTCODE = /\[([a-z][a-z_-]{1,30})(?:\s[^\]]{0,300})?\][^\[]{0,200}\[\/\1\]/giu;
/**
 * The end of a tag whose start the scraper cut (`… Battery." src="http://…/3.JPG">`): the quote
 * that closed the attribute before, the attributes after it, the `>`. Forty attributes at most
 * (an image tag has a dozen): unbounded, a run of attributes that never closes was read to its
 * end from each of its quotes, in time that grew as the square of the run.
 */
const TAG_TAIL = /"\s*(?:src|href|alt|title|width|height|style|class|data-[a-z-]+)\s*=\s*"[^"<>]{0,400}"(?:\s+[a-z-]+\s*=\s*"[^"<>]{0,400}"){0,40}\s*\/?>/gi;

/**
 * A rule drawn with characters between two paragraphs that the dump collapsed into one line
 * (`… xuất xưởng. _____________________________ Mới đây, …`): 15 of the 5,000 corpus outputs
 * held one. Runs of dots stay: they may stand for words left out of a quotation (a 16th).
 */
const SEPARATOR = /(?<=^|\s)(?:_{8,}|-{10,}|={8,}|\*{8,}|~{8,})(?=\s|$)/gu;
/** What every SEPARATOR holds, looked for with `includes`: five times faster than a regex of the five. */
const SEPARATOR_STARTS = ['________', '----------', '========', '********', '~~~~~~~~'];
const mayHoldSeparator = (text: string): boolean => SEPARATOR_STARTS.some((run) => text.includes(run));

export const markupRule: Rule = {
  name: 'markup',
  run(ctx) {
    for (const block of ctx.blocks) {
      if (!isUndecided(block)) continue;
      if (block.text.includes('<') && isMarkupOnly(block.text)) drop(block, 'markup', 'markup', 'HTML tags only');
    }
  },
};

export const inlineMarkupRule: Rule = {
  name: 'inline-markup',
  run(ctx) {
    for (const block of bodyBlocks(ctx)) {
      if (block.text.includes('<')) {
        for (const m of block.text.matchAll(INLINE_ELEMENT)) addCut(block, { start: m.index, end: m.index + m[0].length, reason: 'markup', rule: 'inline-markup' });
      }
      if (block.text.includes('[/')) {
        for (const m of block.text.matchAll(SHORTCODE)) addCut(block, { start: m.index, end: m.index + m[0].length, reason: 'markup', rule: 'inline-markup' });
      }
      if (block.text.includes('="')) {
        for (const m of block.text.matchAll(TAG_TAIL)) addCut(block, { start: m.index, end: m.index + m[0].length, reason: 'markup', rule: 'inline-markup' });
      }
      if (mayHoldSeparator(block.text)) {
        for (const m of block.text.matchAll(SEPARATOR)) addCut(block, { start: m.index, end: m.index + m[0].length, reason: 'markup', rule: 'inline-markup' });
      }
    }
  },
};
