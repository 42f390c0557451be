// Site detection, one test per path and the order between them: --site, a URL (record url,
// canonical, og:url, a domain in the path), og:site_name, text markers, generic.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../src/index.js';
import { detectSite, markerFound } from '../src/detect/site.js';
import { FIXTURES } from './helpers.js';

const VOV_TEXT = readFileSync(path.join(FIXTURES, 'sites/vov/000_c354a9142e04d908.input.txt'), 'utf8');
const PLAIN = 'Một bài báo\n\nNội dung bài báo không mang dấu hiệu của trang nào cả, chỉ là văn bản thường.';

function page(head: string): string {
  return `<!doctype html><html><head><title>Tiêu đề bài</title>${head}</head><body><article><h1>Tiêu đề bài</h1>
<p>Đoạn văn thứ nhất của bài báo, đủ dài để được coi là nội dung chính của trang này.</p>
<p>Đoạn văn thứ hai của bài báo, cũng đủ dài để được coi là nội dung chính của trang.</p></article></body></html>`;
}

function siteOf(input: string, options: Parameters<typeof cleanDocument>[1]) {
  const result = cleanDocument(input, options);
  if (!result.ok) throw new Error(result.error);
  return result.article.metadata.site;
}

describe('site detection', () => {
  it('--site wins over everything, by id or by domain; "generic" turns modules off', () => {
    expect(detectSite({ override: 'congluan.vn', url: 'https://vov.vn/a', text: VOV_TEXT }).ref).toEqual({ id: 'congluan', domain: 'congluan.vn', detectedBy: 'override' });
    expect(detectSite({ override: 'generic', text: VOV_TEXT }).ref).toEqual({ id: 'generic', domain: null, detectedBy: 'override' });
    expect(() => detectSite({ override: 'nosuch', text: PLAIN })).toThrow(/unknown site/);
  });

  it('a record URL, subdomains and www included', () => {
    expect(detectSite({ url: 'https://www.m.vov.vn/x/y.html', text: PLAIN }).ref).toEqual({ id: 'vov', domain: 'm.vov.vn', detectedBy: 'url' });
  });

  it("an HTML page's canonical link, else its og:url", () => {
    expect(siteOf(page('<link rel="canonical" href="https://congluan.vn/a-1.html">'), { markup: 'html' })).toMatchObject({ id: 'congluan', detectedBy: 'url' });
    expect(siteOf(page('<meta property="og:url" content="https://thoidai.com.vn/b.html">'), { markup: 'html' })).toMatchObject({ id: 'thoidai', detectedBy: 'url' });
  });

  it('a domain in the file path', () => {
    expect(detectSite({ path: 'dumps/baothuathienhue.vn/2024/a.txt', text: PLAIN }).ref).toMatchObject({ id: 'baothuathienhue', detectedBy: 'url' });
  });

  it("an HTML page's og:site_name, as a name or as a domain", () => {
    expect(siteOf(page('<meta property="og:site_name" content="Báo Công Luận">'), { markup: 'html' })).toEqual({ id: 'congluan', domain: 'congluan.vn', detectedBy: 'html' });
    expect(siteOf(page('<meta property="og:site_name" content="VOV.VN">'), { markup: 'html' })).toMatchObject({ id: 'vov', detectedBy: 'html' });
  });

  it('the text markers of a module', () => {
    expect(detectSite({ text: VOV_TEXT }).ref).toEqual({ id: 'vov', domain: 'vov.vn', detectedBy: 'marker' });
  });

  it('a marker matches as the regular expression would on the whole text (line patterns are tried at line starts only)', () => {
    const cases: [RegExp, string][] = [
      [/^Tin mới$/mu, 'Bài\nTin mới\nTin cũ'],
      [/^Tin mới$/mu, 'Bài\r\nTin mới'],
      [/^Tin mới$/mu, 'Bài\u2028Tin mới'],
      [/^Tin mới$/mu, 'Bài Tin mới'],
      [/^Tin mới$/mu, 'Tin mới hơn'],
      [/^Tin mới$/u, 'Bài\nTin mới'],
      [/^Xem|thêm$/mu, 'Bài xem thêm'],
      [/^(?:Xem|Đọc) thêm$/mu, 'Bài\nĐọc thêm'],
      [/^[|(]CLO\)/mu, 'Bài\n(CLO) Tin'],
      [/VOV\.VN/u, 'Theo VOV.VN'],
    ];
    for (const [marker, text] of cases) expect(markerFound(marker, text), `${marker} on ${JSON.stringify(text)}`).toBe(marker.test(text));
    expect(cases.filter(([marker, text]) => markerFound(marker, text)).length).toBe(7);
  });

  it('a URL beats og:site_name and markers', () => {
    expect(detectSite({ url: 'https://congluan.vn/a', siteName: 'VOV', text: VOV_TEXT }).ref.id).toBe('congluan');
    expect(detectSite({ siteName: 'Báo Công Luận', text: VOV_TEXT }).ref.id).toBe('congluan');
  });

  it('an unknown site is generic, keeping its domain when one is known', () => {
    expect(detectSite({ url: 'https://baomoi.com/a.epi', text: PLAIN }).ref).toEqual({ id: 'generic', domain: 'baomoi.com', detectedBy: 'generic' });
    expect(detectSite({ path: 'dumps/tuoitre.vn/a.txt', text: PLAIN }).ref).toEqual({ id: 'generic', domain: 'tuoitre.vn', detectedBy: 'generic' });
    expect(detectSite({ text: PLAIN }).ref).toEqual({ id: 'generic', domain: null, detectedBy: 'generic' });
  });
});
