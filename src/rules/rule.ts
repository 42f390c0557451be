// A rule reads the document context and marks verdicts or cuts; it never deletes a block.
import type { DocContext } from './context.js';

export interface Rule {
  /** Stable name shown by `explain` (`sections`, `captions` …). */
  name: string;
  run(ctx: DocContext): void;
}
