#!/usr/bin/env node
// One measured run for scripts/bench.js, in this process so that the peak RSS is the tool's,
// worker threads included: `clean` itself, its learning pass alone (a dry run), `clean review`,
// or the floor — reading every input and writing a .txt and a .json per input with no
// cleaning. Prints one JSON line: { seconds, maxRssMb }.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';

const [mode, input, out, jobs = '1'] = process.argv.slice(2);
const started = process.hrtime.bigint();
if (mode === 'clean' || mode === 'dry-run') {
  const { main } = await import('../dist/cli/main.js');
  const dry = mode === 'dry-run' ? ['--dry-run', '--save-template', `${out}.template.json`] : [];
  // A dry run lists every output on stdout: not wanted here.
  if (dry.length) process.stdout.write = () => true;
  const code = await main(['node', 'clean', input, '--out', out, '--quiet', '--jobs', jobs, ...dry]);
  if (code !== 0) process.exitCode = code;
  if (dry.length) delete process.stdout.write;
} else if (mode === 'review') {
  const { main } = await import('../dist/cli/main.js');
  const code = await main(['node', 'clean', 'review', input, '--out', out, '--quiet', '--jobs', jobs]);
  if (code !== 0) process.exitCode = code;
} else {
  for (const file of await fg('**/*', { cwd: input, onlyFiles: true })) {
    const bytes = await readFile(path.join(input, file));
    const base = path.join(out, file.replace(/(\.[^./]+)?(\.gz)?$/, ''));
    await mkdir(path.dirname(base), { recursive: true });
    await writeFile(`${base}.txt`, bytes);
    await writeFile(`${base}.json`, '{}\n');
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
