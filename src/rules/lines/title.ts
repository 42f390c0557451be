// The title is the first line left after date lines and widgets; copies of it elsewhere
// (the title repeated under it, in a teaser) are duplicates.
import type { Rule } from '../rule.js';
import { drop, isUndecided, keepAs } from '../context.js';
import { isHeadlineLike, lineKey } from '../text-shape.js';

export const titleRule: Rule = {
  name: 'title',
  run(ctx) {
    const title = ctx.blocks.find(isUndecided);
    if (!title) return;
    keepAs(title, 'title', 'title');
    ctx.titleIndex = title.index;
    const key = lineKey(title.text);
    for (const block of ctx.blocks) {
      if (block === title || !isUndecided(block) || block.text.length > title.text.length * 2) continue;
      if (lineKey(block.text) === key && isHeadlineLike(block.text)) {
        drop(block, 'duplicate', 'title', 'repeats the title');
      }
    }
  },
};
