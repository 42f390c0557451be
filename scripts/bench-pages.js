#!/usr/bin/env node
// Scores the text path on page dumps of sites no module covers: the 91 pages of
// ../shared/bench/page-dumps-dev (when present), with the benchmark's own metric
// (../shared/tools/bench_f1.py). Reports all pages, then the two halves the page model was
// developed on and held out from: pages whose id starts with 0-4 were not read while tuning.
// Says so when ../shared is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const bench = path.resolve('..', 'shared', 'bench');
const dumps = path.join(bench, 'page-dumps-dev', 'txt');
const truth = path.join(bench, 'scrapinghub-dev', 'ground-truth.json');
const scorer = path.resolve('..', 'shared', 'tools', 'bench_f1.py');
if (!existsSync(dumps) || !existsSync(truth) || !existsSync(scorer)) {
  console.error('bench:pages: ../shared/bench/page-dumps-dev, its ground truth or ../shared/tools/bench_f1.py is not here; nothing to score');
  process.exit(0);
}
const HELD_OUT = /^[0-4]/;
const out = mkdtempSync(path.join(tmpdir(), 'clean-bench-pages-'));
try {
  try {
    execFileSync('node', ['bin/clean.js', dumps, '--out', path.join(out, 'all'), '--quiet', ...process.argv.slice(2)], { stdio: 'inherit' });
  } catch {
    // Pages that fail are scored as empty by the scorer; the run goes on.
  }
  // Each half is scored against its own part of the ground truth (the scorer counts every
  // page of the ground truth it is given).
  const gold = JSON.parse(readFileSync(truth, 'utf8'));
  const halves = { all: () => true, dev: (id) => !HELD_OUT.test(id), 'held-out': (id) => HELD_OUT.test(id) };
  for (const [half, takes] of Object.entries(halves)) {
    const part = Object.fromEntries(Object.entries(gold).filter(([id]) => takes(id)));
    writeFileSync(path.join(out, `${half}.json`), JSON.stringify(part));
    const line = execFileSync('python3', [scorer, path.join(out, `${half}.json`), path.join(out, 'all'), '--quiet'], { encoding: 'utf8' }).trim();
    console.log(`${half.padEnd(8)} ${line}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
