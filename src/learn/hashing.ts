// The fast hash behind fingerprints and template lines: FNV-1a over UTF-16 code units in two
// lanes (FNV's offset and prime 0x01000193; another offset and murmur's multiplier 0x5bd1e995),
// each finished by murmur3's avalanche. Neither needs secrecy, only spread bits;
// a cryptographic hash cost more than the cleaning around it. The loops write the primes as
// literals: an imported constant made `Math.imul` convert it on every character, 15 % slower.

// Signed (`| 0`, the same 32 bits): above 2^31 the running hash would start as a float.
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_OFFSET_2 = 0x050c5d1f;

/** A final avalanche (murmur3's), so that every input bit moves every output bit. */
export function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
