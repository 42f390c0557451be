// Each encoding a scraper produces, built from a real seed with iconv-lite, must clean to the
// same text as the UTF-8 original.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../src/index.js';
import { decodeBytes, repairMojibake } from '../src/decode/decode.js';
import { collapseSpaces, normalizeText } from '../src/decode/normalize.js';
import { FIXTURES } from './helpers.js';

const seed = readFileSync(path.join(FIXTURES, 'sites/baothuathienhue/004_540afb06d8431dae.input.txt'), 'utf8');
const expected = readFileSync(path.join(FIXTURES, 'sites/baothuathienhue/004_540afb06d8431dae.expected.txt'), 'utf8');

/** Windows-1258 keeps ă â ê ô ơ ư precomposed and writes tone marks as combining characters. */
function cp1258Form(text: string): string {
  return text.normalize('NFD').replace(/([aeouAEOU])([\u0300-\u036f]*)/g, (_all, base: string, marks: string) => {
    const modifier = /[\u0302\u0306\u031b]/.exec(marks)?.[0] ?? '';
    return (base + modifier).normalize('NFC') + marks.replace(modifier, '');
  });
}

function cleanBytes(bytes: Uint8Array) {
  const result = cleanDocument(bytes);
  if (!result.ok) throw new Error(result.error);
  return result.article;
}

describe('decoding', () => {
  it.each([
    ['utf-8', Buffer.from(seed, 'utf8'), 'utf-8'],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed, 'utf8')]), 'utf-8+bom'],
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(seed, 'utf-16le')]), 'utf-16le'],
    ['utf-16be with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(seed, 'utf-16be')]), 'utf-16be'],
    ['windows-1258', iconv.encode(cp1258Form(seed), 'windows-1258'), 'windows-1258'],
    ['NFD utf-8', Buffer.from(seed.normalize('NFD'), 'utf8'), 'utf-8'],
  ])('%s cleans like the original', (_name, bytes, encoding) => {
    const article = cleanBytes(bytes);
    expect(article.metadata.source.encoding).toBe(encoding);
    expect(article.text).toBe(expected);
  });

  it('repairs UTF-8 that was decoded once as Windows-1252', () => {
    // As browsers and Python decode it: bytes Windows-1252 leaves undefined become C1 controls.
    const mojibake = new TextDecoder('windows-1252').decode(Buffer.from(seed, 'utf8'));
    expect(mojibake).toMatch(/Tá».ng/);
    const article = cleanBytes(Buffer.from(mojibake, 'utf8'));
    expect(article.metadata.source.encoding).toBe('utf-8 (repaired mojibake)');
    expect(article.text).toBe(expected);
  });

  it('reads Windows-1252 text that is not Vietnamese', () => {
    const bytes = iconv.encode('Café au lait\nLe café a ouvert ses portes lundi matin devant une longue file de clients.', 'windows-1252');
    const article = cleanBytes(bytes);
    expect(article.metadata.source.encoding).toBe('windows-1252');
    expect(article.text).toBe('Café au lait\n\nLe café a ouvert ses portes lundi matin devant une longue file de clients.\n');
  });

  it('leaves correct text alone', () => {
    expect(repairMojibake('Mỹ sẽ mời Nga tham dự hội nghị APEC 2023')).toBeNull();
    expect(decodeBytes(Buffer.from('Mỹ sẽ mời Nga', 'utf8')).text).toBe('Mỹ sẽ mời Nga');
  });

  it('removes invisible characters, turns NBSP into a space, splits words joined by a zero-width space', () => {
    expect(normalizeText('N\u034fg\u034fa\u034fy\u00a0mai Hà\u200bNội\ufeff')).toBe('Ngay mai Hà Nội');
  });
});

describe('bad input', () => {
  it('rejects a binary file', () => {
    expect(cleanDocument(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]))).toEqual({ ok: false, error: 'binary file (contains NUL bytes)' });
  });

  it('rejects an empty or whitespace-only file', () => {
    expect(cleanDocument(Buffer.alloc(0))).toEqual({ ok: false, error: 'empty file' });
    expect(cleanDocument(Buffer.from(' \n\t\n', 'utf8'))).toEqual({ ok: false, error: 'empty input (only whitespace)' });
  });

  it('rejects an unknown --site', () => {
    const result = cleanDocument('Tiêu đề\nMột đoạn văn.', { site: 'no-such-site' });
    expect(result.ok).toBe(false);
  });
});

describe('collapseSpaces', () => {
  it('is replace(/\\s+/g, " ") for every white-space character JavaScript knows, alone and in runs', () => {
    const spaces = [...'\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'];
    const others = [...'a.Đ\u200b\u180e\u0085\u2060x'];
    const samples = [...spaces, ...others].flatMap((ch) => [`a${ch}b`, `a ${ch}b`, `${ch}a b${ch}`, `a${ch}${ch}b`]);
    samples.push('một câu bình thường', 'hai  dấu cách', ' đầu và cuối ');
    for (const sample of samples) expect(collapseSpaces(sample), JSON.stringify(sample)).toBe(sample.replace(/\s+/g, ' '));
  });
});
