// Incremental runs: a document is up to date when its .json and .txt exist, the .json says
// they were made from the same source bytes, by the same tool version, with the same forced
// site and the same learned template for its site, and the .txt is the one the .json was
// written with (its hash). Anything unreadable or different means "clean it again".
import { readFileSync } from 'node:fs';
import { hash } from 'node:crypto';
import { TOOL } from '../version.js';
import { templateGroup, type TemplateLookup } from '../learn/template.js';
import type { ArticleMetadata } from '../types.js';

export interface SourceKey {
  sha256: string;
  /** The `--site` the run forces (`null` when detection decides). */
  siteOverride: string | null;
  template: TemplateLookup | null;
}

/** What the current outputs say of themselves (for near-duplicate flags), or null when stale. */
export function storedOutputs(paths: { json: string; text: string }, key: SourceKey): { fingerprint: string | null; written: string | null } | null {
  let metadata: Partial<ArticleMetadata>;
  try {
    metadata = JSON.parse(readFileSync(paths.json, 'utf8'));
  } catch {
    return null;
  }
  if (!metadata.site || !metadata.tool || !metadata.source || !textIsTheOneWritten(paths.text, metadata.output?.textSha256)) return null;
  const forced = metadata.site.detectedBy === 'override' ? metadata.site.id : null;
  // Same bytes and same override: detection finds the same site, so the same template applies.
  const template = key.template?.get(templateGroup(metadata.site))?.id ?? null;
  const current =
    metadata.source.sha256 === key.sha256 &&
    metadata.tool.version === TOOL.version &&
    (metadata.tool.template ?? null) === template &&
    forced === key.siteOverride;
  return current ? { fingerprint: metadata.fingerprint ?? null, written: metadata.duplicateOf ?? null } : null;
}

/** The .txt on disk is the one its .json was written with: a .txt left from another run is not. */
function textIsTheOneWritten(path: string, expected: string | undefined): boolean {
  if (!expected) return false;
  try {
    return hash('sha256', readFileSync(path), 'hex') === expected;
  } catch {
    return false;
  }
}
