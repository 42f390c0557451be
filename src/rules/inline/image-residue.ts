// A picture's residue glued to the start of a paragraph of a page dump: its placeholder
// (`[INS::INS] 所以，…`) or its file name given as alt text, run into the text with no space
// (`0225-lupita-nyongo-getty-01Lupita Nyong'o's …`, `update_graphic_red_bar12:00 PM PT -- …`).
// Cut with reason `caption`; the rest of the paragraph stays. Page dumps only.
import type { Rule } from '../rule.js';
import { addCut, bodyBlocks } from '../context.js';
import { IMAGE_PLACEHOLDER } from '../page/shape.js';

const LEADING_PLACEHOLDERS = new RegExp(String.raw`^(?:${IMAGE_PLACEHOLDER}\s*)+(?=\S)`, 'u');
/**
 * A file name's stem: three parts at least joined by `-` or `_`, letters in lower case and
 * digits, then a capital or (after a letter) a digit with no space: no word of prose is written so.
 */
const GLUED_FILE_NAME = /^[\p{Ll}\d]+(?:[-_][\p{Ll}\d]+){2,}(?:(?=\p{Lu})|(?<!\d)(?=\d))/u;

export const inlineImageResidueRule: Rule = {
  name: 'image-residue',
  run(ctx) {
    if (!ctx.window) return;
    for (const block of bodyBlocks(ctx)) {
      const first = block.text.charCodeAt(0);
      // Cheap test first: a bracket, a lower-case letter or a digit opens every such residue.
      if (first !== 0x5b && !(first >= 0x30 && first <= 0x39) && !(first >= 0x61 && first <= 0x7a)) continue;
      const m = LEADING_PLACEHOLDERS.exec(block.text) ?? GLUED_FILE_NAME.exec(block.text);
      if (m) addCut(block, { start: 0, end: m[0].length, reason: 'caption', rule: 'image-residue', replacement: '' });
    }
  },
};
