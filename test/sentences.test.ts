// The bounded scans that keep caption rules linear on a paragraph with no sentence end must
// answer as the unbounded ones: checked on generated paragraphs of the pieces that decide a
// boundary (end marks, closing quotes, initials, titles, runs of spaces).
import { describe, expect, it } from 'vitest';
import { sentenceEndMark, sentenceEndMarks, sentenceStart, sentenceStartsInOrder } from '../src/rules/inline/sentences.js';
import { startOfWordsBefore, wordCount } from '../src/rules/text-shape.js';

const PIECES = ['Sáng nay', 'mưa lớn', '.', '. ', '!', '?', '…', '”', ')', ' ', '  ', '\n', '\t', 'V.', 'TS.', 'TP.', ' Minh', ' Nhưng', 'x', ' HCM', 'Ảnh: A', '"'];

function paragraphs(count: number): string[] {
  let seed = 20261206;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  return Array.from({ length: count }, () => Array.from({ length: 5 + next(40) }, () => PIECES[next(PIECES.length)]).join(''));
}

describe('sentenceStart with a floor', () => {
  it('gives the unbounded start, or the floor where that is further back', () => {
    let checked = 0;
    for (const text of paragraphs(150)) {
      for (let pos = 0; pos <= text.length; pos += 3) {
        for (let floor = 0; floor <= pos + 2; floor += 2) {
          expect(sentenceStart(text, pos, floor), JSON.stringify({ text, pos, floor })).toBe(Math.max(sentenceStart(text, pos), floor));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});

describe('sentenceEndMarks', () => {
  it('answers as sentenceEndMark at every place of the text', () => {
    let checked = 0;
    let found = 0;
    for (const text of paragraphs(300)) {
      const endMarkAt = sentenceEndMarks(text);
      for (let from = 0; from <= text.length + 1; from++) {
        const mark = sentenceEndMark(text, from);
        expect(endMarkAt(from), JSON.stringify({ text, from })).toBe(mark);
        checked++;
        if (mark !== -1) found++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(found).toBeGreaterThan(1_000);
  });
});

describe('sentenceStartsInOrder', () => {
  it('answers as sentenceStart at positions asked in order, and out of order', () => {
    for (const text of paragraphs(300)) {
      const startAt = sentenceStartsInOrder(text);
      // Increasing steps of 0 to 6, then one step back.
      let pos = 0;
      for (let step = 0; pos <= text.length; step = (step + 5) % 7, pos += step) {
        expect(startAt(pos), JSON.stringify({ text, pos })).toBe(sentenceStart(text, pos));
      }
      expect(startAt(Math.floor(text.length / 2))).toBe(sentenceStart(text, Math.floor(text.length / 2)));
    }
  });
});

describe('startOfWordsBefore', () => {
  it('starts a span of exactly that many words, or is 0 where fewer stand', () => {
    for (const text of paragraphs(300)) {
      for (let end = 0; end <= text.length; end += 2) {
        for (const count of [1, 2, 5, 41]) {
          const start = startOfWordsBefore(text, end, count);
          const before = wordCount(text.slice(0, end));
          if (before < count) expect(start).toBe(0);
          else {
            expect(wordCount(text.slice(start, end)), JSON.stringify({ text, end, count })).toBe(count);
            // At a word's start: a space (or nothing) before it, none at it.
            expect(start === 0 || /[ \t\n\r]/u.test(text[start - 1]!)).toBe(true);
            expect(/[ \t\n\r]/u.test(text[start]!)).toBe(false);
          }
        }
      }
    }
  });
});
