// The shapes every stage speaks. A document is a list of blocks; rules only mark verdicts
// (whole blocks) or cuts (spans inside a block), so `explain` can show every decision.

/** Why something was removed. Stable codes: users grep reports for them. */
export type ReasonCode =
  | 'related-list'
  | 'template'
  | 'teaser'
  | 'duplicate'
  | 'footer'
  | 'widget'
  | 'caption'
  | 'byline'
  | 'credit'
  | 'dateline'
  | 'menu'
  | 'section-heading'
  | 'glued-headlines'
  | 'markup'
  | 'promo'
  | 'agency-tag'
  | 'end-marker'
  | 'empty'
  | 'outside-article'
  | `site-rule:${string}`;

export interface Verdict {
  keep: boolean;
  reason: ReasonCode | 'title' | 'body';
  /** The rule that decided, e.g. `sections` or `site:congluan/byline`. */
  rule: string;
  detail?: string;
}

/** A span removed (or replaced) inside a kept block. Offsets are into `Block.text`. */
export interface Cut {
  start: number;
  end: number;
  reason: ReasonCode;
  rule: string;
  /** Text put in place of the span (e.g. `.` for the `./.` end marker); default a space. */
  replacement?: string;
  /**
   * A picture's caption: where its credit (`Ảnh: X`) starts, or the cut's end when it has none.
   * A photo story, whose captions are its text, keeps those that end their sentences and loses
   * only the credits (rules/inline/photo-story.ts); a gallery's run with no end mark is not marked.
   */
  captionCredit?: number;
}

export type BlockKind = 'line' | 'table-cell' | 'image' | 'heading' | 'list-item' | 'paragraph';

/** Where a line of a text dump stood on the page: what a page dump keeps of the layout. */
export interface LineLayout {
  /** Leading spaces (w3m indents nested lists, blockquotes and centred blocks). */
  indent: number;
  /** The list marker the line opened with (`•`, `□`, `*`, `1.`), removed from nothing: it stays in `text`. */
  marker: string | null;
  /** A blank line stood before this one: paragraphs are set apart, menu items are not. */
  gapBefore: boolean;
}

export interface Block {
  index: number;
  /** 1-based line in the decoded input (text dumps) or document order (HTML). */
  line: number;
  text: string;
  kind: BlockKind;
  /**
   * HTML pages only: the block's tag, the share of its text inside links, whether it is a
   * picture's caption (in a `figure`, a `figcaption`, an element classed `caption` or `credit`),
   * and whether it is a short line of the article's head above its container (a byline, a date).
   */
  html?: { tag: string; linkShare: number; caption?: boolean; head?: boolean };
  /** Text dumps only. */
  layout?: LineLayout;
  verdict?: Verdict;
  cuts: Cut[];
}

export type DetectedBy = 'override' | 'url' | 'html' | 'marker' | 'generic';

export interface SourceInfo {
  path: string | null;
  sha256: string;
  bytes: number;
  encoding: string;
  format: InputFormat;
}

export type InputFormat = 'text' | 'html' | 'json' | 'jsonl' | 'markdown';

/** Facts rules find on the way (date, credits, captions) before the article is assembled. */
export interface Findings {
  published: string | null;
  author: string | null;
  attribution: string | null;
  sourceTag: string | null;
  captions: string[];
  warnings: string[];
}

export interface SiteRef {
  id: string;
  domain: string | null;
  detectedBy: DetectedBy;
}

export interface ArticleStats {
  inputChars: number;
  outputChars: number;
  paragraphs: number;
  blocksRemoved: number;
  spansRemoved: number;
  removedByReason: Record<string, number>;
}

export interface ArticleMetadata {
  title: string | null;
  lead: string | null;
  published: string | null;
  author: string | null;
  attribution: string | null;
  sourceTag: string | null;
  captions: string[];
  url: string | null;
  site: SiteRef;
  language: string | null;
  source: SourceInfo;
  stats: ArticleStats;
  warnings: string[];
  /** SimHash of the clean text (16 hex digits), null for texts too short to compare. */
  fingerprint: string | null;
  /** In a folder run: the `source.path` of the first near-identical article, else null. */
  duplicateOf: string | null;
  record?: Record<string, unknown>;
  /** `template`: the id of the learned site template applied, or null. */
  tool: { name: string; version: string; template: string | null };
  /**
   * Written `.json` files only: the SHA-256 of the `.txt` written beside it. The `.json` is
   * written last, so it vouches for the pair: a run skips a document only when the `.txt` on
   * disk still has this hash.
   */
  output?: { textSha256: string };
}

export interface Article {
  text: string;
  metadata: ArticleMetadata;
  /** Every block with its verdict and cuts, for `explain`. */
  blocks: Block[];
  /** Where the page model put the article (input lines), for `explain`; null when it did not model the page. */
  window: { firstLine: number; lastLine: number; why: string } | null;
}
