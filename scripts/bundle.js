#!/usr/bin/env node
// The command's bundle: the compiled modules of dist/ (tsc's output) bundled by esbuild into
// dist/bundle/main.js (the command, bin/clean.js) and dist/bundle/worker.js (its threads), each
// whole, the site modules too (a shared chunk would split them off into files of their own).
// Node loads one file of a few hundred KB faster than some ninety small modules through its
// module loader: a page on stdin is cleaned ~60 ms sooner, and each worker thread starts that
// much sooner. Packages stay outside (node_modules), loaded as before; the library
// (dist/index.js) is left as tsc made it.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
// The site modules' names, as the compiled registry finds them in its folder: the bundle has
// no folder to list, so it is told them (see src/sites/index.ts).
const { SITE_NAMES } = await import(path.join(dist, 'sites', 'index.js'));

await build({
  entryPoints: { main: path.join(dist, 'cli', 'main.js'), worker: path.join(dist, 'pipeline', 'worker.js') },
  outdir: path.join(dist, 'bundle'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  define: { BUNDLED_SITE_NAMES: JSON.stringify(SITE_NAMES) },
  logLevel: 'warning',
});
