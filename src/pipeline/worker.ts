// The worker thread's entries: piscina calls them with one batch of work items. The run's
// settings and learned template come once, as the thread's workerData.
import { workerData } from 'piscina';
import { templateLookup, type DocumentLines, type Template } from '../learn/template.js';
import { doWork, learnWork, type WorkItem, type WorkResult, type WorkSettings } from './work.js';

export interface PoolData {
  settings: WorkSettings;
  template: Template | null;
}

const { settings, template } = workerData as PoolData;
const lookup = template ? templateLookup(template) : null;

export function cleanBatch(items: WorkItem[]): WorkResult[] {
  return items.map((item) => doWork(item, settings, lookup));
}

export function learnBatch(items: WorkItem[]): DocumentLines[][] {
  return items.map((item) => learnWork(item, settings));
}
