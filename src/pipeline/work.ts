// One unit of a run, done inside a worker thread from start to end: read an input (a file, or
// a record line from stdin), split it into documents, skip those whose outputs are current,
// clean the rest and write them — or return them as JSON lines for the main thread to stream.
// Only small summaries cross back to the main thread.
import path from 'node:path';
import { cleanDocument, documentContent, optionsFor, sha256 } from '../index.js';
import { parseRecord, splitInput, type InputDocument } from '../io/formats.js';
import { readInputSync } from '../io/read.js';
import { metadataJson, outputPaths, writeOutputs } from '../io/output.js';
import { isUpToDate } from './incremental.js';
import { sweepTempFiles } from '../io/atomic.js';
import type { ArticleMetadata } from '../types.js';

export type WorkItem =
  | { kind: 'file'; path: string; relative: string }
  | { kind: 'record'; line: string; lineNumber: number };

export interface WorkSettings {
  /** Output folder, or null to return JSON lines instead of writing files. */
  outDir: string | null;
  /** The site id forced with --site, or null. */
  site: string | null;
  maxBytes: number;
  /** Compare with existing outputs and skip the current ones (off with --force or a fresh --out). */
  skipUpToDate: boolean;
  dryRun: boolean;
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

export type DocumentOutcome =
  | { status: 'cleaned'; shown: string; summary: DocumentSummary }
  | { status: 'skipped'; shown: string }
  | { status: 'would-write'; shown: string; target: string }
  | { status: 'failed'; shown: string; error: string };

export interface WorkResult {
  bytesRead: number;
  documents: DocumentOutcome[];
  /** With no output folder: one JSON line per cleaned document, in input order. */
  lines: string;
}

export function doWork(item: WorkItem, settings: WorkSettings): WorkResult {
  if (item.kind === 'record') {
    const doc = parseRecord(item.line, item.lineNumber);
    const result: WorkResult = { bytesRead: Buffer.byteLength(item.line) + 1, documents: [], lines: '' };
    // Records from stdin are written as <out>/<id or line-N>.
    handleDocument(doc, { relative: '', label: '<stdin>', fileBytes: null }, settings, result);
    return result;
  }
  const read = readInputSync(item.path, settings.maxBytes);
  if (!read.ok) return { bytesRead: 0, documents: [{ status: 'failed', shown: item.relative, error: read.error }], lines: '' };
  const result: WorkResult = { bytesRead: read.bytes.length, documents: [], lines: '' };
  const source = { relative: item.relative, label: item.relative, fileBytes: read.bytes };
  for (const doc of splitInput(read.bytes, item.relative)) handleDocument(doc, source, settings, result);
  return result;
}

/** Where a document came from: its path under the input root, how messages name it, the file's bytes. */
interface DocumentSource {
  relative: string;
  label: string;
  fileBytes: Buffer | null;
}

function handleDocument(doc: InputDocument, source: DocumentSource, settings: WorkSettings, result: WorkResult): void {
  const shown = doc.name === null ? source.label : `${source.label} [${doc.name}]`;
  const add = (outcome: DocumentOutcome): void => {
    result.documents.push(outcome);
  };
  if (doc.error) return add({ status: 'failed', shown, error: doc.error });
  const base = outputBase(source.relative, doc.name);
  let paths: { text: string; json: string } | null = null;
  try {
    if (settings.outDir) paths = outputPaths(settings.outDir, base);
  } catch (error) {
    return add({ status: 'failed', shown, error: (error as Error).message });
  }
  // `source` describes what was read: the whole file for a one-document file, else the record.
  const sourceBytes = doc.name === null && source.fileBytes ? source.fileBytes : Buffer.from(documentContent(doc));
  const key = { sha256: sha256(sourceBytes), siteOverride: settings.site };
  if (paths && settings.skipUpToDate && isUpToDate(paths, key)) return add({ status: 'skipped', shown });
  if (settings.dryRun) return add({ status: 'would-write', shown, target: paths?.text ?? `<stdout> ${base}` });
  const options = optionsFor(doc, { site: settings.site, path: source.relative || null });
  let cleaned;
  try {
    cleaned = cleanDocument(documentContent(doc), { ...options, sourceSha256: key.sha256, sourceLength: sourceBytes.length });
  } catch (error) {
    // A bug in a rule fails this document only; the message says where to look.
    return add({ status: 'failed', shown, error: `internal error: ${(error as Error).message}` });
  }
  if (!cleaned.ok) return add({ status: 'failed', shown, error: cleaned.error });
  const { text, metadata } = cleaned.article;
  if (paths) {
    try {
      writeOutputs(paths, metadataJson(cleaned.article), text);
    } catch (error) {
      return add({ status: 'failed', shown, error: `cannot write output: ${(error as Error).message}` });
    }
  } else {
    result.lines += jsonLine(metadata, text);
  }
  add({ status: 'cleaned', shown, summary: summarize(metadata) });
}

/** `a/b.txt` → `a/b`; record `x` of `a/b.jsonl.gz` → `a/b/x`; a stdin record → `x`. */
export function outputBase(relative: string, name: string | null): string {
  const stem = relative.replace(/(\.[^./\\]+)?(\.gz)?$/i, '');
  return name === null ? stem : path.join(stem, name);
}

/** One line of `--format jsonl`: the metadata with the text as its last field. */
export function jsonLine(metadata: ArticleMetadata, text: string): string {
  return JSON.stringify({ ...metadata, text }) + '\n';
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
  const shown = item.kind === 'file' ? item.relative : `<stdin> [line-${item.lineNumber}]`;
  if (settings.outDir) {
    const target = path.resolve(settings.outDir, item.kind === 'file' ? outputBase(item.relative, null) : '');
    if (item.kind === 'file') sweepTempFiles(path.dirname(target), path.basename(target));
    else sweepTempFiles(target, '');
  }
  return { bytesRead: 0, documents: [{ status: 'failed', shown, error }], lines: '' };
}
