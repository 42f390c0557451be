// Blocks of an HTML page's article container that are never a paragraph, by their shape and
// markup: a link on its own (a related story's headline, `Read more`), a web address alone, a
// short block dated with a year (a byline's date, a timestamp); and in the container's head,
// before its first paragraph, the date line and the byline (rules/head.ts). A block with no letter stays:
// in a page's markup it is a table's cell (a results table's figures are the article).
// Measured on the 66 development pages of the HTML benchmark (see the commit). HTML only:
// a page dump has no links to tell (the page model's page-furniture rule serves it).
import type { Rule } from '../rule.js';
import { drop, isUndecided } from '../context.js';
import { findDate } from '../dates.js';
import { isDatedLine, unitsOf } from '../page/shape.js';
import { takeHeadLine } from '../head.js';
import { endsSentence } from '../text-shape.js';

const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/iu;
/** A block nearly all link text is a link, when short: a long one is a paragraph someone linked whole. */
const LINK_SHARE = 0.9;
const LINK_MAX_UNITS = 25;
/** Blocks mostly link, in a row of at least this many: a list of stories. */
const ROW_LINK_SHARE = 0.6;
const ROW_MIN_LINKS = 2;

/** The head of a container: its first blocks before the first paragraph of prose. */
const HEAD_MAX_BLOCKS = 5;
const PROSE_MIN_WORDS = 8;

export const htmlFurnitureRule: Rule = {
  name: 'html-furniture',
  run(ctx) {
    // The head above the container (parse/html.ts): its byline and date line go to the
    // metadata, its other short lines (share buttons, labels) are no article.
    for (const block of ctx.blocks) {
      if (!block.html?.head || !isUndecided(block) || block.index === ctx.titleIndex) continue;
      if (!takeHeadLine(ctx, block, 'html-furniture')) drop(block, 'outside-article', 'html-furniture', 'between the headline and the article');
    }
    // The container's head: a byline (`Ngọc Mai`) or a date line before the lead, which the
    // agency tag rule then finds first.
    let seen = 0;
    for (const block of ctx.blocks) {
      if (!block.html || block.html.tag === 'title' || block.html.head || block.index === ctx.titleIndex) continue;
      const text = block.text.trim();
      if (++seen > HEAD_MAX_BLOCKS || (unitsOf(text) >= PROSE_MIN_WORDS && endsSentence(text))) break;
      if (isUndecided(block)) takeHeadLine(ctx, block, 'html-furniture');
    }
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
    // Links in a row, each mostly link with a word or a mark of its own (`… jibe [INSIGHT]`,
    // `… (video)`): a list of other stories, where one such line alone may be a sentence's link.
    const blocks = ctx.blocks;
    const inRow = (b: (typeof blocks)[number] | undefined) => {
      const text = b?.text.trim() ?? '';
      return b?.html !== undefined && isUndecided(b) && b.html.linkShare >= ROW_LINK_SHARE && unitsOf(text) <= LINK_MAX_UNITS && !endsSentence(text);
    };
    for (let i = 0; i < blocks.length; i++) {
      let run = 0;
      while (inRow(blocks[i + run])) run++;
      if (run >= ROW_MIN_LINKS) for (let j = i; j < i + run; j++) drop(blocks[j]!, 'related-list', 'html-furniture', 'links in a row');
      i += run;
    }
  },
};
