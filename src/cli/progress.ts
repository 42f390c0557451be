// The progress bar on a terminal (cli-progress): files done, documents, docs/s, ETA. Nothing
// at all when stderr is not a terminal, under CI or NO_COLOR, or with --quiet.
import type CliProgress from 'cli-progress';
import { onFirstUse } from '../lazy.js';

/** Loaded only when a bar is drawn: runs in CI and pages on stdin never draw one. */
const loadCliProgress = onFirstUse<typeof CliProgress>('cli-progress');

export interface Progress {
  /** One file finished, holding `documents` documents. */
  fileDone(documents: number): void;
  /** Print a line (an error) without breaking the bar. */
  log(line: string): void;
  stop(): void;
}

export function wantsProgress(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv, quiet: boolean): boolean {
  return !quiet && Boolean(stream.isTTY) && !env.CI && !env.NO_COLOR;
}

export function createProgress(totalFiles: number, enabled: boolean): Progress {
  if (!enabled) return { fileDone() {}, log: (line) => process.stderr.write(line), stop() {} };
  const cliProgress = loadCliProgress();
  const started = Date.now();
  let documents = 0;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '{bar} {value}/{total} files · {documents} docs · {rate} docs/s · ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(totalFiles, 0, { documents: 0, rate: '0' });
  return {
    fileDone(n) {
      documents += n;
      const rate = documents / Math.max((Date.now() - started) / 1000, 0.001);
      bar.increment(1, { documents, rate: rate.toFixed(0) });
    },
    log(line) {
      // Clear the bar's line, print, and let the next update redraw it.
      process.stderr.write(`\r\x1b[K${line}`);
    },
    stop: () => bar.stop(),
  };
}
