// The run contract a pipeline relies on: nothing stale (the .txt/.json pair, the report, the
// staging folder, outputs of deleted inputs), nothing unbounded (a gzip bomb, a FIFO), nothing
// silent (a broken byte, a closed pipe, no documents), and the exit codes.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, tempDir } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'clean.js');
const DUMP = path.join(FIXTURES, 'sites/vov/000_c354a9142e04d908.input.txt');

function run(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A folder holding one copy of a fixture dump, as `a.txt`. */
function oneDump(): { dir: string; out: string } {
  const root = tempDir('clean-contract');
  const dir = path.join(root, 'in');
  mkdirSync(dir);
  copyFileSync(DUMP, path.join(dir, 'a.txt'));
  return { dir, out: path.join(root, 'out') };
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

describe('outputs are a consistent pair', () => {
  it('the .json records the hash of its .txt, and a .txt that is not that one is written again', () => {
    const { dir, out } = oneDump();
    expect(run([dir, '--out', out]).code).toBe(0);
    const text = readFileSync(path.join(out, 'a.txt'));
    const json = JSON.parse(readFileSync(path.join(out, 'a.json'), 'utf8'));
    expect(json.output).toEqual({ textSha256: sha256(text) });
    // An older .txt beside the new .json (a run killed between the two renames, a rename that failed).
    writeFileSync(path.join(out, 'a.txt'), 'an older text\n');
    const report = path.join(out, '..', 'report.json');
    expect(run([dir, '--out', out, '--report', report]).code).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ cleaned: 1, skipped: 0 });
    expect(readFileSync(path.join(out, 'a.txt'))).toEqual(text);
    // And a pair that is current is skipped.
    expect(run([dir, '--out', out, '--report', report]).code).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ cleaned: 0, skipped: 1 });
  });
});

describe('the report and the staging folder', () => {
  it('a report that cannot be written is one line naming it, and exit 1', () => {
    const { dir, out } = oneDump();
    const report = path.join(out, '..', 'report-dir');
    mkdirSync(report, { recursive: true });
    const r = run([dir, '--out', out, '--report', report]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`clean: --report ${report}: `);
  });

  it('removes the staging folder a killed run of this machine left, and no other', () => {
    const { dir, out } = oneDump();
    const host = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const names = {
      killed: `.clean-staging-${host}-${dead}-0123456789ab`,
      running: `.clean-staging-${host}-${process.pid}-0123456789ab`,
      elsewhere: `.clean-staging-00000000-${dead}-0123456789ab`,
    };
    for (const name of Object.values(names)) {
      mkdirSync(path.join(out, name, '1'), { recursive: true });
      writeFileSync(path.join(out, name, '1', '7'), 'a temporary file');
    }
    expect(run([dir, '--out', out]).code).toBe(0);
    const left = readdirSync(out).filter((e) => e.startsWith('.clean-staging-')).sort();
    expect(left).toEqual([names.elsewhere, names.running].sort());
  });
});

describe('reading stays bounded', () => {
  it('stops unpacking a gzip input at --max-bytes (a gzip bomb)', () => {
    const root = tempDir('clean-contract');
    // 50 MB of one letter packs into about 50 KB.
    writeFileSync(path.join(root, 'bomb.txt.gz'), gzipSync(Buffer.alloc(50 * 1024 * 1024, 'a')));
    const r = run([path.join(root, 'bomb.txt.gz'), '--out', path.join(root, 'out'), '--max-bytes', String(1024 * 1024)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bomb.txt.gz: unpacks to more than --max-bytes (1048576)');
  });

  it('refuses what is not a regular file: a FIFO (which would block for good), a link to a device', () => {
    const root = tempDir('clean-contract');
    const fifo = path.join(root, 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    symlinkSync('/dev/zero', path.join(root, 'zero.txt'));
    copyFileSync(DUMP, path.join(root, 'ok.txt'));
    const r = spawnSync(process.execPath, [BIN, fifo, path.join(root, 'zero.txt'), path.join(root, 'ok.txt'), '--out', path.join(root, 'out')], {
      encoding: 'utf8',
      input: '',
      timeout: 20_000,
      env: { ...process.env, CI: 'true' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('pipe.txt: not a regular file (a FIFO)');
    expect(r.stderr).toContain('zero.txt: not a regular file (a device)');
    expect(existsSync(path.join(root, 'out', 'ok.txt'))).toBe(true);
  });
});

describe('a CI step and a pipe', () => {
  it('exits 2 with a message when the inputs hold no document, 0 with --allow-empty', () => {
    const root = tempDir('clean-contract');
    mkdirSync(path.join(root, 'empty'));
    writeFileSync(path.join(root, 'empty', 'notes.pdf'), 'not a dump');
    const r = run([path.join(root, 'empty'), '--out', path.join(root, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/clean: no documents found in .*empty/);
    expect(run([path.join(root, 'no-*.txt'), '--out', path.join(root, 'out')]).code).toBe(2);
    expect(run([path.join(root, 'empty'), '--out', path.join(root, 'out'), '--allow-empty']).code).toBe(0);
  });

  it.each([
    [['explain']],
    [['explain', '/no/such/file.txt']],
    [['eval', '--gold', '/no/such/folder', 'x.txt']],
    [['review', 'x']],
    [['sites', '--bogus']],
  ])('a usage error of a subcommand exits 2: %j', (args) => {
    expect(run(args).code).toBe(2);
  });

  it('cleans one file to stdout when no --out is given', () => {
    const r = run([DUMP]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(run([], { input: readFileSync(DUMP) }).stdout);
    expect(r.stdout.split('\n')[0]).toBe('Mỹ sẽ mời Nga tham dự hội nghị APEC 2023');
  });

  it('refuses an --out that reaches an input through a link', () => {
    const { dir } = oneDump();
    const link = path.join(dir, '..', 'link');
    symlinkSync(dir, link);
    const r = run([dir, '--out', path.join(link, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is inside input');
  });

  it('exits 141 and says so when the reader of stdout goes away', () => {
    const root = tempDir('clean-contract');
    for (let i = 0; i < 200; i++) copyFileSync(DUMP, path.join(root, `${i}.txt`));
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" "${root}" -o - --jobs 1 | head -c 10 > /dev/null; echo "exit \${PIPESTATUS[0]}" >&2`], {
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    });
    expect(r.stderr).toContain('clean: standard output was closed');
    expect(r.stderr).toContain('exit 141');
  });

  it('--stdin-jsonl writes one line per input line, in order: a failed or blank line gets an error line', () => {
    const records = [JSON.stringify({ id: 'a', text: 'Một dòng' }), 'not json', '', JSON.stringify({ id: 7, text: 'Hai' }), JSON.stringify({ id: 'b' })];
    const r = run(['--stdin-jsonl', '--jobs', '2'], { input: records.join('\n') + '\n' });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(records.length);
    expect(lines[0]).toMatchObject({ title: 'Một dòng' });
    expect(lines[1]).toMatchObject({ id: null, line: 2, error: expect.stringContaining('invalid JSON') });
    expect(lines[2]).toMatchObject({ id: null, line: 3, error: 'line 3: empty line' });
    expect(lines[3]).toMatchObject({ title: 'Hai' });
    expect(lines[4]).toMatchObject({ id: 'b', line: 5, error: expect.stringContaining('no "html", "text" or "content"') });
  });

  it('cleans news.json and news.jsonl of one folder: their outputs do not collide', () => {
    const root = tempDir('clean-contract');
    mkdirSync(path.join(root, 'in'));
    const text = readFileSync(DUMP, 'utf8');
    writeFileSync(path.join(root, 'in', 'news.json'), JSON.stringify({ url: 'https://example.vn/a', text }));
    writeFileSync(path.join(root, 'in', 'news.jsonl'), JSON.stringify({ id: 'x', text }) + '\n');
    const r = run([path.join(root, 'in'), '--out', path.join(root, 'out')]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(root, 'out', 'news.txt'))).toBe(true);
    expect(existsSync(path.join(root, 'out', 'news', 'x.txt'))).toBe(true);
  });
});

describe('file names as they are', () => {
  it('reads a name with a backslash, in a folder and given alone', () => {
    const { dir, out } = oneDump();
    copyFileSync(DUMP, path.join(dir, 'a\\b.txt'));
    expect(run([dir, '--out', out]).code).toBe(0);
    expect(readdirSync(out).filter((f) => !f.startsWith('.')).sort()).toEqual(['a.json', 'a.txt', 'a\\b.json', 'a\\b.txt']);
    const alone = path.join(path.dirname(out), 'alone');
    expect(run([path.join(dir, 'a\\b.txt'), '--out', alone]).code).toBe(0);
    expect(existsSync(path.join(alone, 'a\\b.txt'))).toBe(true);
  });

  it('writes control characters of a name as escapes on stderr', () => {
    const { dir, out } = oneDump();
    writeFileSync(path.join(dir, 'bad\x1b[31m\nname.txt'), '');
    const r = run([dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('clean: bad\\x1b[31m\\nname.txt: empty file');
    expect(r.stderr).not.toContain('\x1b');
  });

  it('refuses an output name too long for the file system before writing half of the pair', () => {
    const { dir, out } = oneDump();
    copyFileSync(DUMP, path.join(dir, `${'m'.repeat(251)}.txt`));
    const r = run([dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write output: output name m+… is 256 bytes, over the 255 a file name may have/);
    expect(readdirSync(out).filter((f) => !f.startsWith('.')).sort()).toEqual(['a.json', 'a.txt']);
  });
});

describe('outputs of inputs no longer there', () => {
  it('are named on stderr and in the report, removed with --prune; other files stay', () => {
    const { dir, out } = oneDump();
    mkdirSync(path.join(dir, 'old'));
    copyFileSync(DUMP, path.join(dir, 'old', 'b.txt'));
    expect(run([dir, '--out', out]).code).toBe(0);
    writeFileSync(path.join(out, 'notes.json'), '{"mine": true}\n');
    rmSync(path.join(dir, 'old', 'b.txt'));
    const report = path.join(path.dirname(out), 'report.json');
    const named = run([dir, '--out', out, '--report', report]);
    expect(named.code).toBe(0);
    expect(named.stderr).toContain('clean: 1 outputs of inputs no longer there: old/b.txt; --prune removes them');
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ stale: ['old/b'], pruned: false });
    expect(existsSync(path.join(out, 'old', 'b.txt'))).toBe(true);
    const pruned = run([dir, '--out', out, '--prune', '--report', report]);
    expect(pruned.code).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ stale: ['old/b'], pruned: true });
    expect(existsSync(path.join(out, 'old', 'b.txt'))).toBe(false);
    expect(existsSync(path.join(out, 'old', 'b.json'))).toBe(false);
    expect(readdirSync(out).filter((f) => !f.startsWith('.')).sort()).toEqual(['a.json', 'a.txt', 'notes.json', 'old']);
  });

  it('are not looked for by one shard of a job: it sees only its share of the inputs', () => {
    const { dir, out } = oneDump();
    const report = path.join(path.dirname(out), 'report.json');
    expect(run([dir, '--out', out, '--shard', '0/2', '--report', report]).code).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8')).stale).toBeNull();
  });
});
