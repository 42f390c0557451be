// A link to another article set inside the body (`Lũ lớn ở Lai Châu khiến 1 người chết…` between
// two paragraphs) is printed again in the page's related list (under its heading): once that
// list is known, the body's copy is known too. Structure only: the page names its own related headlines.
import type { Rule } from '../rule.js';
import { drop, isUndecided } from '../context.js';
import { isHeadlineLike, lineKey } from '../text-shape.js';

const RELATED_REASONS = new Set(['related-list', 'teaser']);
/** Lists under a related-news heading only: a block of links (HTML furniture) may be a product list the body names too. */
const LISTING_RULE = 'sections';

export const relatedEchoRule: Rule = {
  name: 'related-echo',
  run(ctx) {
    const related = new Map<string, number>();
    for (const block of ctx.blocks) {
      if (block.verdict && !block.verdict.keep && block.verdict.rule === LISTING_RULE && RELATED_REASONS.has(block.verdict.reason)) related.set(lineKey(block.text), block.line);
    }
    if (related.size === 0) return;
    for (const block of ctx.blocks) {
      if (!isUndecided(block) || !isHeadlineLike(block.text)) continue;
      const line = related.get(lineKey(block.text));
      if (line !== undefined) drop(block, 'related-list', 'related-echo', `listed again as related, line ${line}`);
    }
  },
};
