// Inputs (files, folders, globs) → the list of documents to clean, each with the path its
// outputs take under --out (the input tree mirrored). Globbing is fast-glob's.
import { stat } from 'node:fs/promises';
import path from 'node:path';

import { ALL_EXTENSIONS } from './formats.js';

/** File endings `clean` reads when walking a folder (each also gzip-compressed). */
export const INPUT_EXTENSIONS = ALL_EXTENSIONS;

export interface InputFile {
  /** Absolute path of the input. */
  path: string;
  /** Path relative to the input root, used to mirror the tree under --out. */
  relative: string;
}

export interface WalkResult {
  files: InputFile[];
  /** Inputs that could not be walked, with the cause (`no such file or folder`). */
  errors: { path: string; error: string }[];
}

export async function walkInputs(inputs: readonly string[], ignore: readonly string[] = []): Promise<WalkResult> {
  // Loaded here, not at start-up: one page on stdin (and every worker thread) has no use for it.
  const { default: fg } = await import('fast-glob');
  const files = new Map<string, InputFile>();
  const errors: WalkResult['errors'] = [];
  const ignoreAbs = ignore.map((p) => path.resolve(p));
  const isIgnored = (p: string) => ignoreAbs.some((dir) => p === dir || p.startsWith(dir + path.sep));
  const add = (abs: string, root: string) => {
    if (!isIgnored(abs) && !files.has(abs)) files.set(abs, { path: abs, relative: path.relative(root, abs) || path.basename(abs) });
  };
  for (const input of inputs) {
    // A name that exists is taken as it is, even when it reads as a pattern (`a\b.txt`, `[1].txt`).
    if (fg.isDynamicPattern(input) && !(await exists(input))) {
      // fast-glob's own reading of the pattern's static part (`dumps/**/*.txt` → `dumps`).
      const root = path.resolve(fg.generateTasks([input])[0]?.base ?? '.');
      const found = await fg(input, { absolute: true, onlyFiles: true, followSymbolicLinks: false, suppressErrors: true });
      for (const f of found.sort()) add(path.resolve(f), root);
      continue;
    }
    const abs = path.resolve(input);
    let info;
    try {
      info = await stat(abs);
    } catch (error) {
      errors.push({ path: input, error: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message });
      continue;
    }
    if (info.isDirectory()) {
      const pattern = `**/*.{${INPUT_EXTENSIONS.flatMap((e) => [e, `${e}.gz`]).join(',')}}`;
      // Relative entries joined here: fast-glob's absolute paths turn a `\` in a name into `/`.
      const found = await fg(pattern, { cwd: abs, onlyFiles: true, dot: false, followSymbolicLinks: false, suppressErrors: true });
      for (const f of found.sort()) add(path.join(abs, f), abs);
    } else {
      add(abs, path.dirname(abs));
    }
  }
  return { files: [...files.values()].sort((a, b) => a.relative.localeCompare(b.relative)), errors };
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
