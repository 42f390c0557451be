// Incremental runs: a document is up to date when its .json and .txt exist and the .json says
// they were made from the same source bytes, by the same tool version, with the same forced
// site. Anything unreadable or different means "clean it again".
import { existsSync, readFileSync } from 'node:fs';
import { TOOL } from '../version.js';

export interface SourceKey {
  sha256: string;
  /** The `--site` the run forces (`null` when detection decides). */
  siteOverride: string | null;
}

export function isUpToDate(paths: { json: string; text: string }, key: SourceKey): boolean {
  let metadata: { source?: { sha256?: unknown }; tool?: { version?: unknown }; site?: { id?: unknown; detectedBy?: unknown } };
  try {
    metadata = JSON.parse(readFileSync(paths.json, 'utf8'));
  } catch {
    return false;
  }
  if (!existsSync(paths.text)) return false;
  const forced = metadata.site?.detectedBy === 'override' ? metadata.site.id : null;
  return metadata.source?.sha256 === key.sha256 && metadata.tool?.version === TOOL.version && forced === key.siteOverride;
}
