// Which kind of input a file is, and the documents inside it: a text dump, an HTML page, a
// scraper record (.json), one record per line (.jsonl), any of them gzip-compressed (.gz).
import { gunzipSync } from 'node:zlib';
import type { InputFormat } from '../types.js';

export interface InputDocument {
  /** `null` for a file holding one document; the record's sanitised id or line number otherwise. */
  name: string | null;
  format: InputFormat;
  /** How to read the content: HTML with cheerio, or a text dump line by line. */
  markup: 'html' | 'text';
  /** Raw bytes of a text or HTML document. */
  bytes?: Uint8Array;
  /** Text from a record (already a string: no decoding needed). */
  text?: string;
  url?: string | null;
  record?: Record<string, unknown>;
  /** A problem with this document alone (a broken JSONL line): reported, the rest go on. */
  error?: string;
}

export const TEXT_EXTENSIONS = ['txt', 'text', 'md'] as const;
export const HTML_EXTENSIONS = ['html', 'htm'] as const;
export const RECORD_EXTENSIONS = ['json', 'jsonl'] as const;
export const ALL_EXTENSIONS = [...TEXT_EXTENSIONS, ...HTML_EXTENSIONS, ...RECORD_EXTENSIONS];

/** `.txt.gz` → `txt`; `page.HTML` → `html`. */
export function innerExtension(path: string): { ext: string; gzip: boolean } {
  const lower = path.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const base = gzip ? lower.slice(0, -3) : lower;
  const dot = base.lastIndexOf('.');
  const slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
  return { ext: dot > slash ? base.slice(dot + 1) : '', gzip };
}

/** A page, or a fragment of one (`<div>…`, `<article>…`: what a scraper keeps of the article's element). */
const LOOKS_LIKE_HTML = /^\s*(?:<!doctype html|<(?:html|head|body|article|main|section|div|header|figure|table|p|h[1-6]|ul|ol)[\s>])/i;

/**
 * `takenNames`: names a .jsonl file's records must not take (see `RecordNames`). `maxBytes`
 * bounds what a compressed input may unpack to: a few MB of gzip can hold gigabytes (a gzip
 * bomb), and the unpacking stops there.
 */
export function splitInput(raw: Uint8Array, path: string | null, takenNames: readonly string[] = [], maxBytes = Infinity): InputDocument[] {
  const { ext, gzip } = path ? innerExtension(path) : { ext: '', gzip: isGzip(raw) };
  let bytes = raw;
  if (gzip || isGzip(raw)) {
    try {
      bytes = gunzipSync(raw, Number.isFinite(maxBytes) ? { maxOutputLength: maxBytes } : {});
    } catch (error) {
      const tooLarge = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError;
      const message = tooLarge ? `unpacks to more than --max-bytes (${maxBytes})` : `not valid gzip (${(error as Error).message})`;
      return [{ name: null, format: 'text', markup: 'text', error: message }];
    }
  }
  if (ext === 'json') return [parseRecord(Buffer.from(bytes).toString('utf8'), null)];
  if (ext === 'jsonl') return splitJsonl(Buffer.from(bytes).toString('utf8'), takenNames);
  if ((HTML_EXTENSIONS as readonly string[]).includes(ext) || (ext === '' && opensLikeHtml(bytes))) {
    return [{ name: null, format: 'html', markup: 'html', bytes }];
  }
  return [{ name: null, format: ext === 'md' ? 'markdown' : 'text', markup: 'text', bytes }];
}

/** A file with no extension (or stdin) is HTML when its first 512 bytes open like a page or an element of one. */
function opensLikeHtml(bytes: Uint8Array): boolean {
  return LOOKS_LIKE_HTML.test(Buffer.from(bytes.subarray(0, 512)).toString('latin1'));
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function splitJsonl(text: string, takenNames: readonly string[]): InputDocument[] {
  const names = new RecordNames(takenNames);
  return jsonlLines(text).map(({ line, lineNumber }) => {
    const doc = parseRecord(line, lineNumber);
    return { ...doc, name: names.claim(doc.name ?? `line-${lineNumber}`, lineNumber) };
  });
}

/**
 * The output names of the records of one file or stream, each given once. Two records with one
 * id (or ids that sanitize alike, or that differ in case only, as on a disk that ignores case)
 * would be written to one file, and the first lost: a repeat gets its line number, `a-line-7`.
 * So does a name another input's outputs have (`a/x.txt` next to `a.jsonl`).
 */
export class RecordNames {
  private readonly taken: Set<string>;

  constructor(takenNames: readonly string[] = []) {
    this.taken = new Set(takenNames.map((name) => name.toLowerCase()));
  }

  claim(name: string, lineNumber: number): string {
    let unique = name;
    for (let n = 1; this.taken.has(unique.toLowerCase()); n++) unique = `${name}-line-${lineNumber}${n === 1 ? '' : `-${n}`}`;
    this.taken.add(unique.toLowerCase());
    return unique;
  }
}

/** The name `parseRecord` gives a record line, without making its document. */
export function recordName(line: string, lineNumber: number): string {
  let id: unknown;
  try {
    id = (JSON.parse(line.replace(/^\ufeff/, '')) as { id?: unknown } | null)?.id;
  } catch {
    // A broken line is reported when it is cleaned; its name is its line number.
  }
  return sanitizeId(id, `line-${lineNumber}`);
}

/** The records of a .jsonl text: its non-blank lines, numbered from 1. */
export function jsonlLines(text: string): { line: string; lineNumber: number }[] {
  const records: { line: string; lineNumber: number }[] = [];
  text
    .replace(/^\ufeff/, '')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim()) records.push({ line, lineNumber: i + 1 });
    });
  return records;
}

/** The records of a .jsonl(.gz) file's bytes, or null for any other kind of input. */
export function jsonlRecords(raw: Uint8Array, path: string, maxBytes = Infinity): { line: string; lineNumber: number }[] | null {
  if (innerExtension(path).ext !== 'jsonl') return null;
  try {
    return jsonlLines(Buffer.from(isGzip(raw) ? gunzipSync(raw, Number.isFinite(maxBytes) ? { maxOutputLength: maxBytes } : {}) : raw).toString('utf8'));
  } catch {
    return null;
  }
}

/** A record's id, safe as a file name: never a path, never empty. */
export function sanitizeId(id: unknown, fallback: string): string {
  const text = typeof id === 'string' || typeof id === 'number' ? String(id) : '';
  const safe = text.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '').slice(0, 120);
  return safe || fallback;
}

/** One scraper record (a .json file, or line `lineNumber` of a .jsonl file or stream) → its document. */
export function parseRecord(json: string, lineNumber: number | null): InputDocument {
  const fallback = lineNumber === null ? 'record' : `line-${lineNumber}`;
  const where = lineNumber === null ? '' : `line ${lineNumber}: `;
  if (!json.trim()) return { name: lineNumber === null ? null : fallback, format: lineNumber === null ? 'json' : 'jsonl', markup: 'text', error: `${where}empty line` };
  let value: unknown;
  try {
    value = JSON.parse(json.replace(/^\ufeff/, ''));
  } catch (error) {
    return { name: lineNumber === null ? null : fallback, format: lineNumber === null ? 'json' : 'jsonl', markup: 'text', error: `${where}invalid JSON (${(error as Error).message})` };
  }
  const format: InputFormat = lineNumber === null ? 'json' : 'jsonl';
  const name = lineNumber === null ? null : sanitizeId((value as { id?: unknown })?.id, fallback);
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { name, format, markup: 'text', error: `${where}a record must be a JSON object` };
  }
  const { html, text, content, url, ...rest } = value as Record<string, unknown>;
  const recordUrl = typeof url === 'string' ? url : null;
  if (typeof html === 'string' && html.trim()) {
    return { name, format, markup: 'html', bytes: Buffer.from(html, 'utf8'), url: recordUrl, record: rest };
  }
  const body = typeof text === 'string' ? text : typeof content === 'string' ? content : null;
  if (body === null) return { name, format, markup: 'text', error: `${where}record has no "html", "text" or "content" string` };
  return { name, format, markup: 'text', text: body, url: recordUrl, record: rest };
}
