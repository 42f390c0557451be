// The Vietnamese end marker `./.` closes an article: it becomes a plain full stop.
import type { Rule } from '../rule.js';
import { addCut, bodyBlocks } from '../context.js';

const END_MARKER = /\.?\s*\/\s*\.(?=\s|$)/gu;
/** What every marker holds (`/.`, `/ .`), found fast: the marker's own pattern may start anywhere. */
const SLASH_DOT = /\/\s*\./;

export const endMarkerRule: Rule = {
  name: 'end-marker',
  run(ctx) {
    for (const block of bodyBlocks(ctx)) {
      if (!SLASH_DOT.test(block.text)) continue;
      for (const m of block.text.matchAll(END_MARKER)) {
        addCut(block, { start: m.index, end: m.index + m[0].length, reason: 'end-marker', rule: 'end-marker', replacement: '.' });
      }
    }
  },
};
