#!/usr/bin/env node
// One measured run for scripts/bench.js: either `clean` itself (in this process, so that its
// peak RSS is ours) or the floor — reading and writing the same files with no cleaning.
// Prints one JSON line: { seconds, maxRssMb }.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';

const [mode, input, out] = process.argv.slice(2);
const started = process.hrtime.bigint();
if (mode === 'clean') {
  const { main } = await import('../dist/cli/main.js');
  const code = await main(['node', 'clean', input, '--out', out, '--quiet']);
  if (code !== 0) process.exitCode = code;
} else {
  for (const file of await fg('**/*.{txt,text,md}', { cwd: input })) {
    const bytes = await readFile(path.join(input, file));
    await mkdir(path.dirname(path.join(out, file)), { recursive: true });
    await writeFile(path.join(out, file), bytes);
    await writeFile(path.join(out, file.replace(/\.[^.]+$/, '.json')), '{}\n');
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
