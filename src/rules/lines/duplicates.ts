// A paragraph printed twice (a teaser of the lead, a repeated caption) stays once, where it
// stands in the body: of the copies, the one with prose around it.
import type { Block } from '../../types.js';
import type { Rule } from '../rule.js';
import { drop, isDropped, isUndecided } from '../context.js';
import { isProse, lineKey, wordCount } from '../text-shape.js';

/**
 * Only paragraphs this long count: a repeated teaser or lead is prose, while short lines
 * repeat legitimately (list labels like `Meal 1`, `Eat every 2–3 hours`).
 */
const DUPLICATE_MIN_WORDS = 10;

export const duplicatesRule: Rule = {
  name: 'duplicates',
  run(ctx) {
    // Bucket by the folded opening first: most lines have no twin, and folding a whole long
    // line costs time.
    const byOpening = new Map<string, Block[]>();
    for (const block of ctx.blocks) {
      if (!isUndecided(block) || wordCount(block.text, DUPLICATE_MIN_WORDS) < DUPLICATE_MIN_WORDS) continue;
      addTo(byOpening, lineKey(block.text.slice(0, 80)).slice(0, 40), block);
    }
    const groups = new Map<string, Block[]>();
    for (const candidates of byOpening.values()) {
      if (candidates.length < 2) continue;
      for (const block of candidates) {
        const key = lineKey(block.text);
        if (key) addTo(groups, key, block);
      }
    }
    for (const copies of groups.values()) {
      if (copies.length < 2) continue;
      // Each copy's neighbours read once; the first of the copies with the most prose around it stays.
      let keep = copies[0]!;
      let most = -1;
      for (const copy of copies) {
        const score = proseNeighbours(ctx.blocks, copy);
        if (score > most) [keep, most] = [copy, score];
      }
      for (const copy of copies) {
        if (copy !== keep) drop(copy, 'duplicate', 'duplicates', `copy of line ${keep.line}`);
      }
    }
  },
};

/**
 * Adds a block to its group in place: a group copied at each addition took time that grew as the
 * square of its size (a page printing one line 20,000 times: 6 s).
 */
function addTo(groups: Map<string, Block[]>, key: string, block: Block): void {
  const group = groups.get(key);
  if (group) group.push(block);
  else groups.set(key, [block]);
}

/** How many of a block's nearest live neighbours (one each side) are undecided prose. */
function proseNeighbours(blocks: Block[], block: Block): number {
  let score = 0;
  for (const step of [-1, 1]) {
    for (let i = block.index + step; i >= 0 && i < blocks.length; i += step) {
      const other = blocks[i]!;
      if (isDropped(other)) continue;
      if (isUndecided(other) && isProse(other.text) && lineKey(other.text) !== lineKey(block.text)) score++;
      break;
    }
  }
  return score;
}
