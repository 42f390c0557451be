// The parts of a run that need no process: shard arithmetic, when to draw a progress bar, the
// summary line and table, the bound on work in flight.
import { describe, expect, it, vi } from 'vitest';
import { Chalk } from 'chalk';
import { inShard, parseShard, shardFromEnv } from '../src/pipeline/shard.js';
import { createProgress, wantsProgress } from '../src/cli/progress.js';
import { RunTally, summaryLine, summaryTable } from '../src/cli/summary.js';
import { Slots } from '../src/pipeline/slots.js';

describe('shards', () => {
  it('parses I/N and rejects what is not a share', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    for (const bad of ['8/8', '1/0', '-1/3', 'a/b', '1', '1/2/3']) expect(() => parseShard(bad), bad).toThrow();
  });

  it('reads the Kubernetes Indexed Job variables only when both are set', () => {
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '1', JOB_COMPLETION_COUNT: '4' })).toEqual({ index: 1, count: 4 });
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '1' })).toBeNull();
    expect(() => shardFromEnv({ JOB_COMPLETION_INDEX: '4', JOB_COMPLETION_COUNT: '4' })).toThrow();
  });

  it('puts every path in exactly one share, the same one on every platform', () => {
    const paths = Array.from({ length: 400 }, (_, i) => `site-${i % 7}/page-${i}.txt`);
    const counts = [0, 0, 0, 0];
    for (const p of paths) {
      const owners = [0, 1, 2, 3].filter((index) => inShard(p, { index, count: 4 }));
      expect(owners).toHaveLength(1);
      counts[owners[0]!]!++;
      expect(inShard(p.replace('/', '\\'), { index: owners[0]!, count: 4 })).toBe(true);
    }
    // A hash share: no shard is left empty or takes most of the work.
    for (const n of counts) expect(n).toBeGreaterThan(60);
  });
});

describe('progress bar', () => {
  const tty = { isTTY: true } as NodeJS.WriteStream;
  it('is drawn only on a terminal, outside CI, with colour allowed and without --quiet', () => {
    expect(wantsProgress(tty, {}, false)).toBe(true);
    expect(wantsProgress({ isTTY: false } as NodeJS.WriteStream, {}, false)).toBe(false);
    expect(wantsProgress(tty, { CI: 'true' }, false)).toBe(false);
    expect(wantsProgress(tty, { NO_COLOR: '1' }, false)).toBe(false);
    expect(wantsProgress(tty, {}, true)).toBe(false);
  });

  it('prints an error on a cleared line above the bar, and clears the bar when it stops', () => {
    const written: string[] = [];
    const stderr = process.stderr as NodeJS.WriteStream & { isTTY: boolean };
    const wasTTY = stderr.isTTY;
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    stderr.isTTY = true;
    try {
      const bar = createProgress(2, true);
      bar.fileDone(1);
      bar.log('clean: b.txt: empty file\n');
      bar.fileDone(1);
      bar.stop();
    } finally {
      write.mockRestore();
      stderr.isTTY = wasTTY;
    }
    const out = written.join('');
    // The error starts at the line's start with the bar's text erased, and ends its own line.
    expect(out).toContain('\r\x1b[Kclean: b.txt: empty file\n');
    // The bar was drawn, and at the end its line is erased (not left with a line break after it).
    expect(out).toMatch(/files/);
    expect(written.at(-1)).toBe('\x1b[2K');
  });
});

describe('summary', () => {
  function tally(): RunTally {
    const t = new RunTally(2, null);
    t.files = 3;
    t.documents = 3;
    t.bytesRead = 3_000_000;
    t.addCleaned({ site: 'vov', inputChars: 1000, outputChars: 400, paragraphs: 5, blocksRemoved: 7, removedByReason: { related: 4, footer: 3 } });
    t.addCleaned({ site: 'generic', inputChars: 500, outputChars: 250, paragraphs: 3, blocksRemoved: 2, removedByReason: { related: 2 } });
    t.fail('b.txt', 'empty file');
    return t;
  }

  it('adds up documents, sites and reasons in the report', () => {
    const r = tally().report();
    expect(r).toMatchObject({ files: 3, documents: 3, cleaned: 2, failed: 1, skipped: 0, jobs: 2, interrupted: null });
    expect(r.removedByReason).toEqual({ footer: 3, related: 6 });
    expect(r.sites.vov).toEqual({ documents: 1, inputChars: 1000, outputChars: 400, blocksRemoved: 7 });
    expect(r.failures).toEqual([{ path: 'b.txt', error: 'empty file' }]);
  });

  it('prints one plain line for logs', () => {
    expect(summaryLine(tally().report(), 'out')).toMatch(/^clean: 2 cleaned, 1 failed, 0 skipped, 3 documents in [\d.]+s \([\d.]+ MB\/s\) -> out\n$/);
  });

  it('prints a table per site and per reason for a person', () => {
    const table = summaryTable(tally().report(), new Chalk({ level: 0 }));
    expect(table).toMatch(/^3 documents · 2 cleaned · 1 failed · 0 skipped · /);
    expect(table).toMatch(/^vov\s+1\s+40%\s+7$/m);
    expect(table).toMatch(/^generic\s+1\s+50%\s+2$/m);
    expect(table).toContain('related 6  footer 3');
  });
});

describe('work in flight', () => {
  /** Whether `promise` settles within a few turns of the event loop. */
  const settles = async (promise: Promise<unknown>) => {
    let done = false;
    void promise.then(() => (done = true));
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    return done;
  };
  /** A promise with its resolver. */
  const work = () => {
    let finish!: () => void;
    const promise = new Promise<void>((resolve) => (finish = resolve));
    return { promise, finish };
  };

  it('waits for a free slot once the items or the bytes in flight reach their bound', async () => {
    const slots = new Slots(2, 100);
    const a = work();
    await slots.take(60);
    slots.track(a.promise, 60);
    // 60 + 50 bytes is over the bound: the next item waits for the first to finish.
    const second = slots.take(50);
    expect(await settles(second)).toBe(false);
    a.finish();
    expect(await settles(second)).toBe(true);
    const b = work();
    slots.track(b.promise, 50);
    await slots.take(0);
    slots.track(Promise.resolve(), 0);
    // An item larger than the whole bound runs alone, once nothing else is in flight.
    const huge = slots.take(500);
    expect(await settles(huge)).toBe(false);
    b.finish();
    expect(await settles(huge)).toBe(true);
    slots.track(Promise.resolve(), 500);
    await slots.drained();
  });

  it('bounds the number of items when they carry no bytes', async () => {
    const slots = new Slots(2);
    const items = [work(), work()];
    for (const item of items) {
      await slots.take();
      slots.track(item.promise);
    }
    const third = slots.take();
    expect(await settles(third)).toBe(false);
    items[1]!.finish();
    expect(await settles(third)).toBe(true);
  });
});
