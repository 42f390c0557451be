// The closing credit at the end of a collapsed body (`… cuộc sống. Theo Xuân Quảng/VnExpress.net`,
// `… trong tháng 2/2017. VĂN HUY`): the words after the last sentence of the last paragraph,
// when they parse as a credit, go to author / attribution / published.
import type { Cut } from '../../types.js';
import type { Rule } from '../rule.js';
import { addCut, bodyBlocks } from '../context.js';
import { parseCredit } from '../credits.js';
import { recordCredit } from '../lines/closing-credits.js';
import { collapseSpaces } from '../../decode/normalize.js';
import { wordCount } from '../text-shape.js';
import { lastSentenceStart } from './sentences.js';

const CREDIT_MAX_WORDS = 16;
/**
 * `… mùa này Xú - Thể thao Việt Nam | 08:20 08/02/2017`: a dated credit is recognisable even
 * when no full stop separates it from the text before (a video label, a stat table).
 */
/** A dated credit (names, publication, time, date) fits in this many characters. */
const DATED_CREDIT_MAX_CHARS = 160;
const NAME_WORD = String.raw`(?:\p{Lu}\.|\p{Lu}\p{L}*(?:\.\p{L}+)*)`;
const DATED_CREDIT = new RegExp(
  String.raw`(?<=^|\s)((?:${NAME_WORD}\s){0,3}${NAME_WORD}\s[-–]\s[^|.!?]{2,40}?\s*\|\s*\d{1,2}:\d{2}\s+\d{1,2}\/\d{1,2}\/\d{4})\s*$`,
  'u',
);

/** The text with cut spans blanked (replacements kept), so offsets still point into the block. */
function maskCuts(text: string, cuts: readonly Cut[]): string {
  if (cuts.length === 0) return text;
  let masked = '';
  let pos = 0;
  for (const cut of [...cuts].sort((a, b) => a.start - b.start)) {
    if (cut.end <= pos) continue;
    const start = Math.max(cut.start, pos);
    masked += text.slice(pos, start) + (cut.replacement ?? '').padEnd(cut.end - start, ' ').slice(0, cut.end - start);
    pos = cut.end;
  }
  return masked + text.slice(pos);
}

export const trailingCreditRule: Rule = {
  name: 'trailing-credit',
  run(ctx) {
    const live = bodyBlocks(ctx);
    const last = live.at(-1);
    if (!last) return;
    // Spans other rules already cut (a related run, a promo) are blanked, offsets kept.
    const text = maskCuts(last.text, last.cuts).trimEnd();
    const tailFrom = Math.max(0, text.length - DATED_CREDIT_MAX_CHARS);
    const dated = text.includes('|', tailFrom) ? DATED_CREDIT.exec(text.slice(tailFrom)) : null;
    let start = dated ? tailFrom + dated.index : lastSentenceStart(text);
    if (start === 0) return;
    while (text[start] === ' ') start++;
    const tail = collapseSpaces(text.slice(start));
    if (wordCount(tail, CREDIT_MAX_WORDS) > CREDIT_MAX_WORDS) return;
    const credit = parseCredit(tail);
    if (!credit) return;
    addCut(last, { start, end: text.length, reason: credit.author ? 'byline' : 'credit', rule: 'trailing-credit' });
    recordCredit(ctx, credit);
  },
};
