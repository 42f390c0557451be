// Made by scripts/unmarked-caption-weights.js from fixtures/labels/unmarked-captions/
// phrases.label.json; do not edit by hand, run the script again.
//
// 1080 run-on phrases labelled by reading: 455 caption, 374 intertitle, 205 prose, 24 credit, 12 related, 10 unsure.
// A logistic regression over the phrase's shape (see unmarked-captions.ts): a weight per
// property seen 3 times at least; a phrase is a caption when its weights add up to
// CAPTION_MIN_SCORE. In a 5-fold cross-validation 124 of 1044 phrases scored so, 94 % of them
// captions, 25 % of the 455 captions.
export const CAPTION_MIN_SCORE = 4.6;

export const CAPTION_WEIGHTS: Readonly<Record<string, number>> = {
  'bias': 0.556,
  'bracket': -1.608,
  'capitals:0': -0.997,
  'capitals:1': -0.365,
  'capitals:2': -0.371,
  'capitals:3': 2.288,
  'captions-found:0': 2.126,
  'captions-found:1': -0.16,
  'captions-found:2': -1.411,
  'colon': -3.847,
  'comma': -2.252,
  'figure': 0.326,
  'pairs-after:0': 0.521,
  'pairs-after:1': 0.189,
  'pairs-after:2': -0.154,
  'pairs-before:0': -0.292,
  'pairs-before:1': -0.127,
  'pairs-before:2': 0.975,
  'phrases:1': 0.985,
  'phrases:2': 0.128,
  'phrases:3': -0.558,
  'quote': -0.767,
  'words:11': 0.368,
  'words:16': 2.099,
  'words:24': 2.25,
  'words:4': -2.964,
  'words:7': -1.67,
  'words:more': 0.473,
};
