// Whole lines of page furniture: follow/share/rating/comment widgets and copyright footers.
import type { Rule } from '../rule.js';
import { drop, isUndecided, ruleName } from '../context.js';
import { WIDGET_LINES } from '../vocabulary.js';

/**
 * A widget or footer line is short: the longest the generic patterns take is about 330
 * characters (`Sign up …` and 300 more), a site module's are its page furniture. A longer line,
 * as a collapsed dump's body is, is tried against none of them: a pattern that opens with
 * `.{0,120}` cost a collapsed body 120 tries each.
 */
const WIDGET_LINE_MAX_CHARS = 500;

export const widgetsRule: Rule = {
  name: 'widgets',
  run(ctx) {
    for (const block of ctx.blocks) {
      if (!isUndecided(block)) continue;
      const text = block.text.trim();
      if (text.length > WIDGET_LINE_MAX_CHARS) continue;
      const widget = ctx.profile.widgetLines.find((re) => re.test(text));
      if (widget) {
        drop(block, 'widget', ruleName(ctx, 'widgets', !WIDGET_LINES.includes(widget)), widget.source.slice(0, 40));
      } else if (ctx.profile.footerLines.some((re) => re.test(text))) {
        drop(block, 'footer', 'widgets');
      }
    }
  },
};
