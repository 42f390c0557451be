// `clean explain FILE`: every block of the input, kept or dropped, with the reason and the
// rule that decided it, and every span cut out of a kept block. Coloured on a TTY only.
import type { ChalkInstance } from 'chalk';
import type { Article, Block } from '../types.js';

export function explainText(article: Article, color: ChalkInstance): string {
  const lines: string[] = [];
  const { site } = article.metadata;
  lines.push(color.bold(`site: ${site.id} (${site.detectedBy})  paragraphs kept: ${article.metadata.stats.paragraphs}`));
  const w = article.window;
  lines.push(w ? color.bold(`article window: lines ${w.firstLine}-${w.lastLine}, ${w.why}`) : color.bold('article window: none (a collapsed dump or a page too short to model: every line is in play)'));
  // One push a line: a block of 10^5 cuts spread into one call overflowed the stack.
  for (const block of article.blocks) for (const line of explainBlock(block, color)) lines.push(line);
  const m = article.metadata;
  lines.push(color.bold('metadata:'));
  for (const key of ['title', 'published', 'author', 'attribution', 'sourceTag'] as const) lines.push(`  ${key}: ${m[key] ?? '-'}`);
  for (const caption of m.captions) lines.push(`  caption: ${caption}`);
  return lines.join('\n') + '\n';
}

function explainBlock(block: Block, color: ChalkInstance): string[] {
  const v = block.verdict;
  const where = String(block.line).padStart(4);
  const text = block.text.length > 110 ? `${block.text.slice(0, 107)}...` : block.text;
  if (!v) return [`${where}  ?     ${text}`];
  const label = v.keep ? color.green(`keep  ${v.reason}`.padEnd(24)) : color.red(`drop  ${v.reason}`.padEnd(24));
  const out = [`${where}  ${label} ${color.dim(v.rule.padEnd(28))} ${v.keep ? text : color.dim(text)}`];
  for (const cut of [...block.cuts].sort((a, b) => a.start - b.start)) {
    const span = block.text.slice(cut.start, cut.end);
    const shown = span.length > 90 ? `${span.slice(0, 87)}...` : span;
    out.push(`${' '.repeat(6)}${color.yellow(`cut   ${cut.reason}`.padEnd(24))} ${color.dim(cut.rule.padEnd(28))} «${shown}»${cut.replacement ? ` → «${cut.replacement}»` : ''}`);
  }
  return out;
}

export function explainJson(article: Article): string {
  const blocks = article.blocks.map((b) => ({
    line: b.line,
    text: b.text,
    keep: b.verdict?.keep ?? null,
    reason: b.verdict?.reason ?? null,
    rule: b.verdict?.rule ?? null,
    cuts: b.cuts.map((c) => ({ start: c.start, end: c.end, text: b.text.slice(c.start, c.end), reason: c.reason, rule: c.rule })),
  }));
  return JSON.stringify({ site: article.metadata.site, window: article.window, blocks, metadata: article.metadata }, null, 2) + '\n';
}

