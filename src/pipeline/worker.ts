// The worker thread's entry: piscina calls the default export with one batch of work items.
import { doWork, type WorkItem, type WorkResult, type WorkSettings } from './work.js';

export interface WorkBatch {
  settings: WorkSettings;
  items: WorkItem[];
}

export default function workBatch({ settings, items }: WorkBatch): WorkResult[] {
  return items.map((item) => doWork(item, settings));
}
