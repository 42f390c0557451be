// Labels of embedded players inside a paragraph: `Video: <title>:`, `Xem video <title>:`,
// `Clip: <title>` before a double space or the end, `Nguồn video: YouTube.`. A player's label is
// not prose. The label's end must be visible (a colon, a double space, the end of the line):
// `Video cho thấy …` is a sentence about a video and stays.
import type { Rule } from '../rule.js';
import { addCut, bodyBlocks, lowerText } from '../context.js';
import { matchesNear } from '../near.js';

const AFTER_BOUNDARY = String.raw`(?<=^|[.!?…]["”]?\s+|\s{2,})`;
const LABEL = String.raw`(?:video(?:\s+clip)?|clip|xem video|xem clip|xem lại video)`;
/** `video` or `clip` is at most this far into a label (`xem lại video`). */
const LABEL_WORD_REACH = 'xem lại '.length;
/** Each pattern with the words every match holds, and how far into the match they may be. */
const VIDEO_LABELS: [RegExp, string[], number][] = [
  // `Video màn trình diễn của Công Phượng trước U23 Malaysia:` (ends in a colon)
  [new RegExp(String.raw`${AFTER_BOUNDARY}${LABEL}\s*:?\s[^.!?:\n]{3,150}:(?=\s|$)`, 'giu'), ['video', 'clip'], LABEL_WORD_REACH],
  // `Clip: Nhóm thanh niên vây bắt cô gái về làm vợ` then a double space or the end
  [new RegExp(String.raw`${AFTER_BOUNDARY}${LABEL}\s*:\s[^.!:\n]{3,150}?\??(?=\s{2,}|\s*$)`, 'giu'), ['video', 'clip'], LABEL_WORD_REACH],
  // `Nguồn video: YouTube/Wrzzer.`, `Nguồn clip VTV`
  [new RegExp(String.raw`${AFTER_BOUNDARY}nguồn\s+(?:video|clip)\s*:?\s*\S+?\.?(?=\s|$)`, 'giu'), ['nguồn'], 0],
];

export const videoLabelsRule: Rule = {
  name: 'video-labels',
  run(ctx) {
    for (const block of bodyBlocks(ctx)) {
      const text = block.text;
      const lower = lowerText(block);
      if (!lower.includes('video') && !lower.includes('clip')) continue;
      for (const [re, words, reach] of VIDEO_LABELS) {
        for (const m of matchesNear(text, lower, re, words, reach)) {
          // A whole line that is a label is the line rules' business (it may be a caption line).
          if (m.index === 0 && m[0].length >= text.trimEnd().length) continue;
          addCut(block, { start: m.index, end: m.index + m[0].length, reason: 'caption', rule: 'video-labels' });
        }
      }
    }
  },
};
