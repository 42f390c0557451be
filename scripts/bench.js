#!/usr/bin/env node
// `npm run bench`: speed and memory of `clean`. Needs ../shared beside the checkout (says so and
// stops when it is missing). Into a temp folder it unpacks the 5,000 real dumps of
// ../shared/corpus/baomoi-5k.tar.gz, builds a synthetic tree of BENCH_DOCS documents from them
// (default 100,000; hard links, so building it costs no disk), and takes the HTML pages of
// ../shared/bench/scrapinghub-dev. For each tree it measures the floor (reading and writing the
// same files, no cleaning) and `clean --jobs 1` and `--jobs 2`: seconds, docs/s, MB/s and the
// peak RSS of the process (all its threads). Then the cleaning cost per core with no disk (a
// first pass and a warm one; collapsed dumps, page dumps, HTML), what two threads can give
// on this machine at best, with each tree's jobs 1 → jobs 2 scaling as a share of it, and the
// least time a jobs 2 run of each text tree can take here (its CPU over the machine's cores).
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared');
const tarball = path.join(shared, 'corpus', 'baomoi-5k.tar.gz');
const htmlDir = path.join(shared, 'bench', 'scrapinghub-dev', 'html');
if (!existsSync(tarball)) {
  console.error(`bench: ${tarball} is not here (it lives in ../shared beside a checkout); nothing to measure`);
  process.exit(0);
}
if (!existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench: dist/ is missing: run `npm run build` first');
  process.exit(1);
}
const syntheticDocs = Number(process.env.BENCH_DOCS ?? 100_000);
const work = mkdtempSync(path.join(tmpdir(), 'clean-bench-'));
// Every document costs two file creations and two renames, so the disk under the temp folder
// can weigh more than the cleaning: say which file system it is. TMPDIR picks another one
// (TMPDIR=/dev/shm measures the tool with no disk in the way).
const FILE_SYSTEMS = { 0xef53: 'ext4', 0x01021994: 'tmpfs', 0x58465342: 'xfs', 0x9123683e: 'btrfs', 0x794c7630: 'overlay' };
const { type: fsType } = statfsSync(work);
const fileSystem = FILE_SYSTEMS[fsType] ?? `file system type 0x${fsType.toString(16)}`;
const corpus = path.join(work, 'baomoi-5k');
mkdirSync(corpus);
execFileSync('tar', ['-xzf', tarball, '-C', corpus]);

const trees = [['baomoi-5k (text)', corpus]];
if (syntheticDocs > 0) trees.push([`synthetic ${syntheticDocs / 1000}k (text)`, syntheticTree(corpus, syntheticDocs)]);
if (existsSync(htmlDir)) {
  const html = path.join(work, 'html');
  cpSync(htmlDir, html, { recursive: true });
  trees.push(['scrapinghub (html.gz)', html]);
}

/** `count` documents in folders of 1,000, each a hard link to one of the real dumps. */
function syntheticTree(source, count) {
  const files = readdirSync(source, { recursive: true }).map(String).filter((f) => statSync(path.join(source, f)).isFile());
  const dir = path.join(work, 'synthetic');
  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, `part-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    const from = path.join(source, files[i % files.length]);
    const to = path.join(folder, `${i}-${path.basename(from)}`);
    try {
      linkSync(from, to);
    } catch {
      cpSync(from, to);
    }
  }
  return dir;
}

function treeSize(dir) {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true })) {
    const s = statSync(path.join(dir, String(entry)));
    if (s.isFile()) {
      files++;
      bytes += s.size;
    }
  }
  return { files, bytes };
}

/** One run of bench-child.js; `size` also measures what it wrote. */
function measure(mode, input, jobs = 1, size = false) {
  const out = path.join(work, 'out');
  rmSync(out, { recursive: true, force: true });
  const line = execFileSync(process.execPath, [path.join(root, 'scripts', 'bench-child.js'), mode, input, out, String(jobs)], { encoding: 'utf8' });
  const written = size ? treeSize(out) : null;
  rmSync(out, { recursive: true, force: true });
  return { ...JSON.parse(line.trim().split('\n').at(-1)), written };
}

const rows = [];
for (const [name, dir] of trees) {
  const { files, bytes } = treeSize(dir);
  // The floor is a second of small reads and writes on a 5,000-file tree: one run of it swings by
  // a fifth from run to run on a shared machine. The fastest of three is the floor.
  const floor = [0, 1, 2].map(() => measure('floor', dir)).reduce((best, m) => (m.seconds < best.seconds ? m : best));
  const one = measure('clean', dir, 1);
  const two = measure('clean', dir, 2);
  rows.push({ name, files, mb: bytes / 1e6, floor, one, two });
  console.error(`bench: ${name} done`);
}

const pad = (s, n) => String(s).padStart(n);
const cells = (r, m) => `${pad(m.seconds.toFixed(1), 7)} ${pad(Math.round(r.files / m.seconds), 7)} ${pad((r.mb / m.seconds).toFixed(2), 6)} ${pad(Math.round(m.maxRssMb), 6)}`;
console.log(`${'tree'.padEnd(24)} ${pad('docs', 7)} ${pad('MB', 6)} | floor ${pad('s', 5)} ${pad('MB/s', 6)} | jobs 1 ${pad('s', 3)} ${pad('docs/s', 7)} ${pad('MB/s', 6)} ${pad('RSS', 6)} | jobs 2 ${pad('s', 3)} ${pad('docs/s', 7)} ${pad('MB/s', 6)} ${pad('RSS', 6)} | ${pad('clean/floor', 11)} ${pad('jobs2/jobs1', 11)}`);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(24)} ${pad(r.files, 7)} ${pad(r.mb.toFixed(1), 6)} | ${pad(r.floor.seconds.toFixed(1), 11)} ${pad((r.mb / r.floor.seconds).toFixed(2), 6)} | ${cells(r, r.one)} | ${cells(r, r.two)} | ${pad((r.one.seconds / r.floor.seconds).toFixed(2) + 'x', 11)} ${pad((r.one.seconds / r.two.seconds).toFixed(2) + 'x', 11)}`,
  );
}
console.log(`inputs and outputs in ${tmpdir()}, on ${fileSystem} (TMPDIR picks another folder)`);
console.log('s = wall seconds; RSS = peak resident MB of the whole process (main thread + workers), from process.resourceUsage().maxRSS;');
console.log('floor = reading every input and writing a .txt and a .json per input, 8 files at a time, no cleaning (the fastest of three runs); clean/floor uses jobs 1.');

// Where a run's time goes (#21), the 5,000 dumps at jobs 1 so that the parts add up, best of
// two each: process start (`clean --version`), the walk with every input read and hashed (a dry
// run with --no-learn), a learning pass of its own (a dry run learns in one: less one without),
// reading and cleaning (JSON lines to a discarded stdout, less the dry run), writing the pairs
// (the run with --no-learn, less the JSON lines), and what learning costs the run itself, which
// learns while it cleans when it can (the whole run less the one with --no-learn).
{
  const best = (mode) => Math.min(...[0, 1].map(() => measure(mode, corpus, 1).seconds));
  const startOnce = () => {
    const started = process.hrtime.bigint();
    execFileSync(process.execPath, [path.join(root, 'bin', 'clean.js'), '--version'], { stdio: 'ignore' });
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  const start = Math.min(startOnce(), startOnce());
  const walk = best('dry-run-no-learn');
  const learned = best('dry-run');
  const cleaned = best('jsonl-no-learn');
  const noLearn = best('clean-no-learn');
  const whole = best('clean');
  const part = (label, seconds) => `${label} ${seconds.toFixed(2)} s`;
  console.log(
    `where a run goes, baomoi-5k (jobs 1): ${[
      part('process start', start),
      part('walk, read and hash', walk - start),
      part('a learning pass', learned - walk),
      part('reading and cleaning', cleaned - walk),
      part('writing pairs', noLearn - cleaned),
      part('learning in the run', whole - noLearn),
    ].join(', ')}; whole run ${whole.toFixed(2)} s against the floor's ${rows[0].floor.seconds.toFixed(2)} s`,
  );
}

// What template learning costs a whole run (jobs 2, the 5,000 dumps and the HTML pages): with
// learning (the default) against --no-learn, best of three runs each.
for (const [name, dir] of trees.filter(([name]) => !name.startsWith('synthetic'))) {
  const best = (mode) => Math.min(...[0, 1, 2].map(() => measure(mode, dir, 2).seconds));
  const learn = best('clean');
  const noLearn = best('clean-no-learn');
  console.log(`template learning, ${name} (jobs 2, best of 3): ${learn.toFixed(2)} s with it, ${noLearn.toFixed(2)} s with --no-learn (${(learn / noLearn).toFixed(2)}x)`);
}

// The review report of the 5,000 real dumps (`clean review`, jobs 2): build time, size, memory.
const review = measure('review', corpus, 2, true);
console.log(`review report of baomoi-5k (jobs 2): ${review.seconds.toFixed(1)} s, ${review.written.files} files, ${(review.written.bytes / 1e6).toFixed(1)} MB, peak RSS ${Math.round(review.maxRssMb)} MB`);

// Template learning's memory on many distinct small pages: BENCH_LEARN_DOCS (default 50,000)
// documents of ~12 lines over 5 sites, every body line unique, each site with a menu and a
// footer. A dry run learns and lists without cleaning or writing, so its RSS is the learner's.
const learnDocs = Number(process.env.BENCH_LEARN_DOCS ?? 50_000);
if (learnDocs > 0) {
  const dir = path.join(work, 'learn');
  for (let i = 0; i < learnDocs; i++) {
    const site = `site${i % 5}.vn`;
    const folder = path.join(dir, site, `p${Math.floor(i / 5000)}`);
    if (i < 5 * 10 || i % 5000 < 5) mkdirSync(folder, { recursive: true });
    const body = Array.from({ length: 10 }, (_, k) => `Câu số ${k} của bài ${i} trên trang ${site}, mã ${(i * 7919 + k * 104729) % 1000003}.`);
    writeFileSync(path.join(folder, `${i}.txt`), [`Bài ${i} của ${site}`, `Trang chủ ${site} Thời sự Kinh tế`, ...body, `Bản quyền thuộc về ${site}`].join('\n'));
  }
  const out = path.join(work, 'learn-out');
  const started = process.hrtime.bigint();
  const line = execFileSync(process.execPath, [path.join(root, 'scripts', 'bench-child.js'), 'dry-run', dir, out, '2'], { encoding: 'utf8' });
  const r = JSON.parse(line.trim().split('\n').at(-1));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`template learning, ${learnDocs} distinct small docs over 5 sites (dry run, jobs 2): ${seconds.toFixed(1)} s, peak RSS ${Math.round(r.maxRssMb)} MB`);
}

// Cleaning alone, files already in memory, one thread: the CPU cost per core, without the disk.
// First pass (JIT warm-up included) and second pass (steady state, as in a long run).
const cpuBench = (dir) => JSON.parse(execFileSync(process.execPath, [path.join(root, 'scripts', 'bench-cpu.js'), dir], { encoding: 'utf8' }).trim());
/** The same in a process of its own, not waited for: several run at once. */
const cpuBenchAlongside = (dir, ...options) =>
  new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(root, 'scripts', 'bench-cpu.js'), dir, ...options], { encoding: 'utf8' }, (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout.trim()))));
  });
// Page dumps (a whole page's text, menus to footer: the page model runs on them) are the 91
// pages of ../shared/bench/page-dumps-dev.
const pageDumps = path.join(shared, 'bench', 'page-dumps-dev', 'txt');
for (const [name, dir] of [['text dumps', corpus], ['page dumps', pageDumps], ['html pages (gz)', htmlDir]]) {
  if (!existsSync(dir)) continue;
  const r = cpuBench(dir);
  const rate = (seconds) => `${pad((r.mb / seconds).toFixed(2), 6)} MB/s ${pad(Math.round(r.docs / seconds), 6)} docs/s`;
  console.log(`per core, in memory, ${name.padEnd(16)} ${pad(r.docs, 6)} docs ${pad(r.mb.toFixed(1), 6)} MB  first pass ${pad(r.seconds.toFixed(2), 5)} s ${rate(r.seconds)}  warm ${pad(r.warmSeconds.toFixed(2), 5)} s ${rate(r.warmSeconds)}`);
}

// Hostile HTML, once quadratic or recursive: 40,000 boxes classed as chrome (removed one by one,
// each removal spliced its parent's list), 40,000 one-paragraph divs (each candidate's links
// found through a sort of the whole page), 100,000 nested divs (recursion overflowed the stack).
{
  const dir = path.join(work, 'hostile');
  mkdirSync(dir);
  const prose = 'Một câu văn, đủ dài để làm đoạn văn của bài báo. ';
  const pages = {
    'boxes-40k': `<html><body>${Array.from({ length: 40_000 }, (_, i) => `<div class="sidebar widget"><div><p>Đoạn ${i}.</p></div></div>`).join('')}<article><p>${prose.repeat(20)}</p></article></body></html>`,
    'divs-40k': `<html><body>${Array.from({ length: 40_000 }, (_, i) => `<div><p>Đoạn văn số ${i} của bài báo này có đủ chữ.</p></div>`).join('')}</body></html>`,
    'nested-100k': `<html><body>${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}<p>${prose.repeat(20)}</p></body></html>`,
  };
  const cells = Object.entries(pages).map(([name, html]) => {
    const file = path.join(dir, `${name}.html`);
    writeFileSync(file, html);
    const started = process.hrtime.bigint();
    execFileSync(process.execPath, [path.join(root, 'bin', 'clean.js'), file, '--timeout', '300'], { stdio: 'ignore' });
    return `${name} (${(html.length / 1e6).toFixed(1)} MB) ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(2)} s`;
  });
  console.log(`hostile HTML, one page each (process start included): ${cells.join(', ')}`);
}

// What two threads can give on this machine at best: two independent single-thread cleaners
// (separate processes, nothing shared) at once, against one alone. Cores that slow each other
// down (shared caches, memory bandwidth, a busy host) cap every jobs2/jobs1 figure above.
{
  const alone = cpuBench(corpus);
  const both = await Promise.all([0, 1].map(() => cpuBenchAlongside(corpus)));
  const together = Math.max(...both.map((r) => r.warmSeconds));
  const ceiling = (2 * alone.warmSeconds) / together;
  console.log(`machine ceiling for 2 threads: two in-memory cleaners at once take ${together.toFixed(2)} s each against ${alone.warmSeconds.toFixed(2)} s alone (warm pass): ${ceiling.toFixed(2)}x the throughput of one`);
  // #21 asks for the scaling as a share of this ceiling (the goal: 95 % or more).
  // A jobs 1 run already keeps more than one core busy (its main thread walks, reads and hashes
  // while the thread cleans): the cores it keeps busy are said beside each share.
  const shares = rows.map((r) => `${r.name} ${Math.round((100 * r.one.seconds) / r.two.seconds / ceiling)} % (jobs 1 keeps ${(r.one.cpuSeconds / r.one.seconds).toFixed(2)} cores busy)`);
  console.log(`scaling from jobs 1 to jobs 2 as a share of that ceiling (jobs2/jobs1 over ${ceiling.toFixed(2)}x): ${shares.join(', ')}`);
}
// What a jobs-2 run of the text trees can take at best on this machine (#21). Its two threads
// clean about half of the documents each, and each warms up its own JIT, on the same cores as
// everything else of the run. Measured: each half cleaned in memory by a process of its own, the
// two at once (so that they slow each other as two threads of a run do; the synthetic tree's
// half is the real dumps' half cleaned over and over), in CPU seconds of every thread (V8's
// compiler and collector included). A run can be no faster than its slower half, nor than that
// CPU spread over the machine's cores; its reading and writing come on top.
{
  const cores = availableParallelism();
  const halves = (passes) => Promise.all([0, 1].map((share) => cpuBenchAlongside(corpus, '--share', `${share}/2`, '--passes', String(Math.max(2, passes)))));
  const cells = [];
  for (const r of rows.filter((row) => row.name.endsWith('(text)'))) {
    const passes = Math.round(r.files / rows[0].files);
    const spent = (await halves(passes)).map((h) => (passes === 1 ? { cpu: h.cpuSeconds, wall: h.seconds } : { cpu: h.passesCpuSeconds, wall: h.passesSeconds }));
    const cleaning = spent.reduce((n, h) => n + h.cpu, 0);
    const bound = Math.max(...spent.map((h) => h.wall), cleaning / cores);
    cells.push(
      `${r.name} ${bound.toFixed(1)} s, ${(bound / r.floor.seconds).toFixed(2)}x the floor (${cleaning.toFixed(1)} CPU s of cleaning; ` +
        `the floor took ${r.floor.cpuSeconds.toFixed(1)} CPU s, the run ${r.two.seconds.toFixed(1)} s and ${r.two.cpuSeconds.toFixed(1)} CPU s)`,
    );
  }
  console.log(`a jobs 2 run at best on this machine (${cores} cores), its cleaning alone: ${cells.join('; ')}`);
}
rmSync(work, { recursive: true, force: true });
