// The command line as users run it: folder mode, stdin mode, explain, sites, exit codes,
// atomic outputs, outputs never inside inputs, one bad file never stopping the rest.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, tempDir } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'clean.js');
const VOV = path.join(FIXTURES, 'sites/vov/000_c354a9142e04d908');

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const full = path.join(d, e);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(path.relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

describe('stdin mode', () => {
  it('cleans one page from stdin to stdout', () => {
    const r = run([], readFileSync(`${VOV}.input.txt`));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(`${VOV}.expected.txt`, 'utf8'));
  });

  it('prints the metadata object with the text under --json', () => {
    const r = run(['-', '--json'], readFileSync(`${VOV}.input.txt`));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(json.title).toBe('Mỹ sẽ mời Nga tham dự hội nghị APEC 2023');
    expect(json.text).toBe(readFileSync(`${VOV}.expected.txt`, 'utf8'));
    expect((json.site as { id: string }).id).toBe('vov');
  });

  it('loads no globbing, legacy-encoding, HTML, thread-pool or progress-bar library for a UTF-8 text page', () => {
    // Start-up time is most of the cost of one page: these load when a page or a run needs them.
    const loaded = (entry: string) => {
      const script = [
        `const { main } = await import(${JSON.stringify(path.join(ROOT, 'dist', entry))});`,
        `if (main) process.exitCode = await main(['node', 'clean']);`,
        `const cache = (await import('node:module')).createRequire(process.cwd() + '/').cache;`,
        `process.stderr.write(JSON.stringify([...new Set(Object.keys(cache).map((k) => /node_modules\\/(fast-glob|iconv-lite|cheerio|piscina|cli-progress)\\//.exec(k)?.[1]).filter(Boolean))]));`,
      ].join('\n');
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { input: readFileSync(`${VOV}.input.txt`), encoding: 'utf8' });
      return JSON.parse(r.stderr.trim().split('\n').at(-1)!) as string[];
    };
    expect(loaded('cli/main.js')).toEqual([]);
    // A worker thread is piscina's, and needs no more for such pages either.
    expect(loaded('pipeline/worker.js')).toEqual(['piscina']);
  });

  it('fails with exit 1 and one line on empty stdin', () => {
    const r = run([], '');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual(['clean: <stdin>: empty file']);
  });
});

describe('folder mode', () => {
  it('mirrors the input tree with .txt and .json per document', () => {
    const input = tempDir('clean-test');
    mkdirSync(path.join(input, 'vov.vn'));
    cpSync(`${VOV}.input.txt`, path.join(input, 'vov.vn', 'a.txt'));
    cpSync(path.join(FIXTURES, 'sites/congluan/002_edbff804db4a8219.input.txt'), path.join(input, 'b.txt'));
    const out = path.join(tempDir('clean-test'), 'out');
    const report = path.join(out, '..', 'report.json');
    const r = run([input, '--out', out, '--report', report]);
    expect(r.code).toBe(0);
    expect(listFiles(out)).toEqual(['b.json', 'b.txt', 'vov.vn/a.json', 'vov.vn/a.txt']);
    const meta = JSON.parse(readFileSync(path.join(out, 'vov.vn', 'a.json'), 'utf8'));
    expect(meta.site).toEqual({ id: 'vov', domain: 'vov.vn', detectedBy: 'url' });
    expect(meta.source.path).toBe(path.join('vov.vn', 'a.txt'));
    expect(meta.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    expect(summary).toMatchObject({ documents: 2, cleaned: 2, failed: 0 });
    expect(summary.removedByReason['section-heading']).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/^clean: 2 cleaned, 0 failed/);
  });

  it('runs no learning pass over fewer documents than a template needs, and one over enough', () => {
    const input = tempDir('clean-test');
    for (const name of ['a', 'b']) cpSync(`${VOV}.input.txt`, path.join(input, `${name}.txt`));
    const two = run([input, '--out', path.join(tempDir('clean-test'), 'out'), '--verbose']);
    expect(two.code).toBe(0);
    expect(two.stderr).toMatch(/^clean: no template learned: 2 documents, a site's template needs 3$/m);
    cpSync(`${VOV}.input.txt`, path.join(input, 'c.txt'));
    const three = run([input, '--out', path.join(tempDir('clean-test'), 'out'), '--verbose']);
    expect(three.stderr).toMatch(/^clean: learned \d+ template lines for \d+ sites from 3 files$/m);
  });

  it('reports a bad file on one line, writes the others, exits 1, leaves inputs untouched', () => {
    const input = tempDir('clean-test');
    cpSync(`${VOV}.input.txt`, path.join(input, 'good.txt'));
    writeFileSync(path.join(input, 'empty.txt'), '');
    writeFileSync(path.join(input, 'binary.txt'), Buffer.from([1, 2, 0, 3]));
    const before = readFileSync(path.join(input, 'good.txt'));
    const out = tempDir('clean-test');
    const r = run([input, '--out', out, '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').sort()).toEqual([
      'clean: binary.txt: binary file (contains NUL bytes)',
      'clean: empty.txt: empty file',
    ]);
    expect(listFiles(out)).toEqual(['good.json', 'good.txt']);
    expect(readFileSync(path.join(input, 'good.txt'))).toEqual(before);
  });

  it('takes a glob and mirrors the tree below its static part', () => {
    const input = tempDir('clean-test');
    mkdirSync(path.join(input, 'vov', 'deep'), { recursive: true });
    cpSync(`${VOV}.input.txt`, path.join(input, 'vov', 'deep', 'a.txt'));
    writeFileSync(path.join(input, 'vov', 'notes.md.bak'), 'not an input');
    const out = tempDir('clean-test');
    const r = run([`${input}/**/*.txt`, '--out', out]);
    expect(r.code).toBe(0);
    expect(listFiles(out)).toEqual(['vov/deep/a.json', 'vov/deep/a.txt']);
    expect(readFileSync(path.join(out, 'vov', 'deep', 'a.txt'), 'utf8')).toBe(readFileSync(`${VOV}.expected.txt`, 'utf8'));
  });

  it('leaves no temporary files behind', () => {
    const out = tempDir('clean-test');
    run([`${VOV}.input.txt`, '--out', out]);
    expect(listFiles(out).some((f) => f.includes('.tmp-'))).toBe(false);
  });

  it('rejects files over --max-bytes', () => {
    const out = tempDir('clean-test');
    const r = run([`${VOV}.input.txt`, '--out', out, '--max-bytes', '100']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/000_c354a9142e04d908\.input\.txt: larger than --max-bytes/);
  });

  it('reports an unreadable file (a link to nowhere) and goes on', () => {
    const input = tempDir('clean-test');
    cpSync(`${VOV}.input.txt`, path.join(input, 'good.txt'));
    symlinkSync(path.join(input, 'missing-target.txt'), path.join(input, 'dangling.txt'));
    const out = tempDir('clean-test');
    const r = run([path.join(input, 'good.txt'), path.join(input, 'dangling.txt'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/dangling\.txt: no such file or folder$/m);
    expect(listFiles(out)).toEqual(['good.json', 'good.txt']);
  });
});

describe('usage errors exit 2', () => {
  it('an output folder inside an input', () => {
    const input = tempDir('clean-test');
    cpSync(`${VOV}.input.txt`, path.join(input, 'a.txt'));
    const r = run([input, '--out', path.join(input, 'clean')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/inside input/);
    expect(existsSync(path.join(input, 'clean'))).toBe(false);
  });

  it.each([
    [['--no-such-flag']],
    [['/no/such/folder', '--out', '/tmp/x-clean']],
    [[`${VOV}.input.txt`, `${VOV}.expected.txt`]],
    [[`${VOV}.input.txt`, '--out', '/tmp/x-clean', '--site', 'nope']],
    [[`${VOV}.input.txt`, '--out', '/tmp/x-clean', '--max-bytes', 'lots']],
  ])('%j', (args) => {
    expect(run(args).code).toBe(2);
  });
});

describe('explain and sites', () => {
  it('explains every block with its verdict, reason and rule', () => {
    const r = run(['explain', `${VOV}.input.txt`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/drop {2}section-heading +sections +Tin liên quan/);
    expect(r.stdout).toMatch(/keep {2}title/);
    expect(r.stdout).toMatch(/cut {3}end-marker/);
  });

  it('explains each record of a .jsonl file under its own header', () => {
    const input = path.join(tempDir('clean-test'), 'batch.jsonl');
    writeFileSync(input, [JSON.stringify({ id: 'a', text: readFileSync(`${VOV}.input.txt`, 'utf8') }), 'broken'].join('\n'));
    const r = run(['explain', input]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^== .*batch\.jsonl \[a\]$/m);
    expect(r.stderr).toMatch(/batch\.jsonl \[line-2\]: line 2: invalid JSON/);
  });

  it('explains a line of 200,000 cuts (each line of the report pushed on its own, not spread into one call)', () => {
    const input = path.join(tempDir('clean-test'), 'arrows.txt');
    writeFileSync(input, ['Tiêu đề bài báo thử nghiệm về giao thông', 'Sáng nay, nhiều tuyến đường ở Hà Nội ùn tắc kéo dài vì mưa lớn.', ' →'.repeat(200_000)].join('\n'));
    // Its report is some 10 MB: more than `run` takes.
    const r = spawnSync(process.execPath, [BIN, 'explain', input], { encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter((line) => line.includes('cut ')).length).toBeGreaterThan(100_000);
  });

  it('explains as JSON', () => {
    const json = JSON.parse(run(['explain', `${VOV}.input.txt`, '--json']).stdout);
    const heading = json.blocks.find((b: { text: string }) => b.text === 'Tin liên quan');
    expect(heading).toMatchObject({ keep: false, reason: 'section-heading', rule: 'sections' });
  });

  it('lists the site modules, every one of src/sites/ (the command is a bundle that must hold them all)', () => {
    const r = run(['sites']);
    expect(r.stdout).toMatch(/^vov +vov\.vn/m);
    expect(r.stdout).toMatch(/^congluan +congluan\.vn/m);
    const modules = readdirSync(path.join(ROOT, 'src', 'sites')).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'define.ts').map((f) => f.slice(0, -3));
    expect(modules.length).toBeGreaterThan(0);
    expect(r.stdout.split('\n').filter(Boolean).map((line) => line.split(/\s+/)[0]).sort()).toEqual(modules.sort());
  });

  it('prints help with examples and exit codes', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Exit codes: 0/);
  });
});
