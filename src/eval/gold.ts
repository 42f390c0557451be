// Gold files and the inputs they belong to: `<stem>.expected.txt` (+ `.expected.json`) anywhere
// under a folder, matched by the input's stem (`a/000_x.txt` and `000_x.input.txt` both match
// `000_x.expected.txt`). Shared by `clean eval` and the review report's `--gold`.
import path from 'node:path';

/** `000_x.input.txt.gz` → `000_x`; `a/b.html` → `b`. */
export function stemOf(file: string): string {
  return path.basename(file).replace(/\.gz$/i, '').replace(/\.[^.]+$/, '').replace(/\.input$/, '');
}

/** Every gold text under `dir`, by stem. */
export async function goldFiles(dir: string): Promise<Map<string, string>> {
  const { default: fg } = await import('fast-glob'); // loaded on use: worker threads import this file for `stemOf`
  const gold = new Map<string, string>();
  for (const file of await fg('**/*.expected.txt', { cwd: dir, absolute: true })) gold.set(path.basename(file, '.expected.txt'), file);
  return gold;
}

/** A gold file (or the label it is made from) lying among the inputs it scores is not an input itself. */
export function isGoldFile(file: string): boolean {
  return /\.(?:expected\.(?:txt|json)|label\.json)$/.test(file);
}
