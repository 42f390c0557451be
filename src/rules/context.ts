// What rules see: the blocks, the facts found so far, and the profile (generic vocabulary plus
// the detected site's additions). Helpers here are the only way rules record decisions.
import type { Block, Cut, Findings, ReasonCode } from '../types.js';
import type { SiteModule } from '../sites/define.js';
import { FOOTER_LINES, SECTION_HEADINGS, WIDGET_LINES } from './vocabulary.js';

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
}

export function buildProfile(site: SiteModule | null): Profile {
  return {
    site,
    sectionHeadings: new Set([...SECTION_HEADINGS, ...(site?.sectionHeadings ?? [])]),
    widgetLines: [...WIDGET_LINES, ...(site?.widgetLines ?? [])],
    footerLines: FOOTER_LINES,
    categoryLabels: new Set((site?.categoryLabels ?? []).map((c) => c.toLowerCase())),
    bylineBefore: new Set(site?.bylineBefore ?? []),
  };
}

export function newFindings(): Findings {
  return { published: null, author: null, attribution: null, sourceTag: null, captions: [], warnings: [] };
}

export function isUndecided(block: Block): boolean {
  return block.verdict === undefined;
}

export function isDropped(block: Block): boolean {
  return block.verdict !== undefined && !block.verdict.keep;
}

export function drop(block: Block, reason: ReasonCode, rule: string, detail?: string): void {
  block.verdict = { keep: false, reason, rule, ...(detail ? { detail } : {}) };
}

export function keepAs(block: Block, reason: 'title' | 'body', rule: string): void {
  block.verdict = { keep: true, reason, rule };
}

/** Record a cut unless an earlier one already covers that span (two patterns, one promo). */
export function addCut(block: Block, cut: Cut): void {
  if (block.cuts.some((c) => c.start <= cut.start && c.end >= cut.end)) return;
  block.cuts.push(cut);
}

/** Blocks still in play (not dropped), in order. */
export function liveBlocks(ctx: DocContext): Block[] {
  return ctx.blocks.filter((b) => !isDropped(b));
}

export function headingKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[\s:>»]+$/u, '').trim();
}

/** Longer than any heading in any list: such a line is never looked up. */
const HEADING_MAX_CHARS = 60;

export function isSectionHeading(ctx: DocContext, text: string): boolean {
  return text.length <= HEADING_MAX_CHARS && ctx.profile.sectionHeadings.has(headingKey(text));
}

export function addCaption(ctx: DocContext, caption: string): void {
  const text = caption.replace(/\s+/g, ' ').trim();
  if (text && !ctx.findings.captions.includes(text)) ctx.findings.captions.push(text);
}

/** The rule name to record: site data is credited to the site, generic data to the engine. */
export function ruleName(ctx: DocContext, rule: string, fromSite: boolean): string {
  return fromSite && ctx.profile.site ? `site:${ctx.profile.site.id}/${rule}` : rule;
}
