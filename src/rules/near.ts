// Finding a pattern's matches in a long collapsed body without running it at every character.
// Most inline patterns open with a lookbehind (`(?<=^|[.!?…]\s+)video:`), which the regex engine
// must try at each position of the text; but every match holds one of a few words at a known
// distance from its start (`video`, `clip`). So the words are found with `indexOf`, and the
// pattern is tried, anchored, only at the few positions before each: the same matches, found
// in a fraction of the time. (A pattern with no such words puts its first literal before the
// lookbehind, `Ảnh(?<=[.!?…]\s+Ảnh) …`: the engine then searches for the literal, many times faster.)

/**
 * The matches `text.matchAll(pattern)` gives, for a pattern whose every match starts at most
 * `reach` characters before an occurrence of one of `words` (lower case) in `lower`, the text
 * lower-cased. Falls back to `matchAll` when lower-casing changed the text's length.
 */
export function matchesNear(text: string, lower: string, pattern: RegExp, words: readonly string[], reach: number): RegExpExecArray[] {
  if (lower.length !== text.length) return [...text.matchAll(pattern)];
  const anchored = stickyCopy(pattern);
  const occurrences: number[] = [];
  for (const word of words) {
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) occurrences.push(at);
  }
  occurrences.sort((a, b) => a - b);
  const matches: RegExpExecArray[] = [];
  // As matchAll: the leftmost match first, the next search from where the last match ended.
  let from = 0;
  for (const at of occurrences) {
    for (let start = Math.max(from, at - reach); start <= at; start++) {
      anchored.lastIndex = start;
      const match = anchored.exec(text);
      if (match) {
        matches.push(match);
        from = start + Math.max(match[0].length, 1);
        break;
      }
    }
  }
  return matches;
}

const stickyCopies = new WeakMap<RegExp, RegExp>();

function stickyCopy(pattern: RegExp): RegExp {
  let copy = stickyCopies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    stickyCopies.set(pattern, copy);
  }
  return copy;
}
