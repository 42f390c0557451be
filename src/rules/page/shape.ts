// How a line of a page dump looks to the page model: its length in words, whether it reads as
// prose, and the marks of page furniture (a list item, a rule, an image placeholder, a `©`, a
// line the page prints twice or that is one text twice). Shape only: no word of any language
// is named.
import type { Block } from '../../types.js';
import { lineKey, wordCount } from '../text-shape.js';

export interface LineShape {
  /** The line folded for comparison (`lineKey`): case, spacing and trailing punctuation ignored. */
  key: string;
  /** Words; a run of CJK characters, written without spaces, counts one word per two characters. */
  units: number;
  /**
   * `strong`: finished sentences (a full stop at the end, or two sentences and more), or a line
   * too long for anything but prose. `weak`: long enough, but ends in `?`, `!` or nothing, as
   * headlines may. `null`: not prose.
   */
  prose: 'strong' | 'weak' | null;
  /**
   * A list item: opens with a list marker, or stands indented under one (the rest of an item, a
   * nested list). An indented block under a paragraph is a quotation, and is not listed.
   */
  listed: boolean;
  /** A horizontal rule (`━━━━`, `-----`, `____`, `* * *`): a page's sections meet there. */
  rule: boolean;
  /** Only image placeholders (`[logo]`, `[IMG]`) or form fields (`[      ]`). */
  placeholder: boolean;
  /** The same words stand on another line of the page: a menu printed twice, a caption and its alt text. */
  repeated: boolean;
  /** How many lines of the page hold these words (1 for a line the page prints once). */
  copies: number;
  /**
   * The line is one text twice (`A A`): a picture's alt text and its link or caption, which w3m
   * prints on one line; teaser cards are made of them.
   */
  doubled: boolean;
  /** A blank line stands before and after it: a paragraph, a subheading (menu items follow each other). */
  setApart: boolean;
  /** Holds `©`: the page's legal footer, in any language. */
  copyright: boolean;
}

/** A line of prose has at least this many words when it ends in a full stop. */
const PROSE_MIN_UNITS = 8;
/** Above this many words a line is prose whatever its end: headlines and menu rows stay shorter. */
const LONG_PROSE_UNITS = 30;
/** A line that ends in `?`, `!` or nothing reads as prose from this length (a headline rarely does). */
const WEAK_PROSE_UNITS = 18;

const FULL_STOP_END = /[.…。;]["'”’»)\]]*$/u;
const OTHER_END = /[!?！？:]["'”’»)\]]*$/u;
const SENTENCE_BREAK = /[.!?…。！？]["'”’»)\]]*\s+["'“‘«(]?\p{Lu}/gu;
const RULE_LINE = /^(?:[━─—–_=~*·•-]\s?){4,}$/u;
/**
 * w3m's placeholder for an image without alt text: its file name in brackets, no space inside.
 * A CDN's file id runs to 120 characters. Shared by the image-residue rules.
 */
export const IMAGE_PLACEHOLDER = String.raw`\[[^\]\s]{1,120}\]`;
/** An image placeholder, or an empty form field. */
const PLACEHOLDER = new RegExp(String.raw`^(?:${IMAGE_PLACEHOLDER}\s*|\[\s*\]\s*|\[ {2,}[^\]]*\]\s*)+$`, 'u');
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/gu;

export function shapeLines(blocks: readonly Block[]): LineShape[] {
  const counts = new Map<string, number>();
  const keys = blocks.map((b) => lineKey(b.text));
  for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  const listed = listItems(blocks);
  return blocks.map((block, i) => {
    const setApart = (block.layout?.gapBefore ?? false) && (blocks[i + 1]?.layout?.gapBefore ?? true);
    return shapeLine(block, keys[i]!, counts.get(keys[i]!) ?? 1, setApart, listed[i]!);
  });
}

/**
 * Which lines belong to a list: a line with a marker, and an indented line whose nearest line
 * less indented above it is one (w3m indents an item's other lines and nested items under it).
 * Found with a stack of the open indents, one pass.
 */
function listItems(blocks: readonly Block[]): boolean[] {
  const open: { indent: number; listed: boolean }[] = [];
  return blocks.map((block) => {
    const layout = block.layout;
    if (!layout) return false;
    while (open.length > 0 && open.at(-1)!.indent >= layout.indent) open.pop();
    const listed = layout.marker !== null || (layout.indent >= 2 && (open.at(-1)?.listed ?? false));
    open.push({ indent: layout.indent, listed });
    return listed;
  });
}

function shapeLine(block: Block, key: string, copies: number, setApart: boolean, listed: boolean): LineShape {
  const text = block.text;
  const units = unitsOf(text);
  return {
    key,
    units,
    prose: proseOf(text, units),
    listed,
    rule: RULE_LINE.test(text),
    placeholder: text.includes('[') && PLACEHOLDER.test(text),
    repeated: copies > 1,
    copies,
    doubled: isDoubled(key),
    setApart,
    copyright: text.includes('©'),
  };
}

export function unitsOf(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk > 0 ? words + Math.floor(cjk / 2) : words;
}

/**
 * Link texts set side by side with bars between (`A | B | C | D`, `Terms of Use | Privacy |
 * Sitemap`): a menu's row, however long, unless it ends a sentence (a paragraph with a hover
 * card's headlines glued into it). On the 91 benchmark page dumps 15 lines hold three bars or
 * more: the 13 that end in no full stop are menus and footers, the 2 that end in one the article's.
 */
const NAV_ROW_BARS = 3;

function isNavRow(text: string): boolean {
  let bars = 0;
  for (let at = text.indexOf(' | '); at !== -1 && bars < NAV_ROW_BARS; at = text.indexOf(' | ', at + 2)) bars++;
  return bars >= NAV_ROW_BARS;
}

function proseOf(text: string, units: number): LineShape['prose'] {
  if (isNavRow(text) && !FULL_STOP_END.test(text)) return null;
  if (units >= LONG_PROSE_UNITS) return 'strong';
  if (units < PROSE_MIN_UNITS) return null;
  if (FULL_STOP_END.test(text)) return 'strong';
  const breaks = text.match(SENTENCE_BREAK)?.length ?? 0;
  if (breaks >= 2 || (breaks >= 1 && units >= WEAK_PROSE_UNITS)) return 'strong';
  if (units >= WEAK_PROSE_UNITS || OTHER_END.test(text)) return 'weak';
  return null;
}

/**
 * A date line, a byline's date or a timestamp: a short line with a year and another number.
 * On the 66 dev page dumps, 238 such lines stood outside the article and 7 in it (tweet
 * signatures, an opening date).
 */
const DATED_MAX_WORDS = 12;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
const NUMBER = /\d+/g;
/** A finished sentence or a line that announces what follows (`… tour dates:`) is the article's. */
const SENTENCE_OR_LEAD_IN_END = /[.:;]["'”’)]?$/u;

export function isDatedLine(text: string): boolean {
  if (!YEAR.test(text) || SENTENCE_OR_LEAD_IN_END.test(text)) return false;
  if ((text.match(NUMBER)?.length ?? 0) < 2) return false;
  // In words a script without spaces can have too (`几年前，即2011年9月至2014年9月，…` is prose).
  return unitsOf(text) <= DATED_MAX_WORDS;
}

/**
 * A credit in brackets that closes the line: a label of one or two words, a colon, a source of
 * up to eight words (`(Image: GETTY )`, `(Image credit: All About Space)`, `(Credit: iStock)`).
 */
const BRACKET_CREDIT = /\(\s*\p{Lu}\p{L}*(?:\s\p{L}+)?\s*:\s*([^():]{1,80})\)\s*$/u;
/** A caption before such a credit is a phrase or one sentence; a paragraph is prose citing a source. */
const CAPTION_MAX_WORDS = 25;
const CREDIT_MAX_WORDS = 8;

/** A picture's caption closed by a bracketed credit, or the credit alone. */
export function isCreditedCaption(text: string): boolean {
  if (!text.endsWith(')')) return false;
  const credit = BRACKET_CREDIT.exec(text);
  if (!credit || wordCount(credit[1]!, CREDIT_MAX_WORDS) > CREDIT_MAX_WORDS) return false;
  const caption = text.slice(0, credit.index).trim();
  // A finished sentence before the credit reads as prose that names its source; a caption
  // is a phrase without a full stop (or there is none: the credit stands alone).
  return caption === '' || (wordCount(caption, CAPTION_MAX_WORDS) <= CAPTION_MAX_WORDS && !/[.!?]["'”’]?$/u.test(caption));
}

/** Each copy of a doubled text has this many words at least: `Hà Nội Hà Nội` is a name said twice. */
const DOUBLED_MIN_WORDS = 3;
const TRAILING_MARKS = /[.,:;!?…]+$/u;

/**
 * `A A` (folded): the first half of the words equals the second, trailing marks aside; or `AA`,
 * the two copies glued with no space (`… Make It 7Business Focus: … Make It 7`, an alt text
 * and its link).
 */
export function isDoubled(key: string): boolean {
  if (isGluedDouble(key)) return true;
  const words = key.split(' ');
  const half = words.length / 2;
  if (!Number.isInteger(half) || half < DOUBLED_MIN_WORDS) return false;
  for (let i = 0; i < half; i++) {
    const a = words[i]!;
    const b = words[i + half]!;
    if (a !== b && a.replace(TRAILING_MARKS, '') !== b.replace(TRAILING_MARKS, '')) return false;
  }
  return true;
}

/** `AA`: the text is one copy glued to another, each of DOUBLED_MIN_WORDS words at least. */
export function isGluedDouble(text: string): boolean {
  const copy = gluedCopy(text);
  return copy !== null && copy.split(' ').length >= DOUBLED_MIN_WORDS;
}

/** The copy when the text is one copy glued to another with no space (`x.jpgx.jpg`), or null. */
export function gluedCopy(text: string): string | null {
  const half = text.length / 2;
  // Cheap tests first: most lines fail on their first character.
  if (!Number.isInteger(half) || half === 0 || text[0] !== text[half] || text[half - 1] === ' ' || text[half] === ' ') return null;
  const first = text.slice(0, half);
  return first === text.slice(half) ? first : null;
}
