// A sentence of a collapsed dump's body printed again, whole and with its end mark, a few
// sentences later: a pull quote or a picture's caption that repeats the article's words, or a
// passage the scraper took twice. The later copy goes (reason `duplicate`), with the words
// around it that both copies share, to where the text around the copy parts (an end mark or
// a double space); the first copy stays.
//
// Structure alone: two copies of one text close together. The labelled collapsed dumps (250 of
// the development draws) hold 5 such copies 122–464 characters after their sentence, all cut by
// the labels, and 9 copies (in 5 dumps) 1,257 characters and more after theirs, which the
// labels keep (the same sentence in another part of a long story): hence MAX_GAP. A bulletin
// repeats its formulas (`Trong cơn dông có khả năng xảy ra tố, lốc …` under every region of a
// weather forecast) among sentences that differ in their figures only: a text with such
// sentences, or with a sentence printed three times, is left as it is. In the 5,000 corpus
// dumps the rule cuts copies in 26, each read: pull quotes, captions and passages printed
// twice; the 6 weather forecasts with a formula printed again stay.
import type { Rule } from '../rule.js';
import { addCut, bodyBlocks, maskCuts } from '../context.js';
import { wordCount } from '../text-shape.js';
import { endMarksOf, isCloserCode, isSpaceCode, placesOpeningAlike, startsAfterEndMarks } from './sentences.js';

/** Shorter sentences (`Cuộc đời lạ thế.`) are said twice on purpose as often as printed twice by mistake. */
const MIN_WORDS = 10;
/** A copy starts at most this many characters after its sentence ends (see above). */
const MAX_GAP = 500;
/** Pieces compared for a bulletin's formulas are this long at least (`Độ ẩm từ 60 - 97%.`). */
const FORMULA_MIN_WORDS = 4;

interface Sentence {
  /** Index among the paragraphs looked at. */
  block: number;
  start: number;
  end: number;
  /** `start` counted from the first paragraph's start, paragraphs one apart. */
  at: number;
}

export const repeatedSentencesRule: Rule = {
  name: 'repeated-sentences',
  run(ctx) {
    // Collapsed dumps, and pages too short to model; the lead's copies are lead-repeat's.
    if (ctx.window !== null) return;
    const blocks = bodyBlocks(ctx).slice(1);
    const texts = blocks.map((b) => maskCuts(b.text, b.cuts));
    const copies = repeatedSentences(texts);
    if (copies.length === 0 || isFormulaic(texts, copies)) return;
    for (const same of copies) {
      const [first, copy] = same as [Sentence, Sentence];
      if (copy.at - first.at - (first.end - first.start) > MAX_GAP) continue;
      const { start, end } = sharedSpan(texts, first, copy);
      addCut(blocks[copy.block]!, { start, end, reason: 'duplicate', rule: 'repeated-sentences' });
    }
  },
};

/**
 * Each sentence of MIN_WORDS words or more (with its end mark) that stands in the texts more
 * than once, with its copies in order, among the places that open alike (`placesOpeningAlike`).
 */
function repeatedSentences(texts: readonly string[]): Sentence[][] {
  const openings = texts.map((text) => skipSpaces(text, 0));
  const offsets: number[] = [];
  let offset = 0;
  for (const text of texts) {
    offsets.push(offset);
    offset += text.length + 1;
  }
  const endMarkAt = endMarksOf(texts);
  const repeated: Sentence[][] = [];
  for (const places of placesOpeningAlike(texts, (text, block) => [openings[block]!, ...startsAfterEndMarks(text)])) {
    const bySentence = new Map<string, Sentence[]>();
    for (const place of places) {
      const text = texts[place.block]!;
      // A sentence starts after a sentence's end, not after an initial's or a title's full stop (`TP. Hồ …`).
      const before = previousEndMark(text, place.start);
      if (place.start > openings[place.block]! && endMarkAt(place.block, before) !== before) continue;
      const mark = endMarkAt(place.block, place.start);
      if (mark === -1) continue;
      let end = mark + 1;
      while (end < text.length && isCloserCode(text.charCodeAt(end))) end++;
      const sentence = text.slice(place.start, end);
      if (wordCount(sentence, MIN_WORDS) < MIN_WORDS) continue;
      const found = { ...place, end, at: offsets[place.block]! + place.start };
      const same = bySentence.get(sentence);
      if (same) same.push(found);
      else bySentence.set(sentence, [found]);
    }
    for (const same of bySentence.values()) if (same.length > 1) repeated.push(same);
  }
  return repeated;
}

/** The end mark before the spaces and closers that end at `start`. */
function previousEndMark(text: string, start: number): number {
  let at = start - 1;
  while (at > 0 && isSpaceCode(text.charCodeAt(at))) at--;
  while (at > 0 && isCloserCode(text.charCodeAt(at))) at--;
  return at;
}

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
  return at;
}

/** A full stop, even an initial's (`… 27 độ C.`): a bulletin's pieces are compared, not its sentences. */
const PIECE_END = /(?<=[.!?…]["”’'»)\]]*)\s+/u;

/**
 * A bulletin's or a listing's text: a sentence printed three times or more, or two pieces
 * between full stops that differ in their figures only (`Nhiệt độ thấp nhất từ 24 - 27 độ C.`,
 * `… từ 21 - 24 độ C.`). Read only for a text with a sentence printed twice.
 */
function isFormulaic(texts: readonly string[], copies: readonly (readonly Sentence[])[]): boolean {
  if (copies.some((same) => same.length > 2)) return true;
  const shapes = new Map<string, string>();
  for (const text of texts) {
    for (const piece of text.split(PIECE_END)) {
      if (!/\d/u.test(piece) || wordCount(piece, FORMULA_MIN_WORDS) < FORMULA_MIN_WORDS) continue;
      const shape = piece.replace(/\d+/gu, '0');
      const seen = shapes.get(shape);
      if (seen !== undefined && seen !== piece) return true;
      shapes.set(shape, piece);
    }
  }
  return false;
}

/**
 * The copy and the text around it that both copies share, each paragraph read on its own and the
 * two spans kept apart, cut back to where the copy's paragraph parts: after an end mark or at a
 * double space before it, before a double space or after an end mark after it.
 */
function sharedSpan(texts: readonly string[], first: Sentence, copy: Sentence): { start: number; end: number } {
  const a = texts[first.block]!;
  const b = texts[copy.block]!;
  const sameBlock = first.block === copy.block;
  let back = 0;
  while (first.start - back > 0 && copy.start - back > (sameBlock ? first.end : 0) && a.charCodeAt(first.start - back - 1) === b.charCodeAt(copy.start - back - 1)) back++;
  let start = copy.start;
  for (let p = copy.start - back; p < copy.start; p++) {
    if (opensAfterBreak(b, p)) {
      start = p;
      break;
    }
  }
  let ahead = 0;
  while (copy.end + ahead < b.length && first.end + ahead < (sameBlock ? copy.start - back : a.length) && a.charCodeAt(first.end + ahead) === b.charCodeAt(copy.end + ahead)) ahead++;
  let end = copy.end;
  for (let q = copy.end + ahead; q > copy.end; q--) {
    if (closesBeforeBreak(b, q)) {
      end = q;
      break;
    }
  }
  return { start, end };
}

/** A word starts at `p` after an end mark and a space, or after two spaces (a collapsed dump's paragraph break). */
function opensAfterBreak(text: string, p: number): boolean {
  if (isSpaceCode(text.charCodeAt(p)) || !isSpaceCode(text.charCodeAt(p - 1))) return false;
  return isSpaceCode(text.charCodeAt(p - 2)) || /[.!?…]["”’'»)\]]*$/u.test(text.slice(Math.max(0, p - 6), p - 1));
}

/** A word ends at `q` with an end mark (closers after it) before a space or the end, or before two spaces or the end. */
function closesBeforeBreak(text: string, q: number): boolean {
  if (isSpaceCode(text.charCodeAt(q - 1))) return false;
  if (q === text.length) return true;
  if (!isSpaceCode(text.charCodeAt(q))) return false;
  return isSpaceCode(text.charCodeAt(q + 1)) || /[.!?…]["”’'»)\]]*$/u.test(text.slice(Math.max(0, q - 6), q));
}
