// The lines that close an article: `Theo VOV`, an author's name alone, `Nguyễn Quốc/SGGP`.
// Only the last lines of the body qualify (and, where a site says so, a name right above one
// of its section headings), so a name inside the article is never taken.
import type { Block } from '../../types.js';
import type { Rule } from '../rule.js';
import { type DocContext, bodyBlocks, drop, headingKey, isDropped, isUndecided } from '../context.js';
import { type Credit, parseCredit } from '../credits.js';
import { wordCount } from '../text-shape.js';

/** Credits are short; the last three live lines are the most a page stacks up. */
const CREDIT_MAX_WORDS = 16;
const MAX_CLOSING_LINES = 3;

export const closingCreditsRule: Rule = {
  name: 'closing-credits',
  run(ctx) {
    // On a page dump the body ends with the article window, not with the page's footer.
    const window = ctx.window;
    const live = window ? bodyBlocks(ctx).filter((b) => b.index <= window.last) : bodyBlocks(ctx);
    // The body ends at the last live block; walk back over the closing lines.
    for (let k = live.length - 1, taken = 0; k >= 1 && taken < MAX_CLOSING_LINES; k--, taken++) {
      if (!takeCredit(ctx, live[k]!, 'closing-credits')) break;
    }
    if (ctx.profile.bylineBefore.size === 0) return;
    for (const block of ctx.blocks) {
      if (!isDropped(block) || !ctx.profile.bylineBefore.has(headingKey(block.verdict?.detail ?? ''))) continue;
      const above = previousLive(ctx, block.index);
      if (above) takeCredit(ctx, above, `site:${ctx.profile.site?.id}/byline`);
    }
  },
};

function previousLive(ctx: DocContext, index: number): Block | null {
  for (let i = index - 1; i >= 0; i--) {
    const b = ctx.blocks[i]!;
    if (i === ctx.titleIndex) return null;
    if (!isDropped(b)) return b;
  }
  return null;
}

function takeCredit(ctx: DocContext, block: Block, rule: string): boolean {
  if (!isUndecided(block) || wordCount(block.text, CREDIT_MAX_WORDS) > CREDIT_MAX_WORDS) return false;
  const credit = parseCredit(block.text);
  if (!credit) return false;
  drop(block, credit.attribution && !credit.author ? 'credit' : 'byline', rule);
  recordCredit(ctx, credit);
  return true;
}

export function recordCredit(ctx: DocContext, credit: Credit): void {
  ctx.findings.author ??= credit.author;
  ctx.findings.attribution ??= credit.attribution;
  ctx.findings.published ??= credit.published;
}
