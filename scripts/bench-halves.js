// The scoring shared by bench:html and bench:pages: the 91 pages of ../shared/bench, all of
// them, then the two halves the generic engine was developed on and held out from (pages
// whose id starts with 0-4 were not read while tuning), each against its own part of the
// ground truth (the scorer counts every page of the ground truth it is given).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const HELD_OUT = /^[0-4]/;

/** Prints a line of ../shared/tools/bench_f1.py for each of `parts` of the pages, scoring the outputs in `outputs`; `work` holds the ground-truth parts. */
export function scoreHalves({ truth, scorer, outputs, work, parts = ['all', 'dev', 'held-out'] }) {
  const gold = JSON.parse(readFileSync(truth, 'utf8'));
  const halves = { all: () => true, dev: (id) => !HELD_OUT.test(id), 'held-out': (id) => HELD_OUT.test(id) };
  for (const half of parts) {
    const takes = halves[half];
    const part = Object.fromEntries(Object.entries(gold).filter(([id]) => takes(id)));
    writeFileSync(path.join(work, `${half}.json`), JSON.stringify(part));
    const line = execFileSync('python3', [scorer, path.join(work, `${half}.json`), outputs, '--quiet'], { encoding: 'utf8' }).trim();
    console.log(`${half.padEnd(8)} ${line}`);
  }
}
