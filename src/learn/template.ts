// Template learning: the lines a site prints on many of its pages (menus, footers, slogans,
// widget labels) are its template. A learner counts, per site, in how many documents each
// normalised line occurs (in a pass of its own, or as the run cleans: see `sawTemplateLine`); a
// line found in at least MIN_DOCUMENTS documents and at least MIN_SHARE of the site's documents
// is boilerplate (reason `template`), unless it is the title.
//
// Memory stays bounded on 10^5–10^6 documents: lines are counted as 48-bit hashes, not strings,
// and a site's table is pruned of lines seen once when it outgrows MAX_LINES_PER_SITE. Copies
// of one article (the same story scraped twice) count once, or its sentences would look like
// template: documents are keyed by the opening of their longest line.
import { createHash } from 'node:crypto';
import type { Block, SiteRef } from '../types.js';
import { lineHash, templateLineHash } from './line-hash.js';

/**
 * At least 3 documents: one or two pages say nothing about a template. At least 20 % of the
 * site's documents: footers and menus are on nearly every page, while a sentence shared by
 * different articles (a quote, a standard phrase) rarely reaches one page in five; a popular
 * headline repeated in related-news boxes may, and it is boilerplate there too.
 */
export const MIN_DOCUMENTS = 3;
export const MIN_SHARE = 0.2;
const MAX_LINES_PER_SITE = 50_000;
/** Texts kept for lines seen twice or more, so that a saved template can be read by a person. */
const MAX_TEXTS_PER_SITE = 20_000;

/** Which pages are counted together: a known site, else the domain, else all unknown pages. */
export function templateGroup(site: SiteRef): string {
  return site.id !== 'generic' ? site.id : site.domain ?? 'generic';
}

/** What the first pass learns of one document. */
export interface DocumentLines {
  group: string;
  /** Distinct line hashes, in order of first occurrence. */
  hashes: number[];
  /** Texts of the document's lines, by position in `hashes`, for the lines short enough to be furniture. */
  texts: (string | null)[];
  /** A hash of the longest line: copies of one article share it (see `articleKeyOf`). */
  articleKey: number | null;
}

/** Lines longer than this are kept as hashes only: furniture is short, and texts cost memory. */
const MAX_TEXT_CHARS = 200;

/**
 * A document's blocks → what the learner counts. `withTexts: false` leaves `texts` empty: a
 * learner that only needs to know whether a template is there has no use for them.
 */
export function linesOf(blocks: readonly Block[], group: string, withTexts = true): DocumentLines {
  const seen = new Set<number>();
  const hashes: number[] = [];
  const texts: (string | null)[] = [];
  let longest: Block | null = null;
  for (const block of blocks) {
    if (block.text.length > (longest?.text.length ?? 0)) longest = block;
    const hash = templateLineHash(block.text);
    if (hash === null || seen.has(hash)) continue;
    seen.add(hash);
    hashes.push(hash);
    if (withTexts) texts.push(block.text.length <= MAX_TEXT_CHARS ? block.text.trim() : null);
  }
  return { group, hashes, texts, articleKey: longest && articleKeyOf(longest.text) };
}

/**
 * The key copies of one article share: the hash of the start of its longest line. Two texts
 * whose longest line opens with the same 300 characters (some 60 words) are one story.
 */
const ARTICLE_KEY_CHARS = 300;

function articleKeyOf(longest: string): number | null {
  return lineHash(longest.length > ARTICLE_KEY_CHARS ? longest.slice(0, ARTICLE_KEY_CHARS) : longest);
}

/**
 * The format of a saved template. 2: lines hashed with `lineHash`'s FNV lanes; 1 hashed them
 * with SHA-1, so its hashes match no line now.
 */
export const TEMPLATE_FORMAT = 'clean-template/2';

export interface TemplateLine {
  /** 12 hex digits: the line's hash. */
  hash: string;
  documents: number;
  text: string | null;
}

export interface Template {
  format: typeof TEMPLATE_FORMAT;
  minDocuments: number;
  minShare: number;
  sites: Record<string, { documents: number; lines: TemplateLine[] }>;
}

interface SiteCounts {
  documents: number;
  articles: Set<number>;
  counts: Map<number, number>;
  texts: Map<number, string>;
}

export class TemplateLearner {
  private readonly sites = new Map<string, SiteCounts>();
  /**
   * Whether some line has met the thresholds against the documents counted so far. A line of
   * a template built at any point met them when its last occurrence was counted (its site had
   * no more documents then), so while this is false, the template built is empty. It may turn
   * true for a line that later falls below the share: a template is then possible, not certain.
   */
  sawTemplateLine = false;

  add(doc: DocumentLines): void {
    let site = this.sites.get(doc.group);
    if (!site) {
      site = { documents: 0, articles: new Set(), counts: new Map(), texts: new Map() };
      this.sites.set(doc.group, site);
    }
    if (doc.articleKey !== null) {
      if (site.articles.has(doc.articleKey)) return;
      site.articles.add(doc.articleKey);
    }
    site.documents++;
    doc.hashes.forEach((hash, i) => {
      const n = (site.counts.get(hash) ?? 0) + 1;
      site.counts.set(hash, n);
      if (n >= MIN_DOCUMENTS && n >= MIN_SHARE * site.documents) this.sawTemplateLine = true;
      const text = doc.texts[i];
      if (n >= 2 && text && !site.texts.has(hash) && site.texts.size < MAX_TEXTS_PER_SITE) site.texts.set(hash, text);
    });
    if (site.counts.size > MAX_LINES_PER_SITE) prune(site);
  }

  build(): Template {
    const sites: Template['sites'] = {};
    for (const [group, site] of [...this.sites].sort(([a], [b]) => a.localeCompare(b))) {
      const needed = Math.max(MIN_DOCUMENTS, Math.ceil(MIN_SHARE * site.documents));
      const lines = [...site.counts]
        .filter(([, n]) => n >= needed)
        .sort(([ha, a], [hb, b]) => b - a || ha - hb)
        .map(([hash, documents]) => ({ hash: hashHex(hash), documents, text: site.texts.get(hash) ?? null }));
      if (lines.length > 0) sites[group] = { documents: site.documents, lines };
    }
    return { format: TEMPLATE_FORMAT, minDocuments: MIN_DOCUMENTS, minShare: MIN_SHARE, sites };
  }
}

/** Lines seen in one document cannot become template while the table is full; they go first. */
function prune(site: SiteCounts): void {
  for (let floor = 1; site.counts.size > MAX_LINES_PER_SITE / 2; floor++) {
    for (const [hash, n] of site.counts) if (n <= floor) site.counts.delete(hash);
  }
}

function hashHex(hash: number): string {
  return hash.toString(16).padStart(12, '0');
}

/** One site's template as the rules use it: line hash → in how many documents it was seen. */
export interface SiteTemplate {
  /** A short id of the template, recorded in the metadata so that a changed template re-cleans. */
  id: string;
  documents: number;
  lines: Map<number, number>;
}

/** Per site group, what the template rule looks lines up in. */
export type TemplateLookup = Map<string, SiteTemplate>;

export function templateLookup(template: Template): TemplateLookup {
  return new Map(
    Object.entries(template.sites).map(([group, site]) => [
      group,
      {
        id: createHash('sha1').update(site.lines.map((l) => l.hash).join(',')).digest('hex').slice(0, 12),
        documents: site.documents,
        lines: new Map(site.lines.map((l) => [parseInt(l.hash, 16), l.documents])),
      },
    ]),
  );
}

/** A template file read back: checked enough that a wrong file is a clear error, not a silent no-op. */
export function parseTemplate(json: string): Template {
  let value: Partial<Template>;
  try {
    value = JSON.parse(json) as Partial<Template>;
  } catch {
    throw new Error('not valid JSON');
  }
  if (typeof value?.format === 'string' && value.format.startsWith('clean-template/') && value.format !== TEMPLATE_FORMAT) {
    throw new Error(`a template of another version of clean ("${value.format}", this one reads "${TEMPLATE_FORMAT}"): learn it again with --save-template`);
  }
  if (value?.format !== TEMPLATE_FORMAT || typeof value.sites !== 'object' || value.sites === null) {
    throw new Error(`not a clean template (expected "format": "${TEMPLATE_FORMAT}")`);
  }
  for (const [group, site] of Object.entries(value.sites)) {
    if (!Array.isArray(site?.lines) || !site.lines.every((l) => typeof l?.hash === 'string' && /^[0-9a-f]{12}$/.test(l.hash))) {
      throw new Error(`site "${group}": lines must be objects with a 12-hex-digit "hash"`);
    }
  }
  return value as Template;
}
