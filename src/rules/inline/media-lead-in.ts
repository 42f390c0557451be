// A sentence at the very end that announces pictures or a player: `Một số hình ảnh về mẫu xe:`,
// `Xem lại 20 bàn thắng của Zlatan Ibrahimovic cho Man United:`, `Mời các bạn theo dõi video
// dưới đây:`. What it announced was not kept, so it points at nothing. A byline may follow it
// (`… mẫu xe: Minh Trang`); other credits after it are the closing-credit rule's, which runs
// before this one. Inside a paragraph, a sentence that opens by announcing pictures goes too
// (`galleryAnnouncementRule`).
import type { Rule } from '../rule.js';
import { addCaption, addCut, bodyBlocks, lastBodyBlock, lowerText, maskCuts } from '../context.js';
import { matchesNear } from '../near.js';
import { looksLikeName, wordCount } from '../text-shape.js';
import { recordCredit } from '../lines/closing-credits.js';
import { captionStarts } from './caption-runs.js';
import { SENTENCE_OPENERS } from '../sentence-openers.js';
import { lastSentenceStart } from './sentences.js';

/** Pictures or a player (`ảnh`, but not `ảnh hưởng`), or a reader asked to look. */
const MEDIA_WORD = /^(?:video|vide|clip|ảnh|ngắm|chiêm|xem)$/u;
/**
 * The media word opens the announcement (`Cùng đón xem một số hình ảnh …`, `Dưới đây là một số
 * hình ảnh …`): one far into a long stretch is more likely prose, run on from a caption.
 */
const MEDIA_WORD_WITHIN = 8;
const LEAD_IN_MAX_WORDS = 25;
/** A byline after the announcement is a short name. */
const BYLINE_MAX_WORDS = 4;

/**
 * A sentence that opens by announcing pictures: `Một số hình ảnh tại buổi Lễ:`, `Dưới đây là
 * những bức ảnh do PV … ghi lại:`, `Cùng ngắm loạt ảnh …:`. In the 5,000 corpus outputs 18
 * sentences opened so and ended in a colon before a capital, each a gallery's announcement;
 * sentences that only hold such a word (`Dưới bức ảnh check in, bạn của anh bình luận: "…"`,
 * `… là hình ảnh mâm cơm gồm: đĩa rau …`) do not open with these words.
 */
const ANNOUNCING = String.raw`(?:Một số|Một vài|Dưới đây là|Sau đây là|Cùng (?:ngắm|xem|chiêm ngưỡng))(?: \S+){0,3}? (?:hình ảnh|bức ảnh|loạt ảnh|chùm ảnh|bộ ảnh)`;
const GALLERY_OPENING = new RegExp(String.raw`^${ANNOUNCING}(?=\s|:)`, 'u');
/** The announcement, to its colon, before the first of the pictures' captions (a capital). */
const GALLERY_ANNOUNCEMENT = new RegExp(String.raw`(?<=^|[.!?…]["”]?\s+)${ANNOUNCING}[^.!?…:]{0,200}:(?=\s+\p{Lu})`, 'gu');
/**
 * Each announcement's first words, less their first letters (`ột số` of `một số`), for
 * `matchesNear`: a search is checked wherever its first letter stands, and `m`, `d`, `s`, `c`
 * stand everywhere (the words in full took 37 ms a warm pass over the 5,000 dumps, these 9).
 * The announcement starts at most ANNOUNCEMENT_REACH characters before them.
 */
const ANNOUNCEMENT_WORDS = ['ột số', 'ột vài', 'ới đây', 'au đây', 'ùng ngắm', 'ùng xem', 'ùng chiêm'];
const ANNOUNCEMENT_REACH = 'dư'.length;

/** A single caption after an announcement, with no end mark, is this many words at most. */
const LONE_CAPTION_MAX_WORDS = 40;
/** A sentence's end before a capital: `… sân golf. Thân hình …`. */
const SENTENCE_END = /[.!?…]["”’)]*\s+["“‘(]?\p{Lu}/gu;

/**
 * The captions an announcement opened, when they run to the paragraph's end as captions do in a
 * collapsed dump, with no end marks of their own: `…: Lẩu chay Nhiều em trẻ hào hứng với món chay.
 * Hai bà cháu tham gia chương trình Chương trình Tết chay …`. Two caption starts at least with
 * no end mark before them (`captionStarts`) and no more sentence ends than such starts; or one
 * caption of a few words and no end mark. In the 5,000 corpus dumps 22 announcements stand inside
 * a paragraph; what follows 9 of them is so, each a gallery to the paragraph's end. A gallery
 * whose captions are full sentences stays (4 of them): where it ends and prose resumes
 * (`… Tuy cuộc sống của họ …`) only the meaning tells.
 */
function announcedCaptions(rest: string, text: string): string[] | null {
  const words = rest.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  const ends = rest.match(SENTENCE_END)?.length ?? 0;
  const trailingEnd = /[.!?…]["”’)]*$/u.test(rest.trimEnd());
  const starts = captionStarts(words);
  if (starts.length < 2 || ends > starts.length) {
    return ends === 0 && !trailingEnd && words.length <= LONE_CAPTION_MAX_WORDS ? [words.join(' ')] : null;
  }
  // For the list of captions, a start at a name (`Messi, Suarez và Fabregas tháp tùng …`) is
  // none: a name stands capitalised elsewhere in the paragraph, and never in lower case.
  const split = starts.filter((i) => {
    const word = words[i]!;
    return SENTENCE_OPENERS.has(word) || text.includes(` ${word.toLowerCase()} `) || text.indexOf(word) === text.lastIndexOf(word);
  });
  return [0, ...split].map((start, i) => words.slice(start, split[i] ?? words.length).join(' '));
}

/**
 * The same announcement inside a paragraph, before the captions it announced: it points at
 * pictures the text does not hold. The captions after it go when they read as captions
 * (`announcedCaptions`), else they stay (they may read as prose).
 */
export const galleryAnnouncementRule: Rule = {
  name: 'media-lead-in',
  run(ctx) {
    for (const block of bodyBlocks(ctx)) {
      const lower = lowerText(block);
      if (!lower.includes('ảnh') || !lower.includes(':')) continue;
      for (const m of matchesNear(block.text, lower, GALLERY_ANNOUNCEMENT, ANNOUNCEMENT_WORDS, ANNOUNCEMENT_REACH)) {
        // A byline alone after it: the announcement ends the article, `mediaLeadInRule`'s case.
        if (wordCount(block.text.slice(m.index + m[0].length), BYLINE_MAX_WORDS + 1) <= BYLINE_MAX_WORDS) continue;
        addCut(block, { start: m.index, end: m.index + m[0].length, reason: 'caption', rule: 'media-lead-in' });
        addCaption(ctx, m[0]);
        const masked = maskCuts(block.text, block.cuts).trimEnd();
        const from = m.index + m[0].length;
        const captions = announcedCaptions(masked.slice(from), block.text);
        if (!captions) continue;
        addCut(block, { start: from + masked.slice(from).search(/\S/u), end: masked.length, reason: 'caption', rule: 'media-lead-in' });
        for (const caption of captions) addCaption(ctx, caption);
      }
    }
  },
};

export const mediaLeadInRule: Rule = {
  name: 'media-lead-in',
  run(ctx) {
    const last = lastBodyBlock(ctx);
    if (!last) return;
    // Every announcement ends in a colon, with a short name at most after it: most texts are
    // done here, before any string is made (when no cut reaches past the colon, the text after
    // it is what the masked text holds).
    const colonAt = last.text.lastIndexOf(':');
    if (colonAt === -1) return;
    const cutPastColon = last.cuts.some((cut) => cut.end > colonAt);
    if (!cutPastColon && wordCount(last.text.slice(colonAt + 1), BYLINE_MAX_WORDS) > BYLINE_MAX_WORDS) return;
    const text = maskCuts(last.text, last.cuts).trimEnd();
    let start = lastSentenceStart(text);
    while (text[start] === ' ') start++;
    // A block that is one sentence is the line rules' business.
    if (start === 0 || !text.includes(':', start)) return;
    const tail = text.slice(start);
    const colon = tail.lastIndexOf(':');
    const after = tail.slice(colon + 1).trim();
    if (after && !(looksLikeName(after) && wordCount(after, BYLINE_MAX_WORDS) <= BYLINE_MAX_WORDS)) return;
    const words = tail.slice(0, colon).toLowerCase().split(/[\s:]+/u).filter(Boolean);
    if (words.length > LEAD_IN_MAX_WORDS && !GALLERY_OPENING.test(tail)) return;
    if (!words.slice(0, MEDIA_WORD_WITHIN).some((word, i) => MEDIA_WORD.test(word) && !(word === 'ảnh' && words[i + 1] === 'hưởng'))) return;
    // After `Ảnh sử dụng trong bài:` the name is the photographer's, not the author's.
    if (!after || words[0] === 'ảnh') {
      addCut(last, { start, end: text.length, reason: 'caption', rule: 'media-lead-in' });
      return;
    }
    addCut(last, { start, end: start + colon + 1, reason: 'caption', rule: 'media-lead-in' });
    addCut(last, { start: start + colon + 1, end: text.length, reason: 'byline', rule: 'media-lead-in' });
    recordCredit(ctx, { author: after, attribution: null, published: null });
  },
};
