// Near-duplicate articles: a 64-bit SimHash of the article's body (the clean text without its
// title, which syndicating sites often rewrite) over 3-word shingles. Texts that share most of
// their sentences differ in a few bits, different articles in about half of them: syndicated
// copies (`Theo VOV`) come out within DUPLICATE_MAX_BITS of each other.
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
  const body = text.slice(text.indexOf('\n') + 1);
  const words = body.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length < MIN_WORDS) return null;
  const votes = new Int32Array(64);
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    const shingle = words.slice(i, i + SHINGLE_WORDS).join(' ');
    const halves = [fnv1a(shingle, FNV_OFFSET), fnv1a(shingle, FNV_OFFSET_2)];
    for (let bit = 0; bit < 64; bit++) votes[bit]! += (halves[bit >> 5]! >>> (bit & 31)) & 1 ? 1 : -1;
  }
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let b = 0; b < 4; b++) if (votes[nibble * 4 + b]! > 0) value |= 1 << b;
    hex += value.toString(16);
  }
  return hex;
}

// FNV-1a, 32 bits, from two starting points for 64 bits per shingle: a cryptographic hash per
// shingle would cost more than cleaning the document. SimHash needs spread bits, not secrecy.
const FNV_OFFSET = 0x811c9dc5;
const FNV_OFFSET_2 = 0x01000193 ^ 0x5bd1e995;
function fnv1a(text: string, offset: number): number {
  let h = offset;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // A final mix, so that shingles differing in their last letter differ in the high bits too.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

export function hammingDistance(a: string, b: string): number {
  let bits = 0;
  for (let i = 0; i < 16; i++) {
    let x = parseInt(a[i]!, 16) ^ parseInt(b[i]!, 16);
    for (; x; x &= x - 1) bits++;
  }
  return bits;
}

/** The first copy seen of each article, in the order documents are offered. */
export class DuplicateIndex {
  private readonly bands = Array.from({ length: BANDS.length - 1 }, () => new Map<number, { fingerprint: string; path: string }[]>());

  /** The path of an earlier near-identical document, or null (and this one is remembered). */
  offer(fingerprint: string | null, path: string): string | null {
    if (!fingerprint) return null;
    const keys = bandKeys(fingerprint);
    let best: { distance: number; path: string } | null = null;
    keys.forEach((key, band) => {
      for (const other of this.bands[band]!.get(key) ?? []) {
        const distance = hammingDistance(fingerprint, other.fingerprint);
        if (distance <= DUPLICATE_MAX_BITS && (!best || distance < best.distance)) best = { distance, path: other.path };
      }
    });
    if (best) return (best as { path: string }).path;
    keys.forEach((key, band) => {
      const list = this.bands[band]!.get(key);
      if (list) list.push({ fingerprint, path });
      else this.bands[band]!.set(key, [{ fingerprint, path }]);
    });
    return null;
  }
}

function bandKeys(fingerprint: string): number[] {
  const bits = BigInt(`0x${fingerprint}`);
  return BANDS.slice(0, -1).map((from, i) => Number((bits >> BigInt(from)) & ((1n << BigInt(BANDS[i + 1]! - from)) - 1n)));
}
