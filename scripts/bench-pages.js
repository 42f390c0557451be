#!/usr/bin/env node
// Scores the text path on page dumps of sites no module covers: the 91 pages of
// ../shared/bench/page-dumps-dev (when present), with the benchmark's own metric
// (../shared/tools/bench_f1.py). Reports all pages, then the two halves the page model was
// developed on and held out from (see bench-halves.js). Then the titles: the benchmark has no
// gold title, so a page's is taken from its HTML (../shared/bench/scrapinghub-dev/html): the h1
// that its og:title or <title> holds (pages with no such h1 are not counted), against the first
// line of the text made from its page dump.
// Says so when ../shared is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HELD_OUT, scoreHalves } from './bench-halves.js';

const bench = path.resolve('..', 'shared', 'bench');
const dumps = path.join(bench, 'page-dumps-dev', 'txt');
const truth = path.join(bench, 'scrapinghub-dev', 'ground-truth.json');
const scorer = path.resolve('..', 'shared', 'tools', 'bench_f1.py');
if (!existsSync(dumps) || !existsSync(truth) || !existsSync(scorer)) {
  console.error('bench:pages: ../shared/bench/page-dumps-dev, its ground truth or ../shared/tools/bench_f1.py is not here; nothing to score');
  process.exit(0);
}
const out = mkdtempSync(path.join(tmpdir(), 'clean-bench-pages-'));
try {
  try {
    execFileSync('node', ['bin/clean.js', dumps, '--out', path.join(out, 'all'), '--quiet', ...process.argv.slice(2)], { stdio: 'inherit' });
  } catch {
    // Pages that fail are scored as empty by the scorer; the run goes on.
  }
  scoreHalves({ truth, scorer, outputs: path.join(out, 'all'), work: out });
  scoreTitles(path.join(bench, 'scrapinghub-dev', 'html'), path.join(out, 'all'));
} finally {
  rmSync(out, { recursive: true, force: true });
}

/**
 * Prints, per half, how many titles match the page's h1 that its og:title or <title> holds, and
 * how many publication days match the day of the page's meta date (article:published_time,
 * datePublished): two figures the page dumps' gold does not give, read from the HTML pages.
 */
function scoreTitles(htmlDir, outputs) {
  if (!existsSync(htmlDir)) return;
  const squeeze = (text) => text.replace(/\s+/gu, ' ').trim();
  const tally = { dev: { titles: [0, 0], days: [0, 0] }, 'held-out': { titles: [0, 0], days: [0, 0] } };
  for (const file of readdirSync(htmlDir).filter((f) => f.endsWith('.html.gz'))) {
    const id = file.slice(0, -'.html.gz'.length);
    const $ = cheerio.load(gunzipSync(readFileSync(path.join(htmlDir, file))).toString('utf8'));
    const half = tally[HELD_OUT.test(id) ? 'held-out' : 'dev'];
    const output = path.join(outputs, `${id}.txt`);
    const text = existsSync(output) ? readFileSync(output, 'utf8') : '';
    const meta = existsSync(output.replace(/\.txt$/, '.json')) ? JSON.parse(readFileSync(output.replace(/\.txt$/, '.json'), 'utf8')) : {};
    const named = [squeeze($('meta[property="og:title"]').attr('content') ?? ''), squeeze($('title').first().text())].filter(Boolean);
    const h1s = $('h1').map((_, h) => squeeze($(h).text())).get().filter(Boolean);
    const gold = h1s.find((h) => named.some((name) => name.includes(h) || h.includes(name)));
    if (gold) {
      half.titles[1]++;
      if (squeeze(text.split('\n')[0] ?? '') === gold) half.titles[0]++;
    }
    const day = /^(?:19|20)\d\d-\d\d-\d\d/.exec($('meta[property="article:published_time"], meta[itemprop="datePublished"], meta[name="datePublished"]').first().attr('content') ?? '')?.[0];
    if (day) {
      half.days[1]++;
      if ((meta.published ?? '').startsWith(day)) half.days[0]++;
    }
  }
  const line = (name, key) => `${name.padEnd(8)} dev ${tally.dev[key][0]}/${tally.dev[key][1]}, held-out ${tally['held-out'][key][0]}/${tally['held-out'][key][1]}`;
  console.log(`${line('titles', 'titles')} (the HTML page's h1 that its og:title or <title> holds)`);
  console.log(`${line('dates', 'days')} (the day of the HTML page's article:published_time or datePublished)`);
}
