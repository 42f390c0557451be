// Image placeholders and other markup residue that carry no words of the article.
import type { Rule } from '../rule.js';
import { drop, isUndecided } from '../context.js';

export const markupRule: Rule = {
  name: 'markup',
  run(ctx) {
    for (const block of ctx.blocks) {
      if (isUndecided(block) && block.kind === 'image') drop(block, 'markup', 'markup', 'image placeholder');
    }
  },
};
