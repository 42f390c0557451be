// The page model of a text dump (see rules/page/): where the article stands on the page. Runs
// before the rules that read the title and the body's ends; lines outside the window are
// dropped last (`outsideArticleRule`), once the rules that know a line have named it.
import type { Rule } from '../rule.js';
import { drop, isUndecided } from '../context.js';
import { findArticleWindow } from '../page/window.js';
import type { LineShape } from '../page/shape.js';

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
      if (block.index >= window.first && block.index <= window.last) {
        if (isRepeatedLabel(window.shapes[block.index]!, block.text)) drop(block, 'widget', 'page-model', 'a label the page prints three times or more');
        continue;
      }
      drop(block, 'outside-article', 'page-model', block.index < window.first ? 'above the article' : 'below the article');
    }
  },
};

/** A label is a few words; the page prints it this often at least (`Business`, `Report`, `Read Later`). */
const LABEL_MAX_UNITS = 4;
const LABEL_MIN_COPIES = 3;
/** Words only: a line of code (`list: [`) or a rule (`___`) repeats for other reasons. */
const LABEL_TEXT = /^[\p{L}\d][\p{L}\d\s&'’!.,-]*$/u;

/**
 * A short label inside the article that the page prints three times or more: a card's category
 * (`Business` above each related story set in the text), a button under each embed (`Report`,
 * `Read Later`, `Copied!`). On the 66 dev page dumps and the page fixtures, 40 such lines stood
 * in the window, none of them article text; the lines of code and rules that repeat so in an
 * article (`list: [`, `___`) are no words only. A repeated subheading is printed twice at most.
 */
function isRepeatedLabel(shape: LineShape, text: string): boolean {
  return shape.copies >= LABEL_MIN_COPIES && shape.prose === null && !shape.listed && shape.units <= LABEL_MAX_UNITS && LABEL_TEXT.test(text.trim());
}
