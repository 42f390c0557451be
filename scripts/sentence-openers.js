#!/usr/bin/env node
// `node scripts/sentence-openers.js`: counts, over the collapsed dumps of
// ../shared/corpus/baomoi-5k.tar.gz (the labelled dumps left out), how often each
// capitalised word follows a sentence's end (`… nhau. Tuy nhiên`) and how often it follows a
// word in lower case (`… ông Tuấn`), and writes src/rules/sentence-openers.ts: the words that
// open sentences and almost never stand inside one. A word capitalised inside a sentence is a
// name's (`bà Ngọc Anh`); one that opens sentences (`Tuy`, `Trong`, `Nếu`) marks where a new
// sentence starts even when the text before it lost its full stop (a photo credit, a headline).
// Says so and stops when ../shared is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const tarball = path.resolve('..', 'shared', 'corpus', 'baomoi-5k.tar.gz');
if (!existsSync(tarball)) {
  console.error(`sentence-openers: ${tarball} is not here (it lives in ../shared beside a checkout); nothing to count`);
  process.exit(0);
}
/** At least this many sentence openings, and at most this share of occurrences inside a sentence. */
const MIN_OPENINGS = 50;
const MIN_OPENING_SHARE = 0.9;
/**
 * Words kept whatever their share, that a sentence writes in lower case: a capitalised `Theo`
 * (according to) after a word in lower case is a lost end mark, not a name (each of 25 such
 * places read opened a sentence or a closing credit). Counted "inside", it misses the share.
 */
const ALWAYS_OPENS = new Set(['Theo']);

// Both labelled sets: the development set, and the held-out set that nothing may be fitted to.
const labelled = new Set(
  ['baomoi', 'baomoi-holdout', 'baomoi-holdout2', 'baomoi-dev2', 'baomoi-dev3'].flatMap((set) => readdirSync(path.join('fixtures', 'labels', set)).filter((f) => f.endsWith('.label.json')).map((f) => f.split('.')[0])),
);
const work = mkdtempSync(path.join(tmpdir(), 'clean-openers-'));
const openings = new Map();
const inside = new Map();
let documents = 0;
try {
  execFileSync('tar', ['-xzf', tarball, '-C', work]);
  const dir = path.join(work, 'baomoi-5k');
  for (const file of readdirSync(dir).sort()) {
    if (labelled.has(file.split('.')[0])) continue;
    documents++;
    // The title (first line) is left out: headlines are capitalised differently.
    for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n').slice(1)) {
      const words = line.split(/\s+/u).filter(Boolean);
      for (let i = 1; i < words.length; i++) {
        const word = words[i].replace(/^["“‘'(]+/u, '');
        if (!/^\p{Lu}\p{Ll}*$/u.test(word)) continue;
        const before = words[i - 1];
        if (/[.!?…]["”’')]*$/u.test(before)) openings.set(word, (openings.get(word) ?? 0) + 1);
        else if (/\p{Ll}$/u.test(before)) inside.set(word, (inside.get(word) ?? 0) + 1);
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const rows = [...openings]
  .map(([word, n]) => [word, n, inside.get(word) ?? 0])
  .filter(([word, n, m]) => n >= MIN_OPENINGS && (n / (n + m) >= MIN_OPENING_SHARE || ALWAYS_OPENS.has(word)))
  .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const body = rows.map(([word, n, m]) => `  ['${word}', ${n}, ${m}],`).join('\n');
writeFileSync(
  path.join('src', 'rules', 'sentence-openers.ts'),
  `// Made by scripts/sentence-openers.js from ${documents} collapsed dumps of the baomoi-5k corpus
// (the labelled dumps left out); do not edit by hand, run the script again.
//
// Capitalised words that open sentences: each followed a sentence's end at least
// ${MIN_OPENINGS} times and stood inside a sentence (after a word in lower case) in at most
// ${Math.round(100 * (1 - MIN_OPENING_SHARE))} % of its occurrences. Where such a word follows a word with no full stop, a
// new sentence starts there (the text before it lost its end mark: a photo credit, a headline);
// a capitalised word that is not in this list may be a name's. Also kept whatever its share:
// ${[...ALWAYS_OPENS].join(', ')}, which a sentence writes in lower case (see the script).
// [word, after a sentence's end, inside a sentence]
const COUNTS: readonly (readonly [string, number, number])[] = [
${body}
];

export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(COUNTS.map(([word]) => word));
`,
);
console.log(`sentence-openers: ${rows.length} words from ${documents} dumps -> src/rules/sentence-openers.ts`);
