// Boilerplate sections: a heading (`Tin liên quan`, `Đọc nhiều`, `BẠN CÓ THỂ QUAN TÂM` …)
// followed by a run of list items — headlines, teaser cards (headline, blurb, category label),
// more headings. The run ends where prose resumes without a headline above it, so an empty
// heading in the middle of an article (`Bài liên quan` then prose) costs only the heading.
import type { Block, ReasonCode } from '../../types.js';
import type { Rule } from '../rule.js';
import { type DocContext, drop, headingKey, isDropped, isSectionHeading, ruleName } from '../context.js';
import { SECTION_HEADINGS } from '../vocabulary.js';
import { isHeadlineLike, lineKey, wordCount } from '../text-shape.js';
import { startsWithAgencyTag } from '../inline/agency-tag.js';

/** A teaser blurb is a summary of one or two sentences; longer prose is the article again. */
const BLURB_MAX_WORDS = 80;
const COMMENT_HEADINGS = new Set(['bình luận', 'ý kiến bình luận', 'ý kiến bạn đọc', 'ý kiến của bạn', 'gửi bình luận', 'viết bình luận']);

export const sectionsRule: Rule = {
  name: 'sections',
  run(ctx) {
    let i = 0;
    while (i < ctx.blocks.length) {
      const block = ctx.blocks[i]!;
      if (i !== ctx.titleIndex && !isDropped(block) && block.verdict?.keep !== true && isSectionHeading(ctx, block.text)) {
        const key = headingKey(block.text);
        const rule = ruleName(ctx, 'sections', !SECTION_HEADINGS.includes(key));
        drop(block, 'section-heading', rule, key);
        i = consumeRun(ctx, i + 1, itemReasonFor(key), rule);
      } else {
        i++;
      }
    }
  },
};

/** Items under a comments heading are the comment widget; under any other, related news. */
function itemReasonFor(headingKeyText: string): ReasonCode {
  return COMMENT_HEADINGS.has(headingKeyText) ? 'widget' : 'related-list';
}

function consumeRun(ctx: DocContext, start: number, firstItemReason: ReasonCode, rule: string): number {
  let itemReason = firstItemReason;
  let previous: 'heading' | 'headline' | 'blurb' = 'heading';
  const seen = new Set<string>();
  let j = start;
  for (; j < ctx.blocks.length; j++) {
    const block: Block = ctx.blocks[j]!;
    if (j === ctx.titleIndex || block.verdict?.keep === true) break;
    if (isDropped(block)) continue;
    const text = block.text;
    const key = lineKey(text);
    if (isSectionHeading(ctx, text)) {
      drop(block, 'section-heading', rule, headingKey(text));
      itemReason = itemReasonFor(headingKey(text));
      previous = 'heading';
    } else if (seen.has(key)) {
      drop(block, 'teaser', rule, 'repeated in the run');
    } else if (ctx.profile.categoryLabels.has(key)) {
      drop(block, 'teaser', rule, 'category label');
      previous = 'headline';
    } else if (isHeadlineLike(text)) {
      drop(block, previous === 'blurb' && wordCount(text, 4) <= 4 ? 'teaser' : itemReason, rule);
      previous = 'headline';
    } else if ((previous === 'headline' && wordCount(text, BLURB_MAX_WORDS) <= BLURB_MAX_WORDS) || startsWithAgencyTag(text)) {
      drop(block, 'teaser', rule, 'teaser blurb');
      previous = 'blurb';
    } else {
      break;
    }
    seen.add(key);
  }
  return j;
}
