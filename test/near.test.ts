// matchesNear must find exactly what matchAll finds, given the words every match holds and how
// far into a match they may sit. Checked on seeded random texts built from the tokens the
// inline rules look for (labels, credits, brackets, boundaries), in both cases.
import { describe, expect, it } from 'vitest';
import { matchesNear } from '../src/rules/near.js';

const TOKENS = [
  'video', 'Video', 'VIDEO', 'clip', 'xem video', 'Xem lại video', 'xem clip', 'nguồn', 'Nguồn video',
  '(', ')', 'Ảnh', 'ảnh', 'ảnh:', 'Ảnh minh họa', 'mời', 'Mời quý độc giả', '>>', 'tin liên quan',
  'Tin bài liên quan', 'xem thêm', ':', '.', '. ', '  ', ' ', ' ', ' ', 'Hà Nội', 'người dân', 'AFP',
];

function randomText(seed: number, tokens: number): string {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state >>> 8;
  };
  let text = '';
  for (let i = 0; i < tokens; i++) text += TOKENS[next() % TOKENS.length];
  return text;
}

const BOUNDARY = String.raw`(?<=^|[.!?…]["”]?\s+|\s{2,})`;
/** Pattern, the words each match holds, how far into the match they may be. */
const CASES: [RegExp, string[], number][] = [
  [new RegExp(String.raw`${BOUNDARY}(?:video|clip|xem video|xem clip|xem lại video)\s*:?\s[^.!?:\n]{3,40}`, 'giu'), ['video', 'clip'], 8],
  [new RegExp(String.raw`${BOUNDARY}nguồn\s+(?:video|clip)\s*:?\s*\S+?\.?(?=\s|$)`, 'giu'), ['nguồn'], 0],
  [/\(\s*(?:ảnh|nguồn)[^()]{0,30}\)|ảnh(?<=\sảnh)\s*:\s*\p{Lu}\p{L}+/giu, ['(', 'ảnh'], 0],
  [/(?<=^|[^>]\s)(?:tin liên quan|tin bài liên quan|xem thêm)\s*:?\s+/giu, ['liên quan', 'xem thêm'], 8],
  [/(?<=^|\s)>>\s*[^>.!?]{1,30}?(?=\s{2,}|\s*>>|$)/gu, ['>>'], 0],
];

const found = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => `${m.index}:${m[0]}`);

describe('matchesNear', () => {
  it('finds what matchAll finds, on 2,000 random texts per pattern', () => {
    for (const [pattern, words, reach] of CASES) {
      let total = 0;
      for (let seed = 1; seed <= 2000; seed++) {
        const text = randomText(seed, 40);
        const expected = found(text.matchAll(pattern));
        expect(found(matchesNear(text, text.toLowerCase(), pattern, words, reach)), `${pattern} on ${JSON.stringify(text)}`).toEqual(expected);
        total += expected.length;
      }
      expect(total, `${pattern} matched in the random texts`).toBeGreaterThan(50);
    }
  });

  it('misses matches when told a word sits nearer the start than it does', () => {
    const [pattern, words] = CASES[0]!;
    const text = 'Mở đầu.  Xem lại video: cảnh quay từ trên cao';
    expect(found(text.matchAll(pattern))).toHaveLength(1);
    expect(found(matchesNear(text, text.toLowerCase(), pattern, words, 0))).toHaveLength(0);
  });

  it('falls back to matchAll when lower-casing changes the length (İ)', () => {
    const [pattern, words, reach] = CASES[0]!;
    const text = 'İstanbul.  Video: cảnh quay từ trên cao';
    expect(text.toLowerCase().length).not.toBe(text.length);
    expect(found(matchesNear(text, text.toLowerCase(), pattern, words, reach))).toEqual(found(text.matchAll(pattern)));
  });
});
