// HTML page → blocks (cheerio). Page chrome goes first (scripts, navigation, forms, and
// elements whose class or id says comment/share/related/sidebar …); then the article container
// is the element whose paragraphs score highest (Readability's idea: text length and commas,
// less the share of text inside links), or a site module's body selector. The container's
// text becomes blocks at paragraph boundaries, with each block's tag and link share.
import type * as cheerio from 'cheerio/slim';
import type { AnyNode, Element, ParentNode } from 'domhandler';
import type { Block } from '../types.js';
import { collapseSpaces, fold } from '../decode/normalize.js';
import { isElement, TextSizes, type TextSize } from './text-sizes.js';
import { findDate } from '../rules/dates.js';
import { vietnameseName } from '../rules/credits.js';
import { onFirstUse } from '../lazy.js';

/** cheerio, loaded on the first HTML page (~100 ms that runs of text dumps need not pay). */
const loadCheerio = onFirstUse<typeof cheerio>('cheerio/slim');

export interface HtmlMeta {
  title: string | null;
  published: string | null;
  author: string | null;
  url: string | null;
  siteName: string | null;
}

export interface HtmlSelectors {
  body?: string | null;
  strip?: readonly string[];
}

/** Never article text. */
const JUNK_TAGS = 'script, style, noscript, template, iframe, svg, button, input, select, textarea, canvas, object, embed, link, meta';
/** Page chrome by role or tag; removed unless it holds the whole article. */
const CHROME = 'nav, aside, footer, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';
/** What the page does not show: a schema.org copy of the article, a closed menu, a template. */
const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"]';
/** Class/id words of boilerplate containers (Readability's unlikelyCandidates, plus Vietnamese sites'). */
const UNLIKELY = /(?:^|[-_\s])(?:comment|comments|binh-?luan|share|sharing|social|related|lien-?quan|tin-?lien-?quan|sidebar|footer|header|menu|nav|breadcrumb|newsletter|subscribe|advert|ads?|banner|promo|sponsor|popup|modal|cookie|widget|tags?|author-box|login|signup|rating|print|toolbar|masthead|outbrain|taboola|recommend|carousel|swiper|slider|most-?read|xem-?nhieu|doc-?nhieu|tin-?khac|box-?tin)(?:$|[-_\s\d])/i;
/** Class/id words that vouch for content even when an unlikely word is there too. */
const LIKELY = /article|body|content|entry|main|post|story|text|detail|chi-?tiet|noi-?dung|fck|column/i;
const POSITIVE = /article|body|content|entry|hentry|main|page|post|text|blog|story|detail|chi-?tiet|noi-?dung|fck/i;
const NEGATIVE = /hidden|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|share|social|nav|menu/i;

/** Elements that end a paragraph: their text starts a new block. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'th',
  'thead', 'tr', 'ul', 'br', 'center', 'details', 'summary', 'caption',
]);
/** Paragraph-like elements whose text feeds the container score. */
const SCORED = 'p, pre, td, blockquote, li, h2, h3';
/** Shorter paragraphs carry no evidence about where the article is. */
const MIN_SCORED_CHARS = 25;
/** A sibling joins the container when its score is at least this share of the best. */
const SIBLING_SHARE = 0.2;
/** A wrapper is climbed while what else it holds has less than this share of the container's paragraph text. */
const WRAPPER_OTHER_SHARE = 0.1;
/** A part of the body beside the wrapper holds at least this share of the container's paragraph text. */
const PART_MIN_SHARE = 0.1;

export function parseHtml(html: string, selectors: HtmlSelectors = {}): { blocks: Block[]; meta: HtmlMeta } {
  const $ = loadCheerio().load(withoutDeepRuns(html));
  capDepth($.root().get(0)!);
  const meta = readMeta($);
  removeAll($(JUNK_TAGS).toArray());
  // Forms are search boxes and comment boxes, except on ASP.NET pages that wrap the whole page
  // in one: a form with paragraphs in it stays.
  removeAll($('form').toArray().filter((el) => descendantsNamed(el, 'p').length < 3));
  for (const selector of selectors.strip ?? []) removeAll($(selector).toArray());
  let container = selectors.body ? ($(selectors.body).first() as cheerio.Cheerio<Element>) : null;
  if (!container || container.length === 0) {
    removeChrome($);
    container = findContainer($);
    removeEmbeddedArticles($, container);
  }
  const head = selectors.body ? [] : headAbove($, container, meta.title);
  const blocks = [
    ...head.flatMap(({ el, lead }) => containerBlocks($(el)).map((b) => (lead ? b : { ...b, html: { ...b.html!, head: true } }))),
    ...containerBlocks(container),
  ].map((b, i) => ({ ...b, index: i, line: i + 1 }));
  return { blocks, meta: { ...meta, title: headlineOfTitle(meta.title, blocks) } };
}

/** `<headline> | Site`, `<headline> - Site`: the site's name a page's <title> adds. */
const SITE_SUFFIX = /\s+[|–—-]\s+[^|–—]{2,40}$/u;
/** The headline stands among the container's first blocks. */
const HEADLINE_REACH = 5;

/** A title that is a headline of the page plus the site's name is that headline. */
function headlineOfTitle(title: string | null, blocks: readonly Block[]): string | null {
  const headline = title?.replace(SITE_SUFFIX, '');
  if (!title || !headline || headline === title) return title;
  return blocks.slice(0, HEADLINE_REACH).some((b) => fold(b.text) === fold(headline)) ? headline : title;
}

/** A lead is sentences: this many words at least, closed by a sentence mark. */
const LEAD_MIN_WORDS = 8;
const LEAD_END = /[.!?…]["'”’»)\]]*$/u;
/** A lead is the article's own text, not a list of links. */
const LEAD_MAX_LINK_SHARE = 0.3;
/** Elements whose words are a picture's, not the lead's. */
const PICTURE_WORDS = /caption|credit|photo|image|img|thumb|avatar/i;
const LEAD_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'div', 'span', 'strong', 'b', 'em', 'section']);

/** A line of the head (a byline, a date line) is short; a longer block there is a caption or a teaser. */
const HEAD_LINE_MAX_WORDS = 20;

/**
 * The article's head above its container: many pages print the headline, then the lead (sapo,
 * standfirst) in a block of its own (`div.article__sapo`, `h2.sapo`, `p.standfirst`), the byline
 * and the date line, pictures and share buttons, then the body's container. Between the `h1`
 * and the container, in document order: the first block that reads as sentences, is no
 * picture's caption and is not made of links is the lead (`lead`: it joins the body); short
 * blocks are head lines, which the rules read for the byline and the date and drop. Nothing
 * when the headline stands inside the container (its head is there).
 */
function headAbove($: cheerio.CheerioAPI, container: cheerio.Cheerio<Element>, title: string | null): { el: Element; lead: boolean }[] {
  const first = container.get(0);
  // The article's h1: the one that holds its title (a blog's h1 is the blog's name).
  const h1 = $('h1')
    .toArray()
    .find((el) => isHeadline(textOf($(el).text()), title));
  if (!first || !h1 || container.toArray().some((el) => el === h1 || $.contains(el, h1))) return [];
  const all = $('body *').toArray();
  const from = all.indexOf(h1);
  const to = all.indexOf(first);
  if (from < 0 || to < 0 || to <= from) return [];
  const head: { el: Element; lead: boolean }[] = [];
  let leadFound = false;
  for (let i = from + 1; i < to; i++) {
    const el = all[i]!;
    if ($.contains(h1, el) || $.contains(el, first) || !LEAD_TAGS.has(el.name)) continue;
    // A leaf of text: no block inside, so that a wrapper is not taken for its first paragraph.
    if (el.children.some((c) => c.type === 'tag' && BLOCK_TAGS.has((c as Element).name) && (c as Element).name !== 'br')) continue;
    const text = textOf($(el).text());
    const words = text ? text.split(' ').length : 0;
    if (words === 0 || $(el).closest('figure, figcaption').length > 0 || pictureWords(el)) continue;
    if (!leadFound && words >= LEAD_MIN_WORDS && LEAD_END.test(text) && !isBylineDate(text) && linkDensity(el) <= LEAD_MAX_LINK_SHARE) {
      head.push({ el, lead: true });
      leadFound = true;
    } else if (words <= HEAD_LINE_MAX_WORDS) {
      head.push({ el, lead: false });
    }
  }
  return head;
}

/** The h1's text is the page's title, or the title holds it (`<headline> | <site>`), folded. */
function isHeadline(h1: string, title: string | null): boolean {
  if (!title || !h1) return false;
  const [a, b] = [fold(h1), fold(title)];
  return a.length > 0 && (a === b || b.includes(a) || a.includes(b));
}

/** A short line with a year and a time is a byline's date (`By X on Monday, November 18th, 2019 at 11:04 a.m.`). */
function isBylineDate(text: string): boolean {
  return text.split(' ').length < 2 * LEAD_MIN_WORDS && /(?<!\d)(?:19|20)\d\d(?!\d)/.test(text) && /\d{1,2}[:.h]\d{2}/.test(text);
}

/** The element or one of its three nearest ancestors says it holds a picture's words. */
function pictureWords(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 4; depth++, node = node.parent?.type === 'tag' ? (node.parent as Element) : null) {
    if (PICTURE_WORDS.test(`${node.attribs.class ?? ''} ${node.attribs.id ?? ''}`)) return true;
  }
  return false;
}

function readMeta($: cheerio.CheerioAPI): HtmlMeta {
  // One pass over <meta>: looking each name up with its own selector re-reads the whole page.
  const metas = new Map<string, string>();
  $('meta').each((_, el) => {
    const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? '').toLowerCase();
    const value = el.attribs.content?.trim();
    if (key && value && !metas.has(key)) metas.set(key, value);
  });
  const metaContent = (...keys: string[]) => {
    for (const key of keys) {
      const v = metas.get(key);
      if (v) return v;
    }
    return null;
  };
  const ld = jsonLd($);
  const title =
    titledHeading($, [metaContent('og:title', 'twitter:title'), textOf($('title').first().text())]) ??
    metaContent('og:title', 'twitter:title') ??
    ld.headline ??
    (textOf($('h1').first().text()) || textOf($('title').first().text()) || null);
  const rawDate =
    metaContent('article:published_time', 'pubdate', 'publishdate', 'datepublished', 'date', 'dc.date') ??
    ld.datePublished ??
    $('time[datetime]').first().attr('datetime') ??
    null;
  const url = $('link[rel="canonical"]').attr('href') ?? metaContent('og:url') ?? null;
  // The first author tag that is no name of the site's own (`<meta name="author"
  // content="thanhnien.vn">` before `article:author` `Đình Huy`), else a byline element.
  // `Theo Phạm Trường` ("by way of"): the name after it.
  const author =
    [metaContent('author'), metaContent('article:author'), ld.author ?? null].map((name) => name?.replace(/^Theo\s+/u, '') ?? null).find((name) => name && !namesTheSite(name, url)) ??
    bylineElement($);
  return {
    title,
    published: rawDate ? isoDate(rawDate) : null,
    author,
    url,
    siteName: metaContent('og:site_name'),
  };
}

/**
 * The page's headline as it shows it: the first h1 that its og:title or <title> holds, and holds
 * for the most part (`<h1>` + ` - Site`; not a logo's h1 with the site's name the title ends with).
 * A social title rewritten for sharing (`Taylor Swift's AMA row seems to be over` for an h1 `Taylor
 * Swift is allowed to play her music at the AMAs after all`) is not the headline when the <title>
 * holds the h1; and the labels of HTML pages take the h1 as the title line.
 */
function titledHeading($: cheerio.CheerioAPI, titles: readonly (string | null)[]): string | null {
  const folded = titles.filter((t): t is string => !!t).map(fold);
  for (const h1 of $('h1').toArray()) {
    const text = textOf($(h1).text());
    const key = fold(text);
    if (key && folded.some((title) => title.includes(key) && 2 * key.length >= title.length)) return text;
  }
  return null;
}

/**
 * `<span class="author">XUÂN LONG</span>` after the body: an element the page marks as the
 * author's (`itemprop="author"`, a class `author` or `byline`), taken when its text is a
 * Vietnamese name (the metadata names Vietnamese authors only). Of the 14 Vietnamese HTML
 * fixtures, 1 names its author so and in no author tag.
 */
const BYLINE_ELEMENTS = '[itemprop="author"], .author, .byline';
const BYLINE_MAX_CHARS = 60;

function bylineElement($: cheerio.CheerioAPI): string | null {
  for (const el of $(BYLINE_ELEMENTS).slice(0, 5).toArray()) {
    const text = textOf($(el).text());
    const name = text && text.length <= BYLINE_MAX_CHARS ? vietnameseName(text) : null;
    if (name) return name;
  }
  return null;
}

/**
 * Many sites put their own name in the author meta tag (`VnExpress`, `Dân trí`, `Báo Nhân Dân
 * điện tử` on vnexpress.net, dantri.com.vn, nhandan.vn): that is no author, and the byline in
 * the text is looked for instead. Compared folded (no marks, spaces or case) with the name the
 * site's domain starts with.
 */
function namesTheSite(author: string, url: string | null): boolean {
  // A domain is a site or its company (`VCCorp.vn` on VCCorp's sites), never a person.
  if (/^[\w-]+(?:\.[\w-]+)+$/u.test(author.trim())) return true;
  const host = /^https?:\/\/(?:www\.|m\.)?([^/.]+)\./i.exec(url ?? '')?.[1];
  return host !== undefined && host.length >= 3 && fold(author).includes(fold(host));
}


/** Dates in meta tags are ISO already (kept with their offset) or text as pages print dates. */
function isoDate(raw: string): string | null {
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?/.exec(raw.trim());
  if (iso) {
    // A day with no time is the day alone, as a date line without one gives (`findDate`).
    if (!iso[2]) return iso[1]!;
    const time = `${iso[2]}:${iso[3] ?? '00'}`;
    const zone = iso[4] === undefined ? '+07:00' : iso[4] === 'Z' ? '+00:00' : iso[4].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return `${iso[1]}T${time}${zone}`;
  }
  return findDate(raw)?.iso ?? null;
}

function jsonLd($: cheerio.CheerioAPI): { headline?: string; datePublished?: string; author?: string } {
  const found: { headline?: string; datePublished?: string; author?: string } = {};
  $('script[type="application/ld+json"]').each((_, el) => {
    let data: unknown;
    try {
      data = JSON.parse($(el).text());
    } catch {
      return;
    }
    const items = (Array.isArray(data) ? data : [data, ...(((data as { '@graph'?: unknown[] })?.['@graph']) ?? [])]) as Record<string, unknown>[];
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      if (typeof item.headline === 'string') found.headline ??= item.headline;
      if (typeof item.datePublished === 'string') found.datePublished ??= item.datePublished;
      const author = Array.isArray(item.author) ? item.author[0] : item.author;
      const name = typeof author === 'string' ? author : (author as { name?: unknown } | undefined)?.name;
      if (typeof name === 'string') found.author ??= name;
    }
  });
  return found;
}

/**
 * Remove navigation, sidebars, comment and share boxes. Class names lie (a theme calls its main
 * column `penci_sidebar`, a builder wraps everything in `elementor-widget-container`), so an
 * element holding a large share of the page's paragraph text is never removed as chrome.
 */
function removeChrome($: cheerio.CheerioAPI): void {
  const total = paragraphChars($.root());
  const holdsArticle = (el: Element) => total > 0 && paragraphChars($(el)) >= total * ARTICLE_SHARE;
  removeAll($(CHROME).toArray().filter((el) => !holdsArticle(el)));
  // A hidden element goes even when it holds a large share of the prose (microdata repeats the
  // whole article in one): unless it holds nearly all of it, as where a script reveals the body.
  removeAll($(HIDDEN).toArray().filter((el) => !(total > 0 && paragraphChars($(el)) >= total * HIDDEN_ARTICLE_SHARE)));
  // The headline's box (`div.kbwc-header`) is kept by its class words: the lead is found from
  // the h1 (headAbove), and the box's other blocks never reach the article's container.
  const h1 = $('h1').get(0);
  const holdsHeadline = (el: Element) => h1 !== undefined && (el === h1 || $.contains(el, h1));
  // An embedded post (a tweet, an Instagram caption) is a quotation the article makes, in a box
  // whose class says `social` or `embed`: its blockquote tells it from a share bar.
  const holdsEmbeddedPost = (el: Element) => descendantsNamed(el, 'blockquote').some((q) => textOf($(q).text()).length >= EMBED_MIN_CHARS);
  // Decided in document order, removed together: an element is decided before what it holds,
  // so no decision sees a removal made before it.
  const unlikely = $('*')
    .toArray()
    .filter((node) => {
      if (node.type !== 'tag') return false;
      const el = node as Element;
      if (el.name === 'body' || el.name === 'html' || el.name === 'article' || el.name === 'main') return false;
      const words = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
      return UNLIKELY.test(words) && !LIKELY.test(words) && !holdsArticle(el) && !holdsHeadline(el) && !holdsEmbeddedPost(el);
    });
  removeAll(unlikely);
  // A hover card inside a paragraph (a person's picture and links to their stories, shown on
  // hover): a picture and several links in a span of running text are no words of the sentence.
  const cards = $('p span, p div')
    .toArray()
    .filter((el) => descendantsNamed(el, 'img').length > 0 && descendantsNamed(el, 'a').length >= HOVER_CARD_MIN_LINKS);
  // The innermost such element is the card: what wraps it also holds the name the card is of.
  // (Found by each card's ancestors, not by testing each card against every other: quadratic
  // on a page of thousands.)
  const isCard = new Set<AnyNode>(cards);
  const wrapsCard = new Set<AnyNode>();
  for (const card of cards) for (let up = card.parent; up; up = up.parent) if (isCard.has(up)) wrapsCard.add(up);
  removeAll(cards.filter((card) => !wrapsCard.has(card)));
}

const HOVER_CARD_MIN_LINKS = 3;

/**
 * How deep elements may nest. Real pages stay under a hundred levels; a hostile one nests
 * thousands of `<div>`s, and the libraries' text and selector code recurse once a level (5,000
 * levels overflowed the stack).
 */
const MAX_DEPTH = 256;

/**
 * A run of this many opening tags with nothing but spaces between them is a hostile page's
 * nesting (`<div><div><div>…`), which no real page writes. Cut to MAX_DEPTH tags before parsing:
 * the parser keeps its open tags in an array it grows at the front, slow per tag once the array
 * is long, and capDepth would flatten those levels anyway. Text is never touched.
 */
export const DEEP_RUN = new RegExp(String.raw`(?:<[a-zA-Z][\w-]*(?:\s[^<>]*)?>\s*){${2 * MAX_DEPTH},}`, 'g');
const OPENING_TAG = /<[^<>]*>/g;

function withoutDeepRuns(html: string): string {
  if (!mayHoldDeepRun(html)) return html;
  return html.replace(DEEP_RUN, (run) => (run.match(OPENING_TAG) ?? []).slice(0, MAX_DEPTH).join(''));
}

const WHITE_SPACE = /\s/u;

/**
 * Whether the page may hold a DEEP_RUN, in one pass over its characters: runs of `<` + a letter
 * … `>` with spaces at most between them, counted. Every run DEEP_RUN matches is counted (a tag
 * it would not take, `<br/>`, is counted too: the regex then decides). On real pages the
 * regex, trying a run at every `<`, took about 7 % of the HTML path's time; this scan a seventh of that.
 */
export function mayHoldDeepRun(html: string): boolean {
  const needed = 2 * MAX_DEPTH;
  let run = 0;
  // The first `>` at or after a position, found again only once the scan has passed it: a page of
  // `<a<a<a…` would otherwise search to its end from every `<`.
  let close = -1;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    const first = html.charCodeAt(i + 1);
    const opening = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
    if (opening && close < i + 2) {
      close = html.indexOf('>', i + 2);
      // No `>` left: no tag can end, and no run grow.
      if (close < 0) return false;
    }
    const inner = opening ? html.indexOf('<', i + 1) : -1;
    if (!opening || (inner >= 0 && inner < close)) {
      run = 0;
      i = html.indexOf('<', i + 1);
      continue;
    }
    if (++run >= needed) return true;
    // Only white space may stand before the next tag of the run.
    let next = close + 1;
    while (next < html.length && html.charCodeAt(next) !== 60) {
      const c = html.charCodeAt(next);
      if (c > 32 && !(c >= 0x80 && WHITE_SPACE.test(html[next]!))) break;
      next++;
    }
    if (next >= html.length) return false;
    if (html.charCodeAt(next) !== 60) {
      run = 0;
      i = html.indexOf('<', next);
    } else {
      i = next;
    }
  }
  return false;
}

/** Below MAX_DEPTH, an element's content becomes its text: nothing is lost, nothing nests deeper. */
function capDepth(root: AnyNode): void {
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const children = (node as ParentNode).children;
    if (!children) continue;
    if (depth >= MAX_DEPTH) {
      const text = flatText(node as ParentNode);
      const textNode = { type: 'text', data: text, parent: node, prev: null, next: null } as unknown as AnyNode;
      (node as ParentNode).children = text ? [textNode as ParentNode['children'][number]] : [];
      continue;
    }
    for (const child of children) stack.push([child, depth + 1]);
  }
}

/** The text under a node, in document order, with no recursion. */
function flatText(node: ParentNode): string {
  let text = '';
  const stack: AnyNode[] = [...node.children].reverse();
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text') text += (current as unknown as { data: string }).data;
    else if ((current as ParentNode).children) for (let i = (current as ParentNode).children.length - 1; i >= 0; i--) stack.push((current as ParentNode).children[i]!);
  }
  return text;
}

/**
 * Elements taken out of the tree at once, each parent's children rebuilt once: removing them one
 * by one splices each parent's list each time, quadratic on a page of 40,000 boxes.
 */
function removeAll(elements: readonly AnyNode[]): void {
  if (elements.length === 0) return;
  const doomed = new Set<AnyNode>(elements);
  const parents = new Set<ParentNode>();
  for (const el of elements) if (el.parent) parents.add(el.parent);
  for (const parent of parents) {
    const kept = parent.children.filter((child) => !doomed.has(child));
    kept.forEach((child, i) => {
      child.prev = kept[i - 1] ?? null;
      child.next = kept[i + 1] ?? null;
    });
    parent.children = kept;
  }
  for (const el of elements) {
    el.parent = null;
    el.prev = null;
    el.next = null;
  }
}

/**
 * An <article> inside the article's container is another article's card: a story embedded in
 * the text (`<article class="ck-cms-insert-news">`: its linked headline and a cut teaser), a
 * list of related posts, a comment. On the 91 benchmark pages and the 14 Vietnamese HTML
 * fixtures, every <article> nested in another held a teaser, a card or a comment. One that holds
 * a large share of the container's text is the body itself, and stays.
 */
function removeEmbeddedArticles($: cheerio.CheerioAPI, container: cheerio.Cheerio<Element>): void {
  // A walk, not `find`: see paragraphChars.
  const inner = container.toArray().flatMap((el) => descendantsNamed(el, 'article'));
  if (inner.length === 0) return;
  const total = paragraphChars(container);
  removeAll(inner.filter((el) => !(total > 0 && paragraphChars($(el)) >= total * ARTICLE_SHARE)));
}

/** An element with this share of the page's paragraph text holds the article, whatever its class. */
const ARTICLE_SHARE = 0.3;
/** A quotation this long in a box classed as social is an embedded post, not a share bar. */
const EMBED_MIN_CHARS = 40;
/** A hidden element with this share of the page's paragraph text is the article itself, shown by a script. */
const HIDDEN_ARTICLE_SHARE = 0.7;

/**
 * Characters of paragraph text in scope: in <p>s, and written straight into <div>s (blog bodies).
 * A walk of the tree, not selector queries: a container of 40,000 siblings cost cheerio's
 * `find` seconds (it dedupes what it finds pairwise).
 */
function paragraphChars(scope: cheerio.Cheerio<AnyNode>): number {
  let chars = 0;
  forEachElement(scope.toArray().flatMap((root) => (root as ParentNode).children ?? []), (el) => {
    if (el.name === 'p') chars += textOf(flatText(el)).length;
    else if (el.name === 'div') {
      for (const child of el.children) if (child.type === 'text') chars += textOf((child as unknown as { data: string }).data).length;
    }
  });
  return chars;
}

/** An element that stands inside a line of text, not a block of its own. */
const isInline = (el: Element): boolean => !BLOCK_TAGS.has(el.name);

function classWeight(el: Element): number {
  const words = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  return (POSITIVE.test(words) ? 25 : 0) - (NEGATIVE.test(words) ? 25 : 0);
}

function textOf(text: string): string {
  return collapseSpaces(text).trim();
}

/** The share of an element's text in the links under it. `sizes`: one for all the questions asked of a tree that does not change meanwhile. */
function linkDensity(el: Element, sizes = new TextSizes()): number {
  const total = sizes.textLength(el);
  if (total === 0) return 0;
  return Math.min(1, sizes.linkedLength(el) / total);
}

/**
 * The elements named `name` under `el`, found with a stack: cheerio's `find` sorts what it
 * finds, which on a page of 40,000 elements took most of the time (quadratic in the page).
 */
function descendantsNamed(el: Element, name: string): Element[] {
  const found: Element[] = [];
  forEachElement(el.children, (element) => {
    if (element.name === name) found.push(element);
  });
  return found;
}

/** Every element under the given nodes (themselves included), visited with a stack, not recursion. */
function forEachElement(nodes: readonly AnyNode[], visit: (el: Element) => void): void {
  const stack: AnyNode[] = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    const element = node as Element;
    visit(element);
    for (const child of element.children) stack.push(child);
  }
}

function findContainer($: cheerio.CheerioAPI): cheerio.Cheerio<Element> {
  const scores = new Map<Element, number>();
  const sizes = new TextSizes();
  const init = (el: Element) => {
    if (!scores.has(el)) {
      const tagBonus = el.name === 'article' ? 10 : el.name === 'div' || el.name === 'main' ? 5 : el.name === 'section' ? 3 : el.name === 'td' || el.name === 'blockquote' ? 3 : 0;
      scores.set(el, tagBonus + classWeight(el));
    }
  };
  const scorable: [Element, TextSize][] = $(SCORED)
    .toArray()
    .map((el): [Element, TextSize] => [el, sizes.textSize(el)]);
  for (const div of $('div').toArray()) {
    // A div with no block inside (text and <br> only) is a paragraph too; a div that has blocks
    // inside counts the text written straight into it (blog engines put the body there, between
    // <br>s and the divs of its pictures).
    const leaf = !div.children.some((c) => c.type === 'tag' && BLOCK_TAGS.has((c as Element).name) && (c as Element).name !== 'br');
    scorable.push([div, leaf ? sizes.textSize(div) : sizes.ownTextSize(div, isInline)]);
  }
  for (const [el, text] of scorable) {
    if (text.length < MIN_SCORED_CHARS) continue;
    const score = 1 + text.commas + Math.min(Math.floor(text.length / 100), 3);
    const parent = el.parent?.type === 'tag' ? (el.parent as Element) : null;
    const grand = parent?.parent?.type === 'tag' ? (parent.parent as Element) : null;
    if (parent) {
      init(parent);
      scores.set(parent, scores.get(parent)! + score);
    }
    if (grand) {
      init(grand);
      scores.set(grand, scores.get(grand)! + score / 2);
    }
  }
  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const [el, score] of scores) {
    const adjusted = score * (1 - linkDensity(el, sizes));
    scores.set(el, adjusted);
    if (adjusted > bestScore) {
      best = el;
      bestScore = adjusted;
    }
  }
  if (!best) return $('body').length ? ($('body').first() as cheerio.Cheerio<Element>) : ($.root().children().first() as cheerio.Cheerio<Element>);
  // Readability's step up: a parent holding several strong candidates is the real container.
  let top = best;
  for (let parent = top.parent; parent && parent.type === 'tag' && (parent as Element).name !== 'body'; parent = parent.parent) {
    const p = parent as Element;
    if ((scores.get(p) ?? 0) >= bestScore * 0.75) top = p;
    else break;
  }
  const chosen = $(top);
  const threshold = Math.max(10, bestScore * SIBLING_SHARE);
  const ownProse = paragraphChars(chosen);
  const joins = (sib: Element) => {
    if ((scores.get(sib) ?? 0) >= threshold && linkDensity(sib, sizes) < 0.33) return true;
    if (sib.name === 'p') return sizes.textLength(sib) > 80 && linkDensity(sib, sizes) < 0.25;
    return false;
  };
  const elementsOf = (el: Element) => (el.parent?.children ?? []).filter((n): n is Element => n.type === 'tag');
  const around = (el: Element, inner: Element[], join: (sib: Element) => boolean) => {
    const siblings = elementsOf(el);
    const at = siblings.indexOf(el);
    return [...siblings.slice(0, at).filter(join), ...inner, ...siblings.slice(at + 1).filter(join)];
  };
  const parts = around(top, [top], joins);
  // The body cut into parts, each in a wrapper of its own between pictures: climb the wrappers
  // that hold nothing else of weight, and take the parts beside the outermost.
  let wrapper = top;
  for (let parent = top.parent; parent && parent.type === 'tag' && (parent as Element).name !== 'body'; parent = parent.parent) {
    const others = elementsOf(wrapper).filter((el) => el !== wrapper);
    if (others.reduce((chars, el) => chars + paragraphChars($(el)), 0) > ownProse * WRAPPER_OTHER_SHARE) break;
    wrapper = parent as Element;
  }
  // Only parts made like it (the same tag and class) join: a wrapper's other siblings are the page's.
  const sameMake = (sib: Element) =>
    sib.name === wrapper.name &&
    (sib.attribs['class'] ?? '') === (wrapper.attribs['class'] ?? '') &&
    paragraphChars($(sib)) >= ownProse * PART_MIN_SHARE &&
    linkDensity(sib, sizes) < 0.2;
  const kept = wrapper === top ? parts : around(wrapper, parts, sameMake);
  return kept.length === 1 ? chosen : ($(kept) as cheerio.Cheerio<Element>);
}

/** Captions holding this share of a container's text are a photo story's text. */
const PHOTO_STORY_SHARE = 0.5;
/** A picture's words: its figure, its figcaption, an element whose class or id says caption or credit. */
const CAPTION_CLASS = /(?:^|[-_\s])(?:caption|captions|credit|credits|figcaption|wp-caption-text)(?:$|[-_\s])/i;

function isCaptionElement(el: Element): boolean {
  return el.name === 'figure' || el.name === 'figcaption' || CAPTION_CLASS.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);
}

function containerBlocks(container: cheerio.Cheerio<Element>): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  let linked = 0;
  let tag = 'p';
  let caption = false;
  const flush = () => {
    const text = textOf(buffer);
    if (text) {
      const html = { tag, linkShare: Math.min(1, linked / text.length), ...(caption ? { caption } : {}) };
      blocks.push({ index: blocks.length, line: blocks.length + 1, text, kind: tag.match(/^h[1-6]$/) ? 'heading' : tag === 'li' ? 'list-item' : 'paragraph', html, cuts: [] });
    }
    buffer = '';
    linked = 0;
  };
  const walk = (node: AnyNode, inLink: boolean, blockTag: string, inCaption: boolean) => {
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      if (!buffer) {
        tag = blockTag;
        caption = inCaption;
      }
      buffer += data;
      if (inLink) linked += textOf(data).length;
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    const isBlock = BLOCK_TAGS.has(el.name);
    if (isBlock) flush();
    if (el.name === 'br' || el.name === 'img') return;
    const childBlockTag = isBlock ? el.name : blockTag;
    const childCaption = inCaption || isCaptionElement(el);
    // A caption's words that run into the text around them start a block of their own.
    if (childCaption !== inCaption) flush();
    for (const child of el.children) walk(child, inLink || el.name === 'a', childBlockTag, childCaption);
    if (childCaption !== inCaption) flush();
    if (isBlock) flush();
    else if (!/^(?:a|span|strong|b|em|i|u|small|sup|sub|mark|abbr|cite|code|time|font|q|s)$/.test(el.name)) buffer += ' ';
  };
  container.each((_, el) => walk(el, false, 'p', false));
  flush();
  // A photo story writes its text into the pictures' captions: when they hold most of the
  // container's text, they are the article.
  const captionChars = blocks.reduce((n, b) => n + (b.html?.caption ? b.text.length : 0), 0);
  const allChars = blocks.reduce((n, b) => n + b.text.length, 0);
  if (captionChars > allChars * PHOTO_STORY_SHARE) for (const b of blocks) delete b.html!.caption;
  return blocks;
}
