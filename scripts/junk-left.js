// The junk an output still holds, against its gold, by shape: what `npm run eval:corpus` prints
// under each labelled part. The output's words are aligned with the gold's (a longest common
// subsequence of words); each run of output words the gold does not hold is a span of junk
// left, and it is told by its shape alone, no word looked up:
// - short: 4 words or fewer (a credit, a name, a label);
// - long: over 60 words (a gallery of captions, a promo block);
// - sentence: ends in an end mark (a caption written as a sentence, a teaser);
// - phrase: no end mark (a caption or a headline run into the next sentence).

const SHORT_MAX_WORDS = 4;
const LONG_MIN_WORDS = 61;
const ENDS_SENTENCE = /[.!?…]["”’')\]]*$/u;

export const JUNK_SHAPES = ['phrase', 'sentence', 'long', 'short'];

/** Runs of the output's words that the gold does not hold, in order (each an array of words). */
export function junkSpans(gold, output) {
  const g = gold.split(/\s+/u).filter(Boolean);
  const o = output.split(/\s+/u).filter(Boolean);
  // lcs[i * (m + 1) + j]: the longest common subsequence of o[i..] and g[j..].
  const m = g.length;
  const lcs = new Int32Array((o.length + 1) * (m + 1));
  for (let i = o.length - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = o[i] === g[j] ? lcs[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
    }
  }
  const spans = [];
  let span = [];
  let i = 0;
  let j = 0;
  while (i < o.length) {
    if (j < m && o[i] === g[j]) {
      if (span.length > 0) spans.push(span);
      span = [];
      i++;
      j++;
    } else if (j < m && lcs[i * (m + 1) + j + 1] >= lcs[(i + 1) * (m + 1) + j]) {
      j++; // a gold word the output lost
    } else {
      span.push(o[i]); // an output word the gold does not hold
      i++;
    }
  }
  if (span.length > 0) spans.push(span);
  return spans;
}

/** One of JUNK_SHAPES for a span of words. */
export function junkShape(words) {
  if (words.length <= SHORT_MAX_WORDS) return 'short';
  if (words.length >= LONG_MIN_WORDS) return 'long';
  return ENDS_SENTENCE.test(words.at(-1)) ? 'sentence' : 'phrase';
}

/** Words of junk left per shape, over pairs of [gold, output] texts. */
export function junkLeftByShape(pairs) {
  const words = Object.fromEntries(JUNK_SHAPES.map((shape) => [shape, 0]));
  const spans = Object.fromEntries(JUNK_SHAPES.map((shape) => [shape, 0]));
  for (const [gold, output] of pairs) {
    for (const span of junkSpans(gold, output)) {
      const shape = junkShape(span);
      words[shape] += span.length;
      spans[shape]++;
    }
  }
  return { words, spans };
}
