// Sentence boundaries inside a collapsed line, for cutting a span "from the end of the
// previous sentence". Abbreviations like `TP.` or `T.L` are not boundaries: a boundary needs
// a space after the punctuation.

/** A single capital before the full stop is an initial (`V. Minh`, `Nguyễn V. A`), not an end. */
const BOUNDARY = /(?<!(?:^|\s)\p{Lu})[.!?…]["”’'»)\]]*\s+|(?<=(?:^|\s)\p{Lu})[!?…]["”’'»)\]]*\s+/gu;

/** Offset where the sentence containing `pos` starts (after the previous boundary), or 0. */
export function sentenceStart(text: string, pos: number): number {
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (end > pos) break;
    start = end;
  }
  return start;
}

/** Offset just after the last sentence boundary in `text` (0 when there is none). */
export function lastSentenceStart(text: string): number {
  return sentenceStart(text, text.length);
}
