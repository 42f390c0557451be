// Where a document's outputs go and what they contain: `<out>/<relative>.txt` + `.json`.
import path from 'node:path';
import type { Article } from '../types.js';
import { writeFileAtomicSync } from './atomic.js';

/** `base` is the document's path under the output folder without extension (`vov/a`). */
export function outputPaths(outDir: string, base: string): { text: string; json: string } {
  const target = path.resolve(outDir, base);
  // Record ids are sanitised, but nothing may ever be written outside the output folder.
  if (!target.startsWith(path.resolve(outDir) + path.sep)) throw new Error(`refusing to write outside ${outDir}: ${base}`);
  return { text: `${target}.txt`, json: `${target}.json` };
}

export function metadataJson(article: Article, withText = false): string {
  const object = withText ? { ...article.metadata, text: article.text } : article.metadata;
  return JSON.stringify(object, null, 2) + '\n';
}

/**
 * A document's JSON (a .json as `metadataJson` writes it, or a `--format jsonl` line) with its
 * `duplicateOf` set. When it is still null, the value goes in place of the null: a string value
 * cannot hold that key's text (its quotes would be escaped), and parsing and writing the whole
 * JSON again cost more than the rest of flagging a copy. Otherwise the JSON is rebuilt.
 */
export function withDuplicateOf(json: string, duplicateOf: string | null): string {
  const pretty = json.startsWith('{\n');
  const unset = pretty ? '\n  "duplicateOf": null' : '"duplicateOf":null';
  const at = json.indexOf(unset);
  if (at !== -1 && duplicateOf !== null) {
    const key = unset.slice(0, -'null'.length);
    return json.slice(0, at) + key + JSON.stringify(duplicateOf) + json.slice(at + unset.length);
  }
  const object = { ...(JSON.parse(json) as Record<string, unknown>), duplicateOf };
  return (pretty ? JSON.stringify(object, null, 2) : JSON.stringify(object)) + '\n';
}

/** The longest file name most file systems take (ext4, xfs, btrfs, tmpfs: 255 bytes). */
const MAX_NAME_BYTES = 255;

/**
 * Text first, JSON last: the .json is the pair's commit record (it holds the hash of the .txt).
 * A run stopped between the two renames, or a .json that cannot be written, leaves the old
 * .json, whose source hash no longer matches: the next run cleans the document again.
 */
export function writeOutputs(paths: { text: string; json: string }, json: string, text: string | Uint8Array, staging: string | null): void {
  // Checked before either file is written: a .txt written and its .json refused is half a pair.
  for (const file of [paths.text, paths.json]) {
    const bytes = Buffer.byteLength(path.basename(file));
    if (bytes > MAX_NAME_BYTES) throw new Error(`output name ${path.basename(file).slice(0, 40)}… is ${bytes} bytes, over the ${MAX_NAME_BYTES} a file name may have`);
  }
  writeFileAtomicSync(paths.text, text, true, staging);
  writeFileAtomicSync(paths.json, json, false, staging);
}
