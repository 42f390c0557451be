// One unit of a run, done inside a worker thread from start to end: read an input (a file, or
// a record line from stdin), split it into documents, skip those whose outputs are current,
// clean the rest and write them — or return them as JSON lines for the main thread to stream.
// Only small summaries cross back to the main thread, with each document's lines when the run
// learns its template while it cleans. `learnWork` is a pass of template learning alone.
import path from 'node:path';
import { cleanDocument, documentContent, learnDocument, optionsFor, sha256, type LearnedDocument, type PreparedDocument } from '../index.js';
import { jsonlRecords, parseRecord, RecordNames, recordName, splitInput, type InputDocument } from '../io/formats.js';
import { readInputSync } from '../io/read.js';
import { metadataJson, outputPaths, writeOutputs } from '../io/output.js';
import { storedOutputs } from './incremental.js';
import { sweepTempFiles } from '../io/atomic.js';
import type { DocumentLines, TemplateLookup } from '../learn/template.js';
import type { Article, ArticleMetadata } from '../types.js';
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../decode/decode.js';
import { documentView, type ReviewDocument } from '../review/model.js';
import { documentBody } from '../review/render.js';
import { stemOf } from '../eval/gold.js';

export type WorkItem =
  /** `takenNames`: for a .jsonl file, the names of other inputs' outputs in its records' folder. */
  /** `prepared`: the page as the learning pass read it (`CleanOptions.prepared`). */
  | { kind: 'file'; path: string; relative: string; takenNames?: readonly string[]; prepared?: PreparedDocument }
  /**
   * A record from stdin, or (`file`) one record of a .jsonl file run again on its own after the
   * file ran over the time limit (see `recordItems`): cleaned even if the aborted run wrote it.
   */
  | { kind: 'record'; line: string; lineNumber: number; file?: { path: string; relative: string }; name?: string };

export interface WorkSettings {
  /** Output folder, or null to return JSON lines instead of writing files. */
  outDir: string | null;
  /** Where the threads make their temp files before renaming them into `outDir` (see `stagingFolder`). */
  staging: string | null;
  /** The site id forced with --site, or null. */
  site: string | null;
  maxBytes: number;
  /** Compare with existing outputs and skip the current ones (off with --force or a fresh --out). */
  skipUpToDate: boolean;
  dryRun: boolean;
  /** Return each cleaned document as a JSON line (streaming), when not writing files. */
  lines: boolean;
  /** Build each document's review page (`--review`, `clean review`); `gold` maps a stem to its gold text file. */
  review: { gold: Record<string, string> | null } | null;
}

/** What the run's summary needs of a document, without its text. */
export interface DocumentSummary {
  site: string;
  inputChars: number;
  outputChars: number;
  paragraphs: number;
  blocksRemoved: number;
  removedByReason: Record<string, number>;
}

/** What the main thread needs to flag near-duplicates in input order. */
export interface DuplicateCheck {
  fingerprint: string | null;
  /** `duplicateOf` as the written .json has it now. */
  written: string | null;
  /** The written .json (null when streaming). */
  jsonPath: string | null;
}

/** `lines`: what template learning counts of the document, when the run asked for them. */
export type DocumentOutcome =
  | { status: 'cleaned'; shown: string; summary: DocumentSummary; duplicate: DuplicateCheck; line: string | null; review?: ReviewDocument; lines?: DocumentLines }
  | { status: 'skipped'; shown: string; duplicate: DuplicateCheck; review?: ReviewDocument; lines?: DocumentLines }
  | { status: 'would-write'; shown: string; target: string }
  /** `record`: a record of stdin, for the error line of a stream (its id, its line). */
  | { status: 'failed'; shown: string; error: string; record?: { id: string | null; line: number }; lines?: DocumentLines };

export interface WorkResult {
  bytesRead: number;
  documents: DocumentOutcome[];
}

/** What a source is called in messages and in `duplicateOf`: `a/b.txt`, `a/b.jsonl [id]`. */
interface DocumentSource {
  relative: string;
  /** The file's full path (site detection looks for a domain in it), null for stdin. */
  fullPath: string | null;
  label: string;
  fileBytes: Buffer | null;
  /** Clean even when the outputs look current (a retried record: they may be from the aborted attempt). */
  retry?: boolean;
  /** The page as the learning pass read it, for a file that is one page. */
  prepared?: PreparedDocument;
}

const STDIN: DocumentSource = { relative: '', fullPath: null, label: '<stdin>', fileBytes: null };

/** Every document of an item with its source, or the one failure that stopped reading it. */
function documentsOf(item: WorkItem, maxBytes: number): { bytesRead: number; source: DocumentSource; docs: InputDocument[] } | { error: string } {
  if (item.kind === 'record') {
    // Records from stdin are written as <out>/<id or line-N>, those of a file as <out>/<stem>/<id>.
    const source = item.file ? { relative: item.file.relative, fullPath: item.file.path, label: item.file.relative, fileBytes: null, retry: true } : STDIN;
    // The name, when given, was made unique among the stream's or file's records (`RecordNames`).
    const doc = parseRecord(item.line, item.lineNumber);
    return { bytesRead: Buffer.byteLength(item.line) + 1, source, docs: [item.name ? { ...doc, name: item.name } : doc] };
  }
  const read = readInputSync(item.path, maxBytes);
  if (!read.ok) return { error: read.error };
  const source = { relative: item.relative, fullPath: item.path, label: item.relative, fileBytes: read.bytes, ...(item.prepared ? { prepared: item.prepared } : {}) };
  return { bytesRead: read.bytes.length, source, docs: splitInput(read.bytes, item.relative, item.takenNames, maxBytes) };
}

/** `learn`: each document's lines come back with it, as `learnWork` would give them. */
export function doWork(item: WorkItem, settings: WorkSettings, template: TemplateLookup | null, learn = false): WorkResult {
  const found = documentsOf(item, settings.maxBytes);
  if ('error' in found) return { bytesRead: 0, documents: [withRecord(item, { status: 'failed', shown: itemName(item), error: found.error })] };
  return { bytesRead: found.bytesRead, documents: found.docs.map((doc) => withRecord(item, handleDocument(doc, found.source, settings, template, learn))) };
}

/** A failed record of stdin carries its id and line: a stream writes a line for it. */
function withRecord(item: WorkItem, outcome: DocumentOutcome): DocumentOutcome {
  if (outcome.status !== 'failed' || item.kind !== 'record' || item.file) return outcome;
  return { ...outcome, record: { id: recordId(item.line), line: item.lineNumber } };
}

/** The record's `id` as it stands (a string or a number), or null. */
function recordId(line: string): string | null {
  try {
    const id = (JSON.parse(line) as { id?: unknown } | null)?.id;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
  } catch {
    return null;
  }
}

/** The first pass of template learning: the line hashes of every document of an item. */
export function learnWork(item: WorkItem, settings: WorkSettings): LearnedDocument[] {
  const found = documentsOf(item, settings.maxBytes);
  if ('error' in found) return [];
  return found.docs.flatMap((doc) => {
    if (doc.error) return [];
    // A file that is one HTML page: its hash lets the cleaning pass take the page as read here
    // (text dumps are read again, so they are not hashed twice).
    const hashed = doc.name === null && doc.markup === 'html' && found.source.fileBytes ? sha256(found.source.fileBytes) : undefined;
    const learned = learnOne(doc, found.source, settings, hashed);
    return learned ? [learned] : [];
  });
}

/** One document read for template learning alone. */
function learnOne(doc: InputDocument, source: DocumentSource, settings: WorkSettings, sourceSha256?: string): LearnedDocument | null {
  const options = optionsFor(doc, { site: settings.site, path: source.relative || null, sitePath: source.fullPath });
  if (sourceSha256) options.sourceSha256 = sourceSha256;
  return learnDocument(documentContent(doc), options);
}

/**
 * A document cleaned, skipped or failed; with `learn`, with its lines, as a learning pass would
 * count them: a document not cleaned (up to date, or it failed after it was read) is read for
 * them alone.
 */
function handleDocument(doc: InputDocument, source: DocumentSource, settings: WorkSettings, template: TemplateLookup | null, learn: boolean): DocumentOutcome {
  const outcome = cleanOrSkip(doc, source, settings, template, learn);
  if (!learn || doc.error || outcome.status === 'would-write' || outcome.lines) return outcome;
  const lines = learnOne(doc, source, settings)?.lines;
  return lines ? { ...outcome, lines } : outcome;
}

function cleanOrSkip(doc: InputDocument, source: DocumentSource, settings: WorkSettings, template: TemplateLookup | null, learn: boolean): DocumentOutcome {
  const shown = doc.name === null ? source.label : `${source.label} [${doc.name}]`;
  if (doc.error) return { status: 'failed', shown, error: doc.error };
  const base = outputBase(source.relative, doc.name);
  let paths: { text: string; json: string } | null = null;
  try {
    if (settings.outDir) paths = outputPaths(settings.outDir, base);
  } catch (error) {
    return { status: 'failed', shown, error: (error as Error).message };
  }
  // `source` describes what was read: the whole file for a one-document file, else the record.
  const sourceBytes = doc.name === null && source.fileBytes ? source.fileBytes : Buffer.from(documentContent(doc));
  const key = { sha256: sha256(sourceBytes), siteOverride: settings.site, template };
  const stored = paths && settings.skipUpToDate && !source.retry ? storedOutputs(paths, key) : null;
  // An up-to-date document is still cleaned for the review report, but not written again.
  if (stored && !settings.review) return { status: 'skipped', shown, duplicate: { ...stored, jsonPath: paths!.json } };
  if (settings.dryRun) return { status: 'would-write', shown, target: paths?.text ?? `<stdout> ${base}` };
  const options = optionsFor(doc, { site: settings.site, path: source.relative || null, sitePath: source.fullPath, template });
  options.sourceSha256 = key.sha256;
  options.sourceLength = sourceBytes.length;
  if (doc.name === null && source.prepared) options.prepared = source.prepared;
  if (learn) options.learnLines = true;
  let cleaned;
  try {
    cleaned = cleanDocument(documentContent(doc), options);
  } catch (error) {
    // A bug in a rule fails this document only; the message says where to look.
    return { status: 'failed', shown, error: `internal error: ${(error as Error).message}` };
  }
  if (!cleaned.ok) return { status: 'failed', shown, error: cleaned.error };
  const { text, metadata } = cleaned.article;
  const review = settings.review ? reviewDocument(cleaned.article, shown, doc, settings.review.gold) : undefined;
  if (stored) return { status: 'skipped', shown, duplicate: { ...stored, jsonPath: paths!.json }, ...(review ? { review } : {}), ...(cleaned.lines ? { lines: cleaned.lines } : {}) };
  const duplicate: DuplicateCheck = { fingerprint: metadata.fingerprint, written: null, jsonPath: paths?.json ?? null };
  if (paths) {
    // Encoded once: hashed for the .json and written as the .txt.
    const textBytes = Buffer.from(text, 'utf8');
    const json = metadataJson({ ...cleaned.article, metadata: { ...metadata, output: { textSha256: sha256(textBytes) } } });
    try {
      writeOutputs(paths, json, textBytes, settings.staging);
    } catch (error) {
      return { status: 'failed', shown, error: `cannot write output: ${(error as Error).message}` };
    }
  }
  const outcome: DocumentOutcome = {
    status: 'cleaned',
    shown,
    summary: summarize(metadata),
    duplicate,
    line: settings.lines ? jsonLine(metadata, text) : null,
  };
  if (review) outcome.review = review;
  if (cleaned.lines) outcome.lines = cleaned.lines;
  return outcome;
}

/** The document's row and page for the review report, with the gold diff when it has gold. */
function reviewDocument(article: Article, shown: string, doc: InputDocument, gold: Record<string, string> | null): ReviewDocument {
  const goldFile = gold ? gold[doc.name ?? stemOf(shown)] : undefined;
  let withGold = null;
  if (goldFile) {
    const content = documentContent(doc);
    const input = typeof content === 'string' ? content : decodeBytes(content).text;
    withGold = { input, text: readFileSync(goldFile, 'utf8') };
  }
  const view = documentView(article, shown, withGold);
  return { row: view.row, body: documentBody(view) };
}

function itemName(item: WorkItem): string {
  if (item.kind === 'file') return item.relative;
  return `${item.file ? item.file.relative : '<stdin>'} [line-${item.lineNumber}]`;
}

/**
 * A .jsonl file's records as items of their own, or null for an input that holds one document.
 * A file that runs over the time limit is run again this way, so that only the record that hangs
 * fails. Read here, on the main thread: only on that rare path.
 */
export function recordItems(item: WorkItem, maxBytes: number): WorkItem[] | null {
  if (item.kind !== 'file') return null;
  const read = readInputSync(item.path, maxBytes);
  const records = read.ok ? jsonlRecords(read.bytes, item.relative, maxBytes) : null;
  if (!records || records.length < 2) return null;
  // Named as the whole file names them, so that a record's outputs stay where they were.
  const names = new RecordNames(item.takenNames);
  return records.map(({ line, lineNumber }) => ({
    kind: 'record',
    line,
    lineNumber,
    file: { path: item.path, relative: item.relative },
    name: names.claim(recordName(line, lineNumber), lineNumber),
  }));
}

/** The results of a file's records, run one by one, as the file's result. */
export function mergeWork(results: WorkResult[]): WorkResult {
  return { bytesRead: results.reduce((n, r) => n + r.bytesRead, 0), documents: results.flatMap((r) => r.documents) };
}

/** `a/b.txt` → `a/b`; record `x` of `a/b.jsonl.gz` → `a/b/x`; a stdin record → `x`. */
export function outputBase(relative: string, name: string | null): string {
  const stem = relative.replace(/(\.[^./\\]+)?(\.gz)?$/i, '');
  return name === null ? stem : path.join(stem, name);
}

/** One line of `--format jsonl`: the metadata with the text as its last field. */
export function jsonLine(metadata: ArticleMetadata, text: string): string {
  // The metadata's JSON with the text appended: copying the metadata into a new object to
  // stringify it cost more than the stringifying.
  return `${JSON.stringify(metadata).slice(0, -1)},"text":${JSON.stringify(text)}}\n`;
}

function summarize(m: ArticleMetadata): DocumentSummary {
  return {
    site: m.site.id,
    inputChars: m.stats.inputChars,
    outputChars: m.stats.outputChars,
    paragraphs: m.stats.paragraphs,
    blocksRemoved: m.stats.blocksRemoved,
    removedByReason: m.stats.removedByReason,
  };
}

/**
 * The result for an item whose thread was stopped (time limit, or the run abandoned): one
 * failure, and no temporary file left where its outputs were being written.
 */
export function abandonedWork(item: WorkItem, settings: WorkSettings, error: string): WorkResult {
  if (settings.outDir) {
    const relative = item.kind === 'file' ? item.relative : (item.file?.relative ?? null);
    const target = path.resolve(settings.outDir, relative === null ? '' : outputBase(relative, null));
    if (item.kind === 'file') sweepTempFiles(path.dirname(target), path.basename(target));
    else sweepTempFiles(target, '');
  }
  return { bytesRead: 0, documents: [withRecord(item, { status: 'failed', shown: itemName(item), error })] };
}
