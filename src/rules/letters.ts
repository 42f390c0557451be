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
