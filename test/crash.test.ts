// A run that is killed or meets a full disk leaves every document's outputs the old pair or the
// new pair, never a mix, and the next run finishes the job. The full disk is a small tmpfs,
// mounted where the tests run as root and may mount one; elsewhere that test is skipped and says why.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, tempDir } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'clean.js');
const DUMP = readFileSync(path.join(FIXTURES, 'sites/vov/000_c354a9142e04d908.input.txt'), 'utf8');
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: '', encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' } });
  return { code: r.status, stderr: r.stderr };
}

/** `count` dumps, each its own article (a sentence with its number), in version `version`. */
function writeInputs(dir: string, count: number, version: number): Map<string, string> {
  mkdirSync(dir, { recursive: true });
  const hashes = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const [title, ...rest] = DUMP.split('\n');
    const text = [`${title} số ${i}`, ...rest, `Đây là câu riêng của bài số ${i}, phiên bản ${version}, được thêm vào cuối bài.`].join('\n');
    writeFileSync(path.join(dir, `${String(i).padStart(4, '0')}.txt`), text);
    hashes.set(String(i).padStart(4, '0'), sha256(text));
  }
  return hashes;
}

/** Each document's pair: whether the .txt is the one its .json vouches for, and which input the .json is of. */
function pairs(out: string): Map<string, { consistent: boolean; source: string }> {
  const found = new Map<string, { consistent: boolean; source: string }>();
  for (const name of readdirSync(out).filter((f) => f.endsWith('.json'))) {
    const stem = name.slice(0, -5);
    const json = JSON.parse(readFileSync(path.join(out, name), 'utf8')) as { source: { sha256: string }; output: { textSha256: string } };
    const text = readFileSync(path.join(out, `${stem}.txt`));
    found.set(stem, { consistent: sha256(text) === json.output.textSha256, source: json.source.sha256 });
  }
  return found;
}

function expectOldOrNew(out: string, old: Map<string, string>, fresh: Map<string, string>): number {
  let renewed = 0;
  for (const [stem, pair] of pairs(out)) {
    expect(pair.consistent, `${stem}: .txt and .json of different runs`).toBe(true);
    expect([old.get(stem), fresh.get(stem)], stem).toContain(pair.source);
    if (pair.source === fresh.get(stem)) renewed++;
  }
  return renewed;
}

describe('a killed run', () => {
  it('leaves each document the old pair or the new pair, and the next run renews the rest', async () => {
    const root = tempDir('clean-crash');
    const dir = path.join(root, 'in');
    const out = path.join(root, 'out');
    const old = writeInputs(dir, 600, 1);
    expect(run([dir, '--out', out, '--no-learn']).code).toBe(0);
    const fresh = writeInputs(dir, 600, 2);
    // Killed as soon as the first document has its new pair.
    const child = spawn(process.execPath, [BIN, dir, '--out', out, '--no-learn', '--jobs', '1'], { env: { ...process.env, CI: 'true' }, stdio: 'ignore' });
    const first = path.join(out, '0000.json');
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        try {
          if (readFileSync(first, 'utf8').includes(fresh.get('0000')!)) {
            child.kill('SIGKILL');
            clearInterval(poll);
            resolve();
          }
        } catch {
          // Being renamed into place this very moment: look again.
        }
      }, 2);
      child.on('exit', () => {
        clearInterval(poll);
        resolve();
      });
    });
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.on('exit', resolve)));
    expect(child.signalCode, 'the run was killed before it ended').toBe('SIGKILL');
    const renewed = expectOldOrNew(out, old, fresh);
    expect(renewed).toBeGreaterThan(0);
    expect(renewed).toBeLessThan(600);
    // The next run renews what the killed one did not, and sweeps its staging folder.
    expect(run([dir, '--out', out, '--no-learn']).code).toBe(0);
    expect(expectOldOrNew(out, old, fresh)).toBe(600);
    expect(readdirSync(out).filter((f) => f.startsWith('.clean-staging-'))).toEqual([]);
  });
});

/** A 2 MB tmpfs, or the reason there is none. */
function smallDisk(): { dir: string } | { why: string } {
  if (process.platform !== 'linux') return { why: 'not Linux' };
  if (process.getuid?.() !== 0) return { why: 'not root: cannot mount a tmpfs' };
  const dir = tempDir('clean-small-disk');
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir], { encoding: 'utf8' });
  return mounted.status === 0 ? { dir } : { why: `mount failed: ${(mounted.stderr || mounted.error?.message || '').trim()}` };
}

/** Fill the disk under `dir` to the last byte; returns the filler to remove. */
function fill(dir: string): string {
  const filler = path.join(dir, 'filler');
  const chunk = Buffer.alloc(64 * 1024, 1);
  writeFileSync(filler, '');
  for (const size of [chunk.length, 4096, 512, 1]) {
    try {
      for (;;) writeFileSync(filler, chunk.subarray(0, size), { flag: 'a' });
    } catch {
      // Full at this size: go on with smaller writes.
    }
  }
  return filler;
}

const disk = smallDisk();
afterAll(() => {
  if ('dir' in disk) spawnSync('umount', [disk.dir]);
});

describe('a full disk', () => {
  if ('why' in disk) process.stderr.write(`crash.test: the full-disk test is skipped: ${disk.why}\n`);

  it.skipIf('why' in disk)('fails the documents it cannot write, keeps their old pairs and the old report, and the next run renews them', () => {
    const root = (disk as { dir: string }).dir;
    const dir = path.join(tempDir('clean-full-in'), 'in');
    const out = path.join(root, 'out');
    const report = path.join(root, 'report.json');
    const old = writeInputs(dir, 40, 1);
    expect(run([dir, '--out', out, '--no-learn', '--report', report]).code).toBe(0);
    const oldReport = readFileSync(report, 'utf8');
    const fresh = writeInputs(dir, 40, 2);
    const filler = fill(root);
    const full = run([dir, '--out', out, '--no-learn', '--report', report]);
    expect(full.code).toBe(1);
    expect(full.stderr).toMatch(/cannot write output: .*ENOSPC/);
    expect(full.stderr).toContain(`--report ${report}`);
    // The old report stands whole, and every pair is one run's.
    expect(readFileSync(report, 'utf8')).toBe(oldReport);
    expectOldOrNew(out, old, fresh);
    rmSync(filler);
    expect(run([dir, '--out', out, '--no-learn', '--report', report]).code).toBe(0);
    expect(expectOldOrNew(out, old, fresh)).toBe(40);
    expect(existsSync(filler)).toBe(false);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ cleaned: 40 });
  });
});
