// The README's "Running on a cluster" examples, run locally: a shell pipeline of records through
// --stdin-jsonl, and an Indexed Job's runners sharing one folder by JOB_COMPLETION_INDEX.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureInputCount, ROOT, tempDir } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'clean.js');

describe('running on a cluster', () => {
  it('a pipeline: zcat records.jsonl.gz | clean --stdin-jsonl > clean.jsonl', () => {
    const dir = tempDir('clean-cluster');
    const dumps = ['sites/vov/000_c354a9142e04d908', 'sites/thoidai/001_fbf5a5659e482220', 'generic/baomoi/22725069'];
    const records = dumps.map((d, i) => JSON.stringify({ id: `r${i}`, url: null, text: readFileSync(path.join(FIXTURES, `${d}.input.txt`), 'utf8') }));
    writeFileSync(path.join(dir, 'records.jsonl.gz'), gzipSync(records.join('\n') + '\n'));
    execFileSync('sh', ['-c', `zcat records.jsonl.gz | "${process.execPath}" "${BIN}" --stdin-jsonl --jobs 2 > clean.jsonl`], {
      cwd: dir,
      env: { ...process.env, CI: 'true' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const lines = readFileSync(path.join(dir, 'clean.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { text: string; record: { id: string } });
    expect(lines.map((l) => l.record.id)).toEqual(['r0', 'r1', 'r2']);
    dumps.forEach((d, i) => expect(lines[i]!.text).toBe(readFileSync(path.join(FIXTURES, `${d}.expected.txt`), 'utf8')));
  });

  it('an Indexed Job: three runners share the inputs by JOB_COMPLETION_INDEX, a re-run skips', () => {
    const inputs = tempDir('clean-cluster');
    cpSync(FIXTURES, inputs, { recursive: true, filter: (src) => !src.includes('.expected.') && !src.endsWith('.label.json') && !src.endsWith('README.md') });
    const out = tempDir('clean-cluster');
    const reports = tempDir('clean-cluster');
    const runner = (index: number) =>
      spawnSync(process.execPath, [BIN, inputs, '--out', out, '--report', path.join(reports, `report-${index}.json`)], {
        env: { ...process.env, CI: 'true', JOB_COMPLETION_INDEX: String(index), JOB_COMPLETION_COUNT: '3' },
        encoding: 'utf8',
      });
    for (const index of [0, 1, 2]) expect(runner(index).status).toBe(0);
    const read = (i: number) => JSON.parse(readFileSync(path.join(reports, `report-${i}.json`), 'utf8')) as { cleaned: number; skipped: number; shard: unknown };
    const cleaned = [0, 1, 2].map((i) => read(i).cleaned);
    expect(cleaned.reduce((a, b) => a + b)).toBe(fixtureInputCount());
    expect(read(1).shard).toEqual({ index: 1, count: 3 });
    const written = readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.txt'));
    expect(written).toHaveLength(fixtureInputCount());
    // The runner restarted after a crash finds its share done.
    expect(runner(0).status).toBe(0);
    expect(read(0)).toMatchObject({ cleaned: 0, skipped: cleaned[0] });
  });
});
