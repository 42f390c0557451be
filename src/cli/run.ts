// A cleaning run over many documents: folders/files/globs (`clean DUMPS --out DIR`) or records
// on stdin (`--stdin-jsonl`). The main thread lists the inputs, learns the site templates,
// hands the inputs to the worker pool, and takes the results back in input order: counts them,
// flags near-duplicates (the first copy wins, whatever --jobs is) and streams JSON lines. The
// workers read, clean and write. A first SIGINT/SIGTERM lets the work in flight finish and
// starts nothing new; a second abandons it. Either way no partial file is left, and the report
// is written.
//
// Templates are learned in a first pass over the inputs, or, where a run can start over, while
// cleaning (see `LearningAlongside`): most runs learn an empty template, and then they read
// every input once.
import path from 'node:path';
import readline from 'node:readline';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { INPUT_EXTENSIONS, walkInputs, type InputFile, type WalkResult } from '../io/walk.js';
import { describeFsError } from '../io/read.js';
import { isStagingFolder, stagingFolder, sweepStaleStaging, writeFileAtomicSync } from '../io/atomic.js';
import { withDuplicateOf } from '../io/output.js';
import { innerExtension, RecordNames, recordName } from '../io/formats.js';
import { createPool, shareTemplate, startThreads, type Threads, type WorkPool } from '../pipeline/pool.js';
import { inShard, type Shard } from '../pipeline/shard.js';
import { Slots } from '../pipeline/slots.js';
import { abandonedWork, mergeWork, outputBase, recordItems, type DocumentOutcome, type DuplicateCheck, type WorkItem, type WorkResult, type WorkSettings } from '../pipeline/work.js';
import { MIN_DOCUMENTS, parseTemplate, TemplateLearner, type Template } from '../learn/template.js';
import { PreparedPages } from '../pipeline/prepared.js';
import type { LearnedDocument } from '../index.js';
import { DuplicateIndex } from '../learn/fingerprint.js';
import { printable } from '../io/printable.js';
import { pruneOutputs, staleOutputs } from '../io/stale.js';
import { createProgress, wantsProgress, type Progress } from './progress.js';
import { ReviewWriter } from '../review/writer.js';
import { goldFiles, isGoldFile } from '../eval/gold.js';
import { RunTally, summaryLine, summaryTable, type RunReport } from './summary.js';

export interface RunSettings {
  /** Output folder, or null to write no files. */
  outDir: string | null;
  /** Stream each document as a JSON line to stdout (when there is no output folder). */
  stream: boolean;
  /** Write the review report here (`--review`, `clean review`), with the gold diff when `gold` is a folder of gold files. */
  reviewDir: string | null;
  gold: string | null;
  /** The site id forced with --site (already resolved from a domain), or null. */
  site: string | null;
  maxBytes: number;
  jobs: number;
  timeoutMs: number;
  force: boolean;
  dryRun: boolean;
  /** Remove the outputs of inputs no longer there (see reportStale). */
  prune: boolean;
  shard: Shard | null;
  report: string | null;
  quiet: boolean;
  verbose: boolean;
  /** Learn site templates from the inputs (or from `learnFrom`) before cleaning. */
  learn: boolean;
  learnFrom: string[] | null;
  /** A saved template to use instead of learning; a file to save the learned one to. */
  templateFile: string | null;
  saveTemplate: string | null;
  /** Inputs that hold no document are a run of nothing (exit 0), not a usage error. */
  allowEmpty?: boolean;
}

export const EXIT_SIGNAL = { SIGINT: 130, SIGTERM: 143 } as const;
/** The reader of stdout went away (`clean … -o - | head -1`): a shell's code for a broken pipe (128 + SIGPIPE). */
export const EXIT_CLOSED_OUTPUT = 141;

/** How long the documents in flight may take to finish after a first signal. */
const GRACE_MS = 10_000;

/**
 * SIGINT/SIGTERM for the whole run, learning pass included: the first stops new work (the
 * current pass finishes what it started), a second abandons the work in flight and exits.
 */
class Interruption {
  signal: 'SIGINT' | 'SIGTERM' | null = null;
  /** Set by the current pass: hand no more work to its threads. */
  stopTaking: () => void = () => {};
  /** Set by the current pass: stop its threads, remove their temp files. */
  abandon: () => Promise<void> = async () => {};
  private readonly handlers = { SIGINT: () => this.on('SIGINT'), SIGTERM: () => this.on('SIGTERM') };

  /** The tally of the current run: the one a run that starts over counts in, once it does. */
  constructor(public tally: RunTally, private readonly settings: RunSettings) {
    process.on('SIGINT', this.handlers.SIGINT);
    process.on('SIGTERM', this.handlers.SIGTERM);
  }

  private on(signal: 'SIGINT' | 'SIGTERM'): void {
    if (this.signal === null) {
      this.signal = signal;
      this.tally.interrupted = signal;
      this.stopTaking();
      // On a terminal the line starts clean: the bar (and the ^C the terminal echoed) are erased first.
      const clear = process.stderr.isTTY ? '\r\x1b[K' : '';
      process.stderr.write(`${clear}clean: ${signal}: finishing the documents in flight, for ${GRACE_MS / 1000} s at most (again to stop at once)\n`);
      // A document that takes long does not hold the exit: after the grace, as a second signal.
      setTimeout(() => this.on(signal), GRACE_MS).unref();
      return;
    }
    void this.abandon().finally(() => {
      writeReport(this.settings.report, this.tally.report());
      process.exit(EXIT_SIGNAL[signal]);
    });
  }

  dispose(): void {
    process.off('SIGINT', this.handlers.SIGINT);
    process.off('SIGTERM', this.handlers.SIGTERM);
  }
}

/**
 * Learning while cleaning, with no template: each document's lines come back with its outputs
 * and are counted in input order. While no line has met a template's thresholds against the
 * documents counted so far (`TemplateLearner.sawTemplateLine`), the template learned from them
 * is empty, and so is the one learned from all the inputs if none ever does: the outputs are
 * those of a learning pass first, with every input read once. Once one has, the run stops
 * taking inputs and starts over with the two passes, writing every output again.
 */
class LearningAlongside {
  readonly learner = new TemplateLearner();

  /** A line may belong to a template: what was cleaned without it may be wrong. */
  get mustStartOver(): boolean {
    return this.learner.sawTemplateLine;
  }
}

/** What a run that starts over takes from the one it gave up. */
interface Carried {
  printed: Map<string, number>;
  timedOut: Map<string, string>;
}

class Run {
  readonly progress: Progress;
  private readonly pool: WorkPool<WorkResult>;
  private readonly output = new OrderedOutput<WorkResult>((result) => this.take(result));
  private readonly duplicates = new DuplicateIndex();
  private readonly review: ReviewWriter | null;

  constructor(
    readonly settings: RunSettings,
    readonly tally: RunTally,
    private readonly interruption: Interruption,
    private readonly threads: Threads,
    private readonly work: WorkSettings,
    template: Template | null,
    private readonly destination: string,
    /** Files that ran over --timeout before (not tried again), with the error; filled by a run that learns alongside. */
    private readonly timedOut = new Map<string, string>(),
    /** Pages the learning pass read, taken instead of parsing them again. */
    private readonly prepared: PreparedPages | null = null,
    readonly learning: LearningAlongside | null = null,
    /** Failure lines a run that started over printed already, and how many times: not printed again. */
    private readonly printed = new Map<string, number>(),
  ) {
    this.review = settings.reviewDir ? new ReviewWriter(settings.reviewDir, work.review?.gold != null) : null;
    this.progress = createProgress(tally.files, wantsProgress(process.stderr, process.env, settings.quiet));
    this.pool = createPool<WorkResult>({
      threads,
      jobs: settings.jobs,
      timeoutMs: settings.timeoutMs,
      template: template && shareTemplate(template),
      learn: learning !== null,
      task: 'cleanBatch',
      abandoned: (item, error) => {
        // A run that starts over does not try it again: one limit a document.
        if (learning && item.kind === 'file' && error.startsWith('timed out')) this.timedOut.set(item.path, error);
        return abandonedWork(item, work, error);
      },
      split: (item) => recordItems(item, settings.maxBytes),
      merge: mergeWork,
    });
    interruption.stopTaking = () => this.pool.dropWaiting();
    interruption.abandon = async () => {
      await this.pool.destroy();
      this.removeStaging();
      this.review?.abandon();
      this.progress.stop();
    };
  }

  /** True once a signal arrived, the reader of stdout went away or the run must start over: start nothing new. */
  get stopping(): boolean {
    return this.tally.interrupted !== null || this.output.closed || (this.learning?.mustStartOver ?? false);
  }

  /** Input number `seq` through the pool; its results taken in input order. */
  async process(seq: number, item: WorkItem): Promise<void> {
    if (this.stopping) return this.output.put(seq, null);
    const timedOut = item.kind === 'file' ? this.timedOut.get(item.path) : undefined;
    if (timedOut) return this.output.put(seq, abandonedWork(item, this.work, timedOut));
    const prepared = item.kind === 'file' ? this.prepared?.take(item.path) : undefined;
    await this.output.put(seq, await this.pool.run(item.kind === 'file' && prepared ? { ...item, prepared } : item));
  }

  /** One input's results, in input order: counted, flagged, streamed. */
  private async take(result: WorkResult): Promise<void> {
    if (this.learning) {
      for (const doc of result.documents) if ('lines' in doc && doc.lines) this.learning.learner.add(doc.lines);
      // What is cleaned from here on is thrown away: the run that starts over counts it.
      if (this.learning.mustStartOver) return this.pool.dropWaiting();
    }
    this.tally.bytesRead += result.bytesRead;
    this.tally.documents += result.documents.length;
    for (const doc of result.documents) {
      const line = await this.takeDocument(doc);
      if (line) await this.output.write(line);
    }
    if (result.documents.length > 0) this.progress.fileDone(result.documents.length);
  }

  private async takeDocument(doc: DocumentOutcome): Promise<string | null> {
    switch (doc.status) {
      case 'cleaned': {
        this.tally.addCleaned(doc.summary);
        const duplicateOf = this.flagDuplicate(doc.shown, doc.duplicate);
        if (doc.review) this.review?.add(doc.review, duplicateOf);
        if (this.settings.verbose) {
          const s = doc.summary;
          const copy = duplicateOf ? `, a copy of ${duplicateOf}` : '';
          this.progress.log(`${printable(doc.shown)}: ${s.site}, ${s.paragraphs} paragraphs, ${s.blocksRemoved} blocks removed${copy}\n`);
        }
        // A streamed copy carries its flag in the line itself.
        return doc.line && duplicateOf ? withDuplicateOf(doc.line, duplicateOf) : doc.line;
      }
      case 'skipped': {
        this.tally.skipped++;
        const duplicateOf = this.flagDuplicate(doc.shown, doc.duplicate);
        if (doc.review) this.review?.add(doc.review, duplicateOf);
        if (this.settings.verbose) this.progress.log(`${printable(doc.shown)}: up to date, skipped\n`);
        return null;
      }
      case 'would-write':
        this.tally.wouldWrite++;
        await this.output.write(`${doc.target}\n`);
        return null;
      case 'failed':
        this.fail(doc.shown, doc.error);
        // A stream of records writes one line per record, a failed one too (in its place).
        return this.work.lines && doc.record ? `${JSON.stringify({ id: doc.record.id, line: doc.record.line, error: doc.error })}\n` : null;
    }
  }

  /** `duplicateOf` for a document, written into its .json when the file says otherwise. */
  private flagDuplicate(shown: string, check: DuplicateCheck): string | null {
    const duplicateOf = this.duplicates.offer(check.fingerprint, shown);
    if (duplicateOf) this.tally.duplicates++;
    if (check.jsonPath && duplicateOf !== check.written) {
      try {
        // Read back, not handed over: copies are few, and every .json crossing to this thread
        // cost more (5,000 dumps, 2 jobs: 2-4 % of the run, 12 MB of peak memory).
        writeFileAtomicSync(check.jsonPath, withDuplicateOf(readFileSync(check.jsonPath, 'utf8'), duplicateOf), false);
      } catch (error) {
        this.fail(shown, `cannot flag as a copy of ${duplicateOf}: ${(error as Error).message}`);
      }
    }
    return duplicateOf;
  }

  /** The staging folder holds only what threads left when they were stopped: all of it goes. */
  private removeStaging(): void {
    if (this.work.staging) rmSync(this.work.staging, { recursive: true, force: true });
  }

  fail(shown: string, error: string): void {
    this.tally.fail(shown, error);
    this.review?.fail(shown, error);
    const line = `clean: ${printable(shown)}: ${error}\n`;
    const before = this.printed.get(line) ?? 0;
    if (before > 0 && !this.learning) return void this.printed.set(line, before - 1);
    if (this.learning) this.printed.set(line, before + 1);
    this.progress.log(line);
  }

  /**
   * Give up this run to start over (`LearningAlongside`): its threads stay for the next; the
   * failure lines it printed and the files that ran over the time limit are handed on. What it
   * wrote is written again.
   */
  giveUp(): Carried {
    this.progress.stop();
    return { printed: this.printed, timedOut: this.timedOut };
  }

  /** The template learned alongside, saved with --save-template (not when a signal cut the run short). */
  saveLearned(): void {
    const file = this.settings.saveTemplate;
    if (!this.learning || !file || this.tally.interrupted) return;
    try {
      writeFileAtomicSync(file, JSON.stringify(this.learning.learner.build(), null, 2) + '\n');
    } catch (error) {
      this.fail(file, `cannot save the template (--save-template): ${describeFsError(error)}`);
    }
  }

  /** Close the threads, print the summary, write the report; the exit code. */
  async finish(): Promise<number> {
    await this.threads.close();
    this.removeStaging();
    this.progress.stop();
    this.interruption.dispose();
    const reviewIndex = this.review?.finish() ?? null;
    const report = this.tally.report();
    const reportWritten = writeReport(this.settings.report, report);
    if (!this.settings.quiet) {
      const table = wantsProgress(process.stderr, process.env, false);
      // chalk is loaded for the table alone: a run in CI prints one plain line.
      process.stderr.write(table ? summaryTable(report, new (await import('chalk')).Chalk({ level: 1 })) : summaryLine(report, this.destination));
      if (reviewIndex) process.stderr.write(`review: ${reviewIndex}\n`);
    }
    if (this.output.closed) {
      process.stderr.write(`clean: standard output was closed: ${report.documents} documents taken, the rest not written (exit 141)\n`);
      return EXIT_CLOSED_OUTPUT;
    }
    const code = exitCode(report);
    return code === 0 && !reportWritten ? 1 : code;
  }
}

/**
 * The run's report, written atomically (a full disk leaves the old report whole, never a
 * truncated one). A failure is one line naming the file; false then.
 */
function writeReport(file: string | null, report: RunReport): boolean {
  if (!file) return true;
  try {
    writeFileAtomicSync(file, JSON.stringify(report, null, 2) + '\n');
    return true;
  } catch (error) {
    process.stderr.write(`clean: --report ${file}: ${describeFsError(error)}\n`);
    return false;
  }
}

function workSettings(settings: RunSettings, gold: Record<string, string> | null): WorkSettings {
  // What a run killed with SIGKILL left: it holds temporary files only.
  if (settings.outDir && !settings.dryRun) sweepStaleStaging(settings.outDir);
  return {
    outDir: settings.outDir,
    staging: settings.outDir && !settings.dryRun ? stagingFolder(settings.outDir) : null,
    site: settings.site,
    maxBytes: settings.maxBytes,
    // A fresh or empty output folder holds nothing to compare with: no need to look per document.
    skipUpToDate: !settings.force && settings.outDir !== null && holdsOutputs(settings.outDir),
    dryRun: settings.dryRun,
    lines: settings.stream && settings.outDir === null,
    review: settings.reviewDir ? { gold } : null,
  };
}

/** Whether a folder holds anything but the staging folders of runs (a missing folder holds nothing). */
function holdsOutputs(folder: string): boolean {
  try {
    return readdirSync(folder).some((name) => !isStagingFolder(name));
  } catch {
    return false;
  }
}

function exitCode(report: RunReport): number {
  if (report.interrupted) return EXIT_SIGNAL[report.interrupted];
  return report.failed > 0 ? 1 : 0;
}

/**
 * Inputs handed to the pool ahead of the threads, so that batches can form: with 128 a job,
 * batches held about 26 items and a thread waited for the next one about a sixth of the time
 * in a learning pass. A file item is only a path.
 */
const IN_FLIGHT_PER_JOB = 1024;
/** A record from stdin carries its text: in flight, at most this many bytes of them a job. */
const RECORD_BYTES_IN_FLIGHT_PER_JOB = 16 * 1024 * 1024;

/** Files, folders or globs → the documents in them, cleaned. */
export async function runInputs(inputs: string[], settings: RunSettings): Promise<number> {
  // The threads load their code (~0.1 s each) while the inputs are walked.
  const threads = await startRunThreads(settings);
  let listed: Awaited<ReturnType<typeof listInputs>>;
  try {
    listed = await listInputs(inputs, settings);
  } catch (error) {
    await threads.threads.destroy();
    throw error;
  }
  if (typeof listed === 'number') {
    await threads.threads.destroy();
    return listed;
  }
  const { walked, inputFiles, outFolderWasThere } = listed;
  const files = inputFiles.filter((f) => inShard(f.relative, settings.shard));
  let tally = new RunTally(settings.jobs, settings.shard);
  tally.files = files.length;
  const interruption = new Interruption(tally, settings);
  // Failures known before any input is read: inputs the walk could not list, and inputs whose
  // outputs another input writes. Found among all the inputs, so that every runner of a sharded
  // job keeps the same one.
  const upfront = walked.errors.map((error) => ({ path: error.path, error: error.error }));
  const clashes = settings.outDir ? outputClashes(inputFiles) : new Map<InputFile, InputFile>();
  const ours = new Set(files);
  for (const [file, kept] of clashes) {
    if (!ours.has(file)) continue;
    const base = outputBase(kept.relative, null);
    upfront.push({ path: file.path, error: `would write the outputs of ${kept.relative} (${base}.txt, ${base}.json); rename one of them` });
  }
  const cleaned = clashes.size > 0 ? files.filter((file) => !clashes.has(file)) : files;
  const taken = settings.outDir ? namesTakenInRecordFolders(inputFiles) : new Map<string, string[]>();
  const items = () => cleaned.map((file): WorkItem => ({ kind: 'file', path: file.path, relative: file.relative, takenNames: taken.get(outputBase(file.relative, null)) }));
  // A clashing input is learned from but not cleaned: learning alongside would miss its lines.
  const alongside = learnsAlongside(settings, threads.work) && clashes.size === 0;
  // Every runner of a sharded job learns from all the inputs, so that they agree on templates.
  let run = await startRun(settings, tally, interruption, inputFiles, files, threads, alongside);
  for (const { path: shown, error } of upfront) run.fail(shown, error);
  await feed(run, items(), alongside);
  if (run.learning?.mustStartOver && !interruption.signal) {
    const carried = run.giveUp();
    tally = tally.restarted();
    interruption.tally = tally;
    run = await startRun(settings, tally, interruption, inputFiles, files, threads, false, carried);
    for (const { path: shown, error } of upfront) run.fail(shown, error);
    await feed(run, items());
  }
  run.saveLearned();
  if (settings.outDir && !settings.dryRun && settings.shard === null && !run.stopping) {
    if (outFolderWasThere) await reportStale(run, settings, settings.outDir, inputFiles);
    else run.tally.stale = [];
  }
  return run.finish();
}

/** The inputs walked, without the gold files; or the exit code of a walk that found nothing to clean. */
async function listInputs(inputs: string[], settings: RunSettings): Promise<number | { walked: WalkResult; inputFiles: InputFile[]; outFolderWasThere: boolean }> {
  const walked = await walkInputs(inputs, settings.outDir ? [settings.outDir] : []);
  // A folder made by this run holds no outputs of older inputs: no need to look for them.
  const outFolderWasThere = settings.outDir !== null && existsSync(settings.outDir);
  if (walked.files.length === 0 && walked.errors.length > 0) {
    for (const error of walked.errors) process.stderr.write(`clean: ${printable(error.path)}: ${error.error}\n`);
    return 2;
  }
  // Next to the inputs they score, gold files are not inputs themselves.
  const inputFiles = settings.gold ? walked.files.filter((f) => !isGoldFile(f.path)) : walked.files;
  // An empty folder, a glob that matches nothing, only unknown kinds of files: in a pipeline,
  // most likely a wrong path, which must not pass as a clean run.
  if (inputFiles.length === 0 && walked.errors.length === 0 && !settings.allowEmpty) {
    process.stderr.write(`clean: no documents found in ${inputs.join(', ')} (read: ${INPUT_EXTENSIONS.map((e) => `.${e}`).join(' ')}, also .gz); --allow-empty to accept\n`);
    return 2;
  }
  return { walked, inputFiles, outFolderWasThere };
}

/** How many stale outputs stderr names; the report lists them all. */
const STALE_SHOWN = 5;

/** Outputs of inputs no longer there: named in the report and on stderr, removed with --prune. */
async function reportStale(run: Run, settings: RunSettings, outDir: string, inputFiles: InputFile[]): Promise<void> {
  const owned = new Set(inputFiles.map((f) => outputBase(f.relative, null)));
  const recordFolders = new Set(inputFiles.filter((f) => innerExtension(f.relative).ext === 'jsonl').map((f) => outputBase(f.relative, null)));
  const stale = await staleOutputs({ outDir, owned, recordFolders, skip: settings.reviewDir });
  run.tally.stale = stale;
  if (stale.length === 0) return;
  if (settings.prune) {
    const failed = pruneOutputs(outDir, stale);
    for (const { base, error } of failed) run.fail(`${base}.json`, `cannot prune: ${error}`);
    run.tally.pruned = failed.length === 0;
    if (!settings.quiet) run.progress.log(`clean: removed the outputs of ${stale.length - failed.length} inputs no longer there (--prune)\n`);
    return;
  }
  if (settings.quiet) return;
  const shown = stale.slice(0, STALE_SHOWN).map((b) => printable(`${b}.txt`)).join(', ');
  const more = stale.length > STALE_SHOWN ? ` and ${stale.length - STALE_SHOWN} more (the report lists them)` : '';
  run.progress.log(`clean: ${stale.length} outputs of inputs no longer there: ${shown}${more}; --prune removes them\n`);
}

/**
 * For each .jsonl input, the outputs other inputs write into its records' folder (`a/x.txt`
 * next to `a.jsonl` writes `a/x`): a record with that name would overwrite them, or they it.
 */
function namesTakenInRecordFolders(files: InputFile[]): Map<string, string[]> {
  const recordFolders = new Set(files.filter((f) => innerExtension(f.relative).ext === 'jsonl').map((f) => outputBase(f.relative, null)));
  const taken = new Map<string, string[]>();
  if (recordFolders.size === 0) return taken;
  for (const file of files) {
    const base = outputBase(file.relative, null);
    const folder = path.dirname(base);
    if (!recordFolders.has(folder)) continue;
    const names = taken.get(folder) ?? [];
    names.push(path.basename(base));
    taken.set(folder, names);
  }
  return taken;
}

/**
 * Inputs whose outputs would be another input's (`a.txt` and `a.html`, or `a.txt` under two
 * input folders), each with the input that keeps them: the first in input order. Without this
 * the last one written would win, and which is last depends on the threads.
 */
function outputClashes(files: readonly InputFile[]): Map<InputFile, InputFile> {
  const owners = new Map<string, InputFile>();
  const clashes = new Map<InputFile, InputFile>();
  for (const file of files) {
    // A .jsonl file writes a folder of records (`news/…`), not the pair `news.txt` + `news.json`.
    const base = outputBase(file.relative, null) + (innerExtension(file.relative).ext === 'jsonl' ? path.sep : '');
    const owner = owners.get(base);
    if (owner) clashes.set(file, owner);
    else owners.set(base, file);
  }
  return clashes;
}

/** `--stdin-jsonl`: one scraper record per line on stdin, cleaned and written in order. */
export async function runStdinJsonl(settings: RunSettings): Promise<number> {
  const tally = new RunTally(settings.jobs, settings.shard);
  const interruption = new Interruption(tally, settings);
  // A stream can be read once: templates come from --template or --learn-from only.
  const run = await startRun({ ...settings, learn: settings.learnFrom !== null }, tally, interruption, []);
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  // Written as files, records need names no other record of the stream has (`RecordNames`);
  // that reads each id here, so it is done only then.
  const names = settings.outDir === null ? null : new RecordNames();
  const streaming = settings.outDir === null;
  async function* records(): AsyncGenerator<WorkItem> {
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber++;
      // A stream writes a line for every line it reads: a blank one gets its error line too.
      if (!line.trim() && !streaming) continue;
      yield { kind: 'record', line, lineNumber, ...(names && { name: names.claim(recordName(line, lineNumber), lineNumber) }) };
    }
  }
  await feed(run, records());
  lines.close();
  return run.finish();
}

/** A run's threads, started with the settings they get once. */
interface RunThreads {
  work: WorkSettings;
  threads: Threads;
}

async function startRunThreads(settings: RunSettings): Promise<RunThreads> {
  const work = workSettings(settings, await goldOf(settings));
  return { work, threads: startThreads(settings.jobs, work) };
}

/**
 * Whether a run learns its template while it cleans (`LearningAlongside`): only where it can
 * start over unseen. Not when it streams its outputs (a line written cannot be taken back), not
 * for a dry run or a review, not when a shard learns from inputs it does not clean, nor when
 * outputs already there are compared with the template (an output skipped as up to date would
 * count as cleaned after a start over). --verbose names the template learned, first.
 */
function learnsAlongside(settings: RunSettings, work: WorkSettings): boolean {
  return (
    settings.learn &&
    !settings.templateFile &&
    !settings.learnFrom &&
    settings.shard === null &&
    settings.outDir !== null &&
    !settings.dryRun &&
    !settings.reviewDir &&
    !settings.verbose &&
    !work.skipUpToDate
  );
}

/**
 * The run's threads (started here unless given), its template (learned on them, or read; or
 * none yet when it learns `alongside` its cleaning), and the run.
 */
async function startRun(
  settings: RunSettings,
  tally: RunTally,
  interruption: Interruption,
  inputs: InputFile[],
  cleaned: readonly InputFile[] = inputs,
  started?: RunThreads,
  alongside = false,
  carried?: Carried,
): Promise<Run> {
  const { work, threads } = started ?? (await startRunThreads(settings));
  if (alongside) return new Run(settings, tally, interruption, threads, work, null, destinationOf(settings), new Map(), null, new LearningAlongside());
  try {
    // A file that ran over --timeout while learning fails at once: one limit a document, not two.
    const timedOut = new Map(carried?.timedOut);
    // Pages are handed on only by a learning pass over the inputs themselves, and only those this
    // runner cleans (a shard learns from all the inputs).
    const handsOn = settings.learn && !settings.templateFile && !settings.learnFrom;
    const prepared = handsOn ? new PreparedPages(new Set(cleaned.map((f) => f.path))) : null;
    const template = await siteTemplate(settings, inputs, interruption, threads, timedOut, prepared);
    return new Run(settings, tally, interruption, threads, work, template, destinationOf(settings), timedOut, prepared, null, carried?.printed);
  } catch (error) {
    await threads.destroy();
    throw error;
  }
}

function destinationOf(settings: RunSettings): string {
  return settings.outDir ?? (settings.stream ? '<stdout>' : (settings.reviewDir ?? '<nowhere>'));
}

async function goldOf(settings: RunSettings): Promise<Record<string, string> | null> {
  return settings.reviewDir && settings.gold ? Object.fromEntries(await goldFiles(settings.gold)) : null;
}

/**
 * Inputs a run that learns alongside its cleaning runs first, on their own, before the full
 * window: a template found in them (a folder of one site's pages) leaves little work to redo.
 */
const WARM_UP_PER_JOB = 16;

/**
 * Hand items to the run as the pool takes them: memory stays flat on any number of inputs.
 * `warmUp`: the first few go through on their own first (see WARM_UP_PER_JOB).
 */
async function feed(run: Run, items: Iterable<WorkItem> | AsyncIterable<WorkItem>, warmUp = false): Promise<void> {
  const warmUpItems = warmUp ? run.settings.jobs * WARM_UP_PER_JOB : 0;
  const full = new Slots(run.settings.jobs * IN_FLIGHT_PER_JOB, run.settings.jobs * RECORD_BYTES_IN_FLIGHT_PER_JOB);
  let slots = warmUpItems > 0 ? new Slots(warmUpItems, run.settings.jobs * RECORD_BYTES_IN_FLIGHT_PER_JOB) : full;
  let seq = 0;
  for await (const item of items) {
    if (seq === warmUpItems && slots !== full) {
      await slots.drained();
      slots = full;
    }
    if (run.stopping) break;
    // A string holds two bytes a UTF-16 code unit.
    const bytes = item.kind === 'record' ? 2 * item.line.length : 0;
    await slots.take(bytes);
    slots.track(run.process(seq++, item), bytes);
  }
  await slots.drained();
}

/** The template for this run: read from --template, learned (and saved with --save-template), or none. */
async function siteTemplate(
  settings: RunSettings,
  inputs: InputFile[],
  interruption: Interruption,
  threads: Threads,
  timedOut: Map<string, string>,
  prepared: PreparedPages | null,
): Promise<Template | null> {
  if (settings.templateFile) {
    try {
      return parseTemplate(readFileSync(settings.templateFile, 'utf8'));
    } catch (error) {
      throw new TemplateFileError(`--template ${settings.templateFile}: ${(error as Error).message}`);
    }
  }
  if (!settings.learn) return null;
  const sources = settings.learnFrom ? (await walkInputs(settings.learnFrom)).files : inputs;
  // Fewer documents than a site's template needs (only a .jsonl file holds more than one): the
  // template is empty whatever they hold, so no pass reads them for it.
  const tooFew = sources.length < MIN_DOCUMENTS && sources.every((file) => innerExtension(file.path).ext !== 'jsonl');
  if (tooFew && settings.verbose) process.stderr.write(`clean: no template learned: ${sources.length} documents, a site's template needs ${MIN_DOCUMENTS}\n`);
  const template = tooFew ? new TemplateLearner().build() : await learnTemplate(sources, settings, interruption, threads, timedOut, prepared);
  // A pass cut short by a signal learned from part of the inputs: not worth keeping.
  if (settings.saveTemplate && !interruption.signal) writeFileAtomicSync(settings.saveTemplate, JSON.stringify(template, null, 2) + '\n');
  if (settings.verbose && !tooFew) {
    const lines = Object.values(template.sites).reduce((n, s) => n + s.lines.length, 0);
    process.stderr.write(`clean: learned ${lines} template lines for ${Object.keys(template.sites).length} sites from ${sources.length} files\n`);
  }
  return template;
}

export class TemplateFileError extends Error {}

/**
 * The first pass: every input's line hashes counted per site, in input order. On the run's
 * threads when given (learning reads only their `site` and `maxBytes`), else on threads of its own.
 */
export async function learnTemplate(
  files: InputFile[],
  settings: Pick<RunSettings, 'site' | 'maxBytes' | 'jobs' | 'timeoutMs'>,
  interruption: Pick<Interruption, 'signal' | 'abandon' | 'stopTaking'> = { signal: null, abandon: async () => {}, stopTaking: () => {} },
  runThreads: Threads | null = null,
  /**
   * Files that ran over --timeout, with the error: those in it already are not tried here, those
   * that run over here are added (the cleaning pass does not try them again).
   */
  timedOut: Map<string, string> = new Map(),
  /** Filled with the pages read here, within its budget, for the cleaning pass. */
  prepared: PreparedPages | null = null,
): Promise<Template> {
  const learner = new TemplateLearner();
  const threads = runThreads ?? startThreads(settings.jobs, { outDir: null, staging: null, site: settings.site, maxBytes: settings.maxBytes, skipUpToDate: false, dryRun: false, lines: false, review: null });
  const pool = createPool<LearnedDocument[]>({
    threads,
    jobs: settings.jobs,
    timeoutMs: settings.timeoutMs,
    task: 'learnBatch',
    abandoned: (item, error) => {
      if (item.kind === 'file' && error.startsWith('timed out')) timedOut.set(item.path, `${error}, while learning templates`);
      return [];
    },
    split: (item) => recordItems(item, settings.maxBytes),
    merge: (results) => results.flat(),
  });
  interruption.stopTaking = () => pool.dropWaiting();
  interruption.abandon = () => pool.destroy();
  // Counted in input order, so that which copy of an article counts is the same for any --jobs.
  const ordered = new OrderedOutput<{ path: string; docs: LearnedDocument[] }>(async ({ path: file, docs }) => {
    for (const doc of docs) {
      learner.add(doc.lines);
      if (doc.prepared) prepared?.offer(file, doc.prepared);
    }
  });
  const slots = new Slots(settings.jobs * IN_FLIGHT_PER_JOB);
  for (const [seq, file] of files.entries()) {
    if (interruption.signal) break;
    await slots.take();
    if (timedOut.has(file.path)) {
      slots.track(ordered.put(seq, null));
      continue;
    }
    slots.track(pool.run({ kind: 'file', path: file.path, relative: file.relative }).then((docs) => ordered.put(seq, docs && { path: file.path, docs })));
  }
  await slots.drained();
  if (!runThreads) await threads.close();
  return learner.build();
}

/**
 * Results taken in `seq` order whatever order they finish in: counting, flagging copies and
 * streaming come out the same for any --jobs. Also the writer of stdout, which stops quietly
 * when its reader goes away (`clean … | head`).
 */
class OrderedOutput<T> {
  private next = 0;
  private readonly ready = new Map<number, T | null>();
  /** One drain at a time: a result is taken whole before the next one starts. */
  private draining: Promise<void> = Promise.resolve();
  closed = false;

  constructor(private readonly take: (value: T) => Promise<void>, private readonly stream: NodeJS.WritableStream = process.stdout) {
    stream.on('error', () => {
      this.closed = true;
    });
  }

  /** The result of input `seq` (null: nothing to take, the run was stopping). */
  put(seq: number, value: T | null): Promise<void> {
    this.ready.set(seq, value);
    this.draining = this.draining.then(() => this.drain());
    return this.draining;
  }

  private async drain(): Promise<void> {
    while (this.ready.has(this.next)) {
      const current = this.ready.get(this.next)!;
      this.ready.delete(this.next);
      this.next++;
      if (current !== null) await this.take(current);
    }
  }

  async write(text: string): Promise<void> {
    if (this.closed || this.stream.write(text)) return;
    try {
      await once(this.stream, 'drain');
    } catch {
      this.closed = true;
    }
  }
}
