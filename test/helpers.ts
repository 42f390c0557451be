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

/** A span of junk the tool still keeps in a fixture whose expected output is gold. */
export interface KeptJunk {
  text: string;
  why: string;
  /** Which occurrence of `text` is the junk, counting from 1 (the title may hold the same words). */
  occurrence?: number;
}

export interface KnownGap {
  kept: KeptJunk[];
  /** Spans of the gold the tool cuts (a phrase the gold keeps as possible prose): known losses. */
  lost?: KeptJunk[];
  /** Metadata values the tool still gets wrong, as it gives them. */
  metadata?: Record<string, unknown>;
}

/** test/known-gaps.json: per fixture case, the junk the tool is known to keep (see its `about`). */
export function knownGaps(): Map<string, KnownGap> {
  const file = JSON.parse(readFileSync(path.join(ROOT, 'test', 'known-gaps.json'), 'utf8')) as { cases: Record<string, KnownGap> };
  return new Map(Object.entries(file.cases));
}

/** The text with each kept span taken out once, as the gold was made: spaces closed up, empty paragraphs gone. */
export function withoutKeptJunk(text: string, kept: readonly KeptJunk[]): string {
  let rest = text;
  for (const { text: span, occurrence = 1 } of kept) {
    let at = -1;
    for (let n = 0; n < occurrence; n++) at = rest.indexOf(span, at + 1);
    if (at !== -1) rest = rest.slice(0, at) + rest.slice(at + span.length);
  }
  const paragraphs = rest.split('\n\n').map((p) => p.replace(/ {2,}/g, ' ').trim()).filter(Boolean);
  return paragraphs.length ? `${paragraphs.join('\n\n')}\n` : '';
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
