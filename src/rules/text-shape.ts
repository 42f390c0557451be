// How a line of Vietnamese news text looks: prose sentence, headline, person's name.
// Shared by the rules so that they agree on what "prose" means.
import { collapseSpaces } from '../decode/normalize.js';

/** Upper-case letters including Vietnamese ones (Đ, Ấ, Ở …). */
export const UPPER = String.raw`\p{Lu}`;
/** A sentence's end mark (Latin or CJK), closing quotes and brackets after it, at the end of the text. */
const SENTENCE_END = /[.!?…。！？]["'”’»)\]」]*$/u;

/** Whether the text ends a sentence: a line that does is prose's, not a label's or a caption's. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

const SENTENCE_BREAK = /[.!?…]["”’'»)\]]*\s+["“‘'«(]?\p{Lu}/gu;

/** A text's words in lower case, punctuation and quotation marks aside: for comparing copies. */
export function lowerWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
}

/** Above this many words a line is prose whatever its punctuation (headlines stay shorter). */
export const HEADLINE_MAX_WORDS = 35;

/** 1 for the characters that separate words (space, tab, line breaks), by char code. */
const SPACES = Uint8Array.from({ length: 33 }, (_, c) => Number(c === 32 || c === 9 || c === 10 || c === 13));

/**
 * Words separated by spaces. With `stopAfter`, counting stops once there are more than that
 * many: a rule that compares with a limit need not scan the rest of a collapsed body.
 */
export function wordCount(text: string, stopAfter = Infinity): number {
  let words = 0;
  let previousSpace = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c <= 32 ? SPACES[c]! : 0;
    words += previousSpace & (space ^ 1);
    if (words > stopAfter) break;
    previousSpace = space;
  }
  return words;
}

/**
 * Where the `count`-th word before `end` starts, read backwards (0 when fewer words stand
 * there): a span that starts at or before it holds `count` words or more (`wordCount`'s words).
 */
export function startOfWordsBefore(text: string, end: number, count: number): number {
  let words = 0;
  for (let i = Math.min(end, text.length) - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    const space = c <= 32 && SPACES[c] === 1;
    if (space) continue;
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (before <= 32 && SPACES[before] === 1 && ++words === count) return i;
  }
  return 0;
}

export function sentenceBreaks(text: string): number {
  return text.match(SENTENCE_BREAK)?.length ?? 0;
}

/**
 * Prose: a finished sentence (a full stop or ellipsis at the end, or several sentences), or
 * too long for a headline. Headlines may end in ? or ! but rarely hold two sentences.
 */
export function isProse(text: string): boolean {
  const t = text.trim();
  const words = wordCount(t, HEADLINE_MAX_WORDS);
  if (words > HEADLINE_MAX_WORDS) return true;
  if (/[.…]["”’'»)\]]*$/u.test(t) && words >= 6) return true;
  return sentenceBreaks(t) >= 1 && words >= 12;
}

/** A headline-shaped line: not prose, not too long. */
export function isHeadlineLike(text: string): boolean {
  return !isProse(text) && wordCount(text, HEADLINE_MAX_WORDS) <= HEADLINE_MAX_WORDS;
}

/** Key for comparing lines: case and spacing folded, trailing punctuation ignored. */
export function lineKey(text: string): string {
  const folded = collapseSpaces(text.toLowerCase()).trim();
  let end = folded.length;
  while (end > 0 && ' .:;,!?…'.includes(folded[end - 1]!)) end--;
  return folded.slice(0, end);
}

/** `Hoàng`, `VĂN`, `A.Dũng`, `T.T`, `PGS.TS`, `Th.S`, `N.` */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*(?:\.\p{L}[\p{L}'’-]*)*\.?|\p{Lu}\.(?:\p{Lu}\.?)*[\p{L}]*)$/u;
const NAME_PARTICLES = new Set(['thị', 'văn', 'và', 'de', 'van', 'von', 'bin']);

/** One name's length at most. */
const NAME_MAX_CHARS = 48;
/** How many names a credit lists at most: `C.Huệ - Q.Long - M.Thùy - Nguyễn Dũng`. */
const MAX_NAMES = 6;

/**
 * A person's name, or a few joined by dashes, as bylines print them: `Nguyễn Hoàng`, `A.Dũng`,
 * `VĂN HUY`, `Đình Phú - Công Nguyên - Trác Rin`. A dash with a space on one side at least
 * joins two names (`Anh Hiếu- Nguyễn Hùng`, `Thành Chung -Lê Thúy Hằng`); one inside a word is
 * part of it.
 */
export function looksLikeName(text: string): boolean {
  const t = text.trim();
  // Longer than any list of names; and splitting a page's worth of text (runs of thousands of
  // spaces in a pasted page) at dashes took the regex quadratic time.
  if (t.length > MAX_NAMES * NAME_MAX_CHARS) return false;
  if (/[-–—]/.test(t)) {
    const names = t.split(/\s+[-–—]\s*|\s*[-–—]\s+/);
    if (names.length > 1 && names.length <= MAX_NAMES && names.every(looksLikeOneName)) return true;
  }
  return looksLikeOneName(t);
}

/** Words a list of names may hold besides the names: `Bùi - Lê`, `Vũ & Nguyễn`. */
const NAME_JOINERS = new Set(['-', '–', '—', '&']);

function looksLikeOneName(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > NAME_MAX_CHARS || /\d/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 6) return false;
  // Every word a name's (or a particle, a joiner), one at least a capitalised one: one pass,
  // no arrays (credits are parsed many times over per document).
  let named = 0;
  for (const word of words) {
    if (NAME_WORD.test(word)) named++;
    else if (!NAME_JOINERS.has(word) && !NAME_PARTICLES.has(word.toLowerCase())) return false;
  }
  return named >= 1;
}


/**
 * A capitalised Vietnamese syllable (`Kiên`, `Ngọc`, `Theo`): an initial consonant, one to three
 * vowels, a final consonant. Names are written in them; `Barca`, `United`, `iPad` are not.
 */
const VOWEL = 'aăâeêioôơuưyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';
const NAME_SYLLABLE = new RegExp(String.raw`^(?=\p{Lu})(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[${VOWEL}]{1,3}(?:ch|ng|nh|[cmnpt])?$`, 'iu');

export function isNameSyllable(word: string): boolean {
  return NAME_SYLLABLE.test(word);
}

/** A name cut to initials, as bylines print them: `Q.C`, `L.H`, `Tr.Thường`, `Đ.Linh`, `H.TRIỀU`. */
const INITIALS_NAME = /^(?:\p{Lu}\p{Ll}?\.){1,3}\p{Lu}\p{L}*$/u;

export function isInitialsName(word: string): boolean {
  return INITIALS_NAME.test(word);
}
