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
import { addCut, bodyBlocks, maskCuts } from '../context.js';
import { wordCount } from '../text-shape.js';

/** Shorter copies are as often a section heading that repeats a headline. */
const MIN_COPY_WORDS = 15;
/** Sentences are looked up by their opening characters (15 words are longer than this). */
const KEY_CHARS = 32;
/** An end mark and the closing quotes or brackets after it, before white space or the end. */
const SENTENCE_END = /[.!?…]["”’'»)\]]*(?=\s|$)/gu;
/** A sentence starts after an end mark and its spaces, or after a cut (two spaces or more). */
const SENTENCE_START = /[.!?…]["”’'»)\]]*\s+|\s{2,}/gu;
/**
 * What may follow a copy: the next sentence's capital (after an opening quote), or the end of
 * the paragraph. Not a bracket: `… Liên hợp quốc (LHQ) Lưu Kết Nhất, …` goes on.
 */
const NEXT_SENTENCE = /\s+(?:["“‘]?\p{Lu}|$)/uy;

export const sentenceCopiesRule: Rule = {
  name: 'sentence-copies',
  run(ctx) {
    const blocks = bodyBlocks(ctx);
    const texts = blocks.map((b) => maskCuts(b.text, b.cuts));
    const sentences = endedSentences(texts);
    if (sentences.size === 0) return;
    blocks.forEach((block, i) => {
      const text = texts[i]!;
      for (const start of sentenceStarts(text)) {
        for (const sentence of sentences.get(text.slice(start, start + KEY_CHARS)) ?? []) {
          const end = start + sentence.length;
          if (!text.startsWith(sentence, start) || !followedByNextSentence(text, end)) continue;
          // A whole paragraph is not run into anything: a lead printed without its full stop stays.
          if (text.slice(0, start).trim() === '' && text.slice(end).trim() === '') continue;
          addCut(block, { start, end, reason: 'duplicate', rule: 'sentence-copies', replacement: '' });
          break;
        }
      }
    });
  },
};

/** Whether the next sentence (or the paragraph's end) follows at `end`, past any spaces and cut spans. */
function followedByNextSentence(text: string, end: number): boolean {
  if (end === text.length) return true;
  NEXT_SENTENCE.lastIndex = end;
  return NEXT_SENTENCE.test(text);
}

/** The article's sentences of MIN_COPY_WORDS words or more that end with a mark, without it, by their opening. */
function endedSentences(texts: readonly string[]): Map<string, string[]> {
  const byOpening = new Map<string, string[]>();
  for (const text of texts) {
    let start = 0;
    for (const m of text.matchAll(SENTENCE_END)) {
      // `V. Minh`: an initial ends no sentence.
      if (m[0] === '.' && /(?:^|\s)\p{Lu}$/u.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      const sentence = text.slice(start, m.index).trim();
      start = m.index + m[0].length;
      if (sentence.length < KEY_CHARS || wordCount(sentence, MIN_COPY_WORDS) < MIN_COPY_WORDS) continue;
      const key = sentence.slice(0, KEY_CHARS);
      const same = byOpening.get(key);
      if (!same) byOpening.set(key, [sentence]);
      else if (!same.includes(sentence)) same.push(sentence);
    }
  }
  return byOpening;
}

/** Where sentences may start in a text: its start, and after each end mark or cut. */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(SENTENCE_START)) if (m.index + m[0].length < text.length) starts.push(m.index + m[0].length);
  return starts;
}
