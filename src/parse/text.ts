// Text dump → blocks: one block per non-empty line. Markdown residue left by HTML-to-markdown
// converters (`![]()`, table pipes, `[text](url)`, `#` headings) is unwrapped here so that
// later rules see the words only.
import type { Block, BlockKind } from '../types.js';

const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
const HAS_IMAGE = /!\[[^\]]*\]\([^)]*\)/;
const LINK = /\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*\)/g;
const TABLE_RULE = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;
const HEADING = /^#{1,6}\s+/;

export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const parsed = parseLine(lines[i] ?? '');
    if (!parsed) continue;
    blocks.push({ index: blocks.length, line: i + 1, text: parsed.text, kind: parsed.kind, cuts: [] });
  }
  return blocks;
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
