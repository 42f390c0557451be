// The order rules run in. Whole-line rules first (the site's hook, then the generic ones);
// the first verdict a block gets stands. Then every block left is body, and the inline
// rules cut spans out of the kept paragraphs (collapsed dumps carry their boilerplate inline).
import type { Rule } from './rule.js';
import type { DocContext } from './context.js';
import { isUndecided, keepAs, settleCaptions, settleCuts } from './context.js';
import { inlineMarkupRule, markupRule } from './lines/markup.js';
import { datelinesRule } from './lines/datelines.js';
import { widgetsRule } from './lines/widgets.js';
import { titleRule } from './lines/title.js';
import { captionTwinsRule, imageResidueRule } from './lines/image-residue.js';
import { pageFurnitureRule } from './lines/page-furniture.js';
import { htmlFurnitureRule } from './lines/html-furniture.js';
import { outsideArticleRule, pageModelRule } from './lines/page-model.js';
import { templateRule } from './lines/template.js';
import { sectionsRule } from './lines/sections.js';
import { gluedHeadlinesRule } from './lines/glued.js';
import { captionsRule } from './lines/captions.js';
import { relatedEchoRule, relatedListHeadingRule } from './lines/related-echo.js';
import { duplicatesRule } from './lines/duplicates.js';
import { closingCreditsRule } from './lines/closing-credits.js';
import { agencyTagRule } from './inline/agency-tag.js';
import { inlineImageResidueRule } from './inline/image-residue.js';
import { endMarkerRule } from './inline/end-marker.js';
import { inlineCaptionsRule } from './inline/captions.js';
import { promosRule } from './inline/promos.js';
import { danglingPlayerLabelRule, playerTitleAtEndRule, videoLabelsRule } from './inline/video-labels.js';
import { inlineRelatedRule } from './inline/related.js';
import { leadRepeatRule } from './inline/lead-repeat.js';
import { sentenceCopiesRule } from './inline/sentence-copies.js';
import { repeatedSentencesRule } from './inline/repeated-sentences.js';
import { footersRule } from './inline/footers.js';
import { serialNoticesRule } from './inline/serial-notices.js';
import { trailingCreditRule } from './inline/trailing-credit.js';
import { galleryAnnouncementRule, mediaLeadInRule } from './inline/media-lead-in.js';
import { captionRunsRule } from './inline/caption-runs.js';
import { alikeCaptionsRule } from './inline/alike-captions.js';
import { unmarkedCaptionsRule } from './inline/unmarked-captions.js';
import { positionalCaptionsRule } from './inline/positional-captions.js';
import { sceneCaptionsRule } from './inline/scene-captions.js';
import { photoStoryRule } from './inline/photo-story.js';

export const LINE_RULES: readonly Rule[] = [
  // First: where the article stands on a page dump tells the other rules what is its head and its end.
  pageModelRule,
  markupRule,
  datelinesRule,
  widgetsRule,
  titleRule,
  // After the title: alt text is known by the headline it repeats.
  imageResidueRule,
  pageFurnitureRule,
  htmlFurnitureRule,
  sectionsRule,
  // After the sections: a headline of the related list printed inside the body too.
  relatedEchoRule,
  relatedListHeadingRule,
  gluedHeadlinesRule,
  captionsRule,
  captionTwinsRule,
  duplicatesRule,
  closingCreditsRule,
  // Last of the line rules: lines a specific rule recognises keep its reason (and a section
  // heading still takes its section with it); the template takes the furniture left.
  templateRule,
  // Last: what no rule named and stands outside the article window.
  outsideArticleRule,
];

export const INLINE_RULES: readonly Rule[] = [
  inlineMarkupRule,
  // Before the agency tag: a placeholder glued to the lead hides the tag behind it.
  inlineImageResidueRule,
  agencyTagRule,
  endMarkerRule,
  inlineCaptionsRule,
  // After the credits: a caption that points at its picture's people keeps none of its credit.
  positionalCaptionsRule,
  sceneCaptionsRule,
  promosRule,
  videoLabelsRule,
  inlineRelatedRule,
  leadRepeatRule,
  sentenceCopiesRule,
  repeatedSentencesRule,
  // Before the credit: a byline may stand before a publisher's footer or a serial's notice.
  serialNoticesRule,
  footersRule,
  trailingCreditRule,
  // After the credit, which may close a paragraph of captions run together.
  captionRunsRule,
  alikeCaptionsRule,
  // Last of the caption rules: it weighs how many captions the others found.
  unmarkedCaptionsRule,
  // After the credit: the announcement of a gallery or a player often stands before it, and a
  // player's title ending a paragraph before a byline.
  mediaLeadInRule,
  galleryAnnouncementRule,
  playerTitleAtEndRule,
  // After every rule that cuts a picture's caption: a story told in captions keeps them.
  photoStoryRule,
  // Last: a player's label that none of the rules above took with its title.
  danglingPlayerLabelRule,
];

export function runRules(ctx: DocContext): void {
  ctx.profile.site?.hook?.(ctx);
  for (const rule of LINE_RULES) rule.run(ctx);
  for (const block of ctx.blocks) if (isUndecided(block)) keepAs(block, 'body', 'body');
  for (const rule of INLINE_RULES) rule.run(ctx);
  for (const block of ctx.blocks) settleCuts(block);
  settleCaptions(ctx);
}
