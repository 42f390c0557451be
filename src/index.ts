// The library API: clean one document (bytes or text) or one file. The CLI is built on these.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Article, ArticleMetadata, InputFormat } from './types.js';
import { decodeBytes } from './decode/decode.js';
import { normalizeText } from './decode/normalize.js';
import { textToBlocks } from './parse/text.js';
import { detectSite } from './detect/site.js';
import { buildProfile, type DocContext, newFindings } from './rules/context.js';
import { runRules } from './rules/engine.js';
import { applyCuts, assemble, removedByReason, renderText } from './article/assemble.js';
import { TOOL } from './version.js';

export type { Article, ArticleMetadata } from './types.js';
export { SITES } from './sites/index.js';

export interface CleanOptions {
  /** Force a site module by id or domain; `generic` runs the generic engine only. */
  site?: string | null;
  /** The page's URL, when known (used for site detection and passed to the metadata). */
  url?: string | null;
  /** The input's path, recorded in the metadata and used for site detection. */
  path?: string | null;
  /** Reject inputs larger than this (default 20 MB): a dump that size is not one article. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type CleanResult = { ok: true; article: Article } | { ok: false; error: string };

/** Bytes or text of one text dump → the clean article. Never throws for bad input. */
export function cleanDocument(input: Uint8Array | string, options: CleanOptions = {}): CleanResult {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const problem = inputProblem(bytes);
  if (problem) return { ok: false, error: problem };
  const decoded = typeof input === 'string' ? { text: normalizeText(input), encoding: 'utf-8' } : decodeBytes(bytes);
  if (!decoded.text.trim()) return { ok: false, error: 'empty input (only whitespace)' };
  let detected;
  try {
    detected = detectSite({ override: options.site, url: options.url, path: options.path, text: decoded.text });
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const ctx: DocContext = {
    blocks: textToBlocks(decoded.text),
    findings: newFindings(),
    profile: buildProfile(detected.module),
    titleIndex: null,
  };
  runRules(ctx);
  const { title, paragraphs } = assemble(ctx.blocks, ctx.titleIndex);
  const text = renderText(title, paragraphs);
  const warnings = [...ctx.findings.warnings];
  if (!title) warnings.push('no title found');
  if (paragraphs.length === 0) warnings.push('no article paragraphs found');
  const format: InputFormat = 'text';
  const metadata: ArticleMetadata = {
    title,
    lead: paragraphs[0] ?? null,
    published: ctx.findings.published,
    author: ctx.findings.author,
    attribution: ctx.findings.attribution,
    sourceTag: ctx.findings.sourceTag,
    captions: ctx.findings.captions.map((c) => applyCuts(c, [])),
    url: options.url ?? null,
    site: detected.ref,
    language: guessLanguage(text),
    source: {
      path: options.path ?? null,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      encoding: decoded.encoding,
      format,
    },
    stats: {
      inputChars: decoded.text.length,
      outputChars: text.length,
      paragraphs: paragraphs.length,
      blocksRemoved: ctx.blocks.filter((b) => b.verdict && !b.verdict.keep).length,
      spansRemoved: ctx.blocks.reduce((n, b) => n + b.cuts.length, 0),
      removedByReason: removedByReason(ctx.blocks),
    },
    warnings,
    tool: TOOL,
  };
  return { ok: true, article: { text, metadata, blocks: ctx.blocks } };
}

/** Read and clean one file. Errors (unreadable, binary, empty) come back as values. */
export async function cleanFile(path: string, options: CleanOptions = {}): Promise<CleanResult> {
  let bytes: Buffer;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, error: 'is a directory' };
    if (info.size > maxBytes) return { ok: false, error: `larger than --max-bytes (${info.size} > ${maxBytes})` };
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  }
  return cleanDocument(bytes, { ...options, path: options.path ?? path });
}

function inputProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'empty file';
  // UTF-16 text has NUL bytes by nature; only call it binary without a UTF-16 BOM.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, 65536).includes(0)) return 'binary file (contains NUL bytes)';
  return null;
}

export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'symbolic link loop';
    default: return e.message ?? String(error);
  }
}

/** A few thousand characters tell the language; reading more only costs time. */
const LANGUAGE_SAMPLE_CHARS = 1500;
const VIETNAMESE_ONLY = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/g;

/** `vi` when the text reads as Vietnamese (letters only Vietnamese uses), else null. */
function guessLanguage(text: string): string | null {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS).toLowerCase();
  const letters = sample.replace(/\P{L}+/gu, '').length;
  const vietnamese = sample.match(VIETNAMESE_ONLY)?.length ?? 0;
  return letters > 0 && vietnamese / letters > 0.03 ? 'vi' : null;
}
