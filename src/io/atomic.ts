// Outputs are written to a temporary file (beside the target, or in the run's staging folder)
// and renamed into place, so a reader (or a crash) never sees half a file. Worker threads write
// with the synchronous calls: a thread has nothing else to do meanwhile, and it saves the event
// loop a round trip per call.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

const TEMP_MARK = '.tmp-';

/**
 * Temporary names are unique by process, thread and a count: no random bytes (a call into the
 * random source per file, twice per document, showed in profiles).
 */
let tempCount = 0;

/** Folders this thread made or found: a tree of 10^5 outputs has far fewer folders. */
const knownFolders = new Set<string>();

/**
 * `createDir: false` when the caller made the folder already (one mkdir per document, not per
 * file). With `staging` (a folder on the target's file system, see `stagingFolder`), the temp
 * file is made there and only renamed into the target's folder: threads that write into one
 * folder then share its lock for the rename alone. Creating and renaming in a shared folder
 * cost two threads 2–3x the time of one, most of it kernel time.
 */
export function writeFileAtomicSync(target: string, data: string | Uint8Array, createDir = true, staging: string | null = null): void {
  const folder = path.dirname(target);
  if (createDir && !knownFolders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    knownFolders.add(folder);
  }
  const stagingHere = staging && threadStaging(staging);
  const temp = stagingHere ? path.join(stagingHere, String(++tempCount)) : `${target}${TEMP_MARK}${process.pid}-${threadId}-${++tempCount}`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    // A target on another file system (a mount inside the output folder): the temp goes beside it.
    if (stagingHere && (error as NodeJS.ErrnoException).code === 'EXDEV') return writeFileAtomicSync(target, data, false);
    throw error;
  }
}

/**
 * A run's staging folder for `root` (its output folder): hidden, named by the machine and the
 * process that owns it and at random, so that runs writing into one folder from several
 * machines never share it. Each thread makes its own folder inside on first use; the run
 * removes the whole folder when it ends.
 */
export function stagingFolder(root: string): string {
  return path.join(root, `${STAGING_MARK}${HOST}-${process.pid}-${randomBytes(6).toString('hex')}`);
}

const STAGING_MARK = '.clean-staging-';

/** Whether a name in an output folder is a run's staging folder (see `stagingFolder`). */
export function isStagingFolder(name: string): boolean {
  return name.startsWith(STAGING_MARK);
}
/** This machine, as staging folders name it: the first 8 hex digits of a hash of its name. */
const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
const STAGING_NAME = /^\.clean-staging-([0-9a-f]{8})-(\d+)-[0-9a-f]{12}$/;

/**
 * The staging folders a run killed with SIGKILL left in `root`: those of this machine whose
 * process is gone (a folder of another machine's run, or of a run still going, stays). They
 * hold nothing but temporary files. The names of the folders removed.
 */
export function sweepStaleStaging(root: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return []; // no output folder yet
  }
  const removed: string[] = [];
  for (const entry of entries) {
    const m = STAGING_NAME.exec(entry);
    if (!m || m[1] !== HOST || isAlive(Number(m[2]))) continue;
    rmSync(path.join(root, entry), { recursive: true, force: true });
    removed.push(entry);
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
}
const threadStagings = new Map<string, string | null>();

/** This thread's folder in `staging`, made on first use; null when it cannot be made. */
function threadStaging(staging: string): string | null {
  let folder = threadStagings.get(staging);
  if (folder === undefined) {
    folder = path.join(staging, String(threadId));
    try {
      mkdirSync(folder, { recursive: true });
    } catch {
      folder = null; // the output folder itself is not writable, say: temp files go beside their targets
    }
    threadStagings.set(staging, folder);
  }
  return folder;
}

/**
 * Remove the temporary files this process left while writing the outputs of `stem` in `dir`
 * when its thread was stopped mid-write: `a.txt.tmp-…` and `a.json.tmp-…`, and everything in
 * `a/` (the records of a .jsonl input). An empty stem sweeps `dir` itself (records from stdin).
 */
export function sweepTempFiles(dir: string, stem: string): void {
  const ours = `${TEMP_MARK}${process.pid}-`;
  const places: [string, (entry: string) => boolean][] = stem
    ? [
        [dir, (e) => e.startsWith(`${stem}.`) && e.includes(ours)],
        [path.join(dir, stem), (e) => e.includes(ours)],
      ]
    : [[dir, (e) => e.includes(ours)]];
  for (const [folder, matches] of places) {
    let entries: string[];
    try {
      entries = readdirSync(folder);
    } catch {
      continue; // nothing was written there
    }
    for (const entry of entries) if (matches(entry)) rmSync(path.join(folder, entry), { force: true });
  }
}
