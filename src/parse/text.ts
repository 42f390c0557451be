// Text dump → blocks: one block per non-empty line. Markdown residue left by HTML-to-markdown
// converters (`![]()`, table pipes, `[text](url)`, `#` headings) is unwrapped here so that
// later rules see the words only.
import type { Block, BlockKind, LineLayout } from '../types.js';

const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
const HAS_IMAGE = /!\[[^\]]*\]\([^)]*\)/;
const LINK = /\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*\)/g;
const TABLE_RULE = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;
const HEADING = /^#{1,6}\s+/;

export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  let gapBefore = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const parsed = parseLine(raw);
    if (!parsed) {
      gapBefore ||= raw.trim() === '';
      continue;
    }
    const layout = layoutOf(raw, parsed.text, gapBefore);
    blocks.push({ index: blocks.length, line: i + 1, text: parsed.text, kind: parsed.kind, layout, cuts: [] });
    gapBefore = false;
  }
  return blocks;
}

/**
 * A list marker as page dumps print them: w3m's `•` `◦` `□` `▪` for nested lists, `*` and `-`
 * of text and markdown converters, `1.` of ordered lists; alone on the line or before a space.
 */
const LIST_MARKER = /^(?:[•◦□▪▫●○■☆★*+\-–·]|\d{1,3}[.)])(?=\s|$)/u;

function layoutOf(raw: string, text: string, gapBefore: boolean): LineLayout {
  let indent = 0;
  while (indent < raw.length && (raw.charCodeAt(indent) === 32 || raw.charCodeAt(indent) === 9)) indent++;
  return { indent, marker: LIST_MARKER.exec(text)?.[0] ?? null, gapBefore };
}

function parseLine(raw: string): { text: string; kind: BlockKind } | null {
  let line = raw.trim();
  if (!line || TABLE_RULE.test(line)) return null;
  let kind: BlockKind = 'line';
  if (line.includes('![') && HAS_IMAGE.test(line)) {
    const rest = line.replace(IMAGE, '').replace(/\|/g, '').trim();
    if (!rest) return { text: line, kind: 'image' };
    line = line.replace(IMAGE, ' ');
  }
  if (HEADING.test(line)) {
    line = line.replace(HEADING, '');
    kind = 'heading';
  }
  if (line.startsWith('|') && line.endsWith('|') && line.length > 1) {
    line = line.slice(1, -1).split('|').map((cell) => cell.trim()).filter(Boolean).join(' ');
    kind = 'table-cell';
  }
  // Runs of spaces stay: in collapsed dumps a double space is often the only trace of a
  // paragraph break, which inline rules use to find where a promo or caption ends.
  if (line.includes('](')) line = line.replace(LINK, '$1');
  line = line.trim();
  return line ? { text: line, kind } : null;
}
