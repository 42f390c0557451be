// Sentence boundaries inside a collapsed line, for cutting a span "from the end of the
// previous sentence". A boundary is . ! ? … (closing quotes/brackets allowed) then white space;
// a single capital before the full stop is an initial (`V. Minh`), not an end. Scans backwards
// from the position, so the cost is the distance to the boundary, not the line's length.
import { isLetter } from '../letters.js';
import { SENTENCE_OPENERS } from '../sentence-openers.js';

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\n' || ch === '\t';
const isUpper = (ch: string | undefined) => ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
/**
 * The scans below read char codes: `text[i]` makes a string of every character above U+00FF
 * (most Vietnamese letters), and those scans run over whole paragraphs.
 */
export const isSpaceCode = (c: number) => c === 32 || c === 10 || c === 9;
/** `. ! ? …` */
export const isTerminatorCode = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026;
/** `" ” ’ ' » ) ]` */
export const isCloserCode = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 0xbb || c === 41 || c === 93;

/**
 * Titles and place words written with a full stop before a name (`TS. Nguyễn Đức Quang`, `TP. Cà
 * Mau`), that end no sentence there. Both may also end one: `… sớm nhất tới TS.` (thí sinh),
 * `… Trung tâm dữ liệu TP. Nguyễn Cường` (a byline after it). So a title counts only where it
 * opens a phrase, and a place word only before `HCM` / `Hồ Chí Minh` or more than a byline.
 */
export const TITLES = new Set(['TS', 'ThS', 'PGS', 'GS', 'BS', 'Mr', 'Mrs', 'Dr']);
const PLACE_WORDS = new Set(['TP', 'Tp', 'TX']);
/** A byline after a sentence holds this many words at most. */
const BYLINE_MAX_WORDS = 4;

function isAbbreviationBefore(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < 3 && isLetter(text.charCodeAt(start - 1))) start--;
  if (start > 0 && !isSpace(text[start - 1]) && text[start - 1] !== '(') return false;
  const word = text.slice(start, dot);
  if (TITLES.has(word)) return start === 0 || /(?:^|[.!?…(]["”]?\s*)$/u.test(text.slice(Math.max(0, start - 3), start).trimEnd());
  if (!PLACE_WORDS.has(word)) return false;
  const after = text.slice(dot + 1, dot + 80);
  return /^\s+(?:HCM|Hồ Chí Minh)(?![\p{L}])/u.test(after) || after.trim().split(/\s+/u).length > BYLINE_MAX_WORDS;
}

/**
 * Whether the end mark at `mark` ends a sentence: not an initial's full stop (`V. Minh`), nor a
 * title's or a place word's (`TS.`, `TP.`). A name abbreviated to its initial ends a sentence
 * too (`… đi tìm đánh T. Trong ảnh: …`): where a word that opens sentences follows (none is a
 * name's syllable, see sentence-openers.ts), the full stop is the sentence's.
 */
function endsSentenceAt(text: string, mark: number): boolean {
  if (text.charCodeAt(mark) !== 46) return true;
  if (isUpper(text[mark - 1]) && (mark - 1 === 0 || isSpace(text[mark - 2]))) return opensSentenceAfter(text, mark + 1);
  return !isAbbreviationBefore(text, mark);
}

/** Whether the word after `from` (spaces, then an opening quote at most) opens sentences. */
function opensSentenceAfter(text: string, from: number): boolean {
  const match = /^\s+["“]?([\p{L}]+)/u.exec(text.slice(from, from + 24));
  return match !== null && SENTENCE_OPENERS.has(match[1]!);
}

/**
 * The offset of the end mark that closes the sentence starting at `from` (the closing quotes or
 * brackets after it, then white space or the text's end), or -1: `sentenceStart` read forwards.
 */
export function sentenceEndMark(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    if (!isTerminatorCode(text.charCodeAt(j))) continue;
    let after = j + 1;
    while (after < text.length && isCloserCode(text.charCodeAt(after))) after++;
    if (after < text.length && !isSpaceCode(text.charCodeAt(after))) continue;
    if (endsSentenceAt(text, j)) return j;
  }
  return -1;
}

/**
 * `sentenceEndMark` for one text asked at many places: the text's end marks found once, each
 * place's by a binary search. A paragraph of initials (`A. B. …`, none a sentence's end) sent
 * each place's scan to the paragraph's end, a time that grew as the square of its places.
 */
export function sentenceEndMarks(text: string): (from: number) => number {
  const marks: number[] = [];
  for (let j = sentenceEndMark(text, 0); j !== -1; j = sentenceEndMark(text, j + 1)) marks.push(j);
  return (from) => {
    let low = 0;
    let high = marks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (marks[middle]! < from) low = middle + 1;
      else high = middle;
    }
    return low < marks.length ? marks[low]! : -1;
  };
}

/** An end mark, the closing quotes or brackets after it, and the spaces after those: a next sentence starts after. */
const AFTER_END_MARK = /[.!?…]["”’'»)\]]*\s+/g;

/** The offsets where a next sentence may start, right after each end mark and its spaces (none at the text's end). */
export function startsAfterEndMarks(text: string): number[] {
  const starts: number[] = [];
  AFTER_END_MARK.lastIndex = 0;
  // `test` moves lastIndex past each match and makes no match object.
  while (AFTER_END_MARK.test(text)) if (AFTER_END_MARK.lastIndex < text.length) starts.push(AFTER_END_MARK.lastIndex);
  return starts;
}

/** Where a sentence starts: the paragraph (its index among the texts given) and the offset. */
export interface SentencePlace {
  block: number;
  start: number;
}

/** Places are compared by their opening characters first; shorter sentences (ten words hardly fit) are not looked at. */
const OPENING_CHARS = 32;
/**
 * A sentence is printed again once or twice. More places that open alike are a list or a formula
 * said again, and comparing each with each would take time that grows as their square.
 */
const MAX_SAME_OPENINGS = 10;

/**
 * For the rules that look for copies of a sentence (sentence-copies, repeated-sentences): the
 * groups of two to MAX_SAME_OPENINGS places (of those `startsOf` gives) whose OPENING_CHARS
 * first characters are the same, each in order, the groups in the order their second place
 * comes. A copy and its sentence open alike, so only these are compared.
 */
export function placesOpeningAlike(texts: readonly string[], startsOf: (text: string, block: number) => readonly number[]): SentencePlace[][] {
  const byOpening = new Map<string, SentencePlace[]>();
  const repeated: SentencePlace[][] = [];
  texts.forEach((text, block) => {
    for (const start of startsOf(text, block)) {
      if (text.length - start < OPENING_CHARS) continue;
      const opening = text.slice(start, start + OPENING_CHARS);
      const places = byOpening.get(opening);
      if (!places) {
        byOpening.set(opening, [{ block, start }]);
        continue;
      }
      places.push({ block, start });
      if (places.length === 2) repeated.push(places);
    }
  });
  return repeated.filter((places) => places.length <= MAX_SAME_OPENINGS);
}

/** `sentenceEndMarks` of each of the texts, found on first use: (text's index, place) → its end mark or -1. */
export function endMarksOf(texts: readonly string[]): (block: number, from: number) => number {
  const found = new Map<number, (from: number) => number>();
  return (block, from) => {
    let find = found.get(block);
    if (!find) found.set(block, (find = sentenceEndMarks(texts[block]!)));
    return find(from);
  };
}

/**
 * Offset where the sentence containing `pos` starts (after the previous boundary), or 0. With
 * `floor`, `Math.max(sentenceStart(text, pos), floor)`, found without reading the text before
 * `floor` (but for the spaces that end there): a caller that wants a sentence of a caption's
 * length at most does not read back to the start of a paragraph that has no sentence end.
 */
export function sentenceStart(text: string, pos: number, floor = 0): number {
  // Below `floor`, only a boundary whose spaces reach up to `floor` can still count.
  for (let i = Math.min(pos, text.length) - 1; i > 0 && (i >= floor || isSpaceCode(text.charCodeAt(i))); i--) {
    if (!isSpaceCode(text.charCodeAt(i)) || isSpaceCode(text.charCodeAt(i - 1))) continue;
    // text[i] is the first space after a non-space: is what precedes it a sentence end?
    let j = i - 1;
    while (j > 0 && isCloserCode(text.charCodeAt(j))) j--;
    if (!isTerminatorCode(text.charCodeAt(j)) || !endsSentenceAt(text, j)) continue;
    let start = i;
    while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++;
    if (start <= pos) return Math.max(start, floor);
  }
  return floor;
}

/**
 * `sentenceStart` for one text asked at positions in increasing order, reading each character
 * once: a paragraph of many markers and no sentence end is read once, not once a marker. Each
 * question is read back to the previous one's position only: where the floored answer is that
 * position, no sentence starts after it, and the answer is the previous one's.
 */
export function sentenceStartsInOrder(text: string): (pos: number) => number {
  let lastPos = 0;
  let lastStart = 0;
  return (pos) => {
    if (pos < lastPos) return sentenceStart(text, pos);
    const floored = sentenceStart(text, pos, lastPos);
    lastStart = floored > lastPos ? floored : lastStart;
    lastPos = pos;
    return lastStart;
  };
}

/**
 * The end of the text before `pos` with one closing punctuation mark and the spaces before
 * `pos` stepped over (`Sạt lở đất. (Ảnh: X)` → the caption's own sentence ends inside). A
 * backward scan: a `\s*$` pattern on a prefix would re-read the whole prefix every time.
 */
export function endBefore(text: string, pos: number): number {
  let end = pos;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > 0 && isTerminatorCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Offset just after the last sentence boundary in `text` (0 when there is none). */
export function lastSentenceStart(text: string): number {
  return sentenceStart(text, text.trimEnd().length);
}

/**
 * A time of day or a day, capitalised, before a figure: `Ngày 14/6, …`, `Tối 21/6, …`, `Sáng 23/6,
 * …`. Sentences open so all the time; inside one the words are in lower case (`vào ngày 14/6`). So
 * where such a pair follows a word with no end mark, a new sentence starts (after a photo's
 * credit, a player's title), as at a word of sentence-openers.ts.
 */
export function opensWithDate(word: string | undefined, next: string | undefined): boolean {
  return word !== undefined && TIME_WORD.test(word) && /^\d/u.test(next ?? '');
}

const TIME_WORD = /^(?:Ngày|Sáng|Trưa|Chiều|Tối|Đêm|Tháng|Hôm)$/u;

/**
 * Whether a word opens a sentence where no end mark stands before it: a word of
 * sentence-openers.ts (after an opening quote at most), or a time or day before a figure.
 */
export function opensSentence(word: string | undefined, next: string | undefined): boolean {
  return word !== undefined && (SENTENCE_OPENERS.has(word.replace(/^["“]/u, '')) || opensWithDate(word, next));
}
