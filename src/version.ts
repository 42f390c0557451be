// The tool's name and version, read once from package.json (shipped with the package), and the
// package's folder, where package.json and the review report's assets are.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The nearest folder above this file that holds a package.json: found, not assumed, as this
 * code runs from src/ (tests), dist/ (the compiled modules) and dist/bundle/ (the command).
 */
export const PACKAGE_ROOT = packageRoot(path.dirname(fileURLToPath(import.meta.url)));

function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string> };

/** The tool is its command, `clean`; the package that installs it is named otherwise (`clean` is taken on npm). */
export const TOOL = { name: Object.keys(pkg.bin)[0] ?? pkg.name, version: pkg.version } as const;
