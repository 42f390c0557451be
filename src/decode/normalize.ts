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
 * Code units that are NFC whatever stands around them: Latin up to Latin Extended-B (Latin-1
 * included), Latin Extended Additional (the precomposed Vietnamese letters), general punctuation
 * to the currency signs. None is a combining mark, none changes under NFC, none composes with
 * the character before it (a test checks each one). Nearly every Vietnamese article is written
 * in these alone, and for such a text `normalize` would only make a copy of it.
 */
export const NFC_STABLE: readonly CodeRange[] = [[0x0000, 0x02ff], [0x1e00, 0x1eff], [0x2002, 0x20cf]];

/** What each char code asks of `normalizeText`: bit flags, so a scan can gather them. */
const REWRITE = 1;
const NEEDS_NFC = 2;
const CHAR_NEEDS = new Uint8Array(0x10000).fill(NEEDS_NFC);
for (const [from, to = from] of NFC_STABLE) CHAR_NEEDS.fill(0, from, to + 1);
for (const [from, to = from] of [...INVISIBLE, ...ODD_SPACES, [0x0d] as const]) {
  for (let c = from; c <= to; c++) CHAR_NEEDS[c]! |= REWRITE;
}

/**
 * The flags of the text's characters, gathered up to the first that has one of `stopAt`: 0 for
 * most documents, and a table scan finds that out faster than `normalize` or a regex do.
 */
function needsOf(text: string, stopAt: number): number {
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    const needs = CHAR_NEEDS[text.charCodeAt(i)]!;
    if (needs !== 0) {
      found |= needs;
      if (found & stopAt) return found;
    }
  }
  return found;
}

export function normalizeText(text: string): string {
  const needs = needsOf(text, NEEDS_NFC);
  let out = text;
  if (needs & NEEDS_NFC) {
    out = text.normalize('NFC');
    if (!(needsOf(out, REWRITE) & REWRITE)) return out;
  } else if (!(needs & REWRITE)) {
    return out;
  }
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

/**
 * Letters and digits only, marks taken off (`đ` as `d`), in lower case: for telling whether two
 * texts name the same thing (`Đời sống Pháp luật` and the host `doisongphapluat.nguoiduatin.vn`).
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}
