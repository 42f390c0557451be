// Reading one input file, with the problems a walk meets (missing, a folder, too large, empty)
// returned as one-line messages rather than thrown. Worker threads use the synchronous form.
import { closeSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; error: string };

export async function readInput(path: string, maxBytes: number): Promise<ReadResult> {
  try {
    // Checked before opening: opening a FIFO waits for a writer, for good.
    const kind = kindProblem(await stat(path));
    if (kind) return { ok: false, error: kind };
    const problem = sizeProblem(await stat(path), maxBytes);
    return problem ? { ok: false, error: problem } : checked(await readFile(path));
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  }
}

/** One open, one fstat, the reads, one close: every system call counts on 10^5 small files. */
export function readInputSync(path: string, maxBytes: number): ReadResult {
  let fd: number | null = null;
  try {
    // Checked before opening: opening a FIFO waits for a writer, for good.
    const kind = kindProblem(statSync(path));
    if (kind) return { ok: false, error: kind };
    fd = openSync(path, 'r');
    const problem = sizeProblem(fstatSync(fd), maxBytes);
    return problem ? { ok: false, error: problem } : checked(readFileSync(fd));
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Only a regular file is read (a link is followed to what it names): a FIFO would block the
 * reader for good, a device (`/dev/zero`, `/dev/urandom`) never ends.
 */
function kindProblem(info: { isFile(): boolean; isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }): string | null {
  if (info.isFile() || info.isDirectory()) return null;
  if (info.isFIFO()) return 'not a regular file (a FIFO)';
  if (info.isSocket()) return 'not a regular file (a socket)';
  return 'not a regular file (a device)';
}

/** Checked before reading: a 5 GB file is never loaded to be rejected. */
function sizeProblem(info: { isDirectory(): boolean; size: number }, maxBytes: number): string | null {
  if (info.isDirectory()) return 'is a directory';
  if (info.size > maxBytes) return `larger than --max-bytes (${info.size} > ${maxBytes})`;
  return null;
}

function checked(bytes: Buffer): ReadResult {
  return bytes.length === 0 ? { ok: false, error: 'empty file' } : { ok: true, bytes };
}

export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'symbolic link loop';
    default: return e.message ?? String(error);
  }
}
