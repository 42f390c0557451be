// The hash a line is counted by when templates are learned, and looked up by when they are
// used: the hash of its key (`lineKey`: lower case, each run of white space one space, none at
// either end, no trailing `.:;,!?…`), 48 bits. Learning hashes every line of every input and
// cleaning every undecided line again, so the key is hashed as the line is read, in one pass,
// without making it: making it (lower-casing, then a regex over a collapsed body's runs of
// spaces) and a SHA-1 of it took a third of the learning pass.
import { lineKey } from '../rules/text-shape.js';
import { isOtherSpace } from '../decode/normalize.js';
import { isLetter, lowerCaseOf, NOT_ALONE } from '../rules/letters.js';
import { FNV_OFFSET, FNV_OFFSET_2, mix } from './hashing.js';

/** Shorter keys (`1.`, `a`) are list labels and table cells as often as boilerplate. */
const MIN_KEY_CHARS = 4;

/**
 * Longer lines are never template: a template line is furniture, and on the 5,000 corpus dumps,
 * the fixtures and the page dumps no line over 200 characters was (none reached a share of a
 * site's pages). A collapsed dump's body is one line of thousands of characters: hashing it was
 * two fifths of the learning pass, for a hash that could match nothing.
 */
export const MAX_TEMPLATE_LINE_CHARS = 1000;

/** The hash a line is counted and looked up by as template, or null for a line that cannot be template. */
export function templateLineHash(text: string): number | null {
  return text.length > MAX_TEMPLATE_LINE_CHARS ? null : lineHash(text);
}

/**
 * Per char code: bits 0–15 the character as the key has it (lower case; white space as a
 * space), TRAILS when the key may not end with it (white space, `.:;,!?…`), LETTER for a
 * letter; NOT_MET until first met, CANNOT when it cannot be lowered alone (see `lowerCaseOf`).
 */
const TRAILS = 1 << 16;
const LETTER = 1 << 17;
const NOT_MET = -1;
const CANNOT = -2;
const keyChars = new Int32Array(0x10000).fill(NOT_MET);

function keyCharOf(c: number): number {
  let entry = CANNOT;
  if (isWhiteSpace(c)) entry = 32 | TRAILS;
  else {
    const lower = lowerCaseOf(c);
    if (lower !== NOT_ALONE) entry = lower | (TRAILING_MARKS.includes(lower) ? TRAILS : 0) | (isLetter(lower) ? LETTER : 0);
  }
  keyChars[c] = entry;
  return entry;
}

const TRAILING_MARKS = [...'.:;,!?…'].map((ch) => ch.charCodeAt(0));

/**
 * The hash of `lineKey(text)`, or null for a key too short to judge or with no letter in it.
 * Spaces are a fifth of Vietnamese text, so the loop has no branch that depends on them: a
 * second space in a row is skipped (rare), and the hash at the key's end so far is taken with
 * masks, not an `if`.
 */
export function lineHash(text: string): number | null {
  let h1 = FNV_OFFSET;
  let h2 = FNV_OFFSET_2;
  let length = 0;
  // The hash and length at the last character the key may end with.
  let key1 = h1;
  let key2 = h2;
  let keyLength = 0;
  let seen = 0;
  // 1 at the start: white space before the key is skipped as a second space would be.
  let afterSpace = 1;
  const end = text.length;
  for (let i = 0; i < end; i++) {
    let entry = keyChars[text.charCodeAt(i)]!;
    if (entry < 0) {
      if (entry === NOT_MET) entry = keyCharOf(text.charCodeAt(i));
      // İ, Σ, surrogates: the key made the slow way (the same key, so the same hash).
      if (entry === CANNOT) return keyHash(lineKey(text));
    }
    const char = entry & 0xffff;
    const space = ((char ^ 32) - 1) >>> 31;
    if ((space & afterSpace) !== 0) continue;
    afterSpace = space;
    // FNV's prime and murmur's multiplier, as literals (see hashing.ts).
    h1 = Math.imul(h1 ^ char, 0x01000193);
    h2 = Math.imul(h2 ^ char, 0x5bd1e995);
    length++;
    const take = ((entry >>> 16) & 1) - 1; // -1: the key may end here; 0: it may not
    key1 = (h1 & take) | (key1 & ~take);
    key2 = (h2 & take) | (key2 & ~take);
    keyLength = (length & take) | (keyLength & ~take);
    seen |= entry;
  }
  return keyLength < MIN_KEY_CHARS || (seen & LETTER) === 0 ? null : combine(key1, key2);
}

/** The hash of a key already made: what `lineHash` gives for the line the key came from. */
export function keyHash(key: string): number | null {
  if (key.length < MIN_KEY_CHARS || !/\p{L}/u.test(key)) return null;
  let h1 = FNV_OFFSET;
  let h2 = FNV_OFFSET_2;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return combine(h1, h2);
}

/** 32 bits of one lane and 16 of the other: a number below 2^48, which a Map keys fast. */
function combine(h1: number, h2: number): number {
  return (mix(h2) >>> 16) * 0x1_0000_0000 + mix(h1);
}

/** `\s`: the white space `trim` removes and `collapseSpaces` makes one space. */
function isWhiteSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && isOtherSpace(c));
}
