// The Vietnamese end marker `./.` closes an article: it becomes a plain full stop, or nothing
// where a full stop stands before it already (see applyCuts).
import type { Rule } from '../rule.js';
import { addCut, bodyBlocks } from '../context.js';

/**
 * The marker from its slash: `/.`, `/ .`, before a space or the end. The space and the full
 * stop before the slash (`./.`, `. /.`) are taken by a walk back: a pattern that opens with
 * them (`\.?\s*\/…`) may start anywhere, so the regex engine tried it at every character.
 */
const SLASH_DOT = /\/\s*\.(?=\s|$)/g;

export const endMarkerRule: Rule = {
  name: 'end-marker',
  run(ctx) {
    for (const block of bodyBlocks(ctx)) {
      const text = block.text;
      let previousEnd = 0;
      for (const m of text.matchAll(SLASH_DOT)) {
        let start = m.index;
        while (start > previousEnd && /\s/.test(text[start - 1]!)) start--;
        // Not the last dot of an ellipsis (`… của hệ thống chợ.../.`): it stays, and closes the text.
        if (start > previousEnd && text[start - 1] === '.' && text[start - 2] !== '.') start--;
        previousEnd = m.index + m[0].length;
        addCut(block, { start, end: previousEnd, reason: 'end-marker', rule: 'end-marker', replacement: '.' });
      }
    }
  },
};
