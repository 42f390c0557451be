// Whole lines of page furniture: follow/share/rating/comment widgets and copyright footers.
import type { Rule } from '../rule.js';
import { drop, isUndecided, ruleName } from '../context.js';
import { WIDGET_LINES } from '../vocabulary.js';

export const widgetsRule: Rule = {
  name: 'widgets',
  run(ctx) {
    for (const block of ctx.blocks) {
      if (!isUndecided(block)) continue;
      const text = block.text.trim();
      const widget = ctx.profile.widgetLines.find((re) => re.test(text));
      if (widget) {
        drop(block, 'widget', ruleName(ctx, 'widgets', !WIDGET_LINES.includes(widget)), widget.source.slice(0, 40));
      } else if (ctx.profile.footerLines.some((re) => re.test(text))) {
        drop(block, 'footer', 'widgets');
      }
    }
  },
};
