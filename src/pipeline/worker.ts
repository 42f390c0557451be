// The worker thread's entries: piscina calls them with one batch of work items. The run's
// settings come once, as the thread's workerData; the learned template with each batch, as a
// reference to shared memory that the thread reads once and keeps.
import { workerData } from 'piscina';
import { parseTemplate, templateLookup, type TemplateLookup } from '../learn/template.js';
import { doWork, learnWork, type WorkItem, type WorkResult, type WorkSettings } from './work.js';
import type { LearnedDocument } from '../index.js';

/** A learned template in shared memory (see `shareTemplate`). */
export interface SharedTemplate {
  id: number;
  json: SharedArrayBuffer;
}

export interface Batch {
  items: WorkItem[];
  template: SharedTemplate | null;
  /** Return each cleaned document's lines too: the run learns its template while it cleans. */
  learn?: boolean;
}

const settings = workerData as WorkSettings;
let cached: { id: number; lookup: TemplateLookup } | null = null;

function lookupOf(template: SharedTemplate | null): TemplateLookup | null {
  if (!template) return null;
  if (cached?.id !== template.id) {
    cached = { id: template.id, lookup: templateLookup(parseTemplate(Buffer.from(template.json).toString('utf8'))) };
  }
  return cached.lookup;
}

export function cleanBatch({ items, template, learn = false }: Batch): WorkResult[] {
  const lookup = lookupOf(template);
  return items.map((item) => doWork(item, settings, lookup, learn));
}

export function learnBatch({ items }: Batch): LearnedDocument[][] {
  return items.map((item) => learnWork(item, settings));
}
