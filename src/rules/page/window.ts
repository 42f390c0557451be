// The article window of a page dump: the stretch of lines where the article stands, between
// the menus, breadcrumbs and share rows above it and the related lists, forms and footers
// below. Found from the page's structure alone, so that it holds on a site never seen and in
// a language no rule reads: prose lines weigh for the article by their length, furniture
// (short lines, list items, indented blocks, rules, lines the page prints twice) against it,
// and the window is the stretch of greatest weight (Kadane's maximum subarray).
import type { Block } from '../../types.js';
import { type LineShape, shapeLines } from './shape.js';

export interface ArticleWindow {
  /** Block indices of the window's first and last lines. */
  first: number;
  last: number;
  /** What the window rests on, for `clean explain`. */
  why: string;
  shapes: LineShape[];
}

/**
 * Fewer lines than this is no page: a collapsed dump (title, lead, body) is one window by
 * construction, and a handful of lines gives a model nothing to weigh.
 */
const MIN_PAGE_LINES = 8;
/** A window lighter than this (in words of prose) is no evidence: the page is left whole. */
const MIN_WINDOW_WEIGHT = 20;

/**
 * Weights. A line of prose adds its words; a list item of prose (an article's own list of
 * sentences) half of them; a line that may be a headline (`weak` prose) a third. Any other
 * line costs a fixed part (being a separate line of furniture) and a part per word, more when
 * it is listed (menus, related lists) or repeated. The fixed part decides how many short lines
 * a window spans: ten short lines between two paragraphs of 40 words are crossed, a menu of
 * fifty items is not.
 */
const LISTED_PROSE_SHARE = 0.5;
const WEAK_PROSE_SHARE = 0.3;
const LINE_COST = 4;
const WORD_COST = 1;
const LISTED_COST_FACTOR = 1.5;
/** A short line set apart by blank lines is a paragraph or a subheading more often than a menu item. */
const SET_APART_COST_FACTOR = 0.75;
/** A horizontal rule parts the page's sections: crossing one costs as much as a paragraph weighs. */
const RULE_COST = 30;
/** Pictures stand inside articles too: a placeholder costs little. */
const PLACEHOLDER_COST = 1;

export function lineWeight(shape: LineShape): number {
  if (shape.rule || shape.copyright) return -RULE_COST;
  if (shape.placeholder) return -PLACEHOLDER_COST;
  // Prose printed twice (a lead repeated in the body, a caption beside its alt text) neither
  // makes a window nor parts one: the duplicate rule keeps the copy that stands in the body.
  if (shape.repeated && shape.prose !== null) return 0;
  if (!shape.repeated && shape.prose === 'strong') return shape.listed ? shape.units * LISTED_PROSE_SHARE : shape.units;
  if (!shape.repeated && shape.prose === 'weak' && !shape.listed) return shape.units * WEAK_PROSE_SHARE;
  const cost = LINE_COST + shape.units * WORD_COST;
  if (shape.listed || shape.repeated) return -cost * LISTED_COST_FACTOR;
  return -(shape.setApart ? cost * SET_APART_COST_FACTOR : cost);
}

export function findArticleWindow(blocks: readonly Block[]): ArticleWindow | null {
  if (blocks.length < MIN_PAGE_LINES) return null;
  const shapes = shapeLines(blocks);
  let best = 0;
  let bestFirst = -1;
  let bestLast = -1;
  let run = 0;
  let runFirst = 0;
  for (let i = 0; i < blocks.length; i++) {
    const weight = lineWeight(shapes[i]!);
    if (run <= 0) {
      run = 0;
      runFirst = i;
    }
    run += weight;
    if (run > best) {
      best = run;
      bestFirst = runFirst;
      bestLast = i;
    }
  }
  if (bestFirst < 0 || best < MIN_WINDOW_WEIGHT) return null;
  // The window starts on a line that weighs for it.
  let first = bestFirst;
  while (first < bestLast && lineWeight(shapes[first]!) <= 0) first++;
  const last = bestLast;
  return { first, last, why: `the heaviest stretch of prose (weight ${Math.round(best)})`, shapes };
}
