// Work on worker threads (piscina). One set of threads serves all of a run's passes (template
// learning, cleaning, and a cleaning that learns alongside and may have to start over), so each
// thread starts, loads the code and warms up its JIT once; the learned template reaches the
// threads in shared memory, read once per thread.
//
// Items are handed to the threads in batches: a message per small dump costs more than cleaning
// it. A free thread gets whatever is waiting at once, so batches grow only while every thread
// is busy.
//
// The time limit counts from the moment a thread takes a batch (batches are only handed over
// when a thread is free). A batch that runs over is abandoned — piscina ends its thread and
// starts a fresh one — and its items run again one by one, each with the limit, so only the
// item that hangs is reported (and the temporary files its thread left are removed). An item
// that holds many documents (a .jsonl file) runs again document by document the same way.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Piscina } from 'piscina';
import type { Template } from '../learn/template.js';
import { onFirstUse } from '../lazy.js';
import type { Batch, SharedTemplate } from './worker.js';
import type { WorkItem, WorkSettings } from './work.js';

const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));

export const DEFAULT_JOBS = availableParallelism();

/**
 * A batch takes a share of what is waiting (so that the last batches are small and no thread
 * is left with a long tail while the others idle), between 1 and this many items.
 */
const BATCH_MAX_ITEMS = 128;
const BATCHES_PER_THREAD = 4;

export interface WorkPool<R> {
  /**
   * The item's result, or null when it was dropped before a thread took it (`dropWaiting`); once
   * every item's has come, the pass is over (the threads stay for the next).
   */
  run(item: WorkItem): Promise<R | null>;
  /** Hand no more items to the threads: those waiting come back as null, the batches in flight finish. */
  dropWaiting(): void;
  /** Stop at once: items in flight are abandoned (and their temporary files removed). */
  destroy(): Promise<void>;
}

interface Waiting<R> {
  item: WorkItem;
  resolve: (result: R | null) => void;
}

export type Threads = Piscina<Batch, unknown[]>;

/** Loaded when a run starts its threads: one page on stdin starts none. */
const piscina = onFirstUse<typeof import('piscina')>('piscina');

/**
 * Each thread's young generation, in MB. With V8's default (32 here) the peak RSS of 100,000
 * documents on two threads was 272–312 MB; with 16 it was 242–257 MB, in the same time (33–35 s
 * a run, alternated). A document's garbage is short-lived: scavenging it more often costs little.
 */
const YOUNG_GENERATION_MB = 16;

/** The run's threads, `jobs` of them, each given the run's settings once. */
export function startThreads(jobs: number, settings: WorkSettings): Threads {
  const { Piscina: Pool } = piscina();
  return new Pool<Batch, unknown[]>({
    filename: WORKER,
    workerData: settings,
    minThreads: jobs,
    maxThreads: jobs,
    // Threads live as long as the run; an idle pool must not keep the process alive after close.
    idleTimeout: 1000,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
}

let templatesShared = 0;

/** A template as the threads get it: its JSON in shared memory (not copied per batch), with an id to cache it by. */
export function shareTemplate(template: Template): SharedTemplate {
  const bytes = Buffer.from(JSON.stringify(template));
  const json = new SharedArrayBuffer(bytes.length);
  bytes.copy(Buffer.from(json));
  return { id: ++templatesShared, json };
}

export interface PoolOptions<R> {
  threads: Threads;
  /** How many batches may run at once: the number of threads. */
  jobs: number;
  timeoutMs: number;
  /** The worker's export that takes a batch (`cleanBatch`, `learnBatch`). */
  task: 'cleanBatch' | 'learnBatch';
  /** The template the cleaning uses, or null. */
  template?: SharedTemplate | null;
  /** Cleaning returns each document's lines for template learning too. */
  learn?: boolean;
  /** The result for an item whose thread was stopped, after cleaning up behind it. */
  abandoned: (item: WorkItem, error: string) => R;
  /** An item that ran over, as smaller items to run one by one (a .jsonl file's records), or null. */
  split?: (item: WorkItem) => WorkItem[] | null;
  /** The results of those smaller items as the item's result. */
  merge?: (results: R[]) => R;
}

/** Batching, time limits and retries for one pass over `threads`, which outlive it. */
export function createPool<R>({ threads, jobs, timeoutMs, task, template = null, learn = false, abandoned, split, merge }: PoolOptions<R>): WorkPool<R> {
  const waiting: Waiting<R>[] = [];
  const inFlight = new Set<Waiting<R>>();
  let busy = 0;

  const runBatch = async (batch: Waiting<R>[]): Promise<void> => {
    let results: R[];
    try {
      const items = batch.map((w) => w.item);
      results = (await threads.run({ items, template, learn }, { name: task, signal: AbortSignal.timeout(timeoutMs) })) as R[];
    } catch (error) {
      if (batch.length > 1) {
        for (const one of batch) await runBatch([one]);
        return;
      }
      const parts = split && merge ? split(batch[0]!.item) : null;
      if (parts) {
        // Each part has the time limit of its own: only the part that hangs fails.
        const partResults: R[] = [];
        for (const part of parts) await runBatch([{ item: part, resolve: (result) => { if (result !== null) partResults.push(result); } }]);
        results = [merge!(partResults)];
      } else {
        results = [abandoned(batch[0]!.item, describeFailure(error as Error, timeoutMs))];
      }
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

  let dropping = false;
  return {
    run: (item) =>
      new Promise<R | null>((resolve) => {
        if (dropping) return resolve(null);
        waiting.push({ item, resolve });
        pump();
      }),
    dropWaiting() {
      dropping = true;
      for (const w of waiting.splice(0)) w.resolve(null);
    },
    async destroy() {
      waiting.length = 0;
      await threads.destroy();
      for (const w of inFlight) abandoned(w.item, 'abandoned');
    },
  };
}

function describeFailure(error: Error, timeoutMs: number): string {
  if (error.name === 'AbortError' || error.name === 'TimeoutError') {
    return `timed out after ${Number((timeoutMs / 1000).toFixed(3))}s (--timeout)`;
  }
  return `internal error: ${error.message}`;
}
