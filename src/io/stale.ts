// Outputs whose input is gone: a pair `<base>.txt` + `<base>.json` in the output folder that no
// input of the run writes (the dump was deleted or renamed). They are named, never removed
// unasked; `--prune` removes them, the .json first (the pair's commit record), then the .txt.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { TOOL } from '../version.js';

export interface StaleScan {
  /** The output folder. */
  outDir: string;
  /** The output bases (`vov/a`) the run's inputs write. */
  owned: ReadonlySet<string>;
  /** Bases of .jsonl inputs: every output under their folder is a record's. */
  recordFolders: ReadonlySet<string>;
  /** A folder inside the output folder that holds no outputs (the review report). */
  skip: string | null;
}

/** The bases of outputs `clean` wrote that no input owns, sorted. */
export async function staleOutputs(scan: StaleScan): Promise<string[]> {
  const { default: fg } = await import('fast-glob');
  // Dot folders (staging) are left out by fast-glob.
  const found = await fg('**/*.json', { cwd: scan.outDir, onlyFiles: true, followSymbolicLinks: false, suppressErrors: true });
  const skip = scan.skip ? path.relative(scan.outDir, scan.skip) : null;
  const stale: string[] = [];
  for (const file of found) {
    const base = file.slice(0, -'.json'.length);
    if (scan.owned.has(base) || inRecordFolder(base, scan.recordFolders)) continue;
    if (skip && !skip.startsWith('..') && (base === skip || base.startsWith(skip + '/'))) continue;
    if (isOurs(path.join(scan.outDir, file))) stale.push(base);
  }
  return stale.sort();
}

function inRecordFolder(base: string, folders: ReadonlySet<string>): boolean {
  for (let dir = path.dirname(base); dir !== '.' && dir !== '/'; dir = path.dirname(dir)) if (folders.has(dir)) return true;
  return false;
}

/** A .json `clean` wrote (its `tool.name`): other JSON files in the output folder are the user's. */
function isOurs(file: string): boolean {
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { tool?: { name?: unknown } };
    return json?.tool?.name === TOOL.name;
  } catch {
    return false;
  }
}

/** Removes stale pairs, the .json first; the bases it could not remove, with the cause. */
export function pruneOutputs(outDir: string, bases: readonly string[]): { base: string; error: string }[] {
  const failed: { base: string; error: string }[] = [];
  for (const base of bases) {
    try {
      rmSync(path.join(outDir, `${base}.json`), { force: true });
      rmSync(path.join(outDir, `${base}.txt`), { force: true });
    } catch (error) {
      failed.push({ base, error: (error as Error).message });
    }
  }
  return failed;
}
