// Blocks of an HTML page's article container that are never a paragraph, by their shape and
// markup: a link on its own (a related story's headline, `Read more`), a web address alone, a
// short block dated with a year (a byline's date, a timestamp). A block with no letter stays:
// in a page's markup it is a table's cell (a results table's figures are the article).
// Measured on the 66 development pages of the HTML benchmark (see the commit). HTML only:
// a page dump has no links to tell (the page model's page-furniture rule serves it).
import type { Rule } from '../rule.js';
import { drop, isUndecided } from '../context.js';
import { findDate } from '../dates.js';
import { isDatedLine, unitsOf } from '../page/shape.js';

const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/iu;
/** A block nearly all link text is a link, when short: a long one is a paragraph someone linked whole. */
const LINK_SHARE = 0.9;
const LINK_MAX_UNITS = 25;

export const htmlFurnitureRule: Rule = {
  name: 'html-furniture',
  run(ctx) {
    for (const block of ctx.blocks) {
      const html = block.html;
      if (!html || html.tag === 'title' || !isUndecided(block)) continue;
      const text = block.text.trim();
      if (URL_ONLY.test(text)) drop(block, 'markup', 'html-furniture', 'a web address alone');
      else if (html.linkShare >= LINK_SHARE && unitsOf(text) <= LINK_MAX_UNITS) drop(block, 'related-list', 'html-furniture', 'a link on its own');
      else if (isDatedLine(text)) {
        drop(block, 'dateline', 'html-furniture', 'a short block with a date');
        ctx.findings.published ??= findDate(text)?.iso ?? null;
      }
    }
  },
};
