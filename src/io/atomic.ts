// Outputs are written to a temporary file beside the target and renamed into place, so a
// reader (or a crash) never sees half a file.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** `createDir: false` when the caller made the folder already (one mkdir per document, not per file). */
export async function writeFileAtomic(target: string, data: string, createDir = true): Promise<void> {
  if (createDir) await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await writeFile(temp, data, 'utf8');
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
