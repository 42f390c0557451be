#!/usr/bin/env node
// Cleaning alone, no disk: every file of a folder read into memory first, then cleaned with
// cleanInput in one thread. Prints one JSON line: { docs, mb, seconds }, mb counting the
// uncompressed size of .gz pages (what is cleaned).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import fg from 'fast-glob';
import { cleanInput } from '../dist/index.js';

const dir = process.argv[2];
const files = await fg('**/*.{txt,html.gz,html}', { cwd: dir });
const inputs = await Promise.all(files.map(async (f) => ({ f, bytes: await readFile(path.join(dir, f)) })));
const started = process.hrtime.bigint();
let docs = 0;
for (const { f, bytes } of inputs) docs += cleanInput(bytes, { path: f }).length;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const size = (i) => (i.f.endsWith('.gz') ? gunzipSync(i.bytes).length : i.bytes.length);
const mb = inputs.reduce((n, i) => n + size(i), 0) / 1e6;
console.log(JSON.stringify({ docs, mb, seconds }));
