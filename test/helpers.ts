// Shared by the suites: where fixtures live, how to list fixture cases, temp folders that clean up.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = path.join(ROOT, 'fixtures');

export interface FixtureCase {
  /** `sites/vov/000_c354a9142e04d908` */
  name: string;
  input: string;
  expectedText: string;
  expectedJson: Record<string, unknown>;
}

/** Every `<case>.input.*` under fixtures/<group> with its `.expected.txt` and `.expected.json`. */
export function fixtureCases(group: string): FixtureCase[] {
  const cases: FixtureCase[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      const m = /^(.*)\.input\.[a-z.]+$/.exec(entry);
      if (!m) continue;
      const base = path.join(dir, m[1]!);
      cases.push({
        name: path.relative(FIXTURES, base),
        input: full,
        expectedText: readFileSync(`${base}.expected.txt`, 'utf8'),
        expectedJson: JSON.parse(readFileSync(`${base}.expected.json`, 'utf8')) as Record<string, unknown>,
      });
    }
  };
  if (existsSync(path.join(FIXTURES, group))) walk(path.join(FIXTURES, group));
  return cases;
}

/** The groups whose expected output the tool matches line for line (`pages/` is scored, see pages.test.ts). */
export const EXACT_GROUPS = ['sites', 'generic', 'html'] as const;

/** How many fixture inputs there are (every group): suites that copy fixtures/ count with it. */
export function fixtureInputCount(): number {
  return [...EXACT_GROUPS, 'pages'].reduce((n, group) => n + fixtureCases(group).length, 0);
}

/** How many fixture inputs the tool matches exactly. */
export function exactFixtureCount(): number {
  return EXACT_GROUPS.reduce((n, group) => n + fixtureCases(group).length, 0);
}

const madeDirs: string[] = [];
// Registered once per test file (each file imports its own copy of this module): the temp
// folders a suite made are removed when its tests are done, so runs leave nothing in /tmp.
afterAll(() => {
  for (const dir of madeDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the OS temp dir, removed after the suite that asked for it. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  madeDirs.push(dir);
  return dir;
}
