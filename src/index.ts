// The library API: clean one document (bytes or text) or one file. The CLI is built on these.
import { hash } from 'node:crypto';
import type { Article, ArticleMetadata, Block, Findings, InputFormat, SiteRef } from './types.js';
import type { SiteModule } from './sites/define.js';
import { parseHtml } from './parse/html.js';
import { splitInput, type InputDocument } from './io/formats.js';
import { readInput } from './io/read.js';
import { decodeBytes } from './decode/decode.js';
import { normalizeText } from './decode/normalize.js';
import { textToBlocks } from './parse/text.js';
import { detectSite, type Detected } from './detect/site.js';
import { siteById } from './sites/index.js';
import { linesOf, templateGroup, type DocumentLines, type TemplateLookup } from './learn/template.js';
import { fingerprint } from './learn/fingerprint.js';
import { buildProfile, type DocContext, newFindings } from './rules/context.js';
import { runRules } from './rules/engine.js';
import { isLetter } from './rules/letters.js';
import { applyCuts, assemble, removedByReason, renderText } from './article/assemble.js';
import { TOOL } from './version.js';

export type { Article, ArticleMetadata } from './types.js';
export { SITES } from './sites/index.js';

export interface CleanOptions {
  /** Force a site module by id or domain; `generic` runs the generic engine only. */
  site?: string | null;
  /** Force a module that is not registered (yet): a proposal being tried. */
  siteModule?: SiteModule | null;
  /** The page's URL, when known (used for site detection and passed to the metadata). */
  url?: string | null;
  /** The input's path, recorded in the metadata and used for site detection. */
  path?: string | null;
  /** The file's full path when `path` is relative to an input folder: a domain above that folder still counts. */
  sitePath?: string | null;
  /** Reject inputs larger than this (default 20 MB): a dump that size is not one article. */
  maxBytes?: number;
  /** How to read the content (default `text`); `cleanInput` sets it from the file's kind. */
  markup?: 'text' | 'html';
  /** The input's format as recorded in `source.format`. */
  format?: InputFormat;
  /** The bytes `source` describes when they are not the document's own (the .gz file it came from). */
  sourceBytes?: Uint8Array;
  /** `source.sha256` and `source.bytes` when the caller hashed the source already (the CLI does, to skip unchanged inputs). */
  sourceSha256?: string;
  sourceLength?: number;
  /** Other fields of a scraper record, passed through to the metadata. */
  record?: Record<string, unknown>;
  /** Learned site templates (`templateLookup`): their lines are dropped with reason `template`. */
  template?: TemplateLookup | null;
  /**
   * The page as the learning pass read it (`learnDocument`): taken instead of reading it again
   * when its `sha256` is `sourceSha256`, the hash of the bytes being cleaned.
   */
  prepared?: PreparedDocument | null;
  /**
   * Also return the document's lines for template learning (`CleanResult.lines`), taken before
   * any rule runs, as `learnDocument` gives them but without their texts: a run that learns
   * while it cleans only needs to know whether a template is there (see `LearningAlongside`).
   */
  learnLines?: boolean;
}

/**
 * A page read up to its blocks, in a form that crosses threads: what the learning pass hands the
 * cleaning pass so that an HTML page is parsed once (parsing is nine tenths of its cost).
 */
export interface PreparedDocument {
  /** The SHA-256 of the source bytes read: a file changed in between is read again. */
  sha256: string;
  encoding: string;
  inputChars: number;
  pageUrl: string | null;
  ref: SiteRef;
  blocks: Block[];
  findings: Findings;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type CleanResult = { ok: true; article: Article; lines?: DocumentLines } | { ok: false; error: string };

/** A document read up to its blocks: decoded, parsed, its site detected. */
interface ReadDocument {
  bytes: Uint8Array;
  markup: 'text' | 'html';
  encoding: string;
  inputChars: number;
  pageUrl: string | null;
  detected: Detected;
  blocks: Block[];
  findings: Findings;
}

function readDocument(input: Uint8Array | string, options: CleanOptions): { ok: true; doc: ReadDocument } | { ok: false; error: string } {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const problem = inputProblem(bytes);
  if (problem) return { ok: false, error: problem };
  const markup = options.markup ?? 'text';
  const declared = markup === 'html' ? sniffCharset(bytes) : null;
  const decoded = typeof input === 'string' ? { text: normalizeText(input), encoding: 'utf-8' } : decodeBytes(bytes, declared);
  if (!decoded.text.trim()) return { ok: false, error: 'empty input (only whitespace)' };
  const noise = noiseShare(decoded.text);
  if (noise !== null) return { ok: false, error: `not text: ${Math.round(noise * 100)} % of its first characters are control codes (random or binary bytes?)` };
  const html = markup === 'html' ? parsePage(decoded.text) : null;
  let detected;
  try {
    detected = detectSite({
      override: options.site,
      module: options.siteModule ?? null,
      url: options.url ?? html?.meta.url ?? null,
      path: options.sitePath ?? options.path,
      siteName: html?.meta.siteName ?? null,
      text: html ? html.blocks.map((b) => b.text).join('\n') : decoded.text,
    });
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const findings = newFindings();
  if (decoded.brokenSequences) findings.warnings.push(`${decoded.brokenSequences} broken UTF-8 byte sequence(s) replaced by U+FFFD`);
  let blocks: Block[];
  if (html) {
    // With a site module's selectors the page is read again through them.
    const page = detected.module?.html.body || detected.module?.html.strip.length ? parsePage(decoded.text, detected.module) : html;
    blocks = withTitleBlock(page.blocks, page.meta.title);
    findings.published = page.meta.published;
    findings.author = page.meta.author;
  } else {
    blocks = textToBlocks(decoded.text);
  }
  const doc = { bytes, markup, encoding: decoded.encoding, inputChars: decoded.text.length, pageUrl: html?.meta.url ?? null, detected, blocks, findings };
  return { ok: true, doc };
}

/** The first pass of template learning: which lines one document holds, as hashes. */
export function documentLines(input: Uint8Array | string, options: CleanOptions = {}): DocumentLines | null {
  return learnDocument(input, options)?.lines ?? null;
}

/**
 * `documentLines`, and for an HTML page whose source hash is given (`sourceSha256`), the page
 * as read, for the cleaning pass to take (`CleanOptions.prepared`). Text dumps are read again:
 * splitting them costs less than handing their blocks from thread to thread.
 */
export function learnDocument(input: Uint8Array | string, options: CleanOptions = {}): LearnedDocument | null {
  const read = readDocument(input, options);
  if (!read.ok) return null;
  const { doc } = read;
  // Taken before any rule has run: the blocks carry no verdict or cut of this pass.
  const lines = linesOf(doc.blocks, templateGroup(doc.detected.ref));
  if (doc.markup !== 'html' || !options.sourceSha256) return { lines };
  return { lines, prepared: { sha256: options.sourceSha256, encoding: doc.encoding, inputChars: doc.inputChars, pageUrl: doc.pageUrl, ref: doc.detected.ref, blocks: doc.blocks, findings: doc.findings } };
}

/** What the learning pass gives of one document: its lines, and the page as read when it is worth handing on. */
export interface LearnedDocument {
  lines: DocumentLines;
  prepared?: PreparedDocument;
}

/** A prepared page back as a read document; null when it is not of these bytes or its module is gone. */
function fromPrepared(bytes: Uint8Array, options: CleanOptions): ReadDocument | null {
  const prepared = options.prepared;
  if (!prepared || prepared.sha256 !== options.sourceSha256 || options.siteModule) return null;
  const module = prepared.ref.id === 'generic' ? null : (siteById(prepared.ref.id) ?? null);
  if (prepared.ref.id !== 'generic' && !module) return null;
  const { encoding, inputChars, pageUrl, ref, blocks, findings } = prepared;
  return { bytes, markup: 'html', encoding, inputChars, pageUrl, detected: { module, ref }, blocks, findings };
}

/** Bytes or text of one document (a text dump, or HTML with `markup: 'html'`) → the clean article. Never throws for bad input. */
export function cleanDocument(input: Uint8Array | string, options: CleanOptions = {}): CleanResult {
  const ready = options.prepared ? fromPrepared(typeof input === 'string' ? Buffer.from(input, 'utf8') : input, options) : null;
  const read = ready ? { ok: true as const, doc: ready } : readDocument(input, options);
  if (!read.ok) return read;
  const { bytes, markup, detected, blocks, findings } = read.doc;
  const group = templateGroup(detected.ref);
  // Before the rules: they set verdicts and cuts on these blocks.
  const lines = options.learnLines ? linesOf(blocks, group, false) : undefined;
  const template = options.template?.get(group) ?? null;
  const ctx: DocContext = { blocks, findings, profile: buildProfile(detected.module), titleIndex: null, window: null, template: template && { group, ...template } };
  runRules(ctx);
  const { title, paragraphs } = assemble(ctx.blocks, ctx.titleIndex);
  const text = renderText(title, paragraphs);
  const warnings = [...ctx.findings.warnings];
  if (!title) warnings.push('no title found');
  if (paragraphs.length === 0) warnings.push('no article paragraphs found');
  const metadata = {
    title,
    lead: paragraphs[0] ?? null,
    published: ctx.findings.published,
    author: ctx.findings.author,
    attribution: ctx.findings.attribution,
    sourceTag: ctx.findings.sourceTag,
    captions: ctx.findings.captions.map((c) => applyCuts(c, [])),
    url: options.url ?? read.doc.pageUrl,
    site: detected.ref,
    language: guessLanguage(text),
    source: {
      path: options.path ?? null,
      sha256: options.sourceSha256 ?? sha256(options.sourceBytes ?? bytes),
      bytes: options.sourceLength ?? (options.sourceBytes ?? bytes).length,
      encoding: read.doc.encoding,
      format: options.format ?? (markup === 'html' ? 'html' : 'text'),
    },
    stats: {
      inputChars: read.doc.inputChars,
      outputChars: text.length,
      paragraphs: paragraphs.length,
      blocksRemoved: ctx.blocks.filter((b) => b.verdict && !b.verdict.keep).length,
      spansRemoved: ctx.blocks.reduce((n, b) => n + b.cuts.length, 0),
      removedByReason: removedByReason(ctx.blocks),
    },
    warnings,
    fingerprint: fingerprint(text),
    duplicateOf: null,
  } as ArticleMetadata;
  // Added after, in this order (it is the JSON's order): a spread inside the literal makes V8
  // build the whole object the slow way, a cost every document paid.
  if (options.record) metadata.record = options.record;
  metadata.tool = { name: TOOL.name, version: TOOL.version, template: template?.id ?? null };
  const window = ctx.window && { firstLine: blocks[ctx.window.first]!.line, lastLine: blocks[ctx.window.last]!.line, why: ctx.window.why };
  const article = { text, metadata, blocks: ctx.blocks, window };
  return lines ? { ok: true, article, lines } : { ok: true, article };
}

export function sha256(bytes: Uint8Array): string {
  // The one-shot form: a Hash object per document cost more than hashing its few kilobytes.
  return hash('sha256', bytes, 'hex');
}

function parsePage(text: string, site: SiteModule | null = null) {
  return parseHtml(text, { body: site?.html.body ?? null, strip: site?.html.strip ?? [] });
}

/** The page's title (from its metadata) leads the blocks, so the title rule finds it first. */
function withTitleBlock(blocks: Block[], title: string | null): Block[] {
  if (!title) return blocks;
  const titleBlock: Block = { index: 0, line: 0, text: title, kind: 'heading', html: { tag: 'title', linkShare: 0 }, cuts: [] };
  return [titleBlock, ...blocks].map((b, i) => ({ ...b, index: i }));
}

/** `<meta charset>` or `http-equiv` content-type in the first bytes of an HTML page. */
function sniffCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? null;
}

export interface DocumentOutcome {
  /** `null` for a file with one document; the record's id or `line-N` inside a .jsonl file. */
  name: string | null;
  result: CleanResult;
}

/** Every document of one input (a .jsonl file holds many; a broken line fails alone). */
export function cleanInput(bytes: Uint8Array, options: CleanOptions = {}): DocumentOutcome[] {
  return splitInput(bytes, options.path ?? null, [], options.maxBytes ?? DEFAULT_MAX_BYTES).map((doc) => {
    if (doc.error) return { name: doc.name, result: { ok: false, error: doc.error } };
    // `source` describes what was read: the file itself, or the record inside it.
    const docOptions = optionsFor(doc, options);
    if (doc.name === null) docOptions.sourceBytes = bytes;
    return { name: doc.name, result: cleanDocument(documentContent(doc), docOptions) };
  });
}

/** The options for one document of an input: its markup and format, the record's URL and fields. */
export function optionsFor(doc: InputDocument, options: CleanOptions): CleanOptions {
  // Object.assign, not a spread: copying an options object by spread cost ~4 µs a document.
  const forDoc: CleanOptions = Object.assign({}, options);
  forDoc.markup = doc.markup;
  forDoc.format = doc.format;
  forDoc.url = options.url ?? doc.url ?? null;
  if (doc.record) forDoc.record = doc.record;
  return forDoc;
}

/** What `cleanDocument` reads of a document: a record's text, or the bytes. */
export function documentContent(doc: InputDocument): Uint8Array | string {
  return doc.text ?? doc.bytes ?? new Uint8Array();
}

/** Read one file and clean every document in it. Errors (unreadable, too large) come back as values. */
export async function cleanFileDocuments(path: string, options: CleanOptions = {}): Promise<DocumentOutcome[]> {
  const read = await readInput(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!read.ok) return [{ name: null, result: { ok: false, error: read.error } }];
  return cleanInput(read.bytes, { ...options, path: options.path ?? path });
}

/** Read and clean a file that holds one document (see cleanFileDocuments for .jsonl). */
export async function cleanFile(path: string, options: CleanOptions = {}): Promise<CleanResult> {
  const outcomes = await cleanFileDocuments(path, options);
  if (outcomes.length !== 1) return { ok: false, error: `holds ${outcomes.length} documents: use cleanFileDocuments` };
  return outcomes[0]!.result;
}

/** A NUL byte in this much of the start makes an input binary. */
const BINARY_SNIFF_BYTES = 65536;

/** How much of a text's opening is read for control codes, and the share of them that makes it no text. */
const NOISE_SAMPLE_CHARS = 8000;
const MAX_NOISE_SHARE = 0.05;
const MIN_NOISE_CHARS = 20;
const NOISE_CHAR = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]/;

/**
 * The share of control codes (C0 but tab and line breaks, C1) in the text's opening, when it
 * is too high for text: random bytes with no NUL decode to about one in eight; a page has none.
 */
function noiseShare(text: string): number | null {
  // Most texts have no control code at all: one regex scan says so at a fraction of the loop's cost.
  if (!NOISE_CHAR.test(text.length > NOISE_SAMPLE_CHARS ? text.slice(0, NOISE_SAMPLE_CHARS) : text)) return null;
  const end = Math.min(text.length, NOISE_SAMPLE_CHARS);
  let noise = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c <= 0x9f)) noise++;
  }
  return noise >= MIN_NOISE_CHARS && noise / end > MAX_NOISE_SHARE ? noise / end : null;
}

function inputProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'empty file';
  // UTF-16 text has NUL bytes by nature; only call it binary without a UTF-16 BOM.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const nul = (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).indexOf(0);
  if (!utf16 && nul !== -1 && nul < BINARY_SNIFF_BYTES) return 'binary file (contains NUL bytes)';
  return null;
}

/** The opening of the text tells the language; reading more only costs time. */
const LANGUAGE_SAMPLE_CHARS = 600;
/**
 * Letters (lower and upper case) only Vietnamese writes among Latin scripts: 1 at their char
 * code (a Set lookup here cost 1 % of the cleaning).
 */
const VIETNAMESE_ONLY = new Uint8Array(0x10000);
for (const c of 'ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ') {
  VIETNAMESE_ONLY[c.charCodeAt(0)] = 1;
  VIETNAMESE_ONLY[c.toUpperCase().charCodeAt(0)] = 1;
}

/** `vi` when over 3 % of the opening's letters are Vietnamese-only, else null. */
function guessLanguage(text: string): string | null {
  let letters = 0;
  let vietnamese = 0;
  const end = Math.min(text.length, LANGUAGE_SAMPLE_CHARS);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    // ASCII first, without the table: most characters of a Vietnamese text are.
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
    } else if (isLetter(c)) {
      letters++;
      vietnamese += VIETNAMESE_ONLY[c]!;
    }
  }
  return letters > 0 && vietnamese / letters > 0.03 ? 'vi' : null;
}
