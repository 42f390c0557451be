// Blocks with verdicts → the article: title, paragraphs (cuts applied), metadata.
import type { Block, Cut } from '../types.js';
import { tidySpaces } from '../decode/normalize.js';

export interface AssembledText {
  title: string | null;
  paragraphs: string[];
  /** Blocks whose cuts left no words: counted as removed by the reason of their largest cut. */
  emptied: Block[];
}

/** A replacement that is one closing mark (the end marker's full stop, see end-marker.ts). */
const CLOSING_MARK = /^[.!?…,;:]$/u;

/** The block's text with its cuts applied (overlapping cuts merged, replacements kept). */
export function applyCuts(text: string, cuts: readonly Cut[]): string {
  if (cuts.length === 0) return tidySpaces(text);
  const sorted = [...cuts].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let pos = 0;
  for (const cut of sorted) {
    if (cut.end <= pos) continue;
    out += text.slice(pos, Math.max(cut.start, pos));
    pos = cut.end;
    // At the seam, punctuation that followed the cut span closes the text before it:
    // `tới. (Ảnh: X).` must not leave ` .` behind, nor a doubled full stop.
    const rest = text.slice(pos).match(/^\s*([,.;:!?…])(?!\.\.)/);
    if (rest && cut.replacement === undefined) {
      out = out.trimEnd();
      if (rest[1] === '.' && out.endsWith('.')) pos += rest[0].length;
      else {
        out += rest[1];
        pos += rest[0].length;
      }
      continue;
    }
    if (cut.replacement !== undefined && CLOSING_MARK.test(cut.replacement)) {
      // A mark put in place of the span (the end marker's full stop, `./.`) closes the text
      // before it: no space before it (`… 2016) ./.`), and not twice (`… hoàng. (Ảnh: X)./.`).
      // After other marks it stays, as the labelling rules turn `./.` into `.` (`… Nga"./.`).
      out = out.trimEnd();
      if (out && !out.endsWith(cut.replacement)) out += cut.replacement;
      continue;
    }
    out += cut.replacement ?? ' ';
  }
  out += text.slice(pos);
  // A cut at the start leaves no dangling punctuation at the start of the paragraph.
  return tidySpaces(out.replace(/^[\s,;:-]+/u, ''));
}

export function assemble(blocks: Block[], titleIndex: number | null): AssembledText {
  const paragraphs: string[] = [];
  const emptied: Block[] = [];
  let title: string | null = null;
  for (const block of blocks) {
    if (!block.verdict?.keep) continue;
    const text = applyCuts(block.text, block.cuts);
    if (block.index === titleIndex) {
      title = text;
      continue;
    }
    if (/[\p{L}\p{N}]/u.test(text)) paragraphs.push(text);
    else emptied.push(block);
  }
  return { title, paragraphs, emptied };
}

/**
 * Title and paragraphs, a blank line between, a newline at the end. The first line is the title
 * (the contract's): with no title found it is left empty, so that a reader of the first line
 * never takes the lead for the title. Made by one join, so the text is a flat string: a
 * concatenated one is copied flat by the first reader of its characters, a cost of every document.
 */
export function renderText(title: string | null, paragraphs: readonly string[]): string {
  const lines: string[] = [title ?? ''];
  for (const part of paragraphs) {
    if (!part) continue;
    lines.push('', part);
  }
  lines.push('');
  return lines.join('\n') || '\n';
}

export function removedByReason(blocks: readonly Block[]): Record<string, number> {
  const counts: Record<string, number> = {};
  const bump = (reason: string) => (counts[reason] = (counts[reason] ?? 0) + 1);
  for (const block of blocks) {
    if (block.verdict && !block.verdict.keep) bump(block.verdict.reason);
    for (const cut of block.cuts) bump(cut.reason);
  }
  // Reason codes are ASCII: code-unit order, without a locale collator per comparison.
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
