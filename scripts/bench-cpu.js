#!/usr/bin/env node
// Cleaning alone, no disk: every file of a folder read into memory first, then cleaned with
// cleanInput in one thread, twice: the first pass includes the JIT's warm-up (what a short run
// pays), the second is the steady state a long run reaches. Prints one JSON line:
// { docs, mb, seconds, warmSeconds }, mb counting the uncompressed size of .gz pages (what is
// cleaned).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import fg from 'fast-glob';
import { cleanInput } from '../dist/index.js';

const dir = process.argv[2];
const files = await fg('**/*.{txt,html.gz,html}', { cwd: dir });
const inputs = await Promise.all(files.map(async (f) => ({ f, bytes: await readFile(path.join(dir, f)) })));

function pass() {
  const started = process.hrtime.bigint();
  let docs = 0;
  for (const { f, bytes } of inputs) docs += cleanInput(bytes, { path: f }).length;
  return { docs, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

const first = pass();
const warm = pass();
const size = (i) => (i.f.endsWith('.gz') ? gunzipSync(i.bytes).length : i.bytes.length);
const mb = inputs.reduce((n, i) => n + size(i), 0) / 1e6;
console.log(JSON.stringify({ docs: first.docs, mb, seconds: first.seconds, warmSeconds: warm.seconds }));
