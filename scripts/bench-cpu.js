#!/usr/bin/env node
// Cleaning alone, no disk: every file of a folder read into memory first, then cleaned with
// cleanInput in one thread, twice: the first pass includes the JIT's warm-up (what a short run
// pays), the second is the steady state a long run reaches. Prints one JSON line:
// { docs, mb, seconds, warmSeconds, cpuSeconds, passes, passesSeconds, passesCpuSeconds }, mb
// counting the uncompressed size of .gz pages (what is cleaned).
//
// `--share K/N` cleans every N-th file from the K-th on (what one of N threads of a run gets,
// about), and `--passes P` cleans them P times (2 at least): a thread of a long run cleans the
// same kind of documents over and over. CPU seconds are the whole process's (process.cpuUsage:
// every thread, so V8's compiler and garbage collector threads too), counted from the first
// pass on: what one thread of a run costs the machine, less its reading and writing.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import fg from 'fast-glob';
import { cleanInput } from '../dist/index.js';

const [dir, ...options] = process.argv.slice(2);
const option = (name, fallback) => {
  const at = options.indexOf(name);
  return at === -1 ? fallback : options[at + 1];
};
const [share, shares] = option('--share', '0/1').split('/').map(Number);
const passes = Math.max(2, Number(option('--passes', 2)));
const files = (await fg('**/*.{txt,html.gz,html}', { cwd: dir })).sort().filter((_, i) => i % shares === share);
const inputs = await Promise.all(files.map(async (f) => ({ f, bytes: await readFile(path.join(dir, f)) })));

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

function pass() {
  const started = process.hrtime.bigint();
  const cpu = cpuNow();
  let docs = 0;
  for (const { f, bytes } of inputs) docs += cleanInput(bytes, { path: f }).length;
  return { docs, seconds: Number(process.hrtime.bigint() - started) / 1e9, cpuSeconds: cpuNow() - cpu };
}

const runs = Array.from({ length: passes }, pass);
const [first, warm] = runs;
const size = (i) => (i.f.endsWith('.gz') ? gunzipSync(i.bytes).length : i.bytes.length);
const mb = inputs.reduce((n, i) => n + size(i), 0) / 1e6;
const sum = (key) => runs.reduce((n, r) => n + r[key], 0);
console.log(
  JSON.stringify({
    docs: first.docs,
    mb,
    seconds: first.seconds,
    warmSeconds: warm.seconds,
    cpuSeconds: first.cpuSeconds,
    passes,
    passesSeconds: sum('seconds'),
    passesCpuSeconds: sum('cpuSeconds'),
  }),
);
