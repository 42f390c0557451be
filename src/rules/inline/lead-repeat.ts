// A collapsed body often starts by repeating the lead printed above it; the copy goes.
import type { Rule } from '../rule.js';
import { addCut, bodyBlocks } from '../context.js';
import { wordCount } from '../text-shape.js';

/** Shorter openings repeat by chance (`Theo TTXVN,`); a lead has a sentence at least. */
const MIN_REPEAT_WORDS = 8;

export const leadRepeatRule: Rule = {
  name: 'lead-repeat',
  run(ctx) {
    const live = bodyBlocks(ctx);
    for (let k = 1; k < live.length; k++) {
      const lead = live[k - 1]!.text.trim();
      const body = live[k]!;
      if (wordCount(lead, MIN_REPEAT_WORDS) < MIN_REPEAT_WORDS || body.text.length <= lead.length) continue;
      if (body.text.startsWith(lead) && /^\s/u.test(body.text.slice(lead.length))) {
        addCut(body, { start: 0, end: lead.length, reason: 'duplicate', rule: 'lead-repeat', replacement: '' });
      }
    }
  },
};
