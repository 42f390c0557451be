// The pipeline flags end to end: --jobs (same bytes for any N), --format jsonl / -o -,
// --stdin-jsonl, incremental runs (--force, --dry-run), --shard, --timeout, --report, signals.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXACT_GROUPS, FIXTURES, exactFixtureCount, ROOT, tempDir } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'clean.js');

function run(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .sort();
}

/** Documents in `inputTree()`: every fixture input of the exact groups and two records. */
const TREE_DOCS = exactFixtureCount() + 2;

/** A tree of every fixture input (text dumps, HTML, a .jsonl of records): each input kind once. */
function inputTree(): string {
  const dir = tempDir('clean-pipeline');
  for (const group of EXACT_GROUPS) {
    cpSync(path.join(FIXTURES, group), path.join(dir, group), { recursive: true, filter: (src) => !src.includes('.expected.') });
  }
  const records = ['sites/vov/000_c354a9142e04d908', 'generic/baomoi/21475563'].map((name, i) =>
    JSON.stringify({ id: `rec-${i}`, url: `https://example.vn/${i}`, text: readFileSync(path.join(FIXTURES, `${name}.input.txt`), 'utf8') }),
  );
  writeFileSync(path.join(dir, 'records.jsonl'), records.join('\n') + '\n');
  return dir;
}

function readReport(file: string) {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & { failures: { path: string; error: string }[] };
}

describe('--jobs', () => {
  it('writes the same bytes with 1 and 2 threads', () => {
    const inputs = inputTree();
    const [one, two] = [tempDir('clean-pipeline'), tempDir('clean-pipeline')];
    expect(run([inputs, '--out', one, '--jobs', '1']).code).toBe(0);
    expect(run([inputs, '--out', two, '--jobs', '2']).code).toBe(0);
    const files = listFiles(one);
    expect(files.length).toBe(2 * TREE_DOCS); // a .txt and a .json each
    expect(listFiles(two)).toEqual(files);
    for (const f of files) expect(readFileSync(path.join(two, f)), f).toEqual(readFileSync(path.join(one, f)));
    // The staging folder the threads made their temp files in is gone.
    for (const out of [one, two]) expect(readdirSync(out).filter((entry) => entry.startsWith('.'))).toEqual([]);
  });

  it('rejects a job count that is not a positive whole number', () => {
    const r = run([FIXTURES, '--out', tempDir('clean-pipeline'), '--jobs', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs');
  });
});

describe('--format jsonl', () => {
  it('streams one object per document in input order, the same for any --jobs', () => {
    const inputs = inputTree();
    const one = run([inputs, '--format', 'jsonl', '--jobs', '1']);
    const two = run([inputs, '-o', '-', '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const lines = one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { text: string; source: { path: string }; record?: unknown });
    expect(lines).toHaveLength(TREE_DOCS);
    const paths = lines.map((l) => l.source.path);
    expect(paths).toEqual([...paths].sort((a, b) => a.localeCompare(b)));
    expect(lines.every((l) => l.text.length > 100)).toBe(true);
    // The records of the .jsonl file, in their order, with their other fields kept.
    expect(lines.filter((l) => l.source.path === 'records.jsonl').map((l) => (l.record as { id: string }).id)).toEqual(['rec-0', 'rec-1']);
  });

  it('refuses --format jsonl with an output folder', () => {
    const r = run([FIXTURES, '--format', 'jsonl', '--out', tempDir('clean-pipeline')]);
    expect(r.code).toBe(2);
  });
});

describe('--stdin-jsonl', () => {
  it('cleans records from stdin into JSON lines, a broken line reported alone', () => {
    const text = readFileSync(path.join(FIXTURES, 'sites/vov/000_c354a9142e04d908.input.txt'), 'utf8');
    const expected = readFileSync(path.join(FIXTURES, 'sites/vov/000_c354a9142e04d908.expected.txt'), 'utf8');
    const input = [JSON.stringify({ id: 'a', text }), '{not json', '', JSON.stringify({ id: 'b', url: 'https://vov.vn/x', text })].join('\n');
    const r = run(['--stdin-jsonl', '--jobs', '2'], { input });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^clean: <stdin> \[line-2\]: line 2: invalid JSON/m);
    type Line = { text: string; url: string | null; record?: { id: string }; line?: number; error?: string };
    const all = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Line);
    // Every input line has its answer: broken and blank lines as error lines naming the line.
    expect(all.filter((l) => l.error).map((l) => l.line)).toEqual([2, 3]);
    const lines = all.filter((l) => l.record);
    expect(lines.map((l) => l.record!.id)).toEqual(['a', 'b']);
    expect(lines[0]!.text).toBe(expected);
    expect(lines[1]!.url).toBe('https://vov.vn/x');
  });

  it('writes records as files under --out by their id', () => {
    const out = tempDir('clean-pipeline');
    const r = run(['--stdin-jsonl', '--out', out], { input: JSON.stringify({ id: 'x/../y', text: 'Tiêu đề bài\n\nMột câu văn đủ dài để làm đoạn văn của bài báo này.' }) + '\n' });
    expect(r.code).toBe(0);
    expect(listFiles(out)).toEqual(['x_.._y.json', 'x_.._y.txt']);
  });

  it('loses no record whose id repeats an earlier one, with any number of threads', () => {
    const record = (id: string, n: number) => JSON.stringify({ id, text: `Tiêu đề bài ${n}\n\nMột câu văn đủ dài để làm đoạn văn của bài báo số ${n}.` });
    const input = [record('x', 1), record('x', 2), record('y', 3), record('x', 4)].join('\n') + '\n';
    for (const jobs of ['1', '2']) {
      const out = tempDir('clean-pipeline');
      const r = run(['--stdin-jsonl', '--out', out, '--jobs', jobs], { input });
      expect(r.code).toBe(0);
      expect(listFiles(out).filter((f) => f.endsWith('.txt'))).toEqual(['x-line-2.txt', 'x-line-4.txt', 'x.txt', 'y.txt']);
      expect(readFileSync(path.join(out, 'x-line-4.txt'), 'utf8')).toContain('bài báo số 4.');
    }
  });
});

describe('incremental runs', () => {
  it('skips documents whose outputs are current, cleans changed ones, --force cleans all', () => {
    const inputs = inputTree();
    const out = tempDir('clean-pipeline');
    const report = path.join(tempDir('clean-pipeline'), 'report.json');
    expect(run([inputs, '--out', out, '--report', report]).code).toBe(0);
    expect(readReport(report)).toMatchObject({ cleaned: TREE_DOCS, skipped: 0 });

    expect(run([inputs, '--out', out, '--report', report]).code).toBe(0);
    expect(readReport(report)).toMatchObject({ cleaned: 0, skipped: TREE_DOCS });

    // One changed input, one output made by another tool version, one output deleted.
    const dump = path.join(inputs, 'generic/baomoi/22653498.input.txt');
    writeFileSync(dump, readFileSync(dump, 'utf8') + '\nMột câu mới được thêm vào cuối bài báo.\n');
    const oldJson = path.join(out, 'sites/vov/000_c354a9142e04d908.input.json');
    writeFileSync(oldJson, readFileSync(oldJson, 'utf8').replace(/"version": "[^"]+"/, '"version": "0.0.0-old"'));
    const deleted = path.join(out, 'sites/congluan/002_edbff804db4a8219.input.txt');
    rmSync(deleted);

    const dry = run([inputs, '--out', out, '--dry-run', '--report', report]);
    expect(dry.code).toBe(0);
    expect(dry.stdout.trim().split('\n').map((l) => path.relative(out, l)).sort()).toEqual([
      'generic/baomoi/22653498.input.txt',
      'sites/congluan/002_edbff804db4a8219.input.txt',
      'sites/vov/000_c354a9142e04d908.input.txt',
    ]);
    expect(existsSync(deleted)).toBe(false);
    expect(readReport(report)).toMatchObject({ wouldWrite: 3, skipped: TREE_DOCS - 3, cleaned: 0 });

    expect(run([inputs, '--out', out, '--report', report]).code).toBe(0);
    expect(readReport(report)).toMatchObject({ cleaned: 3, skipped: TREE_DOCS - 3 });
    expect(readFileSync(path.join(out, 'generic/baomoi/22653498.input.txt'), 'utf8')).toContain('Một câu mới được thêm vào cuối bài báo.');

    expect(run([inputs, '--out', out, '--report', report, '--force']).code).toBe(0);
    expect(readReport(report)).toMatchObject({ cleaned: TREE_DOCS, skipped: 0 });
  });

  it('cleans again when the forced site changes', () => {
    const inputs = inputTree();
    const out = tempDir('clean-pipeline');
    const report = path.join(tempDir('clean-pipeline'), 'report.json');
    run([path.join(inputs, 'sites/vov'), '--out', out]);
    expect(run([path.join(inputs, 'sites/vov'), '--out', out, '--site', 'generic', '--report', report]).code).toBe(0);
    expect(readReport(report)).toMatchObject({ cleaned: 1, skipped: 0 });
  });
});

describe('--shard', () => {
  it('splits the inputs into disjoint stable shares that cover them all', () => {
    const inputs = inputTree();
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = run([inputs, '--format', 'jsonl', '--shard', `${i}/3`]);
      expect(r.code).toBe(0);
      const paths = r.stdout.trimEnd().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { source: { path: string } }).source.path);
      // The Kubernetes Indexed Job variables pick the same share.
      const fromEnv = run([inputs, '--format', 'jsonl'], { env: { JOB_COMPLETION_INDEX: String(i), JOB_COMPLETION_COUNT: '3' } });
      expect(fromEnv.stdout).toBe(r.stdout);
      seen.push(...new Set(paths));
    }
    expect(seen.sort()).toEqual(listFiles(inputs).sort());
  });

  it('rejects a shard index outside the count', () => {
    const r = run([FIXTURES, '--format', 'jsonl', '--shard', '3/3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--shard');
  });
});

/**
 * A dump of ~60 MB in 8,000 distinct paragraphs (none dropped as a copy of another): about ten
 * seconds of cleaning here, so well over a limit of 1.5 s on a machine several times faster.
 */
function slowDump(): string {
  const sentence = 'Hà Nội (VOV) - Theo báo cáo của Bộ Y tế, số ca mắc mới trong ngày đã giảm mạnh so với tuần trước. ';
  return Array.from({ length: 8000 }, (_, i) => `Tiêu đề số ${i}\n${sentence.repeat(60)}Đoạn ${i}.\n`).join('');
}

describe('--timeout', () => {
  it('reports a document that runs over the limit and writes the others', () => {
    const inputs = tempDir('clean-pipeline');
    cpSync(path.join(FIXTURES, 'sites/vov'), path.join(inputs, 'vov'), { recursive: true, filter: (s) => !s.includes('.expected.') });
    writeFileSync(path.join(inputs, 'huge.txt'), slowDump());
    const out = tempDir('clean-pipeline');
    const r = run([inputs, '--out', out, '--timeout', '1.5', '--max-bytes', String(128 * 1024 * 1024), '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('clean: huge.txt: timed out after 1.5s (--timeout)');
    expect(listFiles(out)).toEqual(['vov/000_c354a9142e04d908.input.json', 'vov/000_c354a9142e04d908.input.txt']);
  });

  it('gives a document one limit: one that ran over while templates were learned is not tried again', () => {
    const inputs = tempDir('clean-pipeline');
    writeFileSync(path.join(inputs, 'huge.txt'), slowDump());
    // Enough documents for a learning pass to run: two short ones.
    for (const name of ['a', 'b']) writeFileSync(path.join(inputs, `${name}.txt`), `Tiêu đề bài ${name}\nMột câu văn ngắn của bài ${name}.\n`);
    const limits = ['--timeout', '0.3', '--max-bytes', String(128 * 1024 * 1024), '--jobs', '1'];
    // --verbose learns in a pass of its own first; without it the run learns as it cleans.
    const firstPass = run([inputs, '--out', tempDir('clean-pipeline'), ...limits, '--verbose']);
    expect(firstPass.code).toBe(1);
    expect(firstPass.stderr).toContain('clean: huge.txt: timed out after 0.3s (--timeout), while learning templates');
    expect(firstPass.stderr.match(/huge\.txt: timed out/g)).toHaveLength(1);
    const alongside = run([inputs, '--out', tempDir('clean-pipeline'), ...limits]);
    expect(alongside.code).toBe(1);
    expect(alongside.stderr).toContain('clean: huge.txt: timed out after 0.3s (--timeout)\n');
    expect(alongside.stderr.match(/huge\.txt: timed out/g)).toHaveLength(1);
    // A template found after it: the run starts over with a learning pass, which does not try it again.
    mkdirSync(path.join(inputs, 'zz.vn'));
    const menu = 'Trang chủ Thời sự Kinh tế Văn hóa Thể thao của zz.vn';
    for (let i = 0; i < 4; i++) writeFileSync(path.join(inputs, 'zz.vn', `${i}.txt`), `Tiêu đề bài số ${i} của trang\n${menu}\nMột câu văn của bài số ${i}, đủ dài để là văn xuôi của bài báo này.\n`);
    const out = tempDir('clean-pipeline');
    const startedOver = run([inputs, '--out', out, ...limits]);
    expect(startedOver.code).toBe(1);
    expect(startedOver.stderr.match(/huge\.txt: timed out/g)).toHaveLength(1);
    expect(readFileSync(path.join(out, 'zz.vn', '0.txt'), 'utf8')).not.toContain(menu);
  });

  it('cleans with the learned template on the thread started after one ran over', () => {
    const inputs = tempDir('clean-pipeline');
    const menu = 'Chuyên trang của Hội Những người yêu Ví Dụ';
    mkdirSync(path.join(inputs, 'example.vn'));
    for (let i = 0; i < 4; i++) {
      const page = [`Bài số ${i} của trang ví dụ`, menu, `Đây là đoạn văn của bài số ${i}, có nội dung riêng và đủ dài để là văn xuôi của bài báo.`];
      writeFileSync(path.join(inputs, 'example.vn', `${i}.txt`), page.join('\n') + '\n');
    }
    // Listed first, so the pages are cleaned after its thread was stopped and replaced.
    writeFileSync(path.join(inputs, 'a-huge.txt'), slowDump());
    const out = tempDir('clean-pipeline');
    const r = run([inputs, '--out', out, '--timeout', '1.5', '--max-bytes', String(128 * 1024 * 1024), '--jobs', '1']);
    expect(r.stderr).toContain('clean: a-huge.txt: timed out after 1.5s (--timeout)');
    for (let i = 0; i < 4; i++) {
      const text = readFileSync(path.join(out, 'example.vn', `${i}.txt`), 'utf8');
      expect(text).toContain(`Đây là đoạn văn của bài số ${i}`);
      expect(text).not.toContain(menu);
    }
  });

  it('fails only the record of a .jsonl file that runs over, not the whole file', () => {
    const inputs = tempDir('clean-pipeline');
    const text = readFileSync(path.join(FIXTURES, 'sites/vov/000_c354a9142e04d908.input.txt'), 'utf8');
    const huge = slowDump();
    // The last repeats the first's id: run one by one, the records are named as in a whole-file run.
    const records = [{ id: 'first', text }, { id: 'huge', text: huge }, { id: 'first', text }];
    writeFileSync(path.join(inputs, 'records.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    // An existing folder: the record written before the file ran over still counts as cleaned, not up to date.
    const out = tempDir('clean-pipeline');
    const r = run([inputs, '--out', out, '--timeout', '1.5', '--max-bytes', String(128 * 1024 * 1024), '--jobs', '1', '--no-learn']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('clean: records.jsonl [line-2]: timed out after 1.5s (--timeout)');
    expect(r.stderr).toMatch(/^clean: 2 cleaned, 1 failed, 0 skipped, 3 documents in /m);
    expect(listFiles(out)).toEqual(['records/first-line-3.json', 'records/first-line-3.txt', 'records/first.json', 'records/first.txt']);
    // Written as a whole-file run writes them.
    expect(readFileSync(path.join(out, 'records/first.txt'), 'utf8')).toBe(readFileSync(path.join(FIXTURES, 'sites/vov/000_c354a9142e04d908.expected.txt'), 'utf8'));
    expect(JSON.parse(readFileSync(path.join(out, 'records/first-line-3.json'), 'utf8'))).toMatchObject({ source: { path: 'records.jsonl' }, site: { id: 'vov' } });
  });
});

describe('inputs with the same outputs', () => {
  it('keeps the first in input order and fails the others, whatever --jobs is', () => {
    const vov = readFileSync(path.join(FIXTURES, 'sites/vov/000_c354a9142e04d908.input.txt'), 'utf8');
    const other = readFileSync(path.join(FIXTURES, 'generic/baomoi/21475563.input.txt'), 'utf8');
    // Two roots that both hold a.txt, and a.md beside one of them: all three would be a.txt + a.json.
    const [first, second] = [tempDir('clean-pipeline'), tempDir('clean-pipeline')];
    writeFileSync(path.join(first, 'a.md'), vov);
    writeFileSync(path.join(first, 'a.txt'), other);
    writeFileSync(path.join(second, 'a.txt'), other);
    for (const jobs of ['1', '2']) {
      const out = tempDir('clean-pipeline');
      const r = run([first, second, '--out', out, '--jobs', jobs]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`clean: ${path.join(first, 'a.txt')}: would write the outputs of a.md (a.txt, a.json); rename one of them`);
      expect(r.stderr).toContain(`clean: ${path.join(second, 'a.txt')}: would write the outputs of a.md (a.txt, a.json); rename one of them`);
      expect(r.stderr).toMatch(/^clean: 1 cleaned, 2 failed, 0 skipped, 1 documents in /m);
      expect(listFiles(out)).toEqual(['a.json', 'a.txt']);
      expect(JSON.parse(readFileSync(path.join(out, 'a.json'), 'utf8'))).toMatchObject({ source: { path: 'a.md' } });
    }
  });
});

describe('--report', () => {
  it('summarises the run as JSON', () => {
    const inputs = inputTree();
    writeFileSync(path.join(inputs, 'empty.txt'), '');
    const report = path.join(tempDir('clean-pipeline'), 'report.json');
    const r = run([inputs, '--out', tempDir('clean-pipeline'), '--report', report, '--jobs', '2']);
    expect(r.code).toBe(1);
    const json = readReport(report);
    expect(json).toMatchObject({ files: TREE_DOCS, documents: TREE_DOCS + 1, cleaned: TREE_DOCS, failed: 1, skipped: 0, jobs: 2, shard: null, interrupted: null });
    expect(json.failures).toEqual([{ path: 'empty.txt', error: 'empty file' }]);
    expect(Object.keys(json.sites as object)).toEqual(expect.arrayContaining(['vov', 'congluan', 'generic']));
    expect((json.removedByReason as Record<string, number>)['related-list']).toBeGreaterThan(0);
    expect(json.bytesRead).toBeGreaterThan(10_000);
    expect(r.stderr).toMatch(new RegExp(`^clean: ${TREE_DOCS} cleaned, 1 failed, 0 skipped, ${TREE_DOCS + 1} documents in [\\d.]+s \\([\\d.]+ MB/s\\) -> `, 'm'));
  });
});

describe('signals', () => {
  it('on SIGTERM finishes only the documents in flight, writes the report and exits 143', async () => {
    const inputs = tempDir('clean-pipeline');
    const dump = readFileSync(path.join(FIXTURES, 'sites/congluan/002_edbff804db4a8219.input.txt'));
    for (let d = 0; d < 20; d++) {
      mkdirSync(path.join(inputs, `d${d}`));
      for (let i = 0; i < 150; i++) writeFileSync(path.join(inputs, `d${d}`, `${i}.txt`), dump);
    }
    const out = tempDir('clean-pipeline');
    const report = path.join(tempDir('clean-pipeline'), 'report.json');
    const child = spawn(process.execPath, [BIN, inputs, '--out', out, '--report', report, '--jobs', '1', '--verbose'], {
      env: { ...process.env, CI: 'true', NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let signalled = false;
    child.stderr.on('data', () => {
      if (!signalled) child.kill('SIGTERM');
      signalled = true;
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(143);
    const json = readReport(report);
    expect(json.interrupted).toBe('SIGTERM');
    // Only the batch in flight is finished (a batch holds 128 inputs at most); the inputs handed
    // to the pool ahead of the threads are dropped.
    expect(json.cleaned as number).toBeLessThan(300);
    const files = listFiles(out);
    expect(files.filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(readdirSync(out).filter((entry) => entry.startsWith('.'))).toEqual([]);
    // Every document written is whole: its .json parses and its .txt is beside it.
    const jsons = files.filter((f) => f.endsWith('.json'));
    expect(jsons.length).toBe(json.cleaned);
    for (const f of jsons) {
      expect(() => JSON.parse(readFileSync(path.join(out, f), 'utf8'))).not.toThrow();
      expect(files).toContain(f.replace(/\.json$/, '.txt'));
    }
  }, 60_000);
});
