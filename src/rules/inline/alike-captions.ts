// Captions that open alike, run together with no end mark between them: a gallery's labels
// (`…2017: Đội hình dự kiến của ĐT Nga Đội hình dự kiến của ĐT New Zealand Đội hình dự kiến của
// ĐT Mexico …`) or one caption printed under every picture (`… Hong Kong: Lamborghini Centenario
// vừa cập bến Hong Kong Lamborghini Centenario vừa cập bến Hong Kong …`). Prose does not
// repeat its opening words every few words without a full stop or a comma between.
//
// Structure alone: the run opens a sentence (after an end mark or a colon and a space, or at the
// paragraph's start), and the same STEM_WORDS words open MIN_CAPTIONS captions at least, each of
// MAX_CAPTION_WORDS words at most and of plain words only (no mark that ends or divides a
// clause, no bracket). In the 5,000 corpus outputs 4 such runs stood (8, 8, 4 and 3 captions),
// each a gallery's captions or a list of links' labels; the lists a sentence writes (`tàu BĐ
// 97263 TS (chủ tàu …), tàu BĐ …`) hold commas or brackets, and two alike headings of a chart
// before the chart's comment (`Phổ điểm khối A năm 2017 Phổ điểm khối A năm 2016 Nhận xét …:`)
// are not three.
import type { Rule } from '../rule.js';
import { addCaption, addCut, bodyBlocks, maskCuts } from '../context.js';
import { isUpperLetter } from '../letters.js';

const STEM_WORDS = 4;
const MIN_CAPTIONS = 3;
const MAX_CAPTION_WORDS = 15;
/** A caption's length in characters, most of the time (the cheap check looks no further). */
const MAX_CAPTION_CHARS = MAX_CAPTION_WORDS * 8;
/** The last caption may be this many words longer than the longest before it (a longer name). */
const LAST_CAPTION_SLACK = 2;
/** How far a run is read: 40 captions of the longest; first, as far as MIN_CAPTIONS and one more word. */
const MAX_RUN_WORDS = 40 * MAX_CAPTION_WORDS;
const FIRST_WORDS = MIN_CAPTIONS * MAX_CAPTION_WORDS + STEM_WORDS + 1;
/**
 * Where a sentence may open: after an end mark or a colon and a space (found with indexOf, at
 * half a regex's cost: this rule looks at every sentence of every text for a few runs).
 */
const OPENING_MARKS = ['. ', ': ', '? ', '! ', '… '];
/** A caption's word: letters and digits, with quotes around them at most. */
const PLAIN_WORD = /^["“”‘’']?[\p{L}\p{N}]+["“”‘’']?$/u;
/** The same, closing its sentence (`… của ĐT Cameroon.`): the last caption may end so. */
const PLAIN_LAST_WORD = /^["“”‘’']?[\p{L}\p{N}]+["“”‘’']?[.!?…]$/u;
const QUOTES = /["“”‘’']/gu;
/** A mark no caption's first words hold: they are plain (PLAIN_WORD). */
const STEM_BREAK = /[^\p{L}\p{N}\s"“”‘’']/u;
const WORD = /\S+/gu;

interface Word {
  text: string;
  /** Without quotes: captions printed twice may quote differently. */
  key: string;
  start: number;
  end: number;
}

function wordsOf(text: string, from: number, limit: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && words.length < limit; m = WORD.exec(text)) {
    words.push({ text: m[0], key: m[0].replace(QUOTES, ''), start: m.index, end: m.index + m[0].length });
  }
  return words;
}

const sameStem = (words: readonly Word[], a: number, b: number): boolean => {
  for (let k = 0; k < STEM_WORDS; k++) if (words[a + k]!.key !== words[b + k]!.key) return false;
  return true;
};

/**
 * The run of captions opening at `words[0]`: the word index where each caption starts and the
 * offset where the last one ends, or null when fewer than MIN_CAPTIONS open alike. The last
 * caption runs to the paragraph's end or to its own end mark, about as long as the longest
 * before it; or it repeats word for word the caption before it, when all before it were that one
 * caption. Else where it ends is not known, and it stays.
 */
function alikeRun(words: readonly Word[], paragraphEnd: number): { starts: number[]; end: number } | null {
  const starts = [0];
  for (;;) {
    const from = starts.at(-1)!;
    let next = -1;
    for (let j = from + 1; j <= from + MAX_CAPTION_WORDS && j + STEM_WORDS <= words.length; j++) {
      if (!PLAIN_WORD.test(words[j - 1]!.text)) break;
      if (j >= from + STEM_WORDS && sameStem(words, from, j)) {
        next = j;
        break;
      }
    }
    if (next === -1) break;
    starts.push(next);
  }
  if (starts.length < MIN_CAPTIONS) return null;
  const last = starts.at(-1)!;
  const keys = (from: number, to: number) => words.slice(from, to).map((w) => w.key).join(' ');
  const before = starts.slice(1).map((start, i) => ({ length: start - starts[i]!, keys: keys(starts[i]!, start) }));
  const longest = Math.max(...before.map((caption) => caption.length)) + LAST_CAPTION_SLACK;
  let k = last;
  while (k < words.length && k - last < longest && PLAIN_WORD.test(words[k]!.text)) k++;
  if (k === words.length && words[k - 1]!.end >= paragraphEnd) return { starts, end: paragraphEnd };
  if (k < words.length && k - last < longest && PLAIN_LAST_WORD.test(words[k]!.text)) return { starts, end: words[k]!.end };
  const { length, keys: caption } = before[0]!;
  if (before.every((other) => other.keys === caption) && keys(last, last + length) === caption) return { starts, end: words[last + length - 1]!.end };
  return { starts: starts.slice(0, -1), end: words[last - 1]!.end };
}

/** The offsets where a sentence may open (the text's start too), a capital there; in no order. */
function openingsOf(text: string): number[] {
  const openings = [0];
  for (const mark of OPENING_MARKS) {
    for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + mark.length)) {
      let start = at + mark.length;
      while (text.charCodeAt(start) === 32) start++;
      const first = text.charCodeAt(start) === 34 || text.charCodeAt(start) === 0x201c ? start + 1 : start;
      if (first < text.length && isUpperLetter(text.charCodeAt(first))) openings.push(start);
    }
  }
  return openings;
}

/** Where the `count` words from `from` end, or -1 when the text ends first (spaces only divide words). */
function endOfWords(text: string, from: number, count: number): number {
  let at = from;
  for (let k = 0; k < count; k++) {
    while (text.charCodeAt(at) === 32) at++;
    if (at >= text.length) return -1;
    const space = text.indexOf(' ', at);
    at = space === -1 ? text.length : space;
  }
  return at;
}

export const alikeCaptionsRule: Rule = {
  name: 'alike-captions',
  run(ctx) {
    // After the lead: a lead is one sentence.
    for (const block of bodyBlocks(ctx).slice(1)) {
      const text = maskCuts(block.text, block.cuts);
      // Cheap first, as most sentences are no such run: the opening's first words stand again a
      // caption's length on, and hold no mark.
      const candidates = openingsOf(text).filter((opening) => {
        const stemEnd = endOfWords(text, opening, STEM_WORDS);
        if (stemEnd === -1) return false;
        const stem = text.slice(opening, stemEnd);
        return text.slice(stemEnd, stemEnd + MAX_CAPTION_CHARS).includes(stem) && !STEM_BREAK.test(stem);
      });
      let searchFrom = 0;
      for (const opening of candidates.sort((a, b) => a - b)) {
        if (opening < searchFrom) continue;
        // Enough words for the first captions; all of the run's only where they run alike.
        let words = wordsOf(text, opening, FIRST_WORDS);
        let run = alikeRun(words, text.trimEnd().length);
        if (run && words.length === FIRST_WORDS) {
          words = wordsOf(text, opening, MAX_RUN_WORDS);
          run = alikeRun(words, text.trimEnd().length);
        }
        if (!run || run.starts.length < MIN_CAPTIONS) continue;
        addCut(block, { start: opening, end: run.end, reason: 'caption', rule: 'alike-captions' });
        run.starts.forEach((start, i) => {
          const end = i + 1 < run.starts.length ? words[run.starts[i + 1]! - 1]!.end : run.end;
          addCaption(ctx, text.slice(words[start]!.start, end));
        });
        searchFrom = run.end;
      }
    }
  },
};
