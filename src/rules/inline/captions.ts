// Photo captions inside a collapsed paragraph: `… Hiện trường vụ việc (Ảnh: Công an Hà Nam)
// Làm việc với …`. The cut runs from the end of the previous sentence to the end of the
// credit; when that would swallow a long stretch, only the credit goes (recall first).
import type { Rule } from '../rule.js';
import { addCaption, addCut, bodyBlocks, lowerText } from '../context.js';
import { matchesNear } from '../near.js';
import { wordCount } from '../text-shape.js';
import { endBefore, sentenceStart } from './sentences.js';

/** A word of a credit: `Reuters`, `Hồng Ninh/TTXVN`, `NEWS.com.au/`, `AFP/Getty`. */
const CREDIT_WORD = String.raw`[\p{Lu}\d][\p{L}\d&/+-]*(?:\.[\p{L}\d][\p{L}\d&/+-]*)*`;
/**
 * A news agency that signs photos: `Ảnh: Trí Dũng/TTXVN`, `Ảnh: Hồng Điệp - TTXVN`. Its name
 * ends the credit, so the sentence after it needs no full stop before it.
 */
const PHOTO_AGENCY = String.raw`(?:TTXVN|VNA|VGP)`;
/**
 * `(Ảnh: X)`, `(Ảnh minh họa)`, `… Ảnh minh họa.`, `Ảnh: X - TTXVN`, and `Ảnh: X.` (one to five words, one space
 * apart: where words could also meet with no space, a failing try backtracked through every way
 * of cutting a name into words, 14 µs a try) closed by a full stop (or the end, or a double
 * space) so that the credit's end is known. A bare `(ảnh)` in a sentence points at a photo and
 * stays. (The word comes before the lookbehind that checks what precedes it: a pattern opening
 * with a literal is searched many times faster.)
 */
const PHOTO_CREDIT = new RegExp(
  [
    String.raw`\(\s*(?:(?:ảnh|nguồn ảnh|photo)\s*:\s*[^()]{1,60}|ảnh minh h(?:ọa|oạ|oa)[^()]{0,60})\)\.?`,
    String.raw`ảnh(?<=(?:[.!?…]["”]?\s|[\p{L}\d]\s)ảnh)\s*:\s*${CREDIT_WORD}(?:\s${CREDIT_WORD}){0,4}\s?(?:\.(?=\s|$)|(?=\s{2,}|$))`,
    String.raw`ảnh(?<=(?:[.!?…]["”]?\s|[\p{L}\d]\s)ảnh)\s*:\s*(?:${CREDIT_WORD}(?:\s${CREDIT_WORD}){0,3}\s*[-–/]\s*)?${PHOTO_AGENCY}\.?(?=\s|$)`,
  ].join('|'),
  'giu',
);
/**
 * An unbracketed note, capitalised as notes are (`anh Sơn vẽ ảnh minh họa` is prose), with the
 * source that often follows it: `Ảnh minh họa. Nguồn: internet`, `Ảnh chụp màn hình`.
 */
const PHOTO_NOTE =
  /(?:Ảnh|ẢNH)(?<=(?:^|\S\s)(?:Ảnh|ẢNH)) (?:minh h(?:ọa|oạ|oa)|MINH H(?:ỌA|OẠ)|cắt từ (?:clip|video)|chụp màn hình)\.?(?:\s+\([Nn]guồn\s*:?[^()]{1,40}\)\.?|\s+[Nn]guồn\s*:?\s*[^\s.]+\.?)?(?=\s|$)/gu;

/** Cheap test first: `ảnh` alone is a common word (`ảnh hưởng`), a credit has more around it. */
const MAY_HOLD_CREDIT = /ảnh\s*:|ảnh minh|ảnh cắt|ảnh chụp màn|\(\s*(?:ảnh|nguồn|photo)/u;
/** A caption is a line under a photo; longer than this, it is prose with a credit in it. */
const INLINE_CAPTION_MAX_WORDS = 30;

export const inlineCaptionsRule: Rule = {
  name: 'inline-captions',
  run(ctx) {
    for (const block of bodyBlocks(ctx)) {
      const text = block.text;
      const lower = lowerText(block);
      if (!MAY_HOLD_CREDIT.test(lower)) continue;
      let previousEnd = 0;
      // Both patterns start at `(` or at the word `ảnh`.
      const credits = [...matchesNear(text, lower, PHOTO_CREDIT, ['(', 'ảnh'], 0), ...matchesNear(text, lower, PHOTO_NOTE, ['ảnh'], 0)].sort((a, b) => a.index - b.index);
      for (const m of credits) {
        const end = m.index + m[0].length;
        // The caption's own sentence may end right before the credit: `Sạt lở đất. (Ảnh: X)`;
        // a gallery's previous credit ends the caption before it.
        let start = Math.max(sentenceStart(text, endBefore(text, m.index)), previousEnd);
        previousEnd = end;
        while (text[start] === ' ') start++;
        // A caption starts like a sentence; a lower-case start means the boundary was missed.
        if (/^\p{Ll}/u.test(text.slice(start, start + 1))) start = m.index;
        if (wordCount(text.slice(start, m.index), INLINE_CAPTION_MAX_WORDS) > INLINE_CAPTION_MAX_WORDS) start = m.index;
        if (start === 0 && end >= text.trimEnd().length) continue; // the whole line: the line rule's job
        addCut(block, { start, end, reason: 'caption', rule: 'inline-captions' });
        addCaption(ctx, text.slice(start, end));
      }
    }
  },
};
