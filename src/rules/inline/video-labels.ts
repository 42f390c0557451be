// Labels of embedded players inside a paragraph: `Video: <title>:`, `Xem video <title>:`,
// `Clip: <title>` before a double space or the end, `Nguồn video: YouTube.`. A player's label is
// not prose. The label's end must be visible (a colon, a double space, the end of the line):
// `Video cho thấy …` is a sentence about a video and stays.
import type { Rule } from '../rule.js';
import { addCut, bodyBlocks } from '../context.js';

const AFTER_BOUNDARY = String.raw`(?<=^|[.!?…]["”]?\s+|\s{2,})`;
const LABEL = String.raw`(?:video(?:\s+clip)?|clip|xem video|xem clip|xem lại video)`;
const VIDEO_LABELS = [
  // `Video màn trình diễn của Công Phượng trước U23 Malaysia:` (ends in a colon)
  new RegExp(String.raw`${AFTER_BOUNDARY}${LABEL}\s*:?\s[^.!?:\n]{3,150}:(?=\s|$)`, 'giu'),
  // `Clip: Nhóm thanh niên vây bắt cô gái về làm vợ` then a double space or the end
  new RegExp(String.raw`${AFTER_BOUNDARY}${LABEL}\s*:\s[^.!:\n]{3,150}?\??(?=\s{2,}|\s*$)`, 'giu'),
  // `Nguồn video: YouTube/Wrzzer.`, `Nguồn clip VTV`
  new RegExp(String.raw`${AFTER_BOUNDARY}nguồn\s+(?:video|clip)\s*:?\s*\S+?\.?(?=\s|$)`, 'giu'),
];

export const videoLabelsRule: Rule = {
  name: 'video-labels',
  run(ctx) {
    for (const block of bodyBlocks(ctx)) {
      const text = block.text;
      if (!/video|clip/iu.test(text)) continue;
      for (const re of VIDEO_LABELS) {
        for (const m of text.matchAll(re)) {
          // A whole line that is a label is the line rules' business (it may be a caption line).
          if (m.index === 0 && m[0].length >= text.trimEnd().length) continue;
          addCut(block, { start: m.index, end: m.index + m[0].length, reason: 'caption', rule: 'video-labels' });
        }
      }
    }
  },
};
