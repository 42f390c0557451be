#!/usr/bin/env node
// Learns src/rules/unmarked-caption-weights.ts from fixtures/labels/unmarked-captions/
// phrases.label.json: the 2,155 run-on phrases of the tool's outputs of the collapsed dumps of
// ../shared/corpus/baomoi-5k (the labelled development and held-out dumps left out), each
// labelled by reading (caption, intertitle, prose, related, promo, credit, unsure) with the
// phrase's context. A logistic regression over the phrase's shape (`phraseFeatures` of
// src/rules/inline/unmarked-captions.ts): positive are captions; intertitles, prose and unsure
// are kept text; related, promo and credit are left out (other rules' junk). The threshold is the lowest score at which, in a 5-fold
// cross-validation, 90 % of the phrases cut are captions. Deterministic: run it again after
// changing the labels or the features, then `npm run build`. `--check` exits 1 when the
// committed file differs from what the labels give (the tests run it).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { phraseFeatures } from '../dist/rules/inline/unmarked-captions.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const labelsFile = path.join(root, 'fixtures', 'labels', 'unmarked-captions', 'phrases.label.json');
const outFile = path.join(root, 'src', 'rules', 'unmarked-caption-weights.ts');
const LEFT_OUT = new Set(['related', 'promo', 'credit']);
/** A property seen fewer times than this gets no weight of its own. */
const MIN_COUNT = 3;
const L2 = 1;
const STEPS = 400;
const STEP_SIZE = 5;
const FOLDS = 5;
const MIN_PRECISION = 0.9;

const records = JSON.parse(readFileSync(labelsFile, 'utf8'));
const examples = records
  .filter((r) => !LEFT_OUT.has(r.label))
  .map((r) => ({
    features: phraseFeatures({ phrase: r.segment, before: r.before, after: r.after, captionsFound: r.captionsFound, phrases: r.candidates }),
    caption: r.label === 'caption' ? 1 : 0,
  }));

/** Weights of a logistic regression (full-batch gradient descent, L2), for the properties seen MIN_COUNT times. */
function learn(train) {
  const counts = new Map();
  for (const { features } of train) for (const f of new Set(features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = train.map(({ features }) => [...new Set(features)].filter((f) => index.has(f)).map((f) => index.get(f)));
  const w = new Float64Array(names.length);
  for (let step = 0; step < STEPS; step++) {
    const gradient = new Float64Array(names.length);
    rows.forEach((row, i) => {
      const z = row.reduce((s, j) => s + w[j], 0);
      const error = 1 / (1 + Math.exp(-z)) - train[i].caption;
      for (const j of row) gradient[j] += error;
    });
    for (let j = 0; j < w.length; j++) w[j] -= (STEP_SIZE * (gradient[j] + L2 * w[j])) / train.length;
  }
  return Object.fromEntries(names.map((f, i) => [f, Math.round(w[i] * 1000) / 1000]));
}

const score = (weights, features) => [...new Set(features)].reduce((s, f) => s + (weights[f] ?? 0), 0);

// Cross-validation: every example scored by weights learned without it.
const scored = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const weights = learn(examples.filter((_, i) => i % FOLDS !== fold));
  examples.forEach((e, i) => i % FOLDS === fold && scored.push({ score: score(weights, e.features), caption: e.caption }));
}
scored.sort((a, b) => b.score - a.score);
const captions = scored.filter((s) => s.caption).length;
let threshold = Infinity;
let figures = null;
let hits = 0;
scored.forEach((s, i) => {
  hits += s.caption;
  const tied = scored[i + 1]?.score === s.score;
  if (!tied && hits / (i + 1) >= MIN_PRECISION) {
    threshold = Math.floor(s.score * 10) / 10;
    figures = { cut: i + 1, precision: hits / (i + 1), recall: hits / captions };
  }
});
const weights = learn(examples);
const counts = records.reduce((c, r) => ({ ...c, [r.label]: (c[r.label] ?? 0) + 1 }), {});

const source = `// Made by scripts/unmarked-caption-weights.js from fixtures/labels/unmarked-captions/
// phrases.label.json; do not edit by hand, run the script again.
//
// ${records.length} run-on phrases labelled by reading: ${Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([l, n]) => `${n} ${l}`).join(', ')}.
// A logistic regression over the phrase's shape (see unmarked-captions.ts): a weight per
// property seen ${MIN_COUNT} times at least; a phrase is a caption when its weights add up to
// CAPTION_MIN_SCORE. In a ${FOLDS}-fold cross-validation ${figures.cut} of ${scored.length} phrases scored so, ${(100 * figures.precision).toFixed(0)} % of them
// captions, ${(100 * figures.recall).toFixed(0)} % of the ${captions} captions.
export const CAPTION_MIN_SCORE = ${threshold};

export const CAPTION_WEIGHTS: Readonly<Record<string, number>> = {
${Object.entries(weights).map(([f, w]) => `  '${f}': ${w},`).join('\n')}
};
`;
if (process.argv.includes('--check')) {
  const same = readFileSync(outFile, 'utf8') === source;
  if (!same) console.error(`${path.relative(root, outFile)} is not what the labels give: run node scripts/unmarked-caption-weights.js`);
  process.exit(same ? 0 : 1);
}
writeFileSync(outFile, source);
console.log(`${path.relative(root, outFile)}: ${Object.keys(weights).length} weights, threshold ${threshold}; cross-validated: ${figures.cut} cut, precision ${figures.precision.toFixed(2)}, recall ${figures.recall.toFixed(2)}`);
