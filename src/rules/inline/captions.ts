// Photo captions inside a collapsed paragraph: `… Hiện trường vụ việc (Ảnh: Công an Hà Nam)
// Làm việc với …`. The cut runs from the end of the previous sentence to the end of the
// credit; when that would swallow a long stretch, only the credit goes (recall first).
import type { Rule } from '../rule.js';
import { addCaption, addCut, isDropped } from '../context.js';
import { wordCount } from '../text-shape.js';
import { sentenceStart } from './sentences.js';

const PHOTO_CREDIT = /\(\s*(?:ảnh|nguồn ảnh|ảnh minh h[ọo]a|photo)\s*:?\s*[^()]{0,60}\)\.?|(?<=[\p{L}\d.,)"”]\s)ảnh minh h[ọo]a\.?(?=\s|$)/giu;
/** A caption is a line under a photo; longer than this, it is prose with a credit in it. */
const INLINE_CAPTION_MAX_WORDS = 30;

export const inlineCaptionsRule: Rule = {
  name: 'inline-captions',
  run(ctx) {
    for (const block of ctx.blocks) {
      if (isDropped(block) || block.index === ctx.titleIndex) continue;
      const text = block.text;
      for (const m of text.matchAll(PHOTO_CREDIT)) {
        const end = m.index + m[0].length;
        // The caption's own sentence may end right before the credit: `Sạt lở đất. (Ảnh: X)`.
        const before = text.slice(0, m.index).replace(/[.!?…]?\s*$/u, '');
        let start = sentenceStart(text, before.length);
        if (wordCount(text.slice(start, m.index)) > INLINE_CAPTION_MAX_WORDS) start = m.index;
        if (start === 0 && end >= text.trimEnd().length) continue; // the whole line: the line rule's job
        addCut(block, { start, end, reason: 'caption', rule: 'inline-captions' });
        addCaption(ctx, text.slice(start, end));
      }
    }
  },
};
