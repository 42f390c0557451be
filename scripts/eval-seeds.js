#!/usr/bin/env node
// Scores clean on the seed dumps of ../shared (a checkout beside this repo) with the
// official scorer, with site modules and with --site generic. Says so when ../shared is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const shared = path.resolve('..', 'shared');
if (!existsSync(path.join(shared, 'seeds')) || !existsSync(path.join(shared, 'tools', 'score.py'))) {
  console.error('eval: ../shared/seeds and ../shared/tools/score.py are not here; nothing to score');
  process.exit(0);
}
for (const site of [null, 'generic']) {
  const out = mkdtempSync(path.join(tmpdir(), 'clean-eval-'));
  execFileSync('node', ['bin/clean.js', path.join(shared, 'seeds'), '--out', out, '--quiet', ...(site ? ['--site', site] : [])], { stdio: 'inherit' });
  console.log(site ? `--site ${site}:` : 'with site modules:');
  try {
    execFileSync('python3', [path.join(shared, 'tools', 'score.py'), out, path.join(shared, 'gold'), '--meta', '--input', path.join(shared, 'seeds')], { stdio: 'inherit' });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
