// What a run did, counted as documents finish: the `--report` JSON, the one summary line for
// logs and CI, and the coloured table for a person at a terminal.
import type { ChalkInstance } from 'chalk';
import type { DocumentSummary } from '../pipeline/work.js';
import type { Shard } from '../pipeline/shard.js';
import { TOOL } from '../version.js';

export interface SiteTotals {
  documents: number;
  inputChars: number;
  outputChars: number;
  blocksRemoved: number;
}

export interface RunReport {
  tool: { name: string; version: string };
  /** Files found after sharding. */
  files: number;
  /** Documents in them (a .jsonl file holds many). */
  documents: number;
  cleaned: number;
  skipped: number;
  failed: number;
  /** With --dry-run: the documents that would have been written. */
  wouldWrite: number;
  /** Documents flagged as near-identical copies of an earlier one (`duplicateOf`). */
  duplicates: number;
  bytesRead: number;
  seconds: number;
  docsPerSecond: number;
  mbPerSecond: number;
  jobs: number;
  shard: Shard | null;
  /** The signal that stopped the run early, else null. */
  interrupted: 'SIGINT' | 'SIGTERM' | null;
  sites: Record<string, SiteTotals>;
  removedByReason: Record<string, number>;
  failures: { path: string; error: string }[];
  /**
   * Outputs (`<base>.txt` + `.json`) in the output folder that no input writes any more; null
   * when the run cannot tell (sharded, dry, interrupted, or no output folder).
   */
  stale: string[] | null;
  /** Whether `--prune` removed them. */
  pruned: boolean;
}

export class RunTally {
  stale: string[] | null = null;
  pruned = false;
  files = 0;
  documents = 0;
  cleaned = 0;
  skipped = 0;
  wouldWrite = 0;
  duplicates = 0;
  bytesRead = 0;
  interrupted: RunReport['interrupted'] = null;
  private readonly failures: { path: string; error: string }[] = [];
  private readonly sites: Record<string, SiteTotals> = {};
  private readonly removed: Record<string, number> = {};
  constructor(
    private readonly jobs: number,
    private readonly shard: Shard | null,
    private readonly started = process.hrtime.bigint(),
  ) {}

  /** A tally counted again from nothing, for a run that starts over: same files, same clock. */
  restarted(): RunTally {
    const tally = new RunTally(this.jobs, this.shard, this.started);
    tally.files = this.files;
    tally.interrupted = this.interrupted;
    return tally;
  }

  fail(path: string, error: string): void {
    this.failures.push({ path, error });
  }

  get failed(): number {
    return this.failures.length;
  }

  addCleaned(doc: DocumentSummary): void {
    this.cleaned++;
    const site = (this.sites[doc.site] ??= { documents: 0, inputChars: 0, outputChars: 0, blocksRemoved: 0 });
    site.documents++;
    site.inputChars += doc.inputChars;
    site.outputChars += doc.outputChars;
    site.blocksRemoved += doc.blocksRemoved;
    for (const [reason, n] of Object.entries(doc.removedByReason)) this.removed[reason] = (this.removed[reason] ?? 0) + n;
  }

  seconds(): number {
    return Number(process.hrtime.bigint() - this.started) / 1e9;
  }

  report(): RunReport {
    const seconds = this.seconds();
    const sorted = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
    return {
      tool: TOOL,
      files: this.files,
      documents: this.documents,
      cleaned: this.cleaned,
      skipped: this.skipped,
      failed: this.failed,
      wouldWrite: this.wouldWrite,
      duplicates: this.duplicates,
      bytesRead: this.bytesRead,
      seconds: round(seconds, 3),
      docsPerSecond: round(this.documents / Math.max(seconds, 1e-9), 1),
      mbPerSecond: round(this.bytesRead / 1e6 / Math.max(seconds, 1e-9), 2),
      jobs: this.jobs,
      shard: this.shard,
      interrupted: this.interrupted,
      sites: sorted(this.sites),
      removedByReason: sorted(this.removed),
      failures: [...this.failures].sort((a, b) => a.path.localeCompare(b.path)),
      stale: this.stale,
      pruned: this.pruned,
    };
  }
}

function round(n: number, digits: number): number {
  return Number(n.toFixed(digits));
}

/** The one line for logs and CI. */
export function summaryLine(r: RunReport, destination: string): string {
  const parts = [`${r.cleaned} cleaned`, `${r.failed} failed`, `${r.skipped} skipped`];
  if (r.wouldWrite > 0) parts.push(`${r.wouldWrite} would be written`);
  const stopped = r.interrupted ? ` (stopped by ${r.interrupted})` : '';
  return `clean: ${parts.join(', ')}, ${r.documents} documents in ${r.seconds.toFixed(1)}s (${r.mbPerSecond} MB/s) -> ${destination}${stopped}\n`;
}

/** The closing table on a terminal: totals, then one row per site, then removals per reason. */
export function summaryTable(r: RunReport, c: ChalkInstance): string {
  const lines: string[] = [];
  const status = [
    c.green(`${r.cleaned} cleaned`),
    r.failed ? c.red(`${r.failed} failed`) : `${r.failed} failed`,
    `${r.skipped} skipped`,
    ...(r.wouldWrite ? [`${r.wouldWrite} would be written`] : []),
    ...(r.duplicates ? [`${r.duplicates} copies flagged`] : []),
  ];
  lines.push(c.bold(`${r.documents} documents`) + ` · ${status.join(' · ')} · ${r.seconds.toFixed(1)}s · ${r.mbPerSecond} MB/s · ${r.docsPerSecond} docs/s · ${r.jobs} jobs`);
  if (r.interrupted) lines.push(c.yellow(`stopped by ${r.interrupted}: documents not started were left for the next run`));
  const sites = Object.entries(r.sites);
  if (sites.length > 0) {
    lines.push('', c.bold(`${'site'.padEnd(20)}${'documents'.padStart(10)}${'text kept'.padStart(11)}${'blocks cut'.padStart(12)}`));
    for (const [id, s] of sites) {
      const kept = s.inputChars ? `${Math.round((100 * s.outputChars) / s.inputChars)}%` : '-';
      lines.push(`${id.padEnd(20)}${String(s.documents).padStart(10)}${kept.padStart(11)}${String(s.blocksRemoved).padStart(12)}`);
    }
  }
  const reasons = Object.entries(r.removedByReason).sort(([, a], [, b]) => b - a);
  if (reasons.length > 0) {
    lines.push('', c.bold('removed by reason'));
    lines.push(reasons.map(([reason, n]) => `${c.cyan(reason)} ${n}`).join('  '));
  }
  return lines.join('\n') + '\n';
}
