// The article window of a page dump: the stretch of lines where the article stands, between
// the menus, breadcrumbs and share rows above it and the related lists, forms and footers
// below. Found from the page's structure alone, so that it holds on a site never seen and in
// a language no rule reads: prose lines weigh for the article by their length, furniture
// (short lines, list items, rules, lines the page prints twice or that are one text twice)
// against it, and the window is the stretch of greatest weight (Kadane's maximum subarray).
import type { Block } from '../../types.js';
import { type LineShape, isDatedLine, shapeLines } from './shape.js';
import { parseCredit, vietnameseName } from '../credits.js';
import { endsSentence } from '../text-shape.js';

export interface ArticleWindow {
  /** Block indices of the window's first and last lines. */
  first: number;
  last: number;
  /**
   * When the window starts at the lead under the headline: the lines between the lead and the
   * stretch of prose below it (block indices, inclusive). Their furniture (list items, lines the
   * page prints twice) is no article; the rest (a fact box, a picture's caption) is left to the rules.
   */
  leadGap: { from: number; to: number } | null;
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
 * The foot of a long page (50 lines and more): its last 2 % of lines, 3 at least. On the 66 dev
 * page dumps every article was followed by 7.5 % of its page at least, and by 3 lines at least
 * (on pages of 25 and 40 lines).
 */
const LONG_PAGE_LINES = 50;
const FOOTER_SHARE = 0.02;
const MIN_LINES_BELOW = 3;

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
  if (shape.repeated && shape.prose !== null && !shape.doubled) return 0;
  const furniture = shape.repeated || shape.doubled;
  if (!furniture && shape.prose === 'strong') return shape.listed ? shape.units * LISTED_PROSE_SHARE : shape.units;
  if (!furniture && shape.prose === 'weak' && !shape.listed) return shape.units * WEAK_PROSE_SHARE;
  // A doubled line costs as one copy of its text.
  const cost = LINE_COST + (shape.doubled ? shape.units / 2 : shape.units) * WORD_COST;
  if (shape.listed || furniture) return -cost * LISTED_COST_FACTOR;
  return -(shape.setApart ? cost * SET_APART_COST_FACTOR : cost);
}

export function findArticleWindow(blocks: readonly Block[]): ArticleWindow | null {
  if (blocks.length < MIN_PAGE_LINES) return null;
  const shapes = shapeLines(blocks);
  const weights = shapes.map(lineWeight);
  weighAnnouncedLists(blocks, shapes, weights);
  // An article is followed by the page's furniture: on a long page, prose in its last lines is
  // the legal footer. The window is looked for above them first, and there only if nothing is.
  const footer = blocks.length >= LONG_PAGE_LINES ? Math.max(MIN_LINES_BELOW, Math.floor(blocks.length * FOOTER_SHARE)) : 0;
  let found = heaviestStretch(weights, blocks.length - footer);
  let why = 'the heaviest stretch of prose';
  if (footer > 0 && found.weight < MIN_WINDOW_WEIGHT) {
    found = heaviestStretch(weights, blocks.length);
    why = 'the heaviest stretch of prose, at the foot of the page';
  } else if (footer > 0) {
    why += ' above the foot of the page';
  }
  if (found.weight < MIN_WINDOW_WEIGHT) return null;
  // The window starts on a line that weighs for it.
  let first = found.first;
  while (first < found.last && weights[first]! <= 0) first++;
  const beforeTeaser = beforeTrailingTeaser(shapes, first, found.last);
  if (beforeTeaser !== found.last) {
    found.last = beforeTeaser;
    why += ', before the teaser listed under it';
  }
  const lead = leadAbove(blocks, shapes, first, found.last);
  let leadGap: ArticleWindow['leadGap'] = null;
  if (lead !== null) {
    if (first - lead > 1) leadGap = { from: lead + 1, to: first - 1 };
    first = lead;
    why += ', from the lead under the headline';
  }
  const listEnd = listBelow(blocks, shapes, found.last);
  if (listEnd !== found.last) why += ', with the list its last line announces';
  const last = creditBelow(blocks, shapes, listEnd);
  if (last !== listEnd) why += ', to the credit under the body';
  return { first, last, leadGap, why: `${why} (weight ${Math.round(found.weight)})`, shapes };
}

/** A line that announces what follows: a colon or an ellipsis at its end. */
const ANNOUNCES_MORE = /(?:[:：…]|\.\.\.)\s*$/u;

/**
 * A list that a sentence of prose announces (`… the faster these benefits will accrue:` and
 * its points) is the article's, wherever it stands: its items neither make a window nor part
 * one. A menu or a related list is headed by a label (`More:`, `Share this:`, `Related
 * coverage …:`), not by a sentence. On the 66 dev page dumps 6 lists of two long items or more
 * were so announced, all of them the article's.
 */
function weighAnnouncedLists(blocks: readonly Block[], shapes: readonly LineShape[], weights: number[]): void {
  for (let i = 1; i < shapes.length; i++) {
    if (!shapes[i]!.listed || shapes[i - 1]!.listed) continue;
    const above = shapes[i - 1]!;
    if (above.prose === null || above.listed || above.repeated || !ANNOUNCES_MORE.test(blocks[i - 1]!.text)) continue;
    for (let j = i; j < shapes.length && shapes[j]!.listed; j++) weights[j] = Math.max(weights[j]!, 0);
  }
}

/**
 * Where the article ends when the window ends in list items after its last paragraph: at that
 * paragraph, when the items hold one paragraph of prose at most. A single blurb in a list
 * under the article (`Trending Now` and `• J.J. Watt took to Twitter …`, a photo's caption as
 * a list item) outweighs the heading above it, but it is a teaser; an article's own list of
 * points holds more (on the 66 dev page dumps: 2 windows ended so on one teaser, one on seven
 * points, all read).
 */
function beforeTrailingTeaser(shapes: readonly LineShape[], first: number, last: number): number {
  if (!shapes[last]!.listed) return last;
  let paragraph = last;
  while (paragraph > first && !(shapes[paragraph]!.prose === 'strong' && !shapes[paragraph]!.listed)) paragraph--;
  if (paragraph === first && shapes[first]!.listed) return last;
  let listedProse = 0;
  for (let i = paragraph + 1; i <= last; i++) if (shapes[i]!.listed && shapes[i]!.prose === 'strong') listedProse++;
  return listedProse <= 1 ? paragraph : last;
}

/** A list an article announces holds this many lines at most, each this many words at most. */
const MAX_LIST_LINES = 100;
const LIST_ITEM_MAX_UNITS = 40;
/** A line that announces a list right under the window is a short one (`The 2020 tour dates:`). */
const ANNOUNCING_MAX_UNITS = 15;
const ANNOUNCES = /[:：]\s*$/u;

/**
 * The list the article announces under the window (`… 2020 tour dates:` and a date a line): its
 * lines weigh against the window as short lines, but the sentence before them says they are
 * the article's. The announcing line is the window's last, or a short line right under it. A
 * sentence of prose may announce any list; a line shaped like a heading only lines of text set
 * right under it (a `Related …:` heading stands apart from its links, or heads a bulleted list).
 * The list runs on with no blank line between, up to a blank line, a rule or a line the page
 * prints elsewhere too.
 */
function listBelow(blocks: readonly Block[], shapes: readonly LineShape[], last: number): number {
  let head = last;
  const under = shapes[last + 1];
  if (!ANNOUNCES.test(blocks[last]!.text) && under && ANNOUNCES.test(blocks[last + 1]!.text) && !under.listed && !under.repeated && under.units <= ANNOUNCING_MAX_UNITS) head = last + 1;
  if (!ANNOUNCES.test(blocks[head]!.text) || (head === last && shapes[head]!.prose === null)) return last;
  const sentence = shapes[head]!.prose === 'strong';
  if (!sentence && blocks[head + 1]?.layout?.gapBefore !== false) return last;
  let end = head;
  for (let i = head + 1; i < blocks.length && i <= head + MAX_LIST_LINES; i++) {
    const shape = shapes[i]!;
    if (i > head + 1 && blocks[i]!.layout?.gapBefore) break;
    if (shape.rule || shape.repeated || shape.doubled || shape.placeholder || shape.units > LIST_ITEM_MAX_UNITS || (!sentence && shape.listed)) break;
    end = i;
  }
  return end === head ? last : end;
}

/**
 * A source (`Theo VOV`, `(TTXVN/Vietnam+)`) or a Vietnamese name (`Ngọc Mai`, `TP`): a heading
 * under the article (`Tags`, `Related Links`) reads as a capitalised name too, but is neither.
 */
function isClosingCredit(text: string): boolean {
  const credit = parseCredit(text);
  return credit !== null && (credit.attribution !== null || vietnameseName(text) !== null);
}

/** The byline or source an article closes with stands right under it: a short line, two lines down at most. */
const MAX_CREDIT_LINES = 2;
const CREDIT_MAX_UNITS = 8;

/**
 * The article's closing credit under the window (`Ngọc Mai`, `(TTXVN/Vietnam+)`, `Theo VOV`): it
 * weighs against the window as a short line, but belongs to the article's metadata, which the
 * closing-credit rule reads from the body's last lines.
 */
function creditBelow(blocks: readonly Block[], shapes: readonly LineShape[], last: number): number {
  let end = last;
  for (let i = last + 1; i < blocks.length && i <= last + MAX_CREDIT_LINES; i++) {
    const shape = shapes[i]!;
    if (shape.placeholder) continue;
    if (shape.listed || shape.repeated || shape.units > CREDIT_MAX_UNITS || !isClosingCredit(blocks[i]!.text)) break;
    end = i;
  }
  return end;
}

/**
 * How far above the window the headline and its lead may stand: a picture with its caption, a
 * date, share buttons, a fact box (a match's line-ups) may part the lead from the body.
 */
const MAX_LEAD_DISTANCE = 20;
/**
 * Five list items in a row above the window are the page's menu: the article starts below them
 * (a share row of three buttons may stand between the lead and the body).
 */
const MENU_RUN = 5;
/**
 * A menu's items are a few words each; a box of related headlines set between the lead and the
 * body (`• Volker says he didn't realize link between …`) is not the page's menu.
 */
const MENU_ITEM_MAX_UNITS = 6;
/** The headline stands right above its lead: at most this many lines (a date, a byline) between. */
const MAX_HEADLINE_TO_LEAD = 3;

/**
 * A lead under its headline above the window: a line of prose with a headline-like line right
 * above it (dates and placeholders aside). A news page sets the two together, and whatever
 * stands between them and the body (a rule, a caption, a fact box) weighs less than it costs.
 */
function leadAbove(blocks: readonly Block[], shapes: readonly LineShape[], first: number, last: number): number | null {
  let listedRun = 0;
  for (let i = first - 1; i >= 0 && i >= first - MAX_LEAD_DISTANCE; i--) {
    const shape = shapes[i]!;
    listedRun = shape.listed && shape.units <= MENU_ITEM_MAX_UNITS ? listedRun + 1 : 0;
    if (listedRun >= MENU_RUN) return null;
    if (!isLeadShaped(blocks[i]!.text, shape) || (shape.repeated && !copiesNear(shapes, i, first - MAX_LEAD_DISTANCE, last))) continue;
    for (let j = i - 1; j >= 0 && j >= i - MAX_HEADLINE_TO_LEAD; j--) {
      const above = shapes[j]!;
      if (above.placeholder || isDatedLine(blocks[j]!.text)) continue;
      if (isHeadlineShaped(above)) return i;
      break;
    }
  }
  return null;
}

/** A lead is sentences: long enough, closed by a sentence mark, not a byline with its date. */
const LEAD_MIN_UNITS = 8;
/** A short line with a year and a time is a byline's date (`By X on Monday, November 18th, 2019 at 11:04 a.m.`). */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
const TIME = /\d{1,2}[:.h]\d{2}/;

/**
 * A lead printed twice (under the headline, again above the body) is still a lead: its copies
 * all stand between `from` and the window's end. A line the page prints again far from the
 * article (a promo box repeated under it) is not.
 */
function copiesNear(shapes: readonly LineShape[], i: number, from: number, last: number): boolean {
  const key = shapes[i]!.key;
  for (let j = 0; j < shapes.length; j++) if (shapes[j]!.key === key && (j < from || j > last)) return false;
  return true;
}

function isLeadShaped(text: string, shape: LineShape): boolean {
  if (shape.prose !== 'strong' || shape.listed || shape.doubled || shape.units < LEAD_MIN_UNITS) return false;
  return endsSentence(text) && !(shape.units < 2 * LEAD_MIN_UNITS && YEAR.test(text) && TIME.test(text));
}

/** A headline's shape: a few words to a long line, not a list item, not prose, not one text twice. */
function isHeadlineShaped(shape: LineShape): boolean {
  return shape.prose !== 'strong' && !shape.listed && !shape.doubled && !shape.rule && shape.units >= 3 && shape.units <= 40;
}

/** Kadane's maximum subarray over the first `end` weights. */
function heaviestStretch(weights: readonly number[], end: number): { first: number; last: number; weight: number } {
  let best = { first: -1, last: -1, weight: 0 };
  let run = 0;
  let runFirst = 0;
  for (let i = 0; i < end; i++) {
    if (run <= 0) {
      run = 0;
      runFirst = i;
    }
    run += weights[i]!;
    if (run > best.weight) best = { first: runFirst, last: i, weight: run };
  }
  return best;
}

