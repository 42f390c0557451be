// Each encoding a scraper produces, built from a real seed with iconv-lite, must clean to the
// same text as the UTF-8 original.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../src/index.js';
import { decodeBytes, hasCharNotFromCp1252, repairMojibake } from '../src/decode/decode.js';
import { collapseSpaces, NFC_STABLE, normalizeText } from '../src/decode/normalize.js';
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

  it('reads UTF-8 cut in the middle of a character as UTF-8, with a warning, not as a legacy code page', () => {
    const bytes = Buffer.concat([Buffer.from(seed, 'utf8'), Buffer.from([0xe1, 0xbb])]);
    const article = cleanBytes(bytes);
    expect(article.metadata.source.encoding).toBe('utf-8 (1 broken byte sequence replaced by U+FFFD)');
    expect(article.metadata.warnings).toContain('1 broken UTF-8 byte sequence(s) replaced by U+FFFD');
    expect(article.text.startsWith(expected.trimEnd())).toBe(true);
  });

  it('says random bytes are not text', () => {
    // Bytes 1..255 in a fixed shuffle: no NUL, so not caught as binary.
    const bytes = Buffer.from(Array.from({ length: 4000 }, (_, i) => 1 + ((i * 97 + 13) % 255)));
    const result = cleanDocument(bytes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^not text: \d+ % of its first characters are control codes/);
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

  it('composes decomposed letters, also next to characters it rewrites', () => {
    const composed = 'Người dân Hà Nội – “đổ xô” đi mua vàng';
    expect(normalizeText(composed)).toBe(composed);
    expect(normalizeText(composed.normalize('NFD'))).toBe(composed);
    expect(normalizeText(`${composed.normalize('NFD')}\u00a0\r\n`)).toBe(`${composed} \n`);
    expect(normalizeText('Ω\u212b')).toBe('Ω\u00c5'); // singletons outside the stable ranges
  });

  it('trusts only characters that are NFC whatever stands around them', () => {
    // Every code point that follows the first in a canonical decomposition can compose with
    // the character before it; none of them may be in NFC_STABLE.
    const composesWithPrevious = new Set<number>();
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const parts = [...String.fromCodePoint(code).normalize('NFD')];
      for (const part of parts.slice(1)) composesWithPrevious.add(part.codePointAt(0)!);
    }
    let checked = 0;
    for (const [from, to = from] of NFC_STABLE) {
      for (let code = from; code <= to; code++) {
        const ch = String.fromCharCode(code);
        if (ch.normalize('NFC') !== ch || /\p{M}/u.test(ch) || composesWithPrevious.has(code)) {
          throw new Error(`U+${code.toString(16)} is not NFC-stable`);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(900);
  });

  it('knows which characters a Windows-1252 reading can give', () => {
    for (let byte = 0; byte < 256; byte++) {
      const ch = iconv.decode(Buffer.from([byte]), 'windows-1252');
      if (ch !== '\ufffd') expect(hasCharNotFromCp1252(`abc${ch}`), `byte 0x${byte.toString(16)}`).toBe(false);
    }
    expect(hasCharNotFromCp1252('Cafe€ “quoted” – ™')).toBe(false);
    expect(hasCharNotFromCp1252('Tá»\u2022ng thá»‘ng Má»¹ ơ')).toBe(true);
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
