// What rules see: the blocks, the facts found so far, and the profile (generic vocabulary plus
// the detected site's additions). Helpers here are the only way rules record decisions.
import type { Block, Cut, Findings, ReasonCode, Verdict } from '../types.js';
import type { SiteModule } from '../sites/define.js';
import { FOOTER_LINES, SECTION_HEADINGS, WIDGET_LINES } from './vocabulary.js';
import type { SiteTemplate } from '../learn/template.js';
import type { ArticleWindow } from './page/window.js';
import { collapseSpaces } from '../decode/normalize.js';

export interface Profile {
  site: SiteModule | null;
  sectionHeadings: Set<string>;
  widgetLines: readonly RegExp[];
  footerLines: readonly RegExp[];
  categoryLabels: Set<string>;
  bylineBefore: Set<string>;
}

export interface DocContext {
  blocks: Block[];
  findings: Findings;
  profile: Profile;
  /** Index of the title block once the title rule has run. */
  titleIndex: number | null;
  /** Where the article stands on a page dump (rules/page/window.ts); null for a collapsed dump. */
  window: ArticleWindow | null;
  /** The learned template of the document's site group, when there is one. */
  template: (SiteTemplate & { group: string }) | null;
}

/** Profiles are read-only and the same for every document of a site: each is built once. */
const profiles = new WeakMap<SiteModule, Profile>();
const GENERIC = {};

export function buildProfile(site: SiteModule | null): Profile {
  const key = site ?? (GENERIC as SiteModule);
  let profile = profiles.get(key);
  if (!profile) {
    profile = {
      site,
      sectionHeadings: new Set([...SECTION_HEADINGS, ...(site?.sectionHeadings ?? [])]),
      widgetLines: [...WIDGET_LINES, ...(site?.widgetLines ?? [])],
      footerLines: FOOTER_LINES,
      categoryLabels: new Set((site?.categoryLabels ?? []).map((c) => c.toLowerCase())),
      bylineBefore: new Set(site?.bylineBefore ?? []),
    };
    profiles.set(key, profile);
  }
  return profile;
}

export function newFindings(): Findings {
  return { published: null, author: null, attribution: null, sourceTag: null, captions: [], warnings: [] };
}

/** How far above a page dump's article window its date and byline may stand (headline, share rows between). */
const ARTICLE_HEAD_LINES = 20;

/**
 * Whether a block of a page dump stands in its article window or in the head above it, where
 * the date and the byline are printed (date lines below it belong to related lists).
 */
export function nearArticle(ctx: DocContext, index: number): boolean {
  const window = ctx.window;
  return window !== null && index >= window.first - ARTICLE_HEAD_LINES && index <= window.last;
}

export function isUndecided(block: Block): boolean {
  return block.verdict === undefined;
}

export function isDropped(block: Block): boolean {
  return block.verdict !== undefined && !block.verdict.keep;
}

export function drop(block: Block, reason: ReasonCode, rule: string, detail?: string): void {
  const verdict: Verdict = { keep: false, reason, rule };
  if (detail) verdict.detail = detail;
  block.verdict = verdict;
}

export function keepAs(block: Block, reason: 'title' | 'body', rule: string): void {
  block.verdict = { keep: true, reason, rule };
}

/** Record a cut; cuts another one covers are dropped once all rules ran (`settleCuts`). */
export function addCut(block: Block, cut: Cut): void {
  block.cuts.push(cut);
}

/** The text with cut spans blanked (replacements kept), so offsets still point into the block. */
export function maskCuts(text: string, cuts: readonly Cut[]): string {
  if (cuts.length === 0) return text;
  let masked = '';
  let pos = 0;
  for (const cut of [...cuts].sort((a, b) => a.start - b.start)) {
    if (cut.end <= pos) continue;
    const start = Math.max(cut.start, pos);
    masked += text.slice(pos, start) + (cut.replacement ?? '').padEnd(cut.end - start, ' ').slice(0, cut.end - start);
    pos = cut.end;
  }
  return masked + text.slice(pos);
}

/**
 * Order a block's cuts and drop those another cut covers (two patterns matching one promo),
 * so each span is counted once. Sorting once keeps a long line with many cuts linear-ish.
 */
export function settleCuts(block: Block): void {
  if (block.cuts.length < 2) return;
  const sorted = [...block.cuts].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Cut[] = [];
  let reach = -1;
  for (const cut of sorted) {
    if (cut.end <= reach && kept.length > 0) continue;
    kept.push(cut);
    reach = Math.max(reach, cut.end);
  }
  block.cuts = kept;
}

/** The article's paragraphs so far: blocks not dropped, the title left out. */
export function bodyBlocks(ctx: DocContext): Block[] {
  return ctx.blocks.filter((b) => !isDropped(b) && b.index !== ctx.titleIndex);
}

/** The article's last paragraph so far (`bodyBlocks(ctx).at(-1)` without the list). */
export function lastBodyBlock(ctx: DocContext): Block | undefined {
  for (let i = ctx.blocks.length - 1; i >= 0; i--) {
    const block = ctx.blocks[i]!;
    if (!isDropped(block) && block.index !== ctx.titleIndex) return block;
  }
  return undefined;
}

/** Blocks still in play (not dropped), in order. */
export function liveBlocks(ctx: DocContext): Block[] {
  return ctx.blocks.filter((b) => !isDropped(b));
}

/** Lower-cased block texts, made once per block however many rules ask: a collapsed body is long. */
const loweredTexts = new WeakMap<Block, string>();

export function lowerText(block: Block): string {
  let lower = loweredTexts.get(block);
  if (lower === undefined) {
    lower = block.text.toLowerCase();
    loweredTexts.set(block, lower);
  }
  return lower;
}

/**
 * The end of the article's last paragraph, lower-cased, for rules that look for what ends the
 * text (a footer, a serial's notice): its last `chars` characters, trailing spaces trimmed, and
 * where they start. Null without a paragraph, or when lower-casing changed the length (it keeps
 * the length of Vietnamese text; when it did not, offsets into the text would not hold).
 */
export function lowerTail(ctx: DocContext, chars: number): { block: Block; from: number; tail: string } | null {
  const block = lastBodyBlock(ctx);
  if (!block) return null;
  const lower = lowerText(block);
  if (lower.length !== block.text.length) return null;
  const from = Math.max(0, lower.length - chars);
  return { block, from, tail: lower.slice(from).trimEnd() };
}

export function headingKey(text: string): string {
  return collapseSpaces(text.toLowerCase()).replace(/(?:[\s:>»…]|\.{2,})+$/u, '').trim();
}

/** Longer than any heading in any list: such a line is never looked up. */
const HEADING_MAX_CHARS = 60;

export function isSectionHeading(ctx: DocContext, text: string): boolean {
  return text.length <= HEADING_MAX_CHARS && ctx.profile.sectionHeadings.has(headingKey(text));
}

/** Captions are kept in order of appearance; `settleCaptions` makes them unique at the end. */
export function addCaption(ctx: DocContext, caption: string): void {
  const text = collapseSpaces(caption).trim();
  if (text) ctx.findings.captions.push(text);
}

export function settleCaptions(ctx: DocContext): void {
  ctx.findings.captions = [...new Set(ctx.findings.captions)];
}

/** The rule name to record: site data is credited to the site, generic data to the engine. */
export function ruleName(ctx: DocContext, rule: string, fromSite: boolean): string {
  return fromSite && ctx.profile.site ? `site:${ctx.profile.site.id}/${rule}` : rule;
}
