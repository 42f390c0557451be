// Photo captions that name where something happened: `Cửa hàng nơi xảy ra sự việc.`, `Ngôi nhà của
// nạn nhân - nơi xảy ra vụ việc`, `Bệnh viện Thể thao Việt Nam, nơi xảy ra sự việc Tối 18/6, …`.
// A place and "where it happened", standing alone at a sentence's start, is what a picture of the
// place is captioned; an article tells what happened there, and its sentence goes on
// (`… phường nơi xảy ra vụ việc để truy tìm …`, in lower case after the words, stays). In the
// 5,000 corpus outputs 22 phrases stood so, each a caption. The words are vocabulary, justified by
// that count.
import type { Rule } from '../rule.js';
import { addCaption, addCut, bodyBlocks, lowerText, maskCuts } from '../context.js';
import { matchesNear } from '../near.js';

/**
 * A place's name (no mark but a comma, a dash or a dot inside a word: `TP.HCM`), `nơi xảy ra` and
 * the event, a full stop at most,
 * then the next sentence's capital or the paragraph's end.
 */
const SCENE_CAPTION =
  /(?<=^|[.!?…]["”]?\s+)\p{Lu}(?:[^.!?…:;"“”()]|\.(?=\S)){0,100}?(?:,|\s[-–])?\snơi xảy ra (?:sự việc|vụ việc|vụ án mạng|vụ án|án mạng|vụ tai nạn|tai nạn|vụ cháy|vụ nổ súng|vụ nổ|sự cố)\.?(?=\s+["“]?[\p{Lu}\d]|\s*$)/gu;
/** How far before `nơi xảy ra` a caption may start: the pattern's place, in characters. */
const PLACE_REACH = 110;
/** A place is named in this many words at most before `nơi`. */
const MAX_PLACE_WORDS = 12;
/**
 * Words of a clause, not of a place's name: `Nó đã được phát hiện tại chính nơi xảy ra tai nạn.`
 * is a sentence (a verb's tense or voice, a preposition before `nơi`).
 */
const CLAUSE_WORD = /(?:^|\s)(?:đã|được|đang|sẽ|bị|tại|ở|chính|là|có|cách|gần|đến|từ|về)(?=\s)/u;

export const sceneCaptionsRule: Rule = {
  name: 'scene-captions',
  run(ctx) {
    for (const block of bodyBlocks(ctx)) {
      // `xảy ra` first: a search is checked wherever its first letter stands, and `n` stands everywhere.
      if (!block.text.includes('xảy ra') || !block.text.includes('nơi xảy ra')) continue;
      const text = maskCuts(block.text, block.cuts);
      // Tried only before each `nơi xảy ra`: the lookbehind at every character cost 12 ms a
      // warm pass over the 5,000 dumps.
      for (const m of matchesNear(text, lowerText(block), SCENE_CAPTION, ['nơi xảy ra'], PLACE_REACH)) {
        const place = m[0].slice(0, m[0].indexOf('nơi xảy ra'));
        if (place.trim().split(/\s+/u).length > MAX_PLACE_WORDS || CLAUSE_WORD.test(` ${place}`)) continue;
        addCut(block, { start: m.index, end: m.index + m[0].length, reason: 'caption', rule: 'scene-captions' });
        addCaption(ctx, m[0]);
      }
    }
  },
};
