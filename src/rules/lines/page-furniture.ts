// Lines of a page dump that are never a paragraph, by their shape alone: a line with no letter
// (a share counter `0`, a bullet, a separator) and a short line dated with a year (`Published
// Monday, November 18, 2019 8:22AM EST`, `NOVEMBER 20, 2019 10:43`; see isDatedLine). On the 66
// dev page dumps: 772 letterless lines outside the article against 27 in it (digits the gold
// holds by chance: list numbers, a phone number). And the article's head, between the headline
// and the window: its date line and its byline (see takeHeadLine); a byline in English
// (`By Laura Mowat`) wherever it stands, also under the lead or over a teaser. Page dumps only:
// a collapsed dump has none of these.
import type { Rule } from '../rule.js';
import type { Block } from '../../types.js';
import { type DocContext, drop, isUndecided, nearArticle } from '../context.js';
import { findDate } from '../dates.js';
import { isDatedLine } from '../page/shape.js';
import { takeHeadLine } from '../head.js';
import { isEnglishByline } from '../credits.js';

const HAS_LETTER = /\p{L}/u;

export const pageFurnitureRule: Rule = {
  name: 'page-furniture',
  run(ctx) {
    if (!ctx.window) return;
    for (const block of ctx.blocks) {
      if (!isUndecided(block)) continue;
      const text = block.text.trim();
      if (!HAS_LETTER.test(text)) drop(block, 'widget', 'page-furniture', 'no letters');
      else if (inHead(ctx, block)) takeHeadLine(ctx, block, 'page-furniture');
      else if (isEnglishByline(text)) drop(block, 'byline', 'page-furniture', 'a byline');
      else if (isDatedLine(text)) {
        drop(block, 'dateline', 'page-furniture', 'a short line with a date');
        if (ctx.findings.published === null && nearArticle(ctx, block.index)) ctx.findings.published = findDate(text)?.iso ?? null;
      }
    }
    if (ctx.findings.published === null) ctx.findings.published = dateBesideHeadline(ctx);
  },
};

/** A date line stands this many lines from the headline at most, above it or below. */
const HEADLINE_DATE_LINES = 3;

/**
 * The date of a date line right above or below the headline (`November 19, 2019 12:04AM ET` over
 * it): the article's, however far the window stands under a long share row or a gallery.
 */
function dateBesideHeadline(ctx: DocContext): string | null {
  const title = ctx.titleIndex;
  if (title === null) return null;
  for (let distance = 1; distance <= HEADLINE_DATE_LINES; distance++) {
    for (const i of [title + distance, title - distance]) {
      const block = ctx.blocks[i];
      if (block?.verdict?.reason !== 'dateline') continue;
      const found = findDate(block.text);
      if (found) return found.iso;
    }
  }
  return null;
}

/** How far above the article window a copy of the headline opens its head. */
const MAX_HEAD_LINES = 15;

/**
 * Between the headline and the article window: where a page prints the byline and the date. A
 * headline printed twice (a breadcrumb's copy, a picture's) opens the head at its first copy.
 */
function inHead(ctx: DocContext, block: Block): boolean {
  if (ctx.titleIndex === null || block.index >= ctx.window!.first) return false;
  if (block.index > ctx.titleIndex) return true;
  const title = ctx.window!.shapes[ctx.titleIndex]!.key;
  for (let i = block.index - 1; i >= 0 && i >= ctx.window!.first - MAX_HEAD_LINES; i--) {
    if (ctx.window!.shapes[i]!.key === title) return true;
  }
  return false;
}
