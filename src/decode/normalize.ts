// Text normalisation shared by every input path: NFC, invisible characters, odd spaces.
// Letters are never rewritten here beyond what NFC itself does.

/** Zero-width and default-ignorable characters scrapers leave in Vietnamese pages. */
const INVISIBLE: readonly CodeRange[] = [[0xad], [0x34f], [0x180e], [0x200b, 0x200f], [0x2060, 0x2064], [0xfeff]];
/** A zero-width space between two letters stood for a word break. */
const ZWSP_BETWEEN_LETTERS = /(?<=\p{L})\u200b(?=\p{L})/gu;
/** NBSP, thin, ideographic and other fixed-width spaces (and tabs) become a plain space. */
const ODD_SPACES: readonly CodeRange[] = [[0xa0], [0x1680], [0x2000, 0x200a], [0x202f], [0x205f], [0x3000], [0x09]];

/** A character code, or an inclusive range of them. */
type CodeRange = readonly [number, number?];
const charClass = (ranges: readonly CodeRange[]) =>
  ranges.map(([from, to]) => (to === undefined ? hex(from) : `${hex(from)}-${hex(to)}`)).join('');
const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/** Everything rewritten below, in one pass over the text. */
const REWRITTEN = new RegExp(`\\r\\n?|[${charClass(INVISIBLE)}${charClass(ODD_SPACES)}]`, 'g');
const IS_INVISIBLE = new RegExp(`^[${charClass(INVISIBLE)}]$`);
/**
 * The same characters (and `\r`) by char code. Most documents hold none of them, and a table
 * scan finds that out faster than the regular expression does.
 */
const REWRITTEN_CODE = new Uint8Array(0x10000);
for (const [from, to = from] of [...INVISIBLE, ...ODD_SPACES, [0x0d] as const]) REWRITTEN_CODE.fill(1, from, to + 1);

function needsRewrite(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (REWRITTEN_CODE[text.charCodeAt(i)] === 1) return true;
  return false;
}

export function normalizeText(text: string): string {
  let out = text.normalize('NFC');
  if (!needsRewrite(out)) return out;
  if (out.includes('\u200b')) out = out.replace(ZWSP_BETWEEN_LETTERS, ' ');
  return out.replace(REWRITTEN, (ch) => (ch[0] === '\r' ? '\n' : IS_INVISIBLE.test(ch) ? '' : ' '));
}

/**
 * `text.replace(/\s+/g, ' ')`: every run of white space as one space. Most lines have single
 * spaces only, and finding that out with a char-code scan spares the regex a replacement per
 * word (it replaces each single space too).
 */
export function collapseSpaces(text: string): string {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return text.replace(/\s+/g, ' ');
      previousSpace = true;
    } else if ((c >= 9 && c <= 13) || (c >= 0xa0 && isOtherSpace(c))) {
      return text.replace(/\s+/g, ' ');
    } else {
      previousSpace = false;
    }
  }
  return text;
}

/** White space (as `\s` has it) at or above U+00A0. */
export function isOtherSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** One line of output: single spaces, no leading or trailing space. */
export function tidySpaces(line: string): string {
  return (line.includes('  ') ? line.replace(/ {2,}/g, ' ') : line).trim();
}
