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
//
// A caption also repeats only the first clause of its sentence: `… trên thế giới, theo trang
// Elite Readers.` printed again later as `… trên thế giới HRW quan sát …`. Such a copy goes when
// it comes after its sentence (a section heading that a sentence of its section repeats comes
// before it), stops where the sentence has a comma or a dash and the next sentence starts in
// capitals, and the sentence is not the lead's (a digest's lead lists the headlines that head
// its sections). See `clauseCopyLength`.
import type { Rule } from '../rule.js';
import type { Cut } from '../../types.js';
import { addCut, bodyBlocks, maskCuts } from '../context.js';
import { wordCount } from '../text-shape.js';
import { endMarksOf, placesOpeningAlike, startsAfterEndMarks, type SentencePlace as Place } from './sentences.js';

/** Shorter copies are as often a section heading that repeats a headline. */
const MIN_COPY_WORDS = 15;
/**
 * A copy of a sentence's first clause holds this many words at least. In the 5,000 corpus
 * outputs 20 clause copies of 10 words or more ran into a next sentence, each read: the 4 after
 * a sentence outside the lead were captions and are cut; of those before their sentence, some
 * were section headings, and the lead's were a digest's headlines heading its sections, or the
 * lead printed again as a caption (these stay).
 */
const MIN_CLAUSE_COPY_WORDS = 10;
/** Where a sentence's clause ends: what follows its last word there. */
const CLAUSE_MARK = /\s*[,;:–—(]/uy;
/** The first word after a clause mark, or after a copy. */
const NEXT_WORD = /[\s,;:–—(]*(\S+)/uy;
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
    const endMarkAt = endMarksOf(texts);
    // A copy and its sentence open two sentences the same way: only such places are compared.
    for (const places of placesOpeningAlike(texts, (text, block) => sentenceStarts(text, blocks[block]!.cuts))) {
      const cut = new Set<Place>();
      for (const place of places) {
        const sentence = endedSentenceAt(texts[place.block]!, place.start, endMarkAt(place.block, place.start));
        if (sentence === null) continue;
        const whole = wordCount(sentence, MIN_COPY_WORDS) >= MIN_COPY_WORDS;
        for (const other of places) {
          if (other === place || cut.has(other)) continue;
          const text = texts[other.block]!;
          let length = whole && isCopy(text, other.start, sentence) ? sentence.length : 0;
          if (length === 0 && place.block > 0 && comesAfter(other, place)) length = clauseCopyLength(text, other.start, sentence);
          if (length === 0) continue;
          cut.add(other);
          addCut(blocks[other.block]!, { start: other.start, end: other.start + length, reason: 'duplicate', rule: 'sentence-copies', replacement: '' });
        }
      }
    }
  },
};

/** The sentence starting at `start` and ending at the end mark `mark`, without it, when it has one and could have a copy. */
function endedSentenceAt(text: string, start: number, mark: number): string | null {
  if (mark === -1) return null;
  const sentence = text.slice(start, mark).trimEnd();
  return wordCount(sentence, MIN_CLAUSE_COPY_WORDS) >= MIN_CLAUSE_COPY_WORDS ? sentence : null;
}

function comesAfter(a: Place, b: Place): boolean {
  return a.block > b.block || (a.block === b.block && a.start > b.start);
}

/**
 * The length of the copy of the sentence's opening clause at `start`, or 0: the words the two
 * share, ending in a letter or digit (a quote closed there ends a quotation, not a caption),
 * where the sentence goes on after a comma or a dash and the text with the next sentence's
 * capital; MIN_CLAUSE_COPY_WORDS words or more. When the words after the mark are the words
 * after the copy, it is the same sentence with its comma left out, and stays.
 */
function clauseCopyLength(text: string, start: number, sentence: string): number {
  let shared = 0;
  const most = Math.min(sentence.length, text.length - start);
  while (shared < most && text.charCodeAt(start + shared) === sentence.charCodeAt(shared)) shared++;
  while (shared > 0 && /\s/u.test(sentence[shared - 1]!)) shared--;
  if (shared === 0 || !/[\p{L}\p{N}]/u.test(sentence[shared - 1]!)) return 0;
  CLAUSE_MARK.lastIndex = shared;
  NEXT_SENTENCE.lastIndex = start + shared;
  if (!CLAUSE_MARK.test(sentence) || !NEXT_SENTENCE.test(text) || start + shared === text.length) return 0;
  if (wordCount(sentence.slice(0, shared), MIN_CLAUSE_COPY_WORDS) < MIN_CLAUSE_COPY_WORDS) return 0;
  return nextWord(sentence, shared) === nextWord(text, start + shared) ? 0 : shared;
}

function nextWord(text: string, from: number): string | undefined {
  NEXT_WORD.lastIndex = from;
  return NEXT_WORD.exec(text)?.[1];
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
  const starts = [0, ...startsAfterEndMarks(text)];
  if (cuts.length === 0) return starts;
  // The spaces after each cut, skipped once: with every cut blanked, a line of many cuts is one
  // long run of spaces, and skipping it again from each cut's end took time that grew as their
  // square (10^5 cut links: minutes). In order of their ends, a cut that ends inside the run the
  // last skip crossed starts where that skip stopped.
  let skippedFrom = -1;
  let skippedTo = -1;
  for (const end of cuts.map((cut) => cut.end).sort((a, b) => a - b)) {
    let at = end;
    if (end >= skippedFrom && end <= skippedTo) at = skippedTo;
    else {
      while (at < text.length && text.charCodeAt(at) === 32) at++;
      skippedFrom = end;
      skippedTo = at;
    }
    if (at < text.length) starts.push(at);
  }
  // In order, each once: a cut may end where a sentence does.
  return [...new Set(starts)].sort((a, b) => a - b);
}
