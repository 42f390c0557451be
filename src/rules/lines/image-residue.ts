// What a page's pictures leave in its text dump: placeholders (`[photo-1]`, `![](…)`, `kk.jpg`),
// alt text printed with its caption on one line (`A A`), alt text that repeats the headline
// (`<headline> - 1`, `<headline> [img]`), gallery counters
// (`Image 1 of 5`, `Ảnh 2/8`) and captions closed by a bracketed credit (`… (Image: GETTY)`,
// `(Credit: Getty Images)`). Dropped with reason `caption`, by their shape, in any language;
// a caption's words go to `captions`.
import type { Block } from '../../types.js';
import type { Rule } from '../rule.js';
import { type DocContext, addCaption, drop, isDropped, isUndecided } from '../context.js';
import { endsSentence, lineKey, wordCount } from '../text-shape.js';
import { IMAGE_PLACEHOLDER, gluedCopy, isCreditedCaption, isGluedDouble } from '../page/shape.js';
import type { ArticleWindow } from '../page/window.js';

/** w3m prints an image without alt text as its file name in brackets, with no space inside. */
const PLACEHOLDERS = new RegExp(String.raw`^(?:${IMAGE_PLACEHOLDER}\s*)+$`, 'u');
/** An image's file name on a line of its own (`kk.jpg`, `tai nan nu sinh Vinh Long.png`): a picture without alt text. */
const IMAGE_FILE = /^[^/]{1,80}\.(?:jpe?g|png|gif|webp|svg|bmp|avif)$/iu;
/** Longer than a file name, a counter or what alt text adds to a headline. */
const SHORT_LINE_CHARS = 90;
/** An empty form field as w3m draws it (`[          ]`): a search or newsletter box. */
const FORM_FIELD = /^(?:\[\s*\]\s*|\[ {2,}[^\]]*\]\s*)+$/u;
/** One word, a number, `of` or `/` (a short word of any language), a number: `Image 1 of 5`, `Ảnh 2/8`. */
const GALLERY_COUNTER = /^(?:\p{L}+\s+)?\d{1,3}\s*(?:\/|\p{L}{1,3})\s*\d{1,3}$/u;
/** What alt text adds to the headline it repeats: a number (after a short word: `- Ảnh 2.`), a dash, a placeholder. */
const ALT_SUFFIX = /^[?!]?(?:\s*[-–—:|]?\s*(?:(?:\p{L}{1,8}\s*)?\d{1,3}|\[[^\]]*\]))+\.?$/u;

/** Alt text and caption printed one after the other: at most this far apart (a placeholder between). */
const TWIN_MAX_DISTANCE = 2;
/** Short lines repeat for other reasons (list labels); a caption has a few words. */
const TWIN_MIN_WORDS = 4;

export const imageResidueRule: Rule = {
  name: 'image-residue',
  run(ctx) {
    const title = ctx.titleIndex === null ? null : lineKey(ctx.blocks[ctx.titleIndex]!.text);
    for (const block of ctx.blocks) {
      if (!isUndecided(block)) continue;
      const text = block.text.trim();
      // Cheap tests first: every shape here is short or opens with a bracket, and a collapsed
      // body is long (this rule runs on every line of every document).
      const bracket = text.charCodeAt(0) === 0x5b;
      const short = text.length <= SHORT_LINE_CHARS;
      if (block.html?.caption) {
        drop(block, 'caption', 'image-residue', 'a picture\'s caption in the page\'s markup');
        addCaption(ctx, text);
      } else if (block.kind === 'image' || (bracket && PLACEHOLDERS.test(text)) || (short && IMAGE_FILE.test(text)) || isGluedImageFile(text)) {
        drop(block, 'caption', 'image-residue', 'image placeholder');
      } else if (short && isImageSlug(text)) {
        drop(block, 'caption', 'image-residue', 'an image\'s file id as its alt text');
      } else if (bracket && FORM_FIELD.test(text)) {
        drop(block, 'widget', 'image-residue', 'empty form field');
      } else if (short && GALLERY_COUNTER.test(text)) {
        drop(block, 'caption', 'image-residue', 'gallery counter');
      } else if (ctx.window?.shapes[block.index]?.doubled) {
        // A picture's alt text and caption on one line: a caption in the article, a teaser's
        // picture and headline below it.
        drop(block, 'caption', 'image-residue', 'alt text and caption on one line');
        if (block.index >= ctx.window.first && block.index <= ctx.window.last) addCaption(ctx, firstCopy(text));
      } else if (title && repeatsHeadline(block, title)) {
        drop(block, 'caption', 'image-residue', 'alt text repeating the headline');
        const caption = captionBelow(ctx, block.index);
        if (caption) {
          drop(caption, 'caption', 'image-residue', 'the line under a picture\'s alt text');
          addCaption(ctx, caption.text.trim());
        }
      } else if (isCreditedCaption(text)) {
        drop(block, 'caption', 'image-residue', 'caption with a bracketed credit');
        addCaption(ctx, text);
      }
    }
  },
};

/**
 * A picture's alt text and its caption, printed one after the other: both copies go (on the 66
 * dev page dumps, 47 such pairs of 4 words and more stood outside the article's text and 3 in
 * it, captions too).
 * Page dumps only: in a collapsed dump a line printed twice is a teaser or a lead, which the
 * duplicate rule settles. Runs after the section rule (a teaser card prints its headline
 * twice) and before the duplicate rule (which would keep one copy).
 */
export const captionTwinsRule: Rule = {
  name: 'image-residue',
  run(ctx) {
    if (!ctx.window) return;
    dropTeaserCards(ctx, ctx.window);
    dropCaptionTwins(ctx, ctx.window);
  },
};

/** Two cards in a row make a list of them: one may be a picture and the paragraph under it. */
const MIN_CARDS = 2;

/**
 * Related-news cards set into a page: a headline printed twice in a row (the card's picture
 * link and its title), then one paragraph, its blurb; two cards and more in a row are a teaser
 * list, however much their blurbs read like prose. A single such pair and paragraph may be a
 * picture's caption and the article's next paragraph, and is left to the caption rule.
 */
function dropTeaserCards(ctx: DocContext, window: ArticleWindow): void {
  const blocks = ctx.blocks;
  const isCardAt = (i: number) => {
    const [title, twin, blurb] = [blocks[i], blocks[i + 1], blocks[i + 2]];
    if (!title || !twin || !blurb || ![title, twin, blurb].every(isUndecided) || [i, i + 1, i + 2].includes(ctx.titleIndex ?? -1)) return false;
    const shape = window.shapes[i]!;
    return shape.prose !== 'strong' && shape.key === window.shapes[i + 1]!.key && window.shapes[i + 2]!.prose === 'strong' && !window.shapes[i + 2]!.repeated;
  };
  for (let i = 0; i < blocks.length; i++) {
    let cards = 0;
    while (isCardAt(i + 3 * cards)) cards++;
    if (cards < MIN_CARDS) continue;
    for (let j = i; j < i + 3 * cards; j++) drop(blocks[j]!, 'teaser', 'image-residue', 'a card of a related-news list');
    i += 3 * cards - 1;
  }
}

function dropCaptionTwins(ctx: DocContext, window: ArticleWindow): void {
  const blocks = ctx.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (!isUndecided(block) || i === ctx.titleIndex || wordCount(block.text, TWIN_MIN_WORDS) < TWIN_MIN_WORDS) continue;
    const key = lineKey(block.text);
    for (let j = i + 1; j <= i + TWIN_MAX_DISTANCE && j < blocks.length; j++) {
      const twin = blocks[j]!;
      // Only a picture's placeholder may stand between the two: prose between is the article
      // printing a paragraph again (a lead repeated), which the duplicate rule settles.
      if (j > i + 1 && !isDropped(blocks[j - 1]!) && !window.shapes[j - 1]!.placeholder) break;
      if (j === ctx.titleIndex || !isUndecided(twin) || lineKey(twin.text) !== key) continue;
      drop(block, 'caption', 'image-residue', 'alt text and caption of one picture');
      drop(twin, 'caption', 'image-residue', 'alt text and caption of one picture');
      addCaption(ctx, block.text);
      break;
    }
  }
}

/** An image's file name printed twice with no space (`echo-dot-on-sidetable.jpgecho-dot-on-sidetable.jpg`): alt text and link. */
function isGluedImageFile(text: string): boolean {
  if (text.length > 2 * SHORT_LINE_CHARS || !/\.(?:jpe?g|png|gif|webp|svg|bmp|avif)$/iu.test(text)) return false;
  const copy = gluedCopy(text);
  return copy !== null && IMAGE_FILE.test(copy);
}

/** A caption under its picture is a phrase or a sentence or two: this many words at most. */
const CAPTION_BELOW_MAX_WORDS = 30;

/**
 * The picture's caption right under its alt text (`Louis Phạm rút khỏi The Face- Ảnh 1.`, then
 * `Louis Phạm quyết định rời khỏi hành trình …`), as the VCCorp sites print a picture: a short
 * line with no end mark. A finished sentence there is the article going on (the picture had
 * no caption), and stays: on the page fixtures, 3 lines under such alt text were captions with
 * no end mark, and the one sentence was prose.
 */
function captionBelow(ctx: DocContext, at: number): Block | null {
  const below = ctx.blocks[at + 1];
  if (!below || below.index === ctx.titleIndex || !isUndecided(below)) return null;
  const text = below.text.trim();
  if (endsSentence(text) || /[:：]$/u.test(text) || !/\p{L}{2}/u.test(text) || wordCount(text, CAPTION_BELOW_MAX_WORDS) > CAPTION_BELOW_MAX_WORDS) return null;
  return below;
}

/** One token of letters and digits joined by `_` or `-`, with no space: `EPA_Visualisierung`. */
const SLUG = /^[\p{L}\d]+(?:[-_][\p{L}\d]+)+$/u;
const SLUG_MIN_CHARS = 8;

/**
 * An image's file id printed as its alt text (`EPA_Visualisierung`, `ez-comwrap-dmexco`,
 * `FILES-US-MEDIA-NEWSPAPER-MERGER-GANNETT-TRONC`): a slug with an underscore or two dashes and
 * a letter, alone on its line. On the dev page dumps and the page fixtures, 33 such lines, none
 * article text (a phone number, `02-751-1500`, or a date has no letter).
 */
function isImageSlug(text: string): boolean {
  return text.length >= SLUG_MIN_CHARS && SLUG.test(text) && (text.includes('_') || text.split('-').length > 2) && /\p{L}/u.test(text);
}

/** The first of the two copies of a doubled line. */
function firstCopy(text: string): string {
  if (isGluedDouble(text)) return text.slice(0, text.length / 2);
  const words = text.split(/\s+/);
  return words.slice(0, words.length / 2).join(' ');
}

function repeatsHeadline(block: Block, title: string): boolean {
  if (block.text.length > title.length + SHORT_LINE_CHARS) return false;
  const key = lineKey(block.text);
  return key.length > title.length && key.startsWith(title) && ALT_SUFFIX.test(key.slice(title.length));
}
