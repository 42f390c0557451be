// Unicode letter classes by char code, for loops that read a text one character at a time (a
// regex test per character costs more than the loop). Each code is classified when first met.
// A lone surrogate is no letter: callers that care about letters outside the BMP check for them.

const MET = 1;
const LETTER = 2;
const LOWER = 4;
const UPPER = 8;
const classes = new Uint8Array(0x10000);

function classOf(c: number): number {
  let found = classes[c]!;
  if (found === 0) {
    const ch = String.fromCharCode(c);
    found = MET | (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{Ll}/u.test(ch) ? LOWER : 0) | (/\p{Lu}/u.test(ch) ? UPPER : 0);
    classes[c] = found;
  }
  return found;
}

/** `\p{L}` */
export const isLetter = (c: number): boolean => (classOf(c) & LETTER) !== 0;
/** `\p{Ll}` */
export const isLowerLetter = (c: number): boolean => (classOf(c) & LOWER) !== 0;
/** `\p{Lu}` */
export const isUpperLetter = (c: number): boolean => (classOf(c) & UPPER) !== 0;

/** `lowerCaseOf` for a character whose lower case is not one code unit of its own. */
export const NOT_ALONE = -1;
const NOT_MET = -2;
const lowerCases = new Int32Array(0x10000).fill(NOT_MET);

/**
 * The char code's lower case as `toLowerCase` gives it, or NOT_ALONE: İ lowers to two
 * characters, the sigma's lower case depends on where it stands, and a surrogate pair lowers as
 * one character. Each code is lowered when first met (all 65,536 at start-up cost 15–20 ms).
 */
export function lowerCaseOf(c: number): number {
  let lower = lowerCases[c]!;
  if (lower === NOT_MET) {
    lower = NOT_ALONE;
    if (c !== 0x3a3 && !(c >= 0xd800 && c <= 0xdfff)) {
      const alone = String.fromCharCode(c).toLowerCase();
      if (alone.length === 1) lower = alone.charCodeAt(0);
    }
    lowerCases[c] = lower;
  }
  return lower;
}
