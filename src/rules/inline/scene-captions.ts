// Photo captions that name where something happened: `Cửa hàng nơi xảy ra sự việc.`, `Ngôi nhà của
// nạn nhân - nơi xảy ra vụ việc`, `Bệnh viện Thể thao Việt Nam, nơi xảy ra sự việc Tối 18/6, …`;
// and `Hiện trường vụ tai nạn.`, `Hiện trường vụ cháy Theo …` (the scene of …). A place and
// "where it happened", or "the scene of" an event, standing alone at a sentence's start, is what
// a picture of the place is captioned; an article tells what happened there, and its sentence
// goes on (`… phường nơi xảy ra vụ việc để truy tìm …`, in lower case after the words, stays).
// In the 5,000 corpus outputs 22 and 47 phrases stood so, each a caption. Also who a picture
// shows where a story's people are pictured: `Đối tượng Long tại cơ quan CSĐT.`, `Các bị cáo tại
// tòa.`, `Nghi can Duy tại cơ quan điều tra Theo …` (33). The words are vocabulary, justified by
// those counts.
import type { Rule } from '../rule.js';
import type { Block } from '../../types.js';
import { addCaption, addCut, bodyBlocks, lowerText, maskCuts, type DocContext } from '../context.js';
import { matchesNear } from '../near.js';
import { isLowerLetter } from '../letters.js';
import { opensSentence, sentenceStart } from './sentences.js';

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

/**
 * The scene of an event (`Hiện trường`), or a view of one (`Toàn cảnh hội nghị.`, `Quang cảnh
 * buổi họp báo.`: 12 captions of the 5,000 corpus outputs).
 */
const SCENE_WORDS = ['Hiện trường', 'Toàn cảnh', 'Quang cảnh'];
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
      // The text with the cuts made so far blanked: made only where a phrase may stand, and again
      // only after a cut.
      let masked: string | null = null;
      let cutsMasked = 0;
      const text = (): string => {
        if (masked === null || cutsMasked !== block.cuts.length) {
          masked = maskCuts(block.text, block.cuts);
          cutsMasked = block.cuts.length;
        }
        return masked;
      };
      for (const scene of SCENE_WORDS) if (block.text.includes(scene)) cutSceneOfEvent(ctx, block, scene, text());
      if (HAS_STATION.test(block.text)) cutPersonAtStation(ctx, block, text());
      // `xảy ra` first: a search is checked wherever its first letter stands, and `n` stands everywhere.
      if (!block.text.includes('xảy ra') || !block.text.includes('nơi xảy ra')) continue;
      // Tried only before each `nơi xảy ra`: the lookbehind at every character cost 12 ms a
      // warm pass over the 5,000 dumps.
      for (const m of matchesNear(text(), lowerText(block), SCENE_CAPTION, ['nơi xảy ra'], PLACE_REACH)) {
        const place = m[0].slice(0, m[0].indexOf('nơi xảy ra'));
        if (place.trim().split(/\s+/u).length > MAX_PLACE_WORDS || CLAUSE_WORD.test(` ${place}`)) continue;
        addCut(block, { start: m.index, end: m.index + m[0].length, reason: 'caption', rule: 'scene-captions', captionCredit: m.index + m[0].length });
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
function cutSceneOfEvent(ctx: DocContext, block: Block, scene: string, text: string): void {
  for (let at = text.indexOf(scene); at !== -1; at = text.indexOf(scene, at + 1)) {
    const before = text.slice(Math.max(0, at - 3), at);
    if (at > 0 && !/(?:^|[.!?…]["”]?)\s+$/u.test(before)) continue;
    const words = text.slice(at, at + 300).split(' ');
    for (let i = 2; i < Math.min(words.length - 1, SCENE_MAX_WORDS + 2); i++) {
      const last = words[i - 1]!;
      if (PREDICATE_WORD.test(last) || last === '') break;
      const closed = SENTENCE_END.test(last) && /^["“]?\p{Lu}/u.test(words[i]!);
      const runOn =
        !INNER_MARK.test(last) && isLowerLetter(last.charCodeAt(last.length - 1)) && opensSentence(words[i], words[i + 1]);
      if (closed || runOn) {
        const caption = words.slice(0, i).join(' ');
        addCut(block, { start: at, end: at + caption.length, reason: 'caption', rule: 'scene-captions', captionCredit: at + caption.length });
        addCaption(ctx, caption);
        break;
      }
      if (INNER_MARK.test(last) || SENTENCE_END.test(last)) break;
    }
  }
}

/**
 * `Đối tượng Long tại cơ quan CSĐT.`, `Bị cáo Hồng tại tòa`, `Hoàng Thị Thoa tỏ ra lì lợm tại cơ
 * quan điều tra.`: a sentence of its own that ends by placing someone at the police or in court,
 * with no predicate and no mark inside, ended by its full stop before a capital, or run into the
 * next sentence before a word that opens sentences or a date. `Hiện Huân đang bị tạm giữ tại cơ
 * quan điều tra.` has a predicate (`đang`), and stays.
 */
const AT_STATION = /tại (?:cơ quan (?:công an|điều tra|CSĐT)|trụ sở công an|phiên tòa|tòa)(?=[.\s]|$)/gu;
/** The place's words less their first letters (see `matchesNear`): the pattern starts one letter before. */
const STATION_WORDS = ['ại cơ quan', 'ại trụ sở', 'ại phiên tòa', 'ại tòa'];
/** One pattern for the four places: `ại` stands everywhere, four searches from it cost twice as much. */
const HAS_STATION = /ại (?:cơ quan|trụ sở|phiên tòa|tòa)/u;
const STATION_MAX_WORDS = 14;
/** A caption that ends so starts within this many characters before its place. */
const STATION_REACH = 120;

function cutPersonAtStation(ctx: DocContext, block: Block, text: string): void {
  for (const m of matchesNear(text, lowerText(block), AT_STATION, STATION_WORDS, 1)) {
    // The sentence's start, looked for within reach only: a long sentence is no caption.
    const from = Math.max(0, m.index - STATION_REACH);
    const local = sentenceStart(text.slice(from, m.index), m.index - from);
    if (local === 0 && from > 0) continue;
    const start = from + local;
    const placeEnd = m.index + m[0].length;
    const words = text.slice(start, placeEnd).split(' ');
    if (!/^\p{Lu}/u.test(words[0] ?? '') || words.length > STATION_MAX_WORDS) continue;
    if (words.some((word) => word === '' || PREDICATE_WORD.test(word) || INNER_MARK.test(word))) continue;
    const after = text.slice(placeEnd, placeEnd + 60);
    const closed = /^\.(?:\s+["“]?\p{Lu}|\s*$)/u.test(after);
    const next = after.trimStart().split(' ');
    const runOn = /^\s/u.test(after) && opensSentence(next[0], next[1]);
    if (!closed && !runOn && after.trim() !== '') continue;
    const end = closed ? placeEnd + 1 : placeEnd;
    addCut(block, { start, end, reason: 'caption', rule: 'scene-captions', captionCredit: end });
    addCaption(ctx, text.slice(start, end));
  }
}
