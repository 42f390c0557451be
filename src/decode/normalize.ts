// Text normalisation shared by every input path: NFC, invisible characters, odd spaces.
// Letters are never rewritten here beyond what NFC itself does.

/** Zero-width and default-ignorable characters scrapers leave in Vietnamese pages. */
const INVISIBLE = '\u00ad\u034f\u180e\u200b-\u200f\u2060-\u2064\ufeff';
/** A zero-width space between two letters stood for a word break. */
const ZWSP_BETWEEN_LETTERS = /(?<=\p{L})\u200b(?=\p{L})/gu;
/** NBSP, thin, ideographic and other fixed-width spaces (and tabs) become a plain space. */
const ODD_SPACES = '\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t';
/** Everything rewritten below, in one pass over the text: most documents hold none of it. */
const REWRITTEN = new RegExp(`\\r\\n?|[${INVISIBLE}${ODD_SPACES}]`, 'g');
const IS_INVISIBLE = new RegExp(`^[${INVISIBLE}]$`);

export function normalizeText(text: string): string {
  let out = text.normalize('NFC');
  if (out.includes('\u200b')) out = out.replace(ZWSP_BETWEEN_LETTERS, ' ');
  return out.replace(REWRITTEN, (ch) => (ch[0] === '\r' ? '\n' : IS_INVISIBLE.test(ch) ? '' : ' '));
}

/** One line of output: single spaces, no leading or trailing space. */
export function tidySpaces(line: string): string {
  return line.replace(/ {2,}/g, ' ').trim();
}
