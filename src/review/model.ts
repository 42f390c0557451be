// What the review report shows, as plain data: a row per document for the index, the document
// page (every block with its verdict, kept text split around its cuts), the gold diff, and the
// per-site totals behind the charts. Rendering to HTML is `render.ts`'s job; nothing here
// knows about markup, so every field can be tested as data.
import type { Article, ArticleMetadata, Block } from '../types.js';
import { junkAndLoss, paragraphs, scoreDocument, wordCounts, type DocumentScore } from '../eval/score.js';

/** How a cleaned document scored against its gold (with `--gold`). */
export interface RowScore extends DocumentScore {
  /** Gold words missing from the output, and output words the gold does not have. */
  lostWords: number;
  junkKept: number;
}

/** One row of the index: what a person sorts and filters on. */
export interface ReviewRow {
  /** The document's number in input order (1-based): its page is `docs/<n>.html`. */
  n: number;
  path: string;
  /** The site as the report groups it: the module id, or `generic:<domain>` when the domain is known. */
  site: string;
  detectedBy: string;
  title: string | null;
  paragraphs: number;
  /** Blocks and spans cut, by reason. */
  cuts: Record<string, number>;
  inputChars: number;
  outputChars: number;
  warnings: string[];
  duplicateOf: string | null;
  score: RowScore | null;
}

/** A piece of a block's text: kept, or cut for a reason by a rule. */
export interface Segment {
  text: string;
  cut: { reason: string; rule: string } | null;
}

export interface BlockView {
  line: number;
  keep: boolean;
  /** The verdict's reason (`body`, `title` for kept blocks) and the rule that gave it. */
  reason: string;
  rule: string;
  /** A dropped block is one cut segment; a kept block alternates kept text and cut spans. */
  segments: Segment[];
}

/** A word of a paragraph in the gold diff, flagged when the other side lacks it. */
export interface DiffWord {
  text: string;
  flagged: boolean;
}

export interface DiffParagraph {
  /** `same`: the other side has this paragraph; `changed`: only some of its words; `absent`: none. */
  status: 'same' | 'changed' | 'absent';
  words: DiffWord[];
}

export interface EvalView {
  score: RowScore;
  /** Gold paragraphs, their lost words flagged (prose the tool dropped). */
  gold: DiffParagraph[];
  /** Output paragraphs, the words the gold does not have flagged (junk the tool kept). */
  output: DiffParagraph[];
}

export interface DocumentView {
  row: Omit<ReviewRow, 'n' | 'duplicateOf'>;
  blocks: BlockView[];
  text: string;
  metadata: ArticleMetadata;
  eval: EvalView | null;
}

/** What a worker sends for a cleaned document: its row (numbered by the writer) and its page's body. */
export interface ReviewDocument {
  row: Omit<ReviewRow, 'n' | 'duplicateOf'>;
  body: string;
}

/** The site a document is grouped under in the report. */
export function reportSite(site: ArticleMetadata['site']): string {
  return site.id === 'generic' && site.domain ? `generic:${site.domain}` : site.id;
}

/** The document page's data; `input` and `gold` (the gold text) only for the eval view. */
export function documentView(article: Article, path: string, gold: { input: string; text: string } | null): DocumentView {
  const m = article.metadata;
  const evalView = gold ? goldDiff(gold.input, article.text, gold.text) : null;
  return {
    row: {
      path,
      site: reportSite(m.site),
      detectedBy: m.site.detectedBy,
      title: m.title,
      paragraphs: m.stats.paragraphs,
      cuts: m.stats.removedByReason,
      inputChars: m.stats.inputChars,
      outputChars: m.stats.outputChars,
      warnings: m.warnings,
      score: evalView?.score ?? null,
    },
    blocks: article.blocks.map(blockView),
    text: article.text,
    metadata: m,
    eval: evalView,
  };
}

export function blockView(block: Block): BlockView {
  const v = block.verdict;
  const keep = v?.keep ?? true;
  const reason = v?.reason ?? 'body';
  const rule = v?.rule ?? '';
  if (!keep) return { line: block.line, keep, reason, rule, segments: [{ text: block.text, cut: { reason, rule } }] };
  return { line: block.line, keep, reason, rule, segments: segmentsOf(block) };
}

/** A kept block's text split at its cuts; overlapping cuts count once, the earliest-starting wins. */
function segmentsOf(block: Block): Segment[] {
  const segments: Segment[] = [];
  const sorted = [...block.cuts].sort((a, b) => a.start - b.start || b.end - a.end);
  let pos = 0;
  for (const cut of sorted) {
    if (cut.end <= pos) continue;
    const start = Math.max(cut.start, pos);
    if (start > pos) segments.push({ text: block.text.slice(pos, start), cut: null });
    segments.push({ text: block.text.slice(start, cut.end), cut: { reason: cut.reason, rule: cut.rule } });
    pos = cut.end;
  }
  if (pos < block.text.length || segments.length === 0) segments.push({ text: block.text.slice(pos), cut: null });
  return segments;
}

/** A word as the SPEC's scorer counts it (Python's `\w+`), found in place to flag it. */
const WORD = /[\p{L}\p{N}\p{M}_]+/gu;

/**
 * Each side's paragraphs with the words the other side lacks flagged. Words are taken from the
 * other side's bag as they are met, so the flags add up to the scorer's lost and kept counts.
 */
function diffSide(paragraphs: string[], other: Map<string, number>, otherParagraphs: Set<string>): DiffParagraph[] {
  const left = new Map(other);
  return paragraphs.map((p) => {
    const words: DiffWord[] = [];
    let pos = 0;
    let flaggedCount = 0;
    let wordCount = 0;
    for (const match of p.matchAll(WORD)) {
      const key = match[0].toLowerCase();
      const n = left.get(key) ?? 0;
      if (n > 0) left.set(key, n - 1);
      const flagged = n === 0;
      if (match.index > pos) words.push({ text: p.slice(pos, match.index), flagged: false });
      words.push({ text: match[0], flagged });
      pos = match.index + match[0].length;
      wordCount++;
      if (flagged) flaggedCount++;
    }
    if (pos < p.length) words.push({ text: p.slice(pos), flagged: false });
    const status = otherParagraphs.has(p) ? 'same' : flaggedCount > 0 && flaggedCount === wordCount ? 'absent' : 'changed';
    return { status, words };
  });
}

export function goldDiff(input: string, output: string, gold: string): EvalView {
  const score = scoreDocument(output, gold);
  const counts = junkAndLoss(input, output, gold);
  // The scorer's paragraphs and word counts, so that the flags add up to its figures.
  const goldParagraphs = paragraphs(gold);
  const outputParagraphs = paragraphs(output);
  const goldView = diffSide(goldParagraphs, wordCounts(output), new Set(outputParagraphs));
  const outputView = diffSide(outputParagraphs, wordCounts(gold), new Set(goldParagraphs));
  const junkKept = outputView.reduce((n, p) => n + p.words.filter((w) => w.flagged).length, 0);
  return { score: { ...score, lostWords: counts.goldLost, junkKept }, gold: goldView, output: outputView };
}

/** Per-site totals for the overview charts, added up as rows arrive. */
export interface SiteTotals {
  site: string;
  documents: number;
  inputChars: number;
  outputChars: number;
  cuts: Record<string, number>;
}

export interface SiteOverview extends SiteTotals {
  /** The share of the input's characters the tool cut. */
  cutShare: number;
  /** True when the cut share is far from the other sites' (see `markOutliers`). */
  outlier: boolean;
}

export class SiteTally {
  private readonly sites = new Map<string, SiteTotals>();
  readonly reasons: Record<string, number> = {};
  /** Documents by the share of text cut, in tenths (0–10 %, …, 90–100 %). */
  readonly cutShareHistogram: number[] = new Array(10).fill(0);

  add(row: ReviewRow): void {
    let totals = this.sites.get(row.site);
    if (!totals) this.sites.set(row.site, (totals = { site: row.site, documents: 0, inputChars: 0, outputChars: 0, cuts: {} }));
    totals.documents++;
    totals.inputChars += row.inputChars;
    totals.outputChars += row.outputChars;
    for (const [reason, n] of Object.entries(row.cuts)) {
      totals.cuts[reason] = (totals.cuts[reason] ?? 0) + n;
      this.reasons[reason] = (this.reasons[reason] ?? 0) + n;
    }
    const share = cutShare(row.inputChars, row.outputChars);
    this.cutShareHistogram[Math.min(9, Math.floor(share * 10))]!++;
  }

  /** The sites, most documents first, outliers marked. */
  overview(): SiteOverview[] {
    const sites = [...this.sites.values()]
      .map((s) => ({ ...s, cutShare: cutShare(s.inputChars, s.outputChars), outlier: false }))
      .sort((a, b) => b.documents - a.documents || a.site.localeCompare(b.site));
    return markOutliers(sites);
  }
}

export function cutShare(inputChars: number, outputChars: number): number {
  return inputChars > 0 ? Math.max(0, Math.min(1, 1 - outputChars / inputChars)) : 0;
}

/**
 * A site is an outlier when its cut share is more than 3 median absolute deviations and more
 * than 15 points from the median site's: robust to a few odd sites, quiet when all agree.
 */
export function markOutliers(sites: SiteOverview[]): SiteOverview[] {
  if (sites.length < 3) return sites;
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const mid = s.length >> 1;
    return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  };
  const shares = sites.map((s) => s.cutShare);
  const mid = median(shares);
  const mad = median(shares.map((x) => Math.abs(x - mid)));
  for (const s of sites) {
    const distance = Math.abs(s.cutShare - mid);
    s.outlier = distance > 0.15 && distance > 3 * mad;
  }
  return sites;
}
