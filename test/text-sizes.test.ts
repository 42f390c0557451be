// The text sizes the HTML container search reads bottom up must be those of each element's
// text read anew (`collapseSpaces(text).trim()` and its commas, its own text, the links under it): checked on generated
// pages of the pieces that decide them (spaces of every kind at the joins, links in links,
// scripts, comments, CDATA). (The page of inline tags never closed that made it needed is a case
// of test/pathological.test.ts.)
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { TextSizes } from '../src/parse/text-sizes.js';

const PIECES = [',', '，', ' , ', '<p>', '</p>', '<div>', '</div>', '<a href="x">', '</a>', '<em>', '</em>', '<span>', '</span>', '<script>var a = 1;</script>', '<!-- c -->', '<![CDATA[ x ]]>', '<br>', 'Sáng nay', 'mưa', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\u200b', 'x', '<li>', '<ul>', '</ul>'];

function pages(count: number): string[] {
  let seed = 20261206;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  return Array.from({ length: count }, () => `<body>${Array.from({ length: 5 + next(60) }, () => PIECES[next(PIECES.length)]).join('')}</body>`);
}

const textOf = (text: string) => text.replace(/\s+/g, ' ').trim();

const INLINE = new Set(['a', 'em', 'span', 'br']);
const sizeOf = (text: string) => ({ length: textOf(text).length, commas: text.match(/[,，]/g)?.length ?? 0 });

/** The sizes read anew: the element's text, its own text (text children, inline elements after a space), and the text of each `a` under it. */
function readAnew($: ReturnType<typeof load>, el: Element) {
  let own = '';
  for (const child of el.children) {
    if (child.type === 'text') own += (child as unknown as { data: string }).data;
    else if (child.type === 'tag' && INLINE.has((child as Element).name)) own += ` ${$(child).text()}`;
  }
  let linked = 0;
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    if ((node as Element).name === 'a') linked += textOf($(node).text()).length;
    stack.push(...(node as Element).children);
  }
  return { text: sizeOf($(el).text()), own: sizeOf(own), linked };
}

describe('TextSizes', () => {
  it('gives each element the text and link lengths read anew, whatever order it is asked in', () => {
    let checked = 0;
    for (const page of pages(300)) {
      const $ = load(page);
      const elements = $('*').toArray();
      for (const order of [elements, [...elements].reverse()]) {
        const sizes = new TextSizes();
        for (const el of order) {
          const read = { text: sizes.textSize(el), own: sizes.ownTextSize(el, (child) => INLINE.has(child.name)), linked: sizes.linkedLength(el) };
          expect(read, page).toEqual(readAnew($, el));
          expect(sizes.textLength(el)).toBe(read.text.length);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(5_000);
  });
});
