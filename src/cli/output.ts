// Where a document's outputs go and what they contain: `<out>/<relative>.txt` + `.json`.
import path from 'node:path';
import type { Article } from '../types.js';
import { writeFileAtomic } from '../io/atomic.js';

export function outputPaths(outDir: string, relative: string): { text: string; json: string } {
  const parsed = path.parse(relative);
  const base = path.join(outDir, parsed.dir, parsed.name);
  return { text: `${base}.txt`, json: `${base}.json` };
}

export function metadataJson(article: Article, withText = false): string {
  const object = withText ? { ...article.metadata, text: article.text } : article.metadata;
  return JSON.stringify(object, null, 2) + '\n';
}

export async function writeArticle(outDir: string, relative: string, article: Article): Promise<void> {
  const paths = outputPaths(outDir, relative);
  // JSON first, text last: a pipeline that waits for the .txt finds the .json beside it.
  await writeFileAtomic(paths.json, metadataJson(article));
  await writeFileAtomic(paths.text, article.text, false);
}
