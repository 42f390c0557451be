// Pages the learning pass read, held for the cleaning pass so that each HTML page is parsed once.
// Held up to a fixed budget: past it, a page is simply read again, so memory stays bounded on
// any number of inputs, and the outputs are the same either way.
import type { PreparedDocument } from '../index.js';

/** What the held pages may weigh in all (an estimate of their strings and objects). */
export const PREPARED_BUDGET_BYTES = 64 * 1024 * 1024;
/** A block's weight beyond its text: the object, its fields, its place in the array. */
const BLOCK_OVERHEAD_BYTES = 160;

export class PreparedPages {
  private readonly pages = new Map<string, { page: PreparedDocument; bytes: number }>();
  private used = 0;

  /** `wanted`: the files the cleaning pass will take; pages of others are not held. */
  constructor(
    private readonly wanted: ReadonlySet<string> | null = null,
    private readonly budget = PREPARED_BUDGET_BYTES,
  ) {}

  /** Hold a file's page if it is wanted and the budget has room for it. */
  offer(path: string, page: PreparedDocument): void {
    if (this.wanted && !this.wanted.has(path)) return;
    const bytes = weightOf(page);
    if (this.pages.has(path) || this.used + bytes > this.budget) return;
    this.pages.set(path, { page, bytes });
    this.used += bytes;
  }

  /** The page held for a file, given once: the cleaning pass takes it and the memory is freed. */
  take(path: string): PreparedDocument | undefined {
    const held = this.pages.get(path);
    if (!held) return undefined;
    this.pages.delete(path);
    this.used -= held.bytes;
    return held.page;
  }

  get size(): number {
    return this.pages.size;
  }

  get bytes(): number {
    return this.used;
  }
}

/** Two bytes a UTF-16 code unit for every text, and a fixed cost a block. */
function weightOf(page: PreparedDocument): number {
  let bytes = 1024;
  for (const block of page.blocks) bytes += 2 * block.text.length + BLOCK_OVERHEAD_BYTES;
  return bytes;
}
