// Related headlines glued into one line without spaces (`… thăm MỹTổng thống Trump …`), as
// a text dump renders a list of links. Brand names (iPhone, TikTok) glue once at most and sit
// in prose, so one glue point needs a headline-shaped line.
import type { Rule } from '../rule.js';
import { drop, isUndecided } from '../context.js';
import { isHeadlineLike, isProse, wordCount } from '../text-shape.js';
import { isLowerLetter, isUpperLetter } from '../letters.js';

const GLUE = /(?<=\p{Ll})(?=\p{Lu})/gu;
const HAS_GLUE = /\p{Ll}\p{Lu}/u;

/**
 * HAS_GLUE.test(text), by char code: the regex tests two Unicode classes at every character
 * of every line. Surrogate pairs (letters outside the BMP) are left to the regex.
 */
function hasGlue(text: string): boolean {
  let previousLower = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return HAS_GLUE.test(text);
    if (previousLower && isUpperLetter(c)) return true;
    previousLower = isLowerLetter(c);
  }
  return false;
}

/** Each glued piece is a headline of its own: a few words at least. */
const MIN_PIECE_WORDS = 3;

export function gluedPieces(text: string): string[] {
  return text.split(GLUE);
}

/** A list of glued links is a few headlines long; longer lines are prose. */
const MAX_GLUED_WORDS = 150;

export function isGluedHeadlines(text: string): boolean {
  // Long lines are prose: the character check spares counting words in them.
  if (text.length > MAX_GLUED_WORDS * 12 || wordCount(text, MAX_GLUED_WORDS) > MAX_GLUED_WORDS || !hasGlue(text)) return false;
  const pieces = gluedPieces(text);
  if (pieces.length < 2 || pieces.some((p) => wordCount(p, MIN_PIECE_WORDS) < MIN_PIECE_WORDS)) return false;
  // A list of links ends in a headline, not in a finished sentence: prose with brand names does.
  if (/[.…]["”’)]*$/u.test(text.trim())) return false;
  if (pieces.length >= 3) return !pieces.some((p) => isProse(p));
  return isHeadlineLike(text) || pieces.every((p) => isHeadlineLike(p));
}

export const gluedHeadlinesRule: Rule = {
  name: 'glued-headlines',
  run(ctx) {
    for (const block of ctx.blocks) {
      if (isUndecided(block) && isGluedHeadlines(block.text)) {
        drop(block, 'glued-headlines', 'glued-headlines', `${gluedPieces(block.text).length} headlines`);
      }
    }
  },
};
