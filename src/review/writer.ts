// Writes the review report as a run's documents arrive, in input order: a page per document
// (held back by one, so that its `next` link is known), its row streamed into rows.js, its
// totals added up for the index and the site charts. Nothing but the totals stays in memory,
// so a report of 100,000 documents costs the run no more than one of 100.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomicSync } from '../io/atomic.js';
import { PACKAGE_ROOT } from '../version.js';
import { SiteTally, type ReviewDocument, type ReviewRow } from './model.js';
import { documentFile, documentPage, indexPage, reasonStyles, rowArray, scriptJson, sitesPage, type ReportTotals } from './render.js';

const ASSETS = path.join(PACKAGE_ROOT, 'assets', 'review');

/** Is `dir` safe to write a report into: missing, empty, or a report written before? */
export function reviewFolderProblem(dir: string): string | null {
  if (!existsSync(dir)) return null;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (error) {
    return `cannot read ${dir}: ${(error as Error).message}`;
  }
  if (entries.length === 0 || entries.includes('rows.js')) return null;
  return `${dir} holds other files: give an empty or new folder (or one with an earlier report)`;
}

export class ReviewWriter {
  private readonly docsDir: string;
  private readonly rowsTemp: string;
  private readonly rowsFd: number;
  private count = 0;
  private pending: { n: number; body: string; title: string } | null = null;
  private readonly sites = new SiteTally();
  private readonly failures: { path: string; error: string }[] = [];
  private readonly totals: ReportTotals;
  private goldF1 = 0;
  private goldTokenF1 = 0;

  constructor(private readonly dir: string, private readonly gold: boolean) {
    const problem = reviewFolderProblem(dir);
    if (problem) throw new Error(problem);
    this.docsDir = path.join(dir, 'docs');
    // The pages of an earlier report would be mixed with this one's.
    rmSync(this.docsDir, { recursive: true, force: true });
    mkdirSync(this.docsDir, { recursive: true });
    this.rowsTemp = path.join(dir, `rows.js.tmp-${process.pid}`);
    this.rowsFd = openSync(this.rowsTemp, 'w');
    writeSync(this.rowsFd, 'window.REVIEW_ROWS=[\n');
    this.totals = { documents: 0, failed: 0, paragraphs: 0, inputChars: 0, outputChars: 0, cuts: {}, warnings: 0, duplicates: 0, gold: gold ? { documents: 0, f1: 0, tokenF1: 0, lostWords: 0, junkKept: 0 } : null };
  }

  add(doc: ReviewDocument, duplicateOf: string | null): void {
    const row: ReviewRow = { ...doc.row, n: ++this.count, duplicateOf };
    this.flushPending(row.n);
    this.pending = { n: row.n, body: doc.body, title: row.title ?? row.path };
    writeSync(this.rowsFd, `${scriptJson(rowArray(row))},\n`);
    this.addTotals(row);
  }

  fail(shown: string, error: string): void {
    this.failures.push({ path: shown, error });
    this.totals.failed++;
  }

  private addTotals(row: ReviewRow): void {
    const t = this.totals;
    t.documents++;
    t.paragraphs += row.paragraphs;
    t.inputChars += row.inputChars;
    t.outputChars += row.outputChars;
    for (const [reason, n] of Object.entries(row.cuts)) t.cuts[reason] = (t.cuts[reason] ?? 0) + n;
    if (row.warnings.length) t.warnings++;
    if (row.duplicateOf) t.duplicates++;
    if (t.gold && row.score) {
      t.gold.documents++;
      this.goldF1 += row.score.f1;
      this.goldTokenF1 += row.score.tokenF1;
      t.gold.lostWords += row.score.lostWords;
      t.gold.junkKept += row.score.junkKept;
    }
    this.sites.add(row);
  }

  private flushPending(next: number | null): void {
    const p = this.pending;
    if (!p) return;
    const html = documentPage(p.body, { n: p.n, prev: p.n > 1 ? p.n - 1 : null, next, title: p.title });
    writeFileAtomicSync(path.join(this.docsDir, documentFile(p.n)), html, false);
    this.pending = null;
  }

  /** The last page, rows.js, the index, the site overview and the assets; returns the index's path. */
  finish(): string {
    this.flushPending(null);
    const t = this.totals;
    if (t.gold && t.gold.documents) {
      t.gold.f1 = this.goldF1 / t.gold.documents;
      t.gold.tokenF1 = this.goldTokenF1 / t.gold.documents;
    }
    writeSync(this.rowsFd, `];\nwindow.REVIEW_META=${scriptJson({ gold: this.gold })};\n`);
    fsyncSync(this.rowsFd);
    closeSync(this.rowsFd);
    renameSync(this.rowsTemp, path.join(this.dir, 'rows.js'));
    const css = readFileSync(path.join(ASSETS, 'review.css'), 'utf8') + '\n' + reasonStyles() + '\n';
    writeFileAtomicSync(path.join(this.dir, 'review.css'), css, false);
    writeFileAtomicSync(path.join(this.dir, 'review.js'), readFileSync(path.join(ASSETS, 'review.js'), 'utf8'), false);
    writeFileAtomicSync(path.join(this.dir, 'sites.html'), sitesPage(this.sites.overview(), this.sites.reasons, this.sites.cutShareHistogram), false);
    const index = path.join(this.dir, 'index.html');
    writeFileAtomicSync(index, indexPage(t, this.failures), false);
    return index;
  }

  /** A run abandoned: no half-written rows.js left behind. */
  abandon(): void {
    try {
      closeSync(this.rowsFd);
    } catch {
      // already closed
    }
    rmSync(this.rowsTemp, { force: true });
  }
}
