// The SPEC's quality measures, as ../shared/tools/score.py defines them: paragraph
// precision/recall/F1 (a paragraph counts when it equals a gold paragraph after whitespace
// normalisation) and token F1 over bags of words.

export interface DocumentScore {
  precision: number;
  recall: number;
  f1: number;
  tokenF1: number;
}

function norm(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00a0/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u034f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function paragraphs(text: string): string[] {
  return text.split('\n').map(norm).filter(Boolean);
}

function bag(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [key, count] of a) n += Math.min(count, b.get(key) ?? 0);
  return n;
}

function prf(tp: number, predicted: number, gold: number): [number, number, number] {
  const p = predicted ? tp / predicted : gold === 0 ? 1 : 0;
  const r = gold ? tp / gold : 1;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

/** Python's `\w+` on lower-cased text: letters, digits, underscore, combining marks. */
function tokens(text: string): string[] {
  return norm(text).toLowerCase().match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
}

export function scoreDocument(predicted: string, gold: string): DocumentScore {
  const pp = paragraphs(predicted);
  const gp = paragraphs(gold);
  const [precision, recall, f1] = prf(overlap(bag(pp), bag(gp)), pp.length, gp.length);
  const pt = tokens(predicted);
  const gt = tokens(gold);
  const [, , tokenF1] = prf(overlap(bag(pt), bag(gt)), pt.length, gt.length);
  return { precision, recall, f1, tokenF1 };
}
