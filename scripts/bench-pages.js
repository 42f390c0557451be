#!/usr/bin/env node
// Scores the text path on page dumps of sites no module covers: the 91 pages of
// ../shared/bench/page-dumps-dev (when present), with the benchmark's own metric
// (../shared/tools/bench_f1.py). Reports all pages, then the two halves the page model was
// developed on and held out from (see bench-halves.js).
// Says so when ../shared is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scoreHalves } from './bench-halves.js';

const bench = path.resolve('..', 'shared', 'bench');
const dumps = path.join(bench, 'page-dumps-dev', 'txt');
const truth = path.join(bench, 'scrapinghub-dev', 'ground-truth.json');
const scorer = path.resolve('..', 'shared', 'tools', 'bench_f1.py');
if (!existsSync(dumps) || !existsSync(truth) || !existsSync(scorer)) {
  console.error('bench:pages: ../shared/bench/page-dumps-dev, its ground truth or ../shared/tools/bench_f1.py is not here; nothing to score');
  process.exit(0);
}
const out = mkdtempSync(path.join(tmpdir(), 'clean-bench-pages-'));
try {
  try {
    execFileSync('node', ['bin/clean.js', dumps, '--out', path.join(out, 'all'), '--quiet', ...process.argv.slice(2)], { stdio: 'inherit' });
  } catch {
    // Pages that fail are scored as empty by the scorer; the run goes on.
  }
  scoreHalves({ truth, scorer, outputs: path.join(out, 'all'), work: out });
} finally {
  rmSync(out, { recursive: true, force: true });
}
