// A collapsed body often starts by repeating the lead printed above it; the copy goes.
import type { Rule } from '../rule.js';
import type { Block } from '../../types.js';
import { addCut, bodyBlocks } from '../context.js';
import { wordCount } from '../text-shape.js';

/** Shorter openings repeat by chance (`Theo TTXVN,`); a lead has a sentence at least. */
const MIN_REPEAT_WORDS = 8;

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
  },
};

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
