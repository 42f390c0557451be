// Lines of the site's learned template (see src/learn/template.ts): furniture the site prints
// on many of its pages. Runs after the other line rules: the title is never taken for template,
// and lines another rule knows keep that rule's reason.
import type { Rule } from '../rule.js';
import { drop, isUndecided } from '../context.js';
import { templateLineHash } from '../../learn/line-hash.js';

export const templateRule: Rule = {
  name: 'template',
  run(ctx) {
    const template = ctx.template;
    if (!template) return;
    for (const block of ctx.blocks) {
      if (!isUndecided(block)) continue;
      const hash = templateLineHash(block.text);
      const documents = hash === null ? undefined : template.lines.get(hash);
      if (documents !== undefined) drop(block, 'template', 'template', `on ${documents} of ${template.documents} pages of ${template.group}`);
    }
  },
};
