// Each rule that calls matchesNear names the words its pattern's matches hold and how far in
// they sit. If a pattern is edited and those are not, matches go missing. Here every call is
// checked against matchAll while whole documents are cleaned: the fixtures, and seeded random
// texts made of the phrases the inline rules look for.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURES } from './helpers.js';

const calls = new Map<string, { calls: number; matches: number; mismatches: string[] }>();

vi.mock('../src/rules/near.js', async (importOriginal) => {
  const near = await importOriginal<typeof import('../src/rules/near.js')>();
  return {
    matchesNear(text: string, lower: string, pattern: RegExp, words: readonly string[], reach: number) {
      const found = near.matchesNear(text, lower, pattern, words, reach);
      const expected = [...text.matchAll(pattern)];
      const entry = calls.get(pattern.source) ?? { calls: 0, matches: 0, mismatches: [] };
      entry.calls++;
      entry.matches += expected.length;
      const shown = (ms: RegExpExecArray[]) => ms.map((m) => `${m.index}:${m[0]}`).join(' | ');
      if (shown(found) !== shown(expected)) entry.mismatches.push(text);
      calls.set(pattern.source, entry);
      return found;
    },
  };
});

const { cleanDocument } = await import('../src/index.js');

const PHRASES = [
  'Video: Cảnh sát giao thông xử lý vi phạm trên cao tốc:', 'Xem lại video toàn cảnh trận đấu:', 'Clip: Nhóm thanh niên vây bắt', 'Video: Mã độc phát tán toàn cầu Khi được cài', 'EPA/TTXVN', 'Hoàng Ngọc - TTXVN', '(Nguồn: AP)', 'Nguồn: AP', 'Một số hình ảnh tại buổi Lễ:', 'Cùng ngắm loạt ảnh đẹp:',
  'Nguồn video: YouTube.', '>> Xem thêm: Giá vàng hôm nay tăng mạnh', '>> Hotline 1900 1234', 'Mời quý độc giả theo dõi video',
  'mời bạn đọc xem thêm', '(Ảnh: AFP)', '(ảnh minh họa)', 'Ảnh: Reuters.', 'Ảnh minh họa.', 'ảnh hưởng lớn', 'Tin liên quan:',
  'Tin bài liên quan', 'Đọc thêm:', 'Xem thêm', 'cùng chủ đề', 'Hà Nội', 'người dân', 'Chính phủ', 'đã', 'cho biết', '.', ' ', '  ',
  '. ', ': ', '(', ')', '>>>Mời độc giả xem video: "Hướng dẫn nấu canh" tại đây: Nguồn video: YouTube/Feedy VN.',
  '>>> Mời độc giả xem video người dân bắt giữ - Nguồn FB:', '>>> ',
];

function randomDocument(seed: number): string {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state >>> 8;
  };
  let body = 'Người dân Hà Nội đón mùa lễ hội năm nay với nhiều hoạt động mới.';
  for (let i = 0; i < 60; i++) body += (next() % 3 === 0 ? ' ' : '') + PHRASES[next() % PHRASES.length];
  return `Tiêu đề bài báo số ${seed}\n${body}\n`;
}

function fixtureInputs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.input\.(txt|md)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('matchesNear as the rules call it', () => {
  it('finds what matchAll finds for every pattern, on the fixtures and 400 random documents', () => {
    for (const file of fixtureInputs(FIXTURES)) cleanDocument(readFileSync(file));
    for (let seed = 1; seed <= 400; seed++) cleanDocument(randomDocument(seed));
    expect(calls.size, 'patterns called').toBeGreaterThanOrEqual(9);
    for (const [source, entry] of calls) {
      expect(entry.mismatches.slice(0, 1), source).toEqual([]);
      expect(entry.matches, `${source} matched something`).toBeGreaterThan(0);
    }
  });
});
