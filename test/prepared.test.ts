// The pages the learning pass reads, handed to the cleaning pass: the same article as reading
// the page again, never for other bytes, and held within a fixed budget.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument, learnDocument, sha256, type PreparedDocument } from '../src/index.js';
import { PreparedPages } from '../src/pipeline/prepared.js';
import { FIXTURES } from './helpers.js';

const PAGE = gunzipSync(readFileSync(path.join(FIXTURES, 'html', 'scrapinghub', '4648a420.input.html.gz')));

function prepared(bytes: Buffer): PreparedDocument {
  const learned = learnDocument(bytes, { markup: 'html', sourceSha256: sha256(bytes) });
  if (!learned?.prepared) throw new Error('no page prepared');
  return structuredClone(learned.prepared);
}

describe('pages read while learning', () => {
  it('gives the article reading the page again gives', () => {
    const again = cleanDocument(PAGE, { markup: 'html', sourceSha256: sha256(PAGE) });
    const taken = cleanDocument(PAGE, { markup: 'html', sourceSha256: sha256(PAGE), prepared: prepared(PAGE) });
    expect(taken).toEqual(again);
  });

  it('is not taken for other bytes (a file changed between the passes)', () => {
    const other = Buffer.from('<html><body><h1>Một tiêu đề khác hẳn</h1><p>Một đoạn văn khác hẳn, đủ dài để là văn xuôi của một bài báo khác.</p></body></html>');
    const result = cleanDocument(other, { markup: 'html', sourceSha256: sha256(other), prepared: prepared(PAGE) });
    if (!result.ok) throw new Error(result.error);
    expect(result.article.metadata.title).toBe('Một tiêu đề khác hẳn');
  });

  it('prepares HTML pages only: a text dump is split again at less cost than handing it over', () => {
    const text = Buffer.from('Tiêu đề\nMột đoạn văn đủ dài để là văn xuôi của bài báo này.\n');
    expect(learnDocument(text, { sourceSha256: sha256(text) })?.prepared).toBeUndefined();
    expect(learnDocument(PAGE, { markup: 'html' })?.prepared).toBeUndefined();
  });

  it('holds the pages it is asked for, within its budget, and gives each once', () => {
    const page = prepared(PAGE);
    const held = new PreparedPages(new Set(['a.html', 'b.html']), 1024 + page.blocks.reduce((n, b) => n + 2 * b.text.length + 160, 0));
    held.offer('c.html', page);
    held.offer('a.html', page);
    held.offer('b.html', page);
    expect(held.size).toBe(1);
    expect(held.take('b.html')).toBeUndefined();
    expect(held.take('a.html')).toBe(page);
    expect(held.take('a.html')).toBeUndefined();
    expect(held.bytes).toBe(0);
  });
});
