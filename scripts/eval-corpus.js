#!/usr/bin/env node
// `npm run eval:corpus`: scores clean on the labelled development set of collapsed dumps: 150
// dumps of ../shared/corpus/baomoi-5k.tar.gz drawn at random (seed 20261203), whose labels
// (what to cut, and the metadata) are fixtures/labels/baomoi/<id>.label.json. The gold is
// rebuilt from the corpus and the labels with ../shared/tools/make_gold.py (never typed), then
// `clean eval` prints paragraph P/R/F1, token F1, metadata, junk removed and prose lost. Says so
// when ../shared is missing. Extra arguments go to `clean eval` (`--json`, `--min-f1 0.8`).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const shared = path.resolve('..', 'shared');
const tarball = path.join(shared, 'corpus', 'baomoi-5k.tar.gz');
const makeGold = path.join(shared, 'tools', 'make_gold.py');
const labels = path.resolve('fixtures', 'labels', 'baomoi');
if (!existsSync(tarball) || !existsSync(makeGold)) {
  console.error('eval:corpus: ../shared/corpus/baomoi-5k.tar.gz or ../shared/tools/make_gold.py is not here; nothing to score');
  process.exit(0);
}
const work = mkdtempSync(path.join(tmpdir(), 'clean-eval-corpus-'));
try {
  const corpus = path.join(work, 'corpus');
  mkdirSync(corpus);
  execFileSync('tar', ['-xzf', tarball, '-C', corpus]);
  const ids = readdirSync(labels).filter((f) => f.endsWith('.label.json')).map((f) => f.slice(0, -'.label.json'.length));
  const [inputs, labelDir, gold] = ['inputs', 'labels', 'gold'].map((d) => path.join(work, d));
  for (const dir of [inputs, labelDir]) mkdirSync(dir);
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
} finally {
  rmSync(work, { recursive: true, force: true });
}
