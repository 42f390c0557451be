// Photo captions that point at the people in the picture by where they stand or what they wear:
// `Tổng thống Mỹ Donald Trump (phải) trong cuộc hội đàm với … Erdogan (trái) tại Washington DC.
// ngày 16/5.`, `Hà Nội I (áo đỏ) thắng dễ trước đàn em Hà Nội II Với lực lượng …`. An article
// names its people; only a picture's caption says which one is on the left. In the 5,000 corpus
// outputs the markers stood in 95 places; the 40 sentences this rule cuts were all captions, each
// read (the others it leaves: a marker in an interview's speaker label, a sentence that opens
// with a clause, or a caption whose end the text does not show).
//
// A collapsed dump often prints the caption with no full stop of its own, straight before the next
// sentence, so its end is the first of: its own end mark, or a word that opens sentences
// (`SENTENCE_OPENERS`). Where a capitalised word between two in lower case comes first, it may be
// a name inside the caption (`… và chị Hồng đã …`) or the next sentence's start: the caption
// runs on only when another marker follows before any end mark; else the end is not known and
// nothing is cut. Losing the sentence after a caption is worse than keeping the caption.
import type { Rule } from '../rule.js';
import { addCaption, addCut, bodyBlocks, maskCuts } from '../context.js';
import { SENTENCE_OPENERS } from '../sentence-openers.js';
import { isLowerLetter, isUpperLetter } from '../letters.js';

/** Shirt colours a caption tells players or people apart by: `(áo đỏ)`, `(áo xanh - bìa trái)`. */
const COLOUR = '(?:trắng|đỏ|xanh|vàng|đen|sẫm|tối|hồng|tím|cam|nâu|xám|sọc|kẻ|màu)';
/**
 * `(trái)`, `(bên phải)`, `(ngoài cùng bên trái)`, `(thứ 3 từ trái sang)`, `(giữa)`, `(giữa ảnh)`,
 * `(áo trắng, TNG Thái Nguyên)`; not before a colon, where it marks who speaks in a transcript
 * (`TS. Lê Doãn Hợp (trái): "…"`).
 */
const POSITION_MARKER = new RegExp(
  String.raw`\(\s*(?:ở |đứng |ngồi |ngoài cùng |ngoài cùng bên |bìa |bên |thứ [\p{L}\d]+ từ |hàng đầu, |hàng sau, )?` +
    String.raw`(?:(?:trái|phải)(?: sang(?: phải| trái)?| qua (?:phải|trái))?|giữa(?: ảnh)?|áo ${COLOUR}[^()]{0,25})(?: trong ảnh)?\s*\)(?!\s*:)`,
  'giu',
);
const HAS_POSITION_MARKER = new RegExp(POSITION_MARKER.source, 'iu');
/** A caption holds this many words at most, and this many after its last marker. */
const MAX_WORDS = 45;
const MAX_WORDS_AFTER_MARKER = 16;
const END_MARK = /[.!?…]["”’')\]]*$/u;
/** A word that ends a clause, not a sentence: what follows goes on with it. */
const JOINS = /[,;:–-]$/u;

const isLowerWord = (word: string): boolean => isLowerLetter(word.charCodeAt(0));
/** Capitalised, after an opening quote or bracket at most; not in capitals throughout (`HLV`, a roman `II`). */
const isCapitalised = (word: string): boolean => isUpperLetter(word.replace(/^["“‘(]+/u, '').charCodeAt(0)) && word !== word.toUpperCase();

export const positionalCaptionsRule: Rule = {
  name: 'positional-captions',
  run(ctx) {
    // After the lead, which a collapsed dump prints as its own line.
    for (const block of bodyBlocks(ctx).slice(1)) {
      // Most paragraphs hold a bracket, few a marker: the text is masked only when one is there.
      if (!block.text.includes('(') || !HAS_POSITION_MARKER.test(block.text)) continue;
      const masked = maskCuts(block.text, block.cuts);
      for (const caption of positionalCaptions(masked)) {
        addCut(block, { start: caption.start, end: caption.end, reason: 'caption', rule: 'positional-captions', captionCredit: caption.end });
        addCaption(ctx, masked.slice(caption.start, caption.end));
      }
    }
  },
};

/** The captions of a paragraph that point at their picture by position, as offsets. */
export function positionalCaptions(text: string): { start: number; end: number }[] {
  const markers = [...text.matchAll(POSITION_MARKER)];
  if (markers.length === 0) return [];
  const spans = [...text.matchAll(/\S+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
  const words = spans.map((s) => s.word);
  const wordAt = (offset: number) => firstEndingAfter(spans, offset);
  const markerEnds = new Set(markers.map((m) => wordAt(m.index + m[0].length - 1)));
  const endsSentence = (k: number) => END_MARK.test(words[k]!) && !(k + 1 < words.length && isLowerWord(words[k + 1]!));
  const opensSentence = (k: number) => {
    const before = words[k - 1]!;
    if (!SENTENCE_OPENERS.has(words[k]!) || JOINS.test(before) || END_MARK.test(before)) return false;
    // After a capitalised word an opener may be a name's syllable (`Trần Văn Hiện (bìa trái)`).
    return isLowerWord(before) || /[)\d]$/u.test(before) || (k + 1 < words.length && isLowerWord(words[k + 1]!));
  };
  const mayStartSentence = (k: number) =>
    k + 1 < words.length && (isLowerWord(words[k - 1]!) || words[k - 1]!.endsWith(')')) && isCapitalised(words[k]!) && isLowerWord(words[k + 1]!);

  const captions: { start: number; end: number }[] = [];
  let covered = -1;
  for (const marker of markers) {
    const first = wordAt(marker.index);
    const markerEnd = wordAt(marker.index + marker[0].length - 1);
    if (first <= covered) continue;
    const start = captionStart(first, endsSentence, opensSentence, mayStartSentence);
    const end = start === null ? null : captionEnd(markerEnd, Math.min(words.length, start + MAX_WORDS + 1), words.length, markerEnds, endsSentence, opensSentence, mayStartSentence);
    covered = markerEnd;
    if (start === null || end === null) continue;
    const openingClause = SENTENCE_OPENERS.has(words[start]!) && words.slice(start, first).some((w) => JOINS.test(w));
    if (!(isCapitalised(words[start]!) || /^\d/u.test(words[start]!)) || openingClause) continue;
    if (end.index - start > MAX_WORDS || end.index - 1 - end.lastMarker > MAX_WORDS_AFTER_MARKER) continue;
    captions.push({ start: spans[start]!.start, end: spans[end.index - 1]!.end });
    covered = end.index - 1;
  }
  return captions;
}

/** The index of the first word that ends after `offset` (-1 when none does): a binary search. */
function firstEndingAfter(spans: readonly { end: number }[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.end > offset) high = middle;
    else low = middle + 1;
  }
  return low < spans.length ? low : -1;
}

/**
 * The caption's first word: after the last sentence end before the marker; null when not known,
 * or when it stands more than a caption's length before the marker. Looked for within that
 * length only, so that a paragraph of markers and no sentence end costs time in step with it.
 */
function captionStart(first: number, endsSentence: (k: number) => boolean, opensSentence: (k: number) => boolean, mayStartSentence: (k: number) => boolean): number | null {
  // A start before this word makes the caption longer than MAX_WORDS whatever its end.
  const reach = Math.max(0, first + 1 - MAX_WORDS);
  let start = -1;
  for (let k = first; k > 0 && k >= reach; k--) {
    if (endsSentence(k - 1)) {
      start = k;
      break;
    }
  }
  if (start === -1 && reach === 0) start = 0;
  for (let k = first; k > start && k >= reach; k--) {
    if (opensSentence(k)) return k;
    if (mayStartSentence(k)) return null;
  }
  return start === -1 ? null : start;
}

/**
 * One past the caption's last word, and its last marker's word; null when the end is not known,
 * or not before `limit` (past a caption's length; `count` is the paragraph's words).
 */
function captionEnd(
  markerEnd: number,
  limit: number,
  count: number,
  markerEnds: ReadonlySet<number>,
  endsSentence: (k: number) => boolean,
  opensSentence: (k: number) => boolean,
  mayStartSentence: (k: number) => boolean,
): { index: number; lastMarker: number } | null {
  let lastMarker = markerEnd;
  for (let k = markerEnd; k < limit; k++) {
    if (markerEnds.has(k)) lastMarker = k;
    if (endsSentence(k)) return { index: k + 1, lastMarker };
    if (k + 1 >= count) break;
    if (opensSentence(k + 1)) return { index: k + 1, lastMarker };
    if (mayStartSentence(k + 1)) {
      // A name inside the caption only when another marker follows before the sentence ends.
      // (To the next marker or end, not to `limit`: the caption may still end before it. A word
      // is so read only by the markers within a caption's length before it: time grows with the
      // paragraph, not with its square.)
      let next = k + 1;
      while (next < count && !markerEnds.has(next) && !endsSentence(next)) next++;
      if (!markerEnds.has(next)) return null;
    }
  }
  return limit < count ? null : { index: count, lastMarker };
}
