#!/usr/bin/env node
// Scores the generic HTML path on ../shared/bench/scrapinghub-dev (when present) with the
// benchmark's own metric (../shared/tools/bench_f1.py): the worst pages and all of them, then the
// pages the engine was developed on and those held out (see bench-halves.js). Says so when
// ../shared is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scoreHalves } from './bench-halves.js';

const bench = path.resolve('..', 'shared', 'bench', 'scrapinghub-dev');
const scorer = path.resolve('..', 'shared', 'tools', 'bench_f1.py');
if (!existsSync(path.join(bench, 'html')) || !existsSync(scorer)) {
  console.error('bench:html: ../shared/bench/scrapinghub-dev or ../shared/tools/bench_f1.py is not here; nothing to score');
  process.exit(0);
}
const out = mkdtempSync(path.join(tmpdir(), 'clean-bench-html-'));
try {
  execFileSync('node', ['bin/clean.js', path.join(bench, 'html'), '--out', out, '--quiet', '--site', 'generic'], { stdio: 'inherit' });
} catch {
  // Pages that fail are scored as empty by the scorer; the run goes on.
}
try {
  // The worst pages and all of them (extra arguments go to the scorer: `--min-f1 0.9`), then the halves.
  execFileSync('python3', [scorer, path.join(bench, 'ground-truth.json'), out, ...process.argv.slice(2)], { stdio: 'inherit' });
  const work = mkdtempSync(path.join(tmpdir(), 'clean-bench-html-truth-'));
  try {
    scoreHalves({ truth: path.join(bench, 'ground-truth.json'), scorer, outputs: out, work, parts: ['dev', 'held-out'] });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
