// Photo captions that name where something happened: `Cửa hàng nơi xảy ra sự việc.`, `Ngôi nhà của
// nạn nhân - nơi xảy ra vụ việc`, `Bệnh viện Thể thao Việt Nam, nơi xảy ra sự việc Tối 18/6, …`;
// and `Hiện trường vụ tai nạn.`, `Hiện trường vụ cháy Theo …` (the scene of …). A place and
// "where it happened", or "the scene of" an event, standing alone at a sentence's start, is what
// a picture of the place is captioned; an article tells what happened there, and its sentence
// goes on (`… phường nơi xảy ra vụ việc để truy tìm …`, in lower case after the words, stays).
// In the 5,000 corpus outputs 22 and 47 phrases stood so, each a caption. The words are
// vocabulary, justified by those counts.
import type { Rule } from '../rule.js';
import type { Block } from '../../types.js';
import { addCaption, addCut, bodyBlocks, lowerText, maskCuts, type DocContext } from '../context.js';
import { matchesNear } from '../near.js';
import { SENTENCE_OPENERS } from '../sentence-openers.js';
import { isLowerLetter } from '../letters.js';
import { opensWithDate } from './sentences.js';

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

/** The scene's caption names its event in this many words at most after `Hiện trường`. */
const SCENE_MAX_WORDS = 14;
/** A predicate makes a sentence of the words: `Hiện trường rất hỗn loạn.`, `… đã được phong tỏa`. */
const PREDICATE_WORD = /^(?:đã|đang|sẽ|là|rất|vẫn|không|chưa|cũng|được)$/u;
/** A mark inside the words: a clause or a list goes on, no caption ends there. */
const INNER_MARK = /[,:;"“”()]/u;
const SENTENCE_END = /[.!?…]$/u;

export const sceneCaptionsRule: Rule = {
  name: 'scene-captions',
  run(ctx) {
    for (const block of bodyBlocks(ctx)) {
      if (block.text.includes('Hiện trường')) cutSceneOfEvent(ctx, block);
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

/**
 * `Hiện trường vụ tai nạn.`, `Hiện trường vụ cháy Theo một số người dân …`: at a sentence's start,
 * `Hiện trường` and a few words naming the event, with no mark inside and no predicate, ended by
 * its own full stop before a capital, or run into the next sentence before a word that opens
 * sentences (sentence-openers.ts) or a date (`… vụ tai nạn Sáng 14/6, …`).
 */
function cutSceneOfEvent(ctx: DocContext, block: Block): void {
  const text = maskCuts(block.text, block.cuts);
  for (let at = text.indexOf('Hiện trường'); at !== -1; at = text.indexOf('Hiện trường', at + 1)) {
    const before = text.slice(Math.max(0, at - 3), at);
    if (at > 0 && !/(?:^|[.!?…]["”]?)\s+$/u.test(before)) continue;
    const words = text.slice(at, at + 300).split(' ');
    for (let i = 2; i < Math.min(words.length - 1, SCENE_MAX_WORDS + 2); i++) {
      const last = words[i - 1]!;
      if (PREDICATE_WORD.test(last) || last === '') break;
      const closed = SENTENCE_END.test(last) && /^["“]?\p{Lu}/u.test(words[i]!);
      const runOn =
        !INNER_MARK.test(last) && isLowerLetter(last.charCodeAt(last.length - 1)) && (SENTENCE_OPENERS.has(words[i]!) || opensWithDate(words[i], words[i + 1]));
      if (closed || runOn) {
        const caption = words.slice(0, i).join(' ');
        addCut(block, { start: at, end: at + caption.length, reason: 'caption', rule: 'scene-captions' });
        addCaption(ctx, caption);
        break;
      }
      if (INNER_MARK.test(last) || SENTENCE_END.test(last)) break;
    }
  }
}
