// Work on worker threads (piscina). Items are handed to the threads in batches: a message per
// small dump costs more than cleaning it. A free thread gets whatever is waiting at once, so
// batches grow only while every thread is busy.
//
// The time limit counts from the moment a thread takes a batch (batches are only handed over
// when a thread is free). A batch that runs over is abandoned — piscina ends its thread and
// starts a fresh one — and its items run again one by one, each with the limit, so only the
// item that hangs is reported (and the temporary files its thread left are removed).
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { WorkBatch } from './worker.js';
import { abandonedWork, type WorkItem, type WorkResult, type WorkSettings } from './work.js';

const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));

export const DEFAULT_JOBS = availableParallelism();

/**
 * A batch takes a share of what is waiting (so that the last batches are small and no thread
 * is left with a long tail while the others idle), between 1 and this many items.
 */
const BATCH_MAX_ITEMS = 64;
const BATCHES_PER_THREAD = 4;

export interface WorkPool {
  run(item: WorkItem): Promise<WorkResult>;
  close(): Promise<void>;
  /** Stop at once: items in flight are abandoned (and their temporary files removed). */
  destroy(): Promise<void>;
}

interface Waiting {
  item: WorkItem;
  resolve: (result: WorkResult) => void;
}

export function createPool(jobs: number, timeoutMs: number, settings: WorkSettings): WorkPool {
  const pool = new Piscina<WorkBatch, WorkResult[]>({
    filename: WORKER,
    minThreads: jobs,
    maxThreads: jobs,
    // Threads live as long as the run; an idle pool must not keep the process alive after close.
    idleTimeout: 1000,
  });
  const waiting: Waiting[] = [];
  const inFlight = new Set<Waiting>();
  let busy = 0;

  const runBatch = async (batch: Waiting[]): Promise<void> => {
    let results: WorkResult[];
    try {
      results = await pool.run({ settings, items: batch.map((w) => w.item) }, { signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      if (batch.length > 1) {
        for (const one of batch) await runBatch([one]);
        return;
      }
      results = [abandonedWork(batch[0]!.item, settings, describeFailure(error as Error, timeoutMs))];
    }
    batch.forEach((w, i) => {
      inFlight.delete(w);
      w.resolve(results[i]!);
    });
  };

  const pump = () => {
    while (busy < jobs && waiting.length > 0) {
      const share = Math.ceil(waiting.length / (BATCHES_PER_THREAD * jobs));
      const batch = waiting.splice(0, Math.min(BATCH_MAX_ITEMS, share));
      for (const w of batch) inFlight.add(w);
      busy++;
      void runBatch(batch).finally(() => {
        busy--;
        pump();
      });
    }
  };

  return {
    run: (item) =>
      new Promise<WorkResult>((resolve) => {
        waiting.push({ item, resolve });
        pump();
      }),
    close: () => pool.close(),
    async destroy() {
      waiting.length = 0;
      await pool.destroy();
      for (const w of inFlight) abandonedWork(w.item, settings, 'abandoned');
    },
  };
}

function describeFailure(error: Error, timeoutMs: number): string {
  if (error.name === 'AbortError' || error.name === 'TimeoutError') {
    return `timed out after ${Number((timeoutMs / 1000).toFixed(3))}s (--timeout)`;
  }
  return `internal error: ${error.message}`;
}
