// Sentence boundaries inside a collapsed line, for cutting a span "from the end of the
// previous sentence". A boundary is . ! ? … (closing quotes/brackets allowed) then white space;
// a single capital before the full stop is an initial (`V. Minh`), not an end. Scans backwards
// from the position, so the cost is the distance to the boundary, not the line's length.

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']']);
const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\n' || ch === '\t';
const isUpper = (ch: string | undefined) => ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** Offset where the sentence containing `pos` starts (after the previous boundary), or 0. */
export function sentenceStart(text: string, pos: number): number {
  for (let i = Math.min(pos, text.length) - 1; i > 0; i--) {
    if (!isSpace(text[i]) || isSpace(text[i - 1])) continue;
    // text[i] is the first space after a non-space: is what precedes it a sentence end?
    let j = i - 1;
    while (j > 0 && CLOSERS.has(text[j]!)) j--;
    const ch = text[j]!;
    if (!TERMINATORS.has(ch)) continue;
    if (ch === '.' && isUpper(text[j - 1]) && (j - 1 === 0 || isSpace(text[j - 2]))) continue;
    let start = i;
    while (start < text.length && isSpace(text[start])) start++;
    if (start <= pos) return start;
  }
  return 0;
}

/**
 * The end of the text before `pos` with one closing punctuation mark and the spaces before
 * `pos` stepped over (`Sạt lở đất. (Ảnh: X)` → the caption's own sentence ends inside). A
 * backward scan: a `\s*$` pattern on a prefix would re-read the whole prefix every time.
 */
export function endBefore(text: string, pos: number): number {
  let end = pos;
  while (end > 0 && isSpace(text[end - 1])) end--;
  if (end > 0 && TERMINATORS.has(text[end - 1]!)) end--;
  return end;
}

/** Offset just after the last sentence boundary in `text` (0 when there is none). */
export function lastSentenceStart(text: string): number {
  return sentenceStart(text, text.trimEnd().length);
}
