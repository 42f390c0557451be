// The lines that close an article: `Theo VOV`, an author's name alone, `Nguyễn Quốc/SGGP`.
// Only the last lines of the body qualify (and, where a site says so, a name right above one
// of its section headings), so a name inside the article is never taken. On a page dump, a
// source credit with the link to the source under it (`Theo tienphong.vn Copy link`, then `Link
// bài gốc … https://tienphong.vn/…`) names the publication wherever it stands below the article.
import type { Block } from '../../types.js';
import type { Rule } from '../rule.js';
import { type DocContext, bodyBlocks, drop, headingKey, isDropped, isUndecided } from '../context.js';
import { type Credit, parseCredit } from '../credits.js';
import { wordCount } from '../text-shape.js';
import { fold } from '../../decode/normalize.js';

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
    if (window && ctx.findings.attribution === null) linkedSourceBelow(ctx, window.last);
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
  if (SOURCE_LINK_LINE.test(block.text)) {
    drop(block, 'credit', rule);
    // The source's credit over it may have gone already, as a link (an HTML page's `Theo X Copy link`).
    for (let i = block.index - 1; i >= Math.max(0, block.index - SOURCE_LINK_LINES); i--) {
      const credit = isDropped(ctx.blocks[i]!) ? linkedCredit(ctx, i) : null;
      if (!credit) continue;
      recordCredit(ctx, credit);
      break;
    }
    return true;
  }
  const credit = linkedCredit(ctx, block.index) ?? parseCredit(block.text);
  if (!credit) return false;
  drop(block, credit.attribution && !credit.author ? 'credit' : 'byline', rule);
  recordCredit(ctx, credit);
  return true;
}

/**
 * `Link bài gốc Lấy link https://tienphong.vn/…` ("the original's link: copy it"): a label of a
 * few words and the address of the source, closing the article (in HTML, where the `Theo X Copy
 * link` box above it is gone). A sentence that ends in an address is longer, and says where.
 */
const SOURCE_LINK_LINE = /^(?:(?!https?:)\S+\s+){1,5}https?:\/\/\S+$/u;

/** The source's link stands this many lines under its credit at most. */
const SOURCE_LINK_LINES = 2;
/** Below the article, a source credit is looked for this many lines down at most. */
const SOURCE_CREDIT_REACH = 40;
/** Fewer folded letters than this match too many hosts by chance. */
const SOURCE_MIN_CHARS = 3;
const LINK_HOST = /https?:\/\/(?:www\.)?([^/\s]+)/u;

/**
 * The credit of the line, read as far as the link under it names its publication: `Theo Đời
 * sống Pháp luật Copy link` over `https://doisongphapluat.nguoiduatin.vn/…` is `Theo Đời sống
 * Pháp luật` (the words after it, a button's, are not the host's); null when no link stands
 * under the line or no credit of its opening words names the host.
 */
function linkedCredit(ctx: DocContext, index: number): Credit | null {
  for (let i = index + 1; i <= index + SOURCE_LINK_LINES && i < ctx.blocks.length; i++) {
    const host = LINK_HOST.exec(ctx.blocks[i]!.text)?.[1];
    if (!host) continue;
    const hostKey = fold(host);
    const words = ctx.blocks[index]!.text.trim().split(/\s+/u);
    for (let n = words.length; n >= 1; n--) {
      const credit = parseCredit(words.slice(0, n).join(' '));
      const key = fold(credit?.attribution ?? '');
      if (key.length >= SOURCE_MIN_CHARS && hostKey.includes(key)) return credit;
    }
    return null;
  }
  return null;
}

/**
 * A source credit with its link under it, below the article (after a tags box, among the page's
 * boxes): the article's publication. The line's verdict stays what it is.
 */
function linkedSourceBelow(ctx: DocContext, last: number): void {
  for (let i = last + 1; i < ctx.blocks.length && i <= last + SOURCE_CREDIT_REACH; i++) {
    if (wordCount(ctx.blocks[i]!.text, CREDIT_MAX_WORDS) > CREDIT_MAX_WORDS) continue;
    const credit = linkedCredit(ctx, i);
    if (!credit) continue;
    ctx.findings.attribution = credit.attribution;
    return;
  }
}

export function recordCredit(ctx: DocContext, credit: Credit): void {
  ctx.findings.author ??= credit.author;
  ctx.findings.attribution ??= credit.attribution;
  ctx.findings.published ??= credit.published;
}
