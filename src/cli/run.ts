// A cleaning run over many documents: folders/files/globs (`clean DUMPS --out DIR`) or records
// on stdin (`--stdin-jsonl`). The main thread lists the inputs, hands them to the worker pool,
// counts what comes back and streams JSON lines in input order; the workers read, clean and
// write. A first SIGINT/SIGTERM lets the work in flight finish and starts nothing new; a second
// abandons it. Either way no partial file is left, and the report is written.
import readline from 'node:readline';
import { existsSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { Chalk } from 'chalk';
import { walkInputs } from '../io/walk.js';
import { createPool, type WorkPool } from '../pipeline/pool.js';
import { inShard, type Shard } from '../pipeline/shard.js';
import type { WorkItem, WorkResult } from '../pipeline/work.js';
import { createProgress, wantsProgress, type Progress } from './progress.js';
import { RunTally, summaryLine, summaryTable, type RunReport } from './summary.js';

export interface RunSettings {
  /** Output folder, or null to stream JSON lines to stdout. */
  outDir: string | null;
  /** The site id forced with --site (already resolved from a domain), or null. */
  site: string | null;
  maxBytes: number;
  jobs: number;
  timeoutMs: number;
  force: boolean;
  dryRun: boolean;
  shard: Shard | null;
  report: string | null;
  quiet: boolean;
  verbose: boolean;
}

export const EXIT_SIGNAL = { SIGINT: 130, SIGTERM: 143 } as const;

class Run {
  readonly tally: RunTally;
  readonly progress: Progress;
  private readonly pool: WorkPool;
  private readonly output = new OrderedOutput(process.stdout);
  private stopSignals: () => void = () => {};

  constructor(readonly settings: RunSettings, totalFiles: number, private readonly destination: string) {
    this.tally = new RunTally(settings.jobs, settings.shard);
    this.tally.files = totalFiles;
    this.progress = createProgress(totalFiles, wantsProgress(process.stderr, process.env, settings.quiet));
    this.pool = createPool(settings.jobs, settings.timeoutMs, {
      outDir: settings.outDir,
      site: settings.site,
      maxBytes: settings.maxBytes,
      // A fresh output folder holds nothing to compare with: no need to look per document.
      skipUpToDate: !settings.force && settings.outDir !== null && existsSync(settings.outDir),
      dryRun: settings.dryRun,
    });
    this.watchSignals();
  }

  /** True once a signal arrived or the reader of stdout went away: start nothing new. */
  get stopping(): boolean {
    return this.tally.interrupted !== null || this.output.closed;
  }

  /** Input number `seq` through the pool; its outcomes counted, its lines streamed in order. */
  async process(seq: number, item: WorkItem): Promise<void> {
    if (this.stopping) return this.output.emit(seq, '');
    const result = await this.pool.run(item);
    this.count(result);
    await this.output.emit(seq, result.lines);
  }

  private count(result: WorkResult): void {
    this.tally.bytesRead += result.bytesRead;
    this.tally.documents += result.documents.length;
    for (const doc of result.documents) {
      switch (doc.status) {
        case 'cleaned':
          this.tally.addCleaned(doc.summary);
          if (this.settings.verbose) {
            const s = doc.summary;
            this.progress.log(`${doc.shown}: ${s.site}, ${s.paragraphs} paragraphs, ${s.blocksRemoved} blocks removed\n`);
          }
          break;
        case 'skipped':
          this.tally.skipped++;
          if (this.settings.verbose) this.progress.log(`${doc.shown}: up to date, skipped\n`);
          break;
        case 'would-write':
          this.tally.wouldWrite++;
          process.stdout.write(`${doc.target}\n`);
          break;
        case 'failed':
          this.fail(doc.shown, doc.error);
      }
    }
    if (result.documents.length > 0) this.progress.fileDone(result.documents.length);
  }

  fail(shown: string, error: string): void {
    this.tally.fail(shown, error);
    this.progress.log(`clean: ${shown}: ${error}\n`);
  }

  /** Close the pool, print the summary, write the report; the exit code. */
  async finish(): Promise<number> {
    await this.pool.close();
    this.progress.stop();
    this.stopSignals();
    const report = this.tally.report();
    if (this.settings.report) await writeFile(this.settings.report, JSON.stringify(report, null, 2) + '\n');
    if (!this.settings.quiet) {
      const table = wantsProgress(process.stderr, process.env, false);
      process.stderr.write(table ? summaryTable(report, new Chalk({ level: 1 })) : summaryLine(report, this.destination));
    }
    return exitCode(report);
  }

  private watchSignals(): void {
    const onSignal = (signal: 'SIGINT' | 'SIGTERM') => {
      if (this.tally.interrupted === null) {
        this.tally.interrupted = signal;
        this.progress.log(`clean: ${signal}: finishing the documents in flight (again to stop at once)\n`);
        return;
      }
      // Second signal: abandon the work in flight (its temp files removed), still report.
      void this.pool.destroy().finally(() => {
        this.progress.stop();
        const report = this.tally.report();
        if (this.settings.report) writeFileSync(this.settings.report, JSON.stringify(report, null, 2) + '\n');
        process.exit(EXIT_SIGNAL[signal]);
      });
    };
    const onInt = () => onSignal('SIGINT');
    const onTerm = () => onSignal('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    this.stopSignals = () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    };
  }
}

function exitCode(report: RunReport): number {
  if (report.interrupted) return EXIT_SIGNAL[report.interrupted];
  return report.failed > 0 ? 1 : 0;
}

/** Inputs handed to the pool ahead of the threads, so that batches can form. */
const IN_FLIGHT_PER_JOB = 128;

/** Files, folders or globs → the documents in them, cleaned. */
export async function runInputs(inputs: string[], settings: RunSettings): Promise<number> {
  const walked = await walkInputs(inputs, settings.outDir ? [settings.outDir] : []);
  if (walked.files.length === 0 && walked.errors.length > 0) {
    for (const error of walked.errors) process.stderr.write(`clean: ${error.path}: ${error.error}\n`);
    return 2;
  }
  const files = walked.files.filter((f) => inShard(f.relative, settings.shard));
  const run = new Run(settings, files.length, settings.outDir ?? '<stdout>');
  for (const error of walked.errors) run.fail(error.path, error.error);
  const inFlight = new Set<Promise<void>>();
  for (const [seq, file] of files.entries()) {
    if (run.stopping) break;
    track(inFlight, run.process(seq, { kind: 'file', path: file.path, relative: file.relative }));
    if (inFlight.size >= settings.jobs * IN_FLIGHT_PER_JOB) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return run.finish();
}

/** `--stdin-jsonl`: one scraper record per line on stdin, cleaned and written in order. */
export async function runStdinJsonl(settings: RunSettings): Promise<number> {
  const run = new Run(settings, 0, settings.outDir ?? '<stdout>');
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  const inFlight = new Set<Promise<void>>();
  let lineNumber = 0;
  let seq = 0;
  for await (const line of lines) {
    lineNumber++;
    if (run.stopping) break;
    if (!line.trim()) continue;
    track(inFlight, run.process(seq++, { kind: 'record', line, lineNumber }));
    // Read ahead only so far: memory stays flat on an endless stream.
    if (inFlight.size >= settings.jobs * IN_FLIGHT_PER_JOB) await Promise.race(inFlight);
  }
  lines.close();
  await Promise.all(inFlight);
  return run.finish();
}

function track(inFlight: Set<Promise<void>>, task: Promise<void>): void {
  inFlight.add(task);
  void task.finally(() => inFlight.delete(task));
}

/** Chunks written in `seq` order whatever order they finish in: the same bytes for any --jobs. */
class OrderedOutput {
  private next = 0;
  private readonly ready = new Map<number, string>();
  /** Set when the reader went away (`clean … | head`): the run stops quietly. */
  closed = false;

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', () => {
      this.closed = true;
    });
  }

  async emit(seq: number, chunk: string): Promise<void> {
    this.ready.set(seq, chunk);
    while (this.ready.has(this.next)) {
      const text = this.ready.get(this.next)!;
      this.ready.delete(this.next);
      this.next++;
      if (!text || this.closed || this.stream.write(text)) continue;
      try {
        await once(this.stream, 'drain');
      } catch {
        this.closed = true;
      }
    }
  }
}
