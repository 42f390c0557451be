// Photo captions with no mark at all, between two sentences of a collapsed body: `… khởi công
// xây dựng bến xe Miền Đông mới tại quận 9, TP.HCM. Phối cảnh bến xe Miền Đông mới của TP.HCM
// Theo ông Pha, …`. The caption lost its line and has no end mark; the next sentence starts
// right after it. Subheadings stand so too (`… Bài thuốc chữa bệnh Theo bác sĩ …`), and so does a
// sentence that lost its full stop: which one a run-on phrase is, the words alone hardly tell.
//
// What the phrase's shape tells is weighed instead (CAPTION_WEIGHTS, learned from the 2,155
// run-on phrases of the corpus outputs, each labelled by reading: fixtures/labels/
// unmarked-captions/, scripts/unmarked-caption-weights.js). A caption is 12–24 words, names
// people and places (words in capitals), holds no comma, colon, bracket or quote, and restates
// the sentence before it, which its picture illustrates (two word pairs or more in common); a
// subheading is shorter, and a sentence holds commas. And an article whose other pictures
// carry a credit (`Ảnh: X`, already cut) credits every picture: a phrase with none there is
// rarely a caption (10 % of those phrases in articles with two credited captions or more, 51 %
// in articles with none). No word of the phrase is looked up: every property is one of its
// shape or of the article's (the word after it opens sentences, by sentence-openers.ts, which
// counts over the corpus make).
//
// The phrase goes when its weights add up to CAPTION_MIN_SCORE, set where, in a 5-fold
// cross-validation over the labelled phrases, 90 % of those cut were captions (28 % of the
// captions were cut). Over all of them the rule cuts 294: 259 captions, 5 related headlines,
// 18 subheadings (several a caption and a subheading run together), 11 prose, 1 unsure. On the
// labelled dumps, which hold none of these phrases, it loses no word of prose (eval:corpus).
import type { Rule } from '../rule.js';
import { addCaption, addCut, bodyBlocks, maskCuts } from '../context.js';
import { SENTENCE_OPENERS } from '../sentence-openers.js';
import { isLetter } from '../letters.js';
import { lowerWords } from '../text-shape.js';
import { isCloserCode, isSpaceCode, isTerminatorCode } from './sentences.js';
import { CAPTION_MIN_SCORE, CAPTION_WEIGHTS } from '../unmarked-caption-weights.js';

/** A phrase shorter than this is a label or a name's end, longer one is prose that lost its marks. */
const MIN_WORDS = 3;
const MAX_WORDS = 45;
/** How far the neighbouring text is read for word pairs in common with the phrase. */
const WORDS_BEFORE = 45;
const WORDS_AFTER = 35;
const CAPITALISED = /^["“(]?\p{Lu}/u;
const SPACES = /\s+/u;
/** The longest word that opens sentences: a longer capitalised word is not looked up. */
const OPENER_MAX_CHARS = Math.max(...[...SENTENCE_OPENERS].map((word) => word.length));
/**
 * A space and a letter that opens a word of sentence-openers.ts: where such a word may start.
 * The search runs over every body paragraph; a regular expression of a few capitals finds the
 * places faster than a loop over the characters.
 */
const OPENER_START = new RegExp(`\\s[${[...new Set([...SENTENCE_OPENERS].map((word) => word[0]))].join('')}]`, 'g');
/** Characters enough for the words read around a phrase, most of the time. */
const CHARS_PER_WORD = 16;

/** What a phrase that runs into the next sentence ends with: a letter, a figure, `_ " ” ’ ) %`. */
const isOpenEndCode = (c: number) => (c >= 48 && c <= 57) || c === 95 || c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 37 || isLetter(c);

/** A phrase between a sentence's end (or the paragraph's start) and a word that opens a sentence: text[start, end). */
export interface RunOnPhrase {
  start: number;
  end: number;
}

/** Where the word ending at `end` (exclusive) starts. */
function wordStartBefore(text: string, end: number): number {
  let at = end;
  while (at > 0 && !isSpaceCode(text.charCodeAt(at - 1))) at--;
  return at;
}

/** Whether the word text[from, to) ends a sentence: an end mark, closers after it at most. */
function endsSentence(text: string, from: number, to: number): boolean {
  let at = to - 1;
  while (at >= from && isCloserCode(text.charCodeAt(at))) at--;
  return at >= from && isTerminatorCode(text.charCodeAt(at));
}

/**
 * The phrases of a paragraph that run into the next sentence with no end mark: each starts at
 * the paragraph's start, after a word with an end mark or where the phrase before it stopped,
 * holds MIN_WORDS to MAX_WORDS words and no end mark, and stops before a word that opens
 * sentences (sentence-openers.ts) after a word that ends in a letter, a figure, a closing quote
 * or bracket. Only capitalised words are looked up, as a scan: paragraphs of collapsed dumps
 * are long, and few of their words are capitalised.
 */
export function runOnPhrases(text: string): RunOnPhrase[] {
  const phrases: RunOnPhrase[] = [];
  // Where the phrase being read started: the paragraph's start, or the last opener taken.
  let phraseFloor = 0;
  OPENER_START.lastIndex = 0;
  while (OPENER_START.test(text)) {
    const q = OPENER_START.lastIndex - 1;
    // The word before first, as most capitals follow a full stop: no end mark, and a letter,
    // a figure or a closer last.
    let end = q - 1;
    while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end <= phraseFloor || !isOpenEndCode(text.charCodeAt(end - 1))) continue;
    let wordEnd = q;
    while (wordEnd < text.length && wordEnd - q <= OPENER_MAX_CHARS && !isSpaceCode(text.charCodeAt(wordEnd))) wordEnd++;
    if (wordEnd - q > OPENER_MAX_CHARS || !SENTENCE_OPENERS.has(text.slice(q, wordEnd)) || endsSentence(text, wordStartBefore(text, end), end)) continue;
    // Back to the phrase's start, counting words: a word with an end mark or the floor stops it.
    let words = 0;
    let start = end;
    for (;;) {
      const wordStart = wordStartBefore(text, start);
      words++;
      start = wordStart;
      let before = start;
      while (before > 0 && isSpaceCode(text.charCodeAt(before - 1))) before--;
      if (before <= phraseFloor || words > MAX_WORDS || endsSentence(text, wordStartBefore(text, before), before)) break;
      start = before;
    }
    if (words >= MIN_WORDS && words <= MAX_WORDS) phrases.push({ start, end });
    phraseFloor = q;
    OPENER_START.lastIndex = wordEnd;
  }
  return phrases;
}

const wordPairs = (words: readonly string[]): Set<string> => new Set(words.slice(1).map((word, i) => `${words[i]} ${word}`));
const pairsInCommon = (pairs: ReadonlySet<string>, text: string): number => {
  let common = 0;
  for (const pair of wordPairs(lowerWords(text))) if (pairs.has(pair)) common++;
  return common;
};

/** What is weighed of a phrase: its shape, and the article's (captions found, phrases of its kind). */
export interface PhraseShape {
  phrase: string;
  /** The paragraph's words before it (WORDS_BEFORE at most) and after it (WORDS_AFTER). */
  before: string;
  after: string;
  /** Captions the rules before this one found in the article. */
  captionsFound: number;
  /** Run-on phrases in the article's body. */
  phrases: number;
}

/** The phrase's properties, each a key of CAPTION_WEIGHTS: its own (`ownFeatures`) and its word pairs shared with the text around it. */
export function phraseFeatures(shape: PhraseShape): string[] {
  return [...ownFeatures(shape), ...pairFeatures(shape)];
}

/** What the phrase is alone, and the article's counts: a length band, marks, capitals. */
function ownFeatures({ phrase, captionsFound, phrases }: Pick<PhraseShape, 'phrase' | 'captionsFound' | 'phrases'>): string[] {
  const tokens = phrase.split(SPACES).filter(Boolean);
  const n = tokens.length;
  const features = ['bias', `words:${n <= 4 ? 4 : n <= 7 ? 7 : n <= 11 ? 11 : n <= 16 ? 16 : n <= 24 ? 24 : 'more'}`];
  if (phrase.includes(',')) features.push('comma');
  if (phrase.includes(':')) features.push('colon');
  if (phrase.includes('(')) features.push('bracket');
  if (/["“”]/u.test(phrase)) features.push('quote');
  if (/\d/u.test(phrase)) features.push('figure');
  const capitalised = tokens.filter((token) => CAPITALISED.test(token)).length / Math.max(1, n);
  features.push(`capitals:${Math.min(Math.floor(4 * capitalised), 3)}`);
  features.push(`captions-found:${Math.min(captionsFound, 2)}`);
  features.push(`phrases:${Math.min(phrases, 3)}`);
  return features;
}

/** How many word pairs the phrase shares with the words before it and after it (2 or more alike). */
function pairFeatures({ phrase, before, after }: Pick<PhraseShape, 'phrase' | 'before' | 'after'>): string[] {
  const pairs = wordPairs(lowerWords(phrase));
  const tail = (text: string, count: number) => text.split(SPACES).filter(Boolean).slice(-count).join(' ');
  const head = (text: string, count: number) => text.split(SPACES).filter(Boolean).slice(0, count).join(' ');
  return [`pairs-before:${Math.min(pairsInCommon(pairs, tail(before, WORDS_BEFORE)), 2)}`, `pairs-after:${Math.min(pairsInCommon(pairs, head(after, WORDS_AFTER)), 2)}`];
}

/** The most the word pairs can add: a phrase whose own score falls short by more is not read further. */
const PAIRS_MAX_WEIGHT = ['pairs-before', 'pairs-after'].reduce((sum, name) => sum + Math.max(0, ...[0, 1, 2].map((k) => CAPTION_WEIGHTS[`${name}:${k}`] ?? 0)), 0);

export function captionScore(features: readonly string[]): number {
  return features.reduce((sum, feature) => sum + (CAPTION_WEIGHTS[feature] ?? 0), 0);
}

/** The last `count` words of text[.., to) and the first of text[from, ..), as one-space text. */
const wordsBefore = (text: string, to: number, count: number) => text.slice(Math.max(0, to - count * CHARS_PER_WORD), to).split(SPACES).filter(Boolean).slice(-count).join(' ');
const wordsAfter = (text: string, from: number, count: number) => text.slice(from, from + count * CHARS_PER_WORD).split(SPACES).filter(Boolean).slice(0, count).join(' ');

export const unmarkedCaptionsRule: Rule = {
  name: 'unmarked-captions',
  run(ctx) {
    // Collapsed dumps only: a page dump's captions stand on lines of their own.
    if (ctx.window !== null) return;
    // After the lead: a lead is one sentence, printed without its full stop.
    const paragraphs = bodyBlocks(ctx)
      .slice(1)
      .map((block) => {
        const text = maskCuts(block.text, block.cuts);
        return { block, text, found: runOnPhrases(text) };
      });
    const phrases = paragraphs.reduce((sum, paragraph) => sum + paragraph.found.length, 0);
    const captionsFound = ctx.findings.captions.length;
    for (const { block, text, found } of paragraphs) {
      for (const { start, end } of found) {
        const phrase = text.slice(start, end).split(SPACES).join(' ');
        // Its own shape first: most phrases fall short whatever they share with the text around.
        const own = captionScore(ownFeatures({ phrase, captionsFound, phrases }));
        if (own + PAIRS_MAX_WEIGHT < CAPTION_MIN_SCORE) continue;
        const around = pairFeatures({ phrase, before: wordsBefore(text, start, WORDS_BEFORE), after: wordsAfter(text, end, WORDS_AFTER) });
        if (own + captionScore(around) < CAPTION_MIN_SCORE) continue;
        addCut(block, { start, end, reason: 'caption', rule: 'unmarked-captions' });
        addCaption(ctx, phrase);
      }
    }
  },
};
