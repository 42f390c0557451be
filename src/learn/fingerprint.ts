// Near-duplicate articles: a 64-bit SimHash of the article's body (the clean text without its
// title, which syndicating sites often rewrite) over 3-word shingles. Texts that share most of
// their sentences differ in a few bits, different articles in about half of them: syndicated
// copies (`Theo VOV`) come out within DUPLICATE_MAX_BITS of each other.
import { FNV_OFFSET, FNV_OFFSET_2, mix } from './hashing.js';
import { lowerCaseOf, NOT_ALONE as LOWERS_NOT_ALONE } from '../rules/letters.js';

const SHINGLE_WORDS = 3;
/** Copies of one article differ in at most this many of 64 bits; different articles in ~32. */
export const DUPLICATE_MAX_BITS = 5;
/**
 * Six bands of 10–11 bits: two fingerprints within 5 bits agree exactly on at least one band
 * (pigeonhole), so candidates are looked up by band and the index stays near-linear.
 */
const BANDS = [0, 11, 22, 33, 44, 54, 64];
/** Shorter texts (a caption, an empty page) are not compared: too little to tell copies apart. */
export const MIN_WORDS = 30;

/** 16 hex digits; `null` for bodies under MIN_WORDS words. */
export function fingerprint(text: string): string | null {
  // The body: everything after the title line.
  const bodyStart = text.indexOf('\n') + 1;
  let words = hashWords(text, bodyStart, WORD_KEYS);
  if (words === NOT_MET) {
    meetCharacters(text, bodyStart);
    words = hashWords(text, bodyStart, WORD_KEYS);
  }
  // A character whose lower case depends on its neighbours (final Σ) or spans two code units.
  if (words === NOT_ALONE) words = hashWords(text.slice(bodyStart).toLowerCase(), 0, loweredKeys());
  if (words < MIN_WORDS) return null;
  // Per bit, how many shingles have it set; the bit is set in the result when most do.
  const ones = bitCounts.fill(0);
  countShingleBits(wordHashes.first, words, 31, 961, ones, 0);
  countShingleBits(wordHashes.second, words, 37, 1369, ones, 32);
  const shingles = words - SHINGLE_WORDS + 1;
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let b = 0; b < 4; b++) if (2 * ones[nibble * 4 + b]! > shingles) value |= 1 << b;
    hex += value.toString(16);
  }
  return hex;
}

/** Reused by every call, as `wordHashes` is: allocating typed arrays per document is slow. */
const bitCounts = new Float64Array(64);

/**
 * Adds to `ones[offset + b]` how many 3-word shingles (their word hashes combined with the
 * multipliers) have bit b set. The counts run in eight bit-planes, a vertical counter: bit b
 * of plane j is bit j of bit b's count, so one shingle costs 24 bit operations for all 32
 * bits. The planes are emptied into `ones` after each 255 shingles, before a count can pass
 * 255, by an outer loop: with that test inside the inner loop, it ran 1.6 times slower.
 */
function countShingleBits(hashes: Int32Array, words: number, m1: number, m2: number, ones: Float64Array, offset: number): void {
  const shingles = words - SHINGLE_WORDS + 1;
  for (let start = 0; start < shingles; start += 255) {
    const end = Math.min(shingles, start + 255);
    let p0 = 0, p1 = 0, p2 = 0, p3 = 0, p4 = 0, p5 = 0, p6 = 0, p7 = 0;
    for (let i = start; i < end; i++) {
      let carry = mix(hashes[i]! ^ Math.imul(hashes[i + 1]!, m1) ^ Math.imul(hashes[i + 2]!, m2));
      let next = p0 & carry; p0 ^= carry; carry = next;
      next = p1 & carry; p1 ^= carry; carry = next;
      next = p2 & carry; p2 ^= carry; carry = next;
      next = p3 & carry; p3 ^= carry; carry = next;
      next = p4 & carry; p4 ^= carry; carry = next;
      next = p5 & carry; p5 ^= carry; carry = next;
      next = p6 & carry; p6 ^= carry; carry = next;
      p7 ^= carry;
    }
    for (let bit = 0; bit < 32; bit++) {
      ones[offset + bit]! +=
        ((p0 >>> bit) & 1) | (((p1 >>> bit) & 1) << 1) | (((p2 >>> bit) & 1) << 2) | (((p3 >>> bit) & 1) << 3) |
        (((p4 >>> bit) & 1) << 4) | (((p5 >>> bit) & 1) << 5) | (((p6 >>> bit) & 1) << 6) | (((p7 >>> bit) & 1) << 7);
    }
  }
}

/**
 * The word hashes of the text last passed to `hashWords`: one buffer per thread, reused, so
 * that hashing a document allocates nothing (the fingerprint runs on every document).
 */
const wordHashes = { first: new Int32Array(1024), second: new Int32Array(1024) };

/**
 * Two 32-bit FNV-1a hashes of every word of the text from `from` on, in lower case (letters
 * and digits; everything else separates), in one pass with no strings made (a sliced copy reads
 * slower): a cryptographic hash per word would cost more than cleaning, and SimHash needs
 * spread bits, not secrecy. `keys` gives each char code's part in a word (see WORD_KEYS).
 * Returns how many words `wordHashes` now holds, or the key (NOT_MET, NOT_ALONE) of the first
 * character that stops it.
 */
function hashWords(text: string, from: number, keys: Int32Array): number {
  // Locals, and no end-of-text case inside the loop: this loop is a tenth of the cleaning time.
  // (An imported binding is checked on every read: local copies of the offsets ran 4 % faster.)
  const start1 = FNV_OFFSET;
  const start2 = FNV_OFFSET_2;
  // Room for every word before the loop: a test and a regrow inside it ran 1.5 times slower.
  const { first, second } = wordHashesFor(text.length - from);
  let words = 0;
  let h1 = start1;
  let h2 = start2;
  let inWord = false;
  const end = text.length;
  for (let i = from; i < end; i++) {
    const key = keys[text.charCodeAt(i)]!;
    // Rare, and handled by the caller: a call inside this loop made all of it 12 % slower.
    if (key < 0) return key;
    if (key !== SEPARATOR) {
      h1 = Math.imul(h1 ^ key, 0x01000193);
      h2 = Math.imul(h2 ^ key, 0x5bd1e995);
      inWord = true;
    } else if (inWord) {
      first[words] = mix(h1);
      second[words] = mix(h2);
      words++;
      h1 = start1;
      h2 = start2;
      inWord = false;
    }
  }
  if (inWord) {
    first[words] = mix(h1);
    second[words] = mix(h2);
    words++;
  }
  return words;
}

/**
 * Each char code's part in a word, for text as it comes: its lower case (as `toLowerCase` gives
 * it) when that is a word character, SEPARATOR when not; filled in when a character is first met
 * (lower-casing all 65,536 at start-up takes 15–20 ms). NOT_ALONE where the string's lower case
 * is not the characters' own: a capital that lowers to two characters (İ), the sigma (final or
 * not, by position), surrogates (a pair lowers as one character); such a text is lower-cased
 * whole and read with `loweredKeys()`. Lowering while hashing saves a lower-case copy of every article.
 */
const SEPARATOR = 0;
const NOT_MET = -2;
const NOT_ALONE = -1;
const WORD_KEYS = new Int32Array(0x10000).fill(NOT_MET);

/** Fills in WORD_KEYS for the characters of the text not met before. */
function meetCharacters(text: string, from: number): void {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (WORD_KEYS[c] !== NOT_MET) continue;
    const lower = lowerCaseOf(c);
    WORD_KEYS[c] = lower === LOWERS_NOT_ALONE ? NOT_ALONE : isWordChar(lower) ? lower : SEPARATOR;
  }
}

/** The same for text already lower-cased: the character itself when it is a word character. */
let loweredKeyTable: Int32Array | null = null;

/** Built on first use: only a text with such a character needs it (65,536 tests at start-up otherwise). */
function loweredKeys(): Int32Array {
  if (!loweredKeyTable) {
    loweredKeyTable = new Int32Array(0x10000);
    for (let c = 0; c < 0x10000; c++) loweredKeyTable[c] = isWordChar(c) ? c : SEPARATOR;
  }
  return loweredKeyTable;
}

/** `wordHashes`, grown to hold the words of `chars` characters: at most one in two starts a word. */
function wordHashesFor(chars: number): typeof wordHashes {
  const needed = (chars >> 1) + 1;
  if (wordHashes.first.length < needed) {
    const size = Math.max(needed, wordHashes.first.length * 2);
    wordHashes.first = new Int32Array(size);
    wordHashes.second = new Int32Array(size);
  }
  return wordHashes;
}

/** Digits and letters (Vietnamese ones are all at or above U+00C0), not the punctuation blocks. */
function isWordChar(c: number): boolean {
  if (c < 0xc0) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xfe30 && c <= 0xfe4f);
}

export function hammingDistance(a: string, b: string): number {
  const x = halves(a);
  const y = halves(b);
  return popcount32(x.hi ^ y.hi) + popcount32(x.lo ^ y.lo);
}

/** A fingerprint's 64 bits as two unsigned 32-bit numbers: compared without strings or BigInt. */
function halves(fingerprint: string): { hi: number; lo: number } {
  return { hi: parseInt(fingerprint.slice(0, 8), 16), lo: parseInt(fingerprint.slice(8), 16) };
}

function popcount32(value: number): number {
  let x = value - ((value >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

interface IndexEntry {
  hi: number;
  lo: number;
  path: string;
}

/** The first copy seen of each article, in the order documents are offered. */
export class DuplicateIndex {
  private readonly bands = Array.from({ length: BANDS.length - 1 }, () => new Map<number, IndexEntry[]>());

  /** The path of an earlier near-identical document, or null (and this one is remembered). */
  offer(fingerprint: string | null, path: string): string | null {
    if (!fingerprint) return null;
    const { hi, lo } = halves(fingerprint);
    const keys = bandKeys(hi, lo);
    let bestDistance = DUPLICATE_MAX_BITS + 1;
    let bestPath: string | null = null;
    for (let band = 0; band < keys.length; band++) {
      for (const other of this.bands[band]!.get(keys[band]!) ?? []) {
        const distance = popcount32(hi ^ other.hi) + popcount32(lo ^ other.lo);
        if (distance < bestDistance) {
          bestDistance = distance;
          bestPath = other.path;
        }
      }
    }
    if (bestPath !== null) return bestPath;
    const entry = { hi, lo, path }; // one object in all six bands
    keys.forEach((key, band) => {
      const list = this.bands[band]!.get(key);
      if (list) list.push(entry);
      else this.bands[band]!.set(key, [entry]);
    });
    return null;
  }
}

/** Bits [from, to) of the 64-bit value hi:lo, for to - from <= 31. */
function bitRange(hi: number, lo: number, from: number, to: number): number {
  const mask = (1 << (to - from)) - 1;
  if (to <= 32) return (lo >>> from) & mask;
  if (from >= 32) return (hi >>> (from - 32)) & mask;
  return ((lo >>> from) | (hi << (32 - from))) & mask;
}

function bandKeys(hi: number, lo: number): number[] {
  return BANDS.slice(0, -1).map((from, i) => bitRange(hi, lo, from, BANDS[i + 1]!));
}
