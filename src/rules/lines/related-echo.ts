// Related lists the page gives away by its structure. A link to another article set inside the
// body (`Lũ lớn ở Lai Châu khiến 1 người chết…` between two paragraphs) is printed again in the
// page's related list (under its heading): once that list is known, the body's copy is known
// too. And the short label right above a dropped list is its heading. The page names its own
// related headlines: no vocabulary.
import type { Rule } from '../rule.js';
import { drop, isUndecided } from '../context.js';
import { endsSentence, isHeadlineLike, lineKey, wordCount } from '../text-shape.js';

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

/** A list's heading is a label: `Related articles`, `DON'T MISS`, `Đọc thêm`. */
const HEADING_MAX_WORDS = 4;
/** A heading opens at least this many dropped headlines. */
const MIN_LISTED = 2;

/**
 * The short line right above a run of headlines dropped as a related list (by their links or
 * their section) is the list's heading, in any language: `Related articles` over two links set
 * in the body, then the prose goes on.
 */
export const relatedListHeadingRule: Rule = {
  name: 'related-heading',
  run(ctx) {
    const blocks = ctx.blocks;
    for (let i = 0; i + MIN_LISTED < blocks.length; i++) {
      const heading = blocks[i]!;
      if (!isUndecided(heading) || i === ctx.titleIndex) continue;
      const text = heading.text.trim();
      if (endsSentence(text) || wordCount(text, HEADING_MAX_WORDS) > HEADING_MAX_WORDS || !/\p{L}{2}/u.test(text)) continue;
      let listed = 0;
      while (i + 1 + listed < blocks.length && RELATED_REASONS.has(blocks[i + 1 + listed]!.verdict?.reason ?? '')) listed++;
      if (listed >= MIN_LISTED) drop(heading, 'section-heading', 'related-heading', `above ${listed} related headlines`);
    }
  },
};
