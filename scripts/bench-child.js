#!/usr/bin/env node
// One measured run for scripts/bench.js, in this process so that the peak RSS is the tool's,
// worker threads included: `clean` itself (also with --no-learn), its learning pass alone (a dry run),
// a dry run without learning, cleaning to a discarded stdout (jsonl, no files), `clean review`,
// or the floor — reading every input and writing a .txt and a .json per input with no
// cleaning (8 files at a time, as fast as Node does it). Prints one JSON line: { seconds, cpuSeconds, maxRssMb }.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';

const [mode, input, out, jobs = '1'] = process.argv.slice(2);
const started = process.hrtime.bigint();
if (mode === 'clean' || mode === 'clean-no-learn' || mode === 'dry-run' || mode === 'dry-run-no-learn' || mode === 'jsonl-no-learn') {
  const { main } = await import('../dist/bundle/main.js');
  const args = {
    'clean': ['--out', out],
    'clean-no-learn': ['--out', out, '--no-learn'],
    'dry-run': ['--out', out, '--dry-run', '--save-template', `${out}.template.json`],
    // What is left of a run without learning, cleaning or writing: the walk and the listing.
    'dry-run-no-learn': ['--out', out, '--dry-run', '--no-learn'],
    // Reading and cleaning every input with no file written: JSON lines to a stdout thrown away.
    'jsonl-no-learn': ['--format', 'jsonl', '--no-learn'],
  }[mode];
  // A dry run lists every output on stdout, jsonl prints every document: not wanted here.
  const quiet = mode !== 'clean' && mode !== 'clean-no-learn';
  if (quiet) process.stdout.write = () => true;
  const code = await main(['node', 'clean', input, '--quiet', '--jobs', jobs, ...args]);
  if (code !== 0) process.exitCode = code;
  if (quiet) delete process.stdout.write;
} else if (mode === 'review') {
  const { main } = await import('../dist/bundle/main.js');
  const code = await main(['node', 'clean', 'review', input, '--out', out, '--quiet', '--jobs', jobs]);
  if (code !== 0) process.exitCode = code;
} else {
  // The floor as fast as Node does it: FLOOR_IN_FLIGHT files read and written at once (one at a
  // time, each file waits for the thread pool twice over: 5x slower on the 5,000 dumps), and each
  // output folder made once.
  const FLOOR_IN_FLIGHT = 8;
  const files = await fg('**/*', { cwd: input, onlyFiles: true });
  const folders = new Map();
  let next = 0;
  const copyNext = async () => {
    while (next < files.length) {
      const file = files[next++];
      const bytes = await readFile(path.join(input, file));
      const base = path.join(out, file.replace(/(\.[^./]+)?(\.gz)?$/, ''));
      const dir = path.dirname(base);
      // Every writer into a folder waits for the one mkdir of it.
      if (!folders.has(dir)) folders.set(dir, mkdir(dir, { recursive: true }));
      await folders.get(dir);
      await writeFile(`${base}.txt`, bytes);
      await writeFile(`${base}.json`, '{}\n');
    }
  };
  await Promise.all(Array.from({ length: FLOOR_IN_FLIGHT }, copyNext));
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
// CPU seconds of the whole process, every thread (workers, V8's compiler and collector, libuv's pool).
const { user, system } = process.cpuUsage();
console.log(JSON.stringify({ seconds, cpuSeconds: (user + system) / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
