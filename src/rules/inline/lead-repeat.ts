// A collapsed body often starts by repeating the lead printed above it, or the title (the top
// picture's caption, a teaser printed again); the copy goes.
import type { Rule } from '../rule.js';
import type { Block } from '../../types.js';
import { addCut, bodyBlocks, type DocContext } from '../context.js';
import { wordCount } from '../text-shape.js';

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
      if (!body.text.startsWith(lead, from)) continue;
      // It may end inside a cut (the end marker of `… điện./.`), and be all the paragraph holds.
      const end = pastOverlappingCuts(body, from + lead.length);
      if (/^(?:\s|$)/u.test(body.text.slice(end))) addCut(body, { start: from, end, reason: 'duplicate', rule: 'lead-repeat', replacement: '' });
    }
    if (ctx.window === null && live.length >= 2) cutTitleCopy(ctx, live[1]!);
  },
};

/**
 * The title printed again where the body starts, with no end mark, before the first sentence:
 * `Ngọc Trinh cắt tóc mới sau khi chia tay Hoàng Kiều Trên trang cá nhân …`. In the 5,000 corpus
 * outputs 22 bodies opened so, each with the title again (the top picture's caption or a teaser
 * repeated). Only at the start: further on the title's words may be an intertitle the title was
 * taken from (`… trung hạn. Lo tư duy nhiệm kỳ bởi ẩn chứa lợi ích nhóm Tại nghị trường …`).
 * Collapsed dumps only: a page's paragraphs are the page model's.
 */
function cutTitleCopy(ctx: DocContext, body: Block): void {
  const titleBlock = ctx.blocks.find((b) => b.index === ctx.titleIndex);
  const title = titleBlock ? titleBlock.text.trim().replace(/[.!?…]+$/u, '') : '';
  if (wordCount(title, MIN_TITLE_WORDS) < MIN_TITLE_WORDS) return;
  const from = afterLeadingCuts(body);
  if (!body.text.startsWith(title, from) || !NEXT_SENTENCE.test(body.text.slice(from + title.length))) return;
  addCut(body, { start: from, end: from + title.length, reason: 'duplicate', rule: 'lead-repeat', replacement: '' });
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
