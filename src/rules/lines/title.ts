// The title: on a page dump, the headline above the article window (rules/page/headline.ts);
// else (a collapsed dump, a page too short to model) the first line left after date lines and
// widgets. Copies of it elsewhere (the title repeated under it, in a teaser) are duplicates.
import type { Rule } from '../rule.js';
import type { DocContext } from '../context.js';
import { drop, isUndecided, keepAs } from '../context.js';
import { isHeadlineLike, lineKey } from '../text-shape.js';
import { findHeadline } from '../page/headline.js';
import { templateLineHash } from '../../learn/line-hash.js';

export const titleRule: Rule = {
  name: 'title',
  run(ctx) {
    const title = titleBlock(ctx);
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

function titleBlock(ctx: DocContext) {
  if (!ctx.window) return ctx.blocks.find(isUndecided);
  const template = ctx.template;
  const inTemplate = (text: string) => {
    const hash = template ? templateLineHash(text) : null;
    return hash !== null && template!.lines.has(hash);
  };
  const headline = findHeadline(ctx.blocks, ctx.window, inTemplate);
  return headline === null ? undefined : ctx.blocks[headline];
}
