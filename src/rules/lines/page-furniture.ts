// Lines of a page dump that are never a paragraph, by their shape alone: a line with no letter
// (a share counter `0`, a bullet, a separator) and a short line dated with a year (`Published
// Monday, November 18, 2019 8:22AM EST`, `NOVEMBER 20, 2019 10:43`; see isDatedLine). On the 66
// dev page dumps: 772 letterless lines outside the article against 27 in it (digits the gold
// holds by chance: list numbers, a phone number). Page dumps only: a collapsed dump has none.
import type { Rule } from '../rule.js';
import { drop, isUndecided } from '../context.js';
import { isDatedLine } from '../page/shape.js';

const HAS_LETTER = /\p{L}/u;

export const pageFurnitureRule: Rule = {
  name: 'page-furniture',
  run(ctx) {
    if (!ctx.window) return;
    for (const block of ctx.blocks) {
      if (!isUndecided(block)) continue;
      const text = block.text.trim();
      if (!HAS_LETTER.test(text)) drop(block, 'widget', 'page-furniture', 'no letters');
      else if (isDatedLine(text)) drop(block, 'dateline', 'page-furniture', 'a short line with a date');
    }
  },
};
