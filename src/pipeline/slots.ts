// How much work a run hands out ahead of the threads: enough that batches can form, bounded
// so that memory stays flat on any number of inputs.

/**
 * A bound on the work in flight: a number of items, and of the bytes they carry (records). An
 * item larger than the byte bound still runs, alone. Waiting for a free slot costs one promise,
 * where racing the promises in flight cost hundreds per input.
 */
export class Slots {
  private used = 0;
  private bytesUsed = 0;
  private waiters: (() => void)[] = [];
  private failure: unknown = null;

  constructor(
    private readonly maxItems: number,
    private readonly maxBytes = Infinity,
  ) {}

  /** A slot for an item carrying `bytes`: waits until both bounds allow it. */
  async take(bytes = 0): Promise<void> {
    while (this.used >= this.maxItems || (this.used > 0 && this.bytesUsed + bytes > this.maxBytes)) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    this.used++;
    this.bytesUsed += bytes;
  }

  /** The work of a taken slot: the slot is given back when it settles; its error kept for `drained`. */
  track(work: Promise<void>, bytes = 0): void {
    work.catch((error: unknown) => (this.failure ??= error)).finally(() => this.give(bytes));
  }

  private give(bytes: number): void {
    this.used--;
    this.bytesUsed -= bytes;
    this.waiters.shift()?.();
  }

  /** All work settled; the first error, if any, thrown here. */
  async drained(): Promise<void> {
    while (this.used > 0) await new Promise<void>((resolve) => this.waiters.push(resolve));
    if (this.failure) throw this.failure;
  }
}
