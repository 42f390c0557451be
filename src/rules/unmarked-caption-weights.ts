// Made by scripts/unmarked-caption-weights.js from fixtures/labels/unmarked-captions/
// phrases.label.json; do not edit by hand, run the script again.
//
// 2155 run-on phrases labelled by reading: 880 caption, 785 intertitle, 401 prose, 35 credit, 28 unsure, 21 related, 5 promo.
// A logistic regression over the phrase's shape (see unmarked-captions.ts): a weight per
// property seen 3 times at least; a phrase is a caption when its weights add up to
// CAPTION_MIN_SCORE. In a 5-fold cross-validation 275 of 2094 phrases scored so, 90 % of them
// captions, 28 % of the 880 captions.
export const CAPTION_MIN_SCORE = 4.2;

export const CAPTION_WEIGHTS: Readonly<Record<string, number>> = {
  'bias': 0.51,
  'bracket': -1.354,
  'capitals:0': -1.159,
  'capitals:1': -0.241,
  'capitals:2': -0.055,
  'capitals:3': 1.966,
  'captions-found:0': 2.165,
  'captions-found:1': -0.255,
  'captions-found:2': -1.4,
  'colon': -3.6,
  'comma': -2.274,
  'figure': 0.298,
  'pairs-after:0': 0.468,
  'pairs-after:1': 0.317,
  'pairs-after:2': -0.275,
  'pairs-before:0': -0.414,
  'pairs-before:1': 0.002,
  'pairs-before:2': 0.922,
  'phrases:1': 0.964,
  'phrases:2': 0.219,
  'phrases:3': -0.673,
  'quote': -0.473,
  'words:11': 0.424,
  'words:16': 2.009,
  'words:24': 2.153,
  'words:4': -3.178,
  'words:7': -1.727,
  'words:more': 0.829,
};
