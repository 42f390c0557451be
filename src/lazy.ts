// Libraries only some runs need (HTML parsing, legacy encodings, the thread pool, the progress
// bar) are loaded on first use: loaded at start-up, each cost every process and worker thread
// its load time, one page on stdin included.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A function that returns the package `name`, required the first time it is called. */
export function onFirstUse<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
