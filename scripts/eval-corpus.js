#!/usr/bin/env node
// `npm run eval:corpus`: scores clean on labelled collapsed dumps of
// ../shared/corpus/baomoi-5k.tar.gz, in six parts:
// - development: 150 dumps drawn at random (seed 20261203), labels in fixtures/labels/baomoi/.
//   The rules were tuned on these: their figures flatter the tool.
// - held out: 50 more drawn at random from the rest (seed 20261204), labels in
//   fixtures/labels/baomoi-holdout/ (see fixtures/README.md). Scored, never read for tuning:
//   their figures are the estimate for dumps the tool has not seen.
// - held out, second draw: 50 more (seed 20261205), labels in fixtures/labels/baomoi-holdout2/.
// - held out, third draw: 50 more (seed 20261209), labels in fixtures/labels/baomoi-holdout3/,
//   labelled blind on 2026-12-06 after the rules of that day were written.
// - development, second draw: 50 more (seed 20261206), labels in fixtures/labels/baomoi-dev2/:
//   scored once unseen, then its residue studied.
// - development, third draw: 50 more (seed 20261207), labels in fixtures/labels/baomoi-dev3/:
//   scored once unseen, then its residue studied.
// - photo stories: chosen, not drawn: the 18 dumps whose output the photo-story rule changes,
//   labelled blind (fixtures/labels/baomoi-photo-stories/). Not an estimate for unseen dumps.
// Each label says what to cut and the metadata; the gold is rebuilt from the corpus and the
// labels with ../shared/tools/make_gold.py (never typed), then `clean eval` prints paragraph
// P/R/F1, token F1, metadata, junk removed and prose lost, and a line under each part tells the
// junk the outputs still hold by its shape (junk-left.js). Says so when ../shared is missing.
// Extra arguments go to `clean eval` (`--json`, `--min-f1 0.8`).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JUNK_SHAPES, junkLeftByShape } from './junk-left.js';

/** How each shape of junk left is named on the line under a part (words, and spans in brackets). */
const JUNK_SHAPE_NAMES = { phrase: 'phrases with no end mark', sentence: 'sentences', long: 'runs over 60 words', short: 'spans of 4 words or fewer' };

const shared = path.resolve('..', 'shared');
const tarball = path.join(shared, 'corpus', 'baomoi-5k.tar.gz');
const makeGold = path.join(shared, 'tools', 'make_gold.py');
const PARTS = [
  ['development (tuned on)', path.resolve('fixtures', 'labels', 'baomoi')],
  ['held out (never tuned on)', path.resolve('fixtures', 'labels', 'baomoi-holdout')],
  ['held out, second draw (never tuned on)', path.resolve('fixtures', 'labels', 'baomoi-holdout2')],
  ['held out, third draw (never tuned on)', path.resolve('fixtures', 'labels', 'baomoi-holdout3')],
  ['development, second draw (studied)', path.resolve('fixtures', 'labels', 'baomoi-dev2')],
  ['development, third draw (studied)', path.resolve('fixtures', 'labels', 'baomoi-dev3')],
  ['photo stories (chosen: the dumps the photo-story rule changes)', path.resolve('fixtures', 'labels', 'baomoi-photo-stories')],
];
if (!existsSync(tarball) || !existsSync(makeGold)) {
  console.error('eval:corpus: ../shared/corpus/baomoi-5k.tar.gz or ../shared/tools/make_gold.py is not here; nothing to score');
  process.exit(0);
}
const work = mkdtempSync(path.join(tmpdir(), 'clean-eval-corpus-'));
try {
  const corpus = path.join(work, 'corpus');
  mkdirSync(corpus);
  execFileSync('tar', ['-xzf', tarball, '-C', corpus]);
  for (const [name, labels] of PARTS) {
    const ids = readdirSync(labels).filter((f) => f.endsWith('.label.json')).map((f) => f.slice(0, -'.label.json'.length));
    console.log(`== ${name}: ${ids.length} dumps, labels in ${path.relative(process.cwd(), labels)}`);
    const part = path.join(work, path.basename(labels));
    const [inputs, labelDir, gold] = ['inputs', 'labels', 'gold'].map((d) => path.join(part, d));
    for (const dir of [inputs, labelDir]) mkdirSync(dir, { recursive: true });
    for (const id of ids) {
      copyFileSync(path.join(corpus, 'baomoi-5k', `${id}.txt`), path.join(inputs, `${id}.txt`));
      copyFileSync(path.join(labels, `${id}.label.json`), path.join(labelDir, `${id}.json`));
    }
    execFileSync('python3', [makeGold, inputs, labelDir, gold], { stdio: ['ignore', 'ignore', 'inherit'] });
    try {
      execFileSync('node', ['bin/clean.js', 'eval', '--gold', gold, inputs, ...process.argv.slice(2)], { stdio: 'inherit' });
    } catch (error) {
      process.exitCode = error.status ?? 1;
    }
    if (!process.argv.includes('--json')) printJunkLeft(inputs, gold, path.join(part, 'outputs'), ids);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The junk the outputs still hold, by shape (see junk-left.js): where the junk removed falls short. */
function printJunkLeft(inputs, gold, outputs, ids) {
  execFileSync('node', ['bin/clean.js', inputs, '--out', outputs, '--quiet'], { stdio: 'inherit' });
  const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  const { words, spans } = junkLeftByShape(ids.map((id) => [read(path.join(gold, `${id}.expected.txt`)), read(path.join(outputs, `${id}.txt`))]));
  const total = JUNK_SHAPES.reduce((n, shape) => n + words[shape], 0);
  const parts = JUNK_SHAPES.map((shape) => `${JUNK_SHAPE_NAMES[shape]} ${words[shape]} (${spans[shape]})`);
  console.log(`junk left by shape: ${total} words, ${parts.join(', ')}`);
}
