#!/usr/bin/env node
// `npm run bench`: speed and memory of `clean` on real dumps. Unpacks the 5,000 baomoi dumps of
// ../shared/corpus (when present) into a temp folder, builds a larger tree from them
// (BENCH_COPIES copies, default 4 = 20,000 documents), cleans each tree with the CLI and measures
// docs/s, MB/s and peak RSS, next to the floor (reading + writing the same files, no cleaning).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tarball = path.resolve(root, '..', 'shared', 'corpus', 'baomoi-5k.tar.gz');
if (!existsSync(tarball)) {
  console.error(`bench: ${tarball} is not here (it lives in ../shared beside a checkout); nothing to measure`);
  process.exit(0);
}
if (!existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench: dist/ is missing: run `npm run build` first');
  process.exit(1);
}
const copies = Number(process.env.BENCH_COPIES ?? 4);
const work = mkdtempSync(path.join(tmpdir(), 'clean-bench-'));
const corpus = path.join(work, 'corpus');
mkdirSync(corpus);
execFileSync('tar', ['-xzf', tarball, '-C', corpus]);
const big = path.join(work, 'big');
for (let i = 0; i < copies; i++) cpSync(corpus, path.join(big, `copy-${i}`), { recursive: true });

function treeSize(dir) {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true })) {
    const s = statSync(path.join(dir, entry));
    if (s.isFile()) { files++; bytes += s.size; }
  }
  return { files, bytes };
}

function measure(mode, input) {
  const out = path.join(work, `out-${mode}-${path.basename(input)}`);
  rmSync(out, { recursive: true, force: true });
  const line = execFileSync(process.execPath, [path.join(root, 'scripts', 'bench-child.js'), mode, input, out], { encoding: 'utf8' });
  rmSync(out, { recursive: true, force: true });
  return JSON.parse(line.trim().split('\n').at(-1));
}

const rows = [];
for (const [name, dir] of [['baomoi-5k', corpus], [`baomoi x${copies}`, big]]) {
  const { files, bytes } = treeSize(dir);
  const floor = measure('floor', dir);
  const clean = measure('clean', dir);
  rows.push({ name, files, mb: bytes / 1e6, floor, clean });
}

const pad = (s, n) => String(s).padStart(n);
console.log(`${'tree'.padEnd(14)} ${pad('docs', 7)} ${pad('MB', 7)} | ${pad('clean s', 8)} ${pad('docs/s', 8)} ${pad('MB/s', 6)} ${pad('RSS MB', 7)} | ${pad('floor s', 8)} ${pad('MB/s', 6)} | ${pad('clean/floor', 11)}`);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(14)} ${pad(r.files, 7)} ${pad(r.mb.toFixed(1), 7)} | ${pad(r.clean.seconds.toFixed(2), 8)} ${pad(Math.round(r.files / r.clean.seconds), 8)} ${pad((r.mb / r.clean.seconds).toFixed(2), 6)} ${pad(Math.round(r.clean.maxRssMb), 7)} | ${pad(r.floor.seconds.toFixed(2), 8)} ${pad((r.mb / r.floor.seconds).toFixed(2), 6)} | ${pad((r.clean.seconds / r.floor.seconds).toFixed(2) + 'x', 11)}`,
  );
}
console.log('one process, one job (--jobs is not implemented yet); RSS = peak resident set of the cleaning process (process.resourceUsage)');

// Cleaning alone, files already in memory: the CPU cost per core, without the disk.
const htmlDir = path.resolve(root, '..', 'shared', 'bench', 'scrapinghub-dev', 'html');
for (const [name, dir] of [['text dumps', corpus], ['html pages (gz)', htmlDir]]) {
  if (!existsSync(dir)) continue;
  const r = JSON.parse(execFileSync(process.execPath, [path.join(root, 'scripts', 'bench-cpu.js'), dir], { encoding: 'utf8' }).trim());
  console.log(`in memory, ${name.padEnd(16)} ${pad(r.docs, 6)} docs ${pad(r.mb.toFixed(1), 6)} MB ${pad(r.seconds.toFixed(2), 6)} s  ${pad((r.mb / r.seconds).toFixed(2), 6)} MB/s  ${pad(Math.round(r.docs / r.seconds), 6)} docs/s`);
}
rmSync(work, { recursive: true, force: true });
