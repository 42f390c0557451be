// The tool's name and version, read once from package.json (shipped with the package).
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string; bin: Record<string, string> };

/** The tool is its command, `clean`; the package that installs it is named otherwise (`clean` is taken on npm). */
export const TOOL = { name: Object.keys(pkg.bin)[0] ?? pkg.name, version: pkg.version } as const;
