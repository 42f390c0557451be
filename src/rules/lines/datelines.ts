// Lines that are only a date (`Thứ bảy, 15/05/2021 06:45 AM - 0 Trả lời`), or a name and a
// date (`Minh Anh 02/10/2026`). The first one before any boilerplate section (on a page dump:
// near the article window) is the publication date; the name, the author.
import type { Rule } from '../rule.js';
import { drop, isSectionHeading, isUndecided, nearArticle } from '../context.js';
import { parseDateline } from '../dates.js';

export const datelinesRule: Rule = {
  name: 'datelines',
  run(ctx) {
    let inBoilerplate = false;
    for (const block of ctx.blocks) {
      // A page dump's menu holds section headings above the article: there the article window
      // tells what is boilerplate.
      inBoilerplate = ctx.window ? !nearArticle(ctx, block.index) : inBoilerplate || isSectionHeading(ctx, block.text);
      if (!isUndecided(block)) continue;
      const found = parseDateline(block.text);
      if (!found) continue;
      drop(block, 'dateline', 'datelines', found.iso);
      if (!inBoilerplate && ctx.findings.published === null) ctx.findings.published = found.iso;
      if (!inBoilerplate && found.name && ctx.findings.author === null) ctx.findings.author = found.name;
    }
  },
};
