// The page model of a text dump (see rules/page/): where the article stands on the page. Runs
// before the rules that read the title and the body's ends; lines outside the window are
// dropped last (`outsideArticleRule`), once the rules that know a line have named it.
import type { Rule } from '../rule.js';
import { drop, isUndecided } from '../context.js';
import { findArticleWindow } from '../page/window.js';

export const pageModelRule: Rule = {
  name: 'page-model',
  run(ctx) {
    // Text dumps only: an HTML page's container was chosen from its DOM already.
    ctx.window = ctx.blocks.every((b) => b.layout) ? findArticleWindow(ctx.blocks) : null;
  },
};

export const outsideArticleRule: Rule = {
  name: 'page-model',
  run(ctx) {
    const window = ctx.window;
    if (!window) return;
    const gap = window.leadGap;
    for (const block of ctx.blocks) {
      if (block.index === ctx.titleIndex || !isUndecided(block)) continue;
      if (gap && block.index >= gap.from && block.index <= gap.to) {
        const shape = window.shapes[block.index]!;
        if (shape.listed || (shape.repeated && shape.prose === null)) drop(block, 'outside-article', 'page-model', 'furniture between the lead and the body');
        continue;
      }
      if (block.index >= window.first && block.index <= window.last) continue;
      drop(block, 'outside-article', 'page-model', block.index < window.first ? 'above the article' : 'below the article');
    }
  },
};
