// A sentence of the article printed a second time without its end mark, run into the next
// sentence: `… vừa qua. Người dân ở đây đùa rằng … vừa qua Tuy nhiên, …`. A collapsed dump
// glues a photo's caption or a pull quote to the text around it, and both often repeat a
// sentence of the article word for word; the article's own copy ends with its full stop, and
// the caption's copy stops where the next sentence starts in capitals. The copy goes (reason
// `duplicate`); the sentence with its end mark stays.
//
// In the 5,000 corpus outputs, 26 copies ran into a next sentence this way. The 18 of 15 words
// or more were each, read, a caption, a pull quote or the lead printed again at the body's
// start. Of the 8 shorter ones, half were section headings that repeat a teaser's headline
// (`Ông Vinh: Tôi sẽ tiếp tục chiến đấu`), which are prose. Hence MIN_COPY_WORDS.
import type { Rule } from '../rule.js';
import type { Cut } from '../../types.js';
import { addCut, bodyBlocks, maskCuts } from '../context.js';
import { wordCount } from '../text-shape.js';
import { sentenceEndMark } from './sentences.js';

/** Shorter copies are as often a section heading that repeats a headline. */
const MIN_COPY_WORDS = 15;
/** Sentences are compared by their opening characters first; shorter ones (15 words hardly fit) are not looked at. */
const KEY_CHARS = 32;
/**
 * A caption repeats its sentence once or twice. More sentences that open alike are a list or a
 * formula said again, and comparing each with each would take time that grows as their square.
 */
const MAX_SAME_OPENINGS = 10;
/** An end mark, the closing quotes or brackets after it, and the spaces after those: a next sentence starts after. */
const AFTER_SENTENCE_END = /[.!?…]["”’'»)\]]*\s+/g;
/**
 * What may follow a copy: the next sentence's capital (after an opening quote), or the end of
 * the paragraph. Not a bracket: `… Liên hợp quốc (LHQ) Lưu Kết Nhất, …` goes on.
 */
const NEXT_SENTENCE = /\s+(?:["“‘]?\p{Lu}|$)/uy;

/** Where a sentence starts: the paragraph (its index among the body blocks) and the offset. */
interface Place {
  block: number;
  start: number;
}

export const sentenceCopiesRule: Rule = {
  name: 'sentence-copies',
  run(ctx) {
    const blocks = bodyBlocks(ctx);
    const texts = blocks.map((b) => maskCuts(b.text, b.cuts));
    // A copy and its sentence open two sentences the same way: only such places are compared.
    for (const places of sameOpenings(texts, blocks.map((b) => b.cuts))) {
      if (places.length > MAX_SAME_OPENINGS) continue;
      const cut = new Set<Place>();
      for (const place of places) {
        const sentence = endedSentenceAt(texts[place.block]!, place.start);
        if (sentence === null) continue;
        for (const other of places) {
          if (other === place || cut.has(other) || !isCopy(texts[other.block]!, other.start, sentence)) continue;
          cut.add(other);
          addCut(blocks[other.block]!, { start: other.start, end: other.start + sentence.length, reason: 'duplicate', rule: 'sentence-copies', replacement: '' });
        }
      }
    }
  },
};

/** Groups of two or more sentence starts whose KEY_CHARS opening characters are the same. */
function sameOpenings(texts: readonly string[], cuts: readonly (readonly Cut[])[]): Place[][] {
  const byOpening = new Map<string, Place[]>();
  let repeated: Place[][] | null = null;
  texts.forEach((text, block) => {
    for (const start of sentenceStarts(text, cuts[block]!)) {
      if (text.length - start < KEY_CHARS) continue;
      const opening = text.slice(start, start + KEY_CHARS);
      const places = byOpening.get(opening);
      if (!places) {
        byOpening.set(opening, [{ block, start }]);
        continue;
      }
      places.push({ block, start });
      if (places.length === 2) (repeated ??= []).push(places);
    }
  });
  return repeated ?? [];
}

/** The sentence starting at `start`, without its end mark, when it has one and MIN_COPY_WORDS words. */
function endedSentenceAt(text: string, start: number): string | null {
  const mark = sentenceEndMark(text, start);
  if (mark === -1) return null;
  const sentence = text.slice(start, mark).trimEnd();
  return wordCount(sentence, MIN_COPY_WORDS) >= MIN_COPY_WORDS ? sentence : null;
}

/**
 * Whether the sentence stands at `start` without its end mark, the next sentence (or the
 * paragraph's end) after it, past any spaces and cut spans; and something else in the paragraph
 * (a whole paragraph is not run into anything: a lead printed without its full stop stays).
 */
function isCopy(text: string, start: number, sentence: string): boolean {
  if (!text.startsWith(sentence, start)) return false;
  const end = start + sentence.length;
  if (text.slice(0, start).trim() === '' && text.slice(end).trim() === '') return false;
  if (end === text.length) return true;
  NEXT_SENTENCE.lastIndex = end;
  return NEXT_SENTENCE.test(text);
}

/**
 * Where sentences may start in a block: its start, after each end mark (with the closing quotes
 * or brackets after it) and its spaces, and after each cut span. The rule costs some 5 % of
 * the cleaning of a collapsed dump, most of it this scan: a pattern with an alternative for
 * runs of spaces, or a loop over the characters, ran twice as slow.
 */
function sentenceStarts(text: string, cuts: readonly Cut[]): number[] {
  const starts = [0];
  // `test` moves lastIndex past each match and makes no match object.
  AFTER_SENTENCE_END.lastIndex = 0;
  while (AFTER_SENTENCE_END.test(text)) if (AFTER_SENTENCE_END.lastIndex < text.length) starts.push(AFTER_SENTENCE_END.lastIndex);
  if (cuts.length === 0) return starts;
  for (const cut of cuts) {
    let at = cut.end;
    while (at < text.length && text.charCodeAt(at) === 32) at++;
    if (at < text.length) starts.push(at);
  }
  // In order, each once: a cut may end where a sentence does.
  return [...new Set(starts)].sort((a, b) => a - b);
}
