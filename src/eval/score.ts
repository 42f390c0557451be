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

/** A text's non-empty paragraphs (its lines), normalised as the scorer compares them. */
export function paragraphs(text: string): string[] {
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

/** How many times each word occurs, as the scorer counts words. */
export function wordCounts(text: string): Map<string, number> {
  return bag(tokens(text));
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

/** Bag-of-words junk and loss, as score.py counts them for one document. */
export interface JunkAndLoss {
  /** Input words not in the gold, and how many of those the output dropped. */
  junk: number;
  junkRemoved: number;
  /** Gold words, and how many of those the output lacks. */
  gold: number;
  goldLost: number;
}

export function junkAndLoss(input: string, predicted: string, gold: string): JunkAndLoss {
  const it = bag(tokens(input));
  const pt = bag(tokens(predicted));
  const gt = bag(tokens(gold));
  let junk = 0;
  let junkRemoved = 0;
  for (const [word, n] of it) {
    const extra = n - (gt.get(word) ?? 0);
    if (extra <= 0) continue;
    junk += extra;
    junkRemoved += Math.min(extra, n - (pt.get(word) ?? 0) > 0 ? n - (pt.get(word) ?? 0) : 0);
  }
  let goldWords = 0;
  let goldLost = 0;
  for (const [word, n] of gt) {
    goldWords += n;
    goldLost += Math.max(0, n - (pt.get(word) ?? 0));
  }
  return { junk, junkRemoved, gold: goldWords, goldLost };
}

/** The metadata fields score.py compares, when the gold has them. */
export const META_FIELDS = ['title', 'published', 'author', 'attribution'] as const;

/** The gold metadata fields the prediction gets wrong (strings compared after normalisation). */
export function metaMismatches(gold: Record<string, unknown>, predicted: Record<string, unknown>): { checked: number; wrong: string[] } {
  const same = (g: unknown, p: unknown) => (typeof g === 'string' && typeof p === 'string' ? norm(g) === norm(p) : g === p || (g ?? null) === (p ?? null));
  const fields = META_FIELDS.filter((k) => k in gold);
  return { checked: fields.length, wrong: fields.filter((k) => !same(gold[k], predicted[k])) };
}
