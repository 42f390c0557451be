// Photo captions on a line of their own: one short sentence ending in a photo credit
// (`… Ảnh: Reuters`, `(Nguồn: AFP)`, `Ảnh minh họa AFP/TTXVN`). They go to `captions`, once.
import type { Block } from '../../types.js';
import type { DocContext } from '../context.js';
import type { Rule } from '../rule.js';
import { addCaption, drop, isUndecided } from '../context.js';
import { endsSentence, wordCount } from '../text-shape.js';
import { endBefore, sentenceStart } from '../inline/sentences.js';

/** Captions are one or two sentences; a longer paragraph ending in a source note is prose. */
const CAPTION_MAX_WORDS = 60;
/** The credit that closes a caption. `Nguồn` needs brackets: in prose it cites a source. */
const CAPTION_CREDIT = new RegExp(
  [
    // The credit has no full stop but between initials (`Ảnh: V.D`, `Ảnh: T.T`).
    String.raw`(?:^|[\s.,(\-–—|])(?:ảnh|ảnh minh hoạ|ảnh minh họa|photo|đồ họa|đồ hoạ|clip|video)\s*:\s*(?:[^.()]|\.(?=\p{Lu})){1,60}[.)]?\)?$`,
    String.raw`\(\s*(?:nguồn|ảnh|photo)\s*:?\s*[^()]{1,60}\)\.?$`,
    String.raw`^(?:ảnh|ảnh minh họa|ảnh minh hoạ)$`,
  ].join('|'),
  'iu',
);
/** `… Ảnh minh họa AFP/TTXVN`: capitalised, as a note is (`vẽ ảnh minh họa cho …` is prose). */
const ILLUSTRATION_NOTE = /(?:^|[\s.(\-–—])(?:Ảnh|ẢNH) (?:minh h(?:ọa|oạ)|MINH H(?:ỌA|OẠ))(?:\s*[:\-–]?\s*[^.]{0,40})?\.?\)?$/u;

export function isCaptionLine(text: string): boolean {
  const t = text.trim();
  if (wordCount(t, CAPTION_MAX_WORDS) > CAPTION_MAX_WORDS) return false;
  const credit = CAPTION_CREDIT.exec(t) ?? ILLUSTRATION_NOTE.exec(t);
  if (!credit) return false;
  // The article's own credit glued after the picture's (`… Video: Hoàng Quý, Theo Trí Thức Trẻ`):
  // the line closes the article, and what stands before it may be all its body.
  if (GLUED_CREDIT.test(credit[0])) return false;
  // Two sentences or more before the credit: the last is the caption, the others may be prose,
  // which the inline caption rule keeps.
  return sentenceStart(t, endBefore(t, credit.index)) === 0;
}

/**
 * A player's label on a line of its own: `Clip: <title>`, `Video: <title>.` — one sentence at
 * most (a paragraph that opens with a label and goes on is the inline rule's). On the 91 page
 * dumps of page-dumps-dev all 10 such lines are outside the gold text; on the 5,000 corpus dumps
 * the 16 lines of at most 30 words are all labels, the longer ones paragraphs. Names no credit.
 */
const PLAYER_LABEL = /^(?:video(?:\s+clip)?|clip|xem video|xem clip)\s*:\s*\S/iu;
const PLAYER_LABEL_MAX_WORDS = 30;
const SECOND_SENTENCE = /[.!?…]["”]?\s+["“]?\p{Lu}/u;
/** A closing credit glued to the label (`… Theo Phước Tuấn (VnExpress)`): the credit rules' line. */
const GLUED_CREDIT = /\s(?:Theo|Nguồn)\s*:?\s+\p{Lu}/u;

/**
 * A wire photo's caption, as news agencies write them: `In this photo issued by ITV, …`, `In this
 * Dec. 12, 2006, file photo, made available by NASA, …`. All 5 such lines of page-dumps-dev are
 * captions, none article text.
 */
const WIRE_CAPTION = /^In (?:this|these)\b.{0,60}?\b(?:photos?|images?|pictures?|photographs?|frame grab|screen ?shot)\b.{0,80}?,/iu;
const WIRE_CAPTION_MAX_WORDS = 80;

export function isWireCaptionLine(text: string): boolean {
  const t = text.trim();
  return WIRE_CAPTION.test(t) && wordCount(t, WIRE_CAPTION_MAX_WORDS) <= WIRE_CAPTION_MAX_WORDS;
}

export function isPlayerLabelLine(text: string): boolean {
  const t = text.trim();
  return PLAYER_LABEL.test(t) && wordCount(t, PLAYER_LABEL_MAX_WORDS) <= PLAYER_LABEL_MAX_WORDS && !SECOND_SENTENCE.test(t) && !GLUED_CREDIT.test(t);
}

/**
 * A picture's credit on a line of its own (`(Image: GETTY )`, `Photo: Hau Dinh, AP`, `ẢNH: CÔNG
 * AN TỈNH LAI CHÂU`, `Photo by X`, `Image copyright Getty Images`) is a caption line: 9 such
 * lines were left in the outputs of the page dumps and page fixtures, all credits. The line right
 * above it, when it is no finished sentence, is the picture's caption: on page-dumps-dev and the
 * page fixtures, 7 such lines, none of them article text; a line that ends in a full stop (prose
 * the picture stands after) stays.
 */
const CREDIT_ONLY = /^\(?\s*(?:image credit|image copyright|image|photo(?:graph)?|picture|credit|foto|ảnh)\s*(?::|by\s|copyright\s|©)\s*[^()]{1,60}\)?\.?$/iu;
const CAPTION_ABOVE_MAX_WORDS = 30;

function captionAbove(ctx: DocContext, at: number): Block | null {
  const above = ctx.blocks[at - 1];
  if (!above || at - 1 === ctx.titleIndex || !isUndecided(above)) return null;
  const text = above.text.trim();
  // A finished sentence, or a line that announces what follows (`…:`), is no caption.
  if (endsSentence(text) || /[:：]$/u.test(text) || !/\p{L}{2}/u.test(text) || wordCount(text, CAPTION_ABOVE_MAX_WORDS) > CAPTION_ABOVE_MAX_WORDS) return null;
  return above;
}

/**
 * A page dump's line that closes with a picture's credit after its last sentence (`… equivalent.
 * Credit: ESA`, `… lunar landers. Credit: Tyvak`): a figure's caption, however long (a diagram's
 * legend runs to 100 words). A paragraph of prose closes with no credit: on the 66 dev page
 * dumps all 6 such lines were captions. Page dumps only: a collapsed dump's body is one line.
 */
const CREDIT_CLOSING_LINE = /(?:^|[.!?)]["”’]?\s+)(?:photo credit|image credit|credits?|courtesy)\s*:\s*[^.:()]{1,60}$/iu;
const CREDITED_FIGURE_MAX_WORDS = 120;

function isCreditedFigureLine(ctx: DocContext, text: string): boolean {
  return ctx.window !== null && wordCount(text, CREDITED_FIGURE_MAX_WORDS) <= CREDITED_FIGURE_MAX_WORDS && CREDIT_CLOSING_LINE.test(text.trim());
}

export const captionsRule: Rule = {
  name: 'captions',
  run(ctx) {
    for (const block of ctx.blocks) {
      if (!isUndecided(block) || !(isCaptionLine(block.text) || isPlayerLabelLine(block.text) || isWireCaptionLine(block.text) || isCreditedFigureLine(ctx, block.text) || CREDIT_ONLY.test(block.text.trim()))) continue;
      drop(block, 'caption', 'captions');
      addCaption(ctx, block.text);
    }
    ctx.blocks.forEach((block, i) => {
      if (block.verdict?.reason !== 'caption' || !CREDIT_ONLY.test(block.text.trim())) return;
      const caption = captionAbove(ctx, i);
      if (!caption) return;
      drop(caption, 'caption', 'captions', 'the line above a picture\'s credit');
      addCaption(ctx, caption.text);
    });
  },
};
