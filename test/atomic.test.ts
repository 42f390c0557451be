// Atomic writes: the temp file goes beside the target, or into the run's staging folder (and
// beside the target after all when the rename crosses file systems).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from './helpers.js';

// renameSync fails with EXDEV for temp files in a staging folder while `crossDevice` is set,
// as it does when the target folder is a mount of another file system.
let crossDevice = false;
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const renameSync: typeof fs.renameSync = (from, to) => {
    if (crossDevice && String(from).includes('.clean-staging-')) throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    fs.renameSync(from, to);
  };
  return { ...fs, default: { ...fs, renameSync }, renameSync };
});
const { stagingFolder, writeFileAtomicSync } = await import('../src/io/atomic.js');

describe('writeFileAtomicSync', () => {
  it('writes beside the target when there is no staging folder, and leaves no temp file', () => {
    const dir = tempDir('clean-atomic');
    writeFileAtomicSync(path.join(dir, 'a', 'x.txt'), 'một');
    writeFileAtomicSync(path.join(dir, 'a', 'x.txt'), 'hai');
    expect(readFileSync(path.join(dir, 'a', 'x.txt'), 'utf8')).toBe('hai');
    expect(readdirSync(path.join(dir, 'a'))).toEqual(['x.txt']);
  });

  it('makes the temp file in the staging folder and renames it into place', () => {
    const dir = tempDir('clean-atomic');
    const staging = stagingFolder(dir);
    expect(path.dirname(staging)).toBe(dir);
    expect(path.basename(staging)).toMatch(new RegExp(`^\\.clean-staging-[0-9a-f]{8}-${process.pid}-[0-9a-f]{12}$`));
    expect(stagingFolder(dir)).not.toBe(staging);
    writeFileAtomicSync(path.join(dir, 'b', 'y.json'), '{}', true, staging);
    expect(readFileSync(path.join(dir, 'b', 'y.json'), 'utf8')).toBe('{}');
    expect(readdirSync(path.join(dir, 'b'))).toEqual(['y.json']);
    // The thread's own folder in the staging folder: made on first use, empty after the rename.
    const threadFolders = readdirSync(staging);
    expect(threadFolders).toHaveLength(1);
    expect(readdirSync(path.join(staging, threadFolders[0]!))).toEqual([]);
  });

  it('writes beside the target when the rename from the staging folder crosses file systems', () => {
    const dir = tempDir('clean-atomic');
    const staging = stagingFolder(dir);
    crossDevice = true;
    try {
      writeFileAtomicSync(path.join(dir, 'mnt', 'z.txt'), 'ba', true, staging);
    } finally {
      crossDevice = false;
    }
    expect(readFileSync(path.join(dir, 'mnt', 'z.txt'), 'utf8')).toBe('ba');
    expect(readdirSync(path.join(dir, 'mnt'))).toEqual(['z.txt']);
    expect(existsSync(staging) ? readdirSync(staging).flatMap((t) => readdirSync(path.join(staging, t))) : []).toEqual([]);
  });

  it('writes beside the target when the staging folder cannot be made', () => {
    const dir = tempDir('clean-atomic');
    // A file where the staging folder's parent should be: mkdir fails, as without write permission.
    writeFileSync(path.join(dir, 'blocked'), '');
    const staging = stagingFolder(path.join(dir, 'blocked'));
    writeFileAtomicSync(path.join(dir, 'c', 'w.txt'), 'bốn', true, staging);
    expect(readFileSync(path.join(dir, 'c', 'w.txt'), 'utf8')).toBe('bốn');
    expect(readdirSync(path.join(dir, 'c'))).toEqual(['w.txt']);
  });
});
