// The review report's pages as HTML strings. Every piece of document text goes through `escapeHtml`
// (or `scriptJson` for data): a dump is untrusted input and must not put markup or script into the
// report. Document and site pages carry no script at all, and a Content-Security-Policy that says so.
import type { BlockView, DiffParagraph, DocumentView, ReviewRow, SiteOverview } from './model.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** JSON that is also safe inside any script: no `<`, `>`, `&` or line separators left as they are. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A colour per reason code, the same on every page and in the legend. */
const REASON_COLOURS: Record<string, string> = {
  'related-list': '#d62728',
  template: '#7f7f7f',
  teaser: '#ff7f0e',
  duplicate: '#9467bd',
  footer: '#8c564b',
  widget: '#e377c2',
  caption: '#17becf',
  byline: '#2ca02c',
  credit: '#98df8a',
  dateline: '#bcbd22',
  menu: '#1f77b4',
  'section-heading': '#aec7e8',
  'glued-headlines': '#ffbb78',
  markup: '#c49c94',
  promo: '#f7b6d2',
  'agency-tag': '#dbdb8d',
  'end-marker': '#c7c7c7',
  empty: '#dddddd',
  'site-rule': '#9edae5',
};

export function reasonColour(reason: string): string {
  return REASON_COLOURS[reason] ?? (reason.startsWith('site-rule:') ? REASON_COLOURS['site-rule']! : '#bbbbbb');
}

/** `site-rule:congluan/x` → `r-site-rule`: one CSS class per colour. */
export function reasonClass(reason: string): string {
  const base = reason.startsWith('site-rule:') ? 'site-rule' : reason;
  return `r-${base.replace(/[^a-z0-9-]/gi, '-')}`;
}

/** The stylesheet rules that colour each reason; shared by the pages through review.css. */
export function reasonStyles(): string {
  return Object.entries(REASON_COLOURS)
    .map(([reason, colour]) => `.${reasonClass(reason)}{--reason:${colour}}`)
    .join('\n');
}

const CSP_NO_SCRIPT = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

function page(options: { title: string; css: string; body: string; csp?: string; scripts?: string[] }): string {
  const csp = options.csp ? `<meta http-equiv="Content-Security-Policy" content="${options.csp}">\n` : '';
  const scripts = (options.scripts ?? []).map((src) => `<script src="${escapeHtml(src)}"></script>`).join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
${csp}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<link rel="stylesheet" href="${options.css}">
</head>
<body>
${options.body}
${scripts}
</body>
</html>
`;
}

function legend(reasons: Iterable<string>): string {
  const items = [...new Set(reasons)].sort().map((r) => `<li><span class="swatch ${reasonClass(r)}"></span>${escapeHtml(r)}</li>`);
  return items.length ? `<ul class="legend">${items.join('')}</ul>` : '';
}

function blockHtml(block: BlockView): string {
  const parts = block.segments.map((s) => {
    if (!s.cut) return escapeHtml(s.text);
    const label = `${s.cut.reason} · ${s.cut.rule}`;
    return `<del class="cut ${reasonClass(s.cut.reason)}" data-reason="${escapeHtml(s.cut.reason)}" title="${escapeHtml(label)}">${escapeHtml(s.text)}</del>`;
  });
  const verdict = block.keep ? block.reason : `✗ ${block.reason}`;
  return `<div class="block ${block.keep ? 'kept' : 'dropped'}"><span class="ln">${block.line}</span><span class="verdict" title="${escapeHtml(`${block.reason} · ${block.rule}`)}">${escapeHtml(verdict)}</span><span class="text">${parts.join('')}</span></div>`;
}

function diffHtml(paragraphs: DiffParagraph[], flagClass: string): string {
  return paragraphs
    .map((p) => {
      const words = p.words.map((w) => (w.flagged ? `<mark class="${flagClass}">${escapeHtml(w.text)}</mark>` : escapeHtml(w.text))).join('');
      return `<p class="diff ${p.status}">${words}</p>`;
    })
    .join('\n');
}

function percent(x: number): string {
  return `${(100 * x).toFixed(1)} %`;
}

/**
 * The part of a document page a worker can render on its own: everything but the navigation,
 * which needs the document's neighbours (`documentPage` adds it).
 */
export function documentBody(view: DocumentView): string {
  const { row } = view;
  const reasons = view.blocks.flatMap((b) => b.segments.flatMap((s) => (s.cut ? [s.cut.reason] : [])));
  const facts = [
    ['site', `${row.site} (${row.detectedBy})`],
    ['paragraphs kept', String(row.paragraphs)],
    ['characters', `${row.inputChars} → ${row.outputChars}`],
    ['warnings', row.warnings.join(', ') || '-'],
  ];
  const evalSection = view.eval
    ? `<section class="eval">
<h2>Against the gold</h2>
<p class="scores">paragraph P ${view.eval.score.precision.toFixed(3)} · R ${view.eval.score.recall.toFixed(3)} · <b>F1 ${view.eval.score.f1.toFixed(3)}</b> · token F1 ${view.eval.score.tokenF1.toFixed(3)} · <span class="lost-count">${view.eval.score.lostWords} words lost</span> · <span class="junk-count">${view.eval.score.junkKept} words of junk kept</span></p>
<div class="columns">
<div><h3>Gold (<mark class="lost">lost prose</mark>)</h3>${diffHtml(view.eval.gold, 'lost')}</div>
<div><h3>Output (<mark class="junk">kept junk</mark>)</h3>${diffHtml(view.eval.output, 'junk')}</div>
</div>
</section>`
    : '';
  return `<h1>${escapeHtml(row.title ?? row.path)}</h1>
<p class="path">${escapeHtml(row.path)}</p>
<dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v!)}</dd>`).join('')}</dl>
${legend(reasons)}
<div class="columns">
<section class="input"><h2>Input, block by block</h2>
${view.blocks.map(blockHtml).join('\n')}
</section>
<section class="output"><h2>Clean text</h2>
<pre class="clean">${escapeHtml(view.text)}</pre>
<h2>Metadata</h2>
<pre class="metadata">${escapeHtml(JSON.stringify(view.metadata, null, 2))}</pre>
</section>
</div>
${evalSection}`;
}

export interface PageNav {
  n: number;
  prev: number | null;
  next: number | null;
  title: string;
}

export function documentFile(n: number): string {
  return `${n}.html`;
}

/** A document page: the body from the worker with its navigation around it. */
export function documentPage(body: string, nav: PageNav): string {
  const link = (target: number | null, label: string, rel: string) =>
    target === null ? `<span class="disabled">${label}</span>` : `<a rel="${rel}" href="${documentFile(target)}">${label}</a>`;
  const navHtml = `<nav class="top"><a href="../index.html">index</a> · <a href="../sites.html">sites</a> · ${link(nav.prev, '← previous', 'prev')} · document ${nav.n} · ${link(nav.next, 'next →', 'next')}</nav>`;
  return page({ title: `${nav.title} — clean review`, css: '../review.css', csp: CSP_NO_SCRIPT, body: `${navHtml}\n<main class="document">\n${body}\n</main>` });
}

export interface ReportTotals {
  documents: number;
  failed: number;
  paragraphs: number;
  inputChars: number;
  outputChars: number;
  cuts: Record<string, number>;
  warnings: number;
  duplicates: number;
  /** With gold: the mean scores over the documents that had gold. */
  gold: { documents: number; f1: number; tokenF1: number; lostWords: number; junkKept: number } | null;
}

function totalsHtml(t: ReportTotals): string {
  const cells = [
    ['documents', String(t.documents)],
    ['failed', String(t.failed)],
    ['paragraphs kept', String(t.paragraphs)],
    ['characters', `${t.inputChars} → ${t.outputChars} (${percent(1 - (t.inputChars ? t.outputChars / t.inputChars : 1))} cut)`],
    ['blocks and spans cut', String(Object.values(t.cuts).reduce((a, b) => a + b, 0))],
    ['with warnings', String(t.warnings)],
    ['copies (duplicateOf)', String(t.duplicates)],
  ];
  if (t.gold) {
    cells.push(['with gold', String(t.gold.documents)], ['mean F1', t.gold.f1.toFixed(3)], ['mean token F1', t.gold.tokenF1.toFixed(3)], ['words lost / junk kept', `${t.gold.lostWords} / ${t.gold.junkKept}`]);
  }
  return `<dl class="totals">${cells.map(([k, v]) => `<div><dt>${k}</dt><dd>${escapeHtml(v!)}</dd></div>`).join('')}</dl>`;
}

/** The index: totals, then the table that review.js fills from rows.js (sorted, filtered, paged). */
export function indexPage(totals: ReportTotals, failures: { path: string; error: string }[]): string {
  const failed = failures.length
    ? `<details class="failures"><summary>${failures.length} failed</summary><ul>${failures.map((f) => `<li><code>${escapeHtml(f.path)}</code>: ${escapeHtml(f.error)}</li>`).join('')}</ul></details>`
    : '';
  const body = `<nav class="top"><b>index</b> · <a href="sites.html">sites</a></nav>
<main>
<h1>clean review</h1>
${totalsHtml(totals)}
${legend(Object.keys(totals.cuts))}
${failed}
<form id="filters" class="filters">
<label>site <select id="f-site"><option value="">all</option></select></label>
<label>cut reason <select id="f-reason"><option value="">any</option></select></label>
<label>warning <select id="f-warning"><option value="">any</option></select></label>
<label>path or title <input id="f-text" type="search"></label>
<span id="count" class="count"></span>
</form>
<table id="rows" class="rows"><thead><tr></tr></thead><tbody></tbody></table>
<nav class="pager"><button type="button" id="prev">← previous page</button> <span id="page"></span> <button type="button" id="next">next page →</button></nav>
<noscript>The table needs JavaScript; every document page is in docs/.</noscript>
</main>`;
  return page({ title: 'clean review', css: 'review.css', body, scripts: ['rows.js', 'review.js'] });
}

/** A horizontal bar chart as inline SVG; `highlight` bars are drawn in the alert colour. */
export function barChart(bars: { label: string; value: number; text: string; highlight?: boolean; colour?: string }[], options: { title: string; max?: number }): string {
  const rowHeight = 18;
  const labelWidth = 190;
  const barWidth = 360;
  const height = bars.length * rowHeight + 8;
  const max = options.max ?? Math.max(1, ...bars.map((b) => b.value));
  const rows = bars.map((b, i) => {
    const y = 4 + i * rowHeight;
    const w = Math.max(1, Math.round((b.value / max) * barWidth));
    const fill = b.highlight ? '#d62728' : (b.colour ?? '#4e79a7');
    const label = b.label.length > 28 ? `${b.label.slice(0, 27)}…` : b.label;
    return `<g class="bar${b.highlight ? ' outlier' : ''}"><title>${escapeHtml(`${b.label}: ${b.text}`)}</title><text x="${labelWidth - 6}" y="${y + 13}" text-anchor="end">${escapeHtml(label)}</text><rect x="${labelWidth}" y="${y + 2}" width="${w}" height="${rowHeight - 5}" fill="${fill}"/><text x="${labelWidth + w + 4}" y="${y + 13}">${escapeHtml(b.text)}</text></g>`;
  });
  return `<figure class="chart"><figcaption>${escapeHtml(options.title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + barWidth + 90}" height="${height}" role="img" aria-label="${escapeHtml(options.title)}">${rows.join('')}</svg></figure>`;
}

/** Sites shown one bar each; the rest are summed into one `other sites` bar. */
const MAX_SITE_BARS = 30;

/** The per-site overview: documents per site, share of text cut per site (outliers in red), cuts per reason. */
export function sitesPage(sites: SiteOverview[], reasons: Record<string, number>, cutShareHistogram: number[]): string {
  const shown = sites.slice(0, MAX_SITE_BARS);
  const rest = sites.slice(MAX_SITE_BARS);
  const docBars = shown.map((s) => ({ label: s.site, value: s.documents, text: String(s.documents), highlight: false }));
  if (rest.length) docBars.push({ label: `${rest.length} other sites`, value: rest.reduce((n, s) => n + s.documents, 0), text: String(rest.reduce((n, s) => n + s.documents, 0)), highlight: false });
  const shareBars = shown.map((s) => ({ label: s.site, value: s.cutShare, text: percent(s.cutShare) + (s.outlier ? ' outlier' : ''), highlight: s.outlier }));
  const reasonBars = Object.entries(reasons)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => ({ label: reason, value: n, text: String(n), colour: reasonColour(reason) }));
  const histogram = cutShareHistogram.map((n, i) => ({ label: `${i * 10}–${i * 10 + 10} % cut`, value: n, text: String(n) }));
  const outliers = sites.filter((s) => s.outlier);
  const note = outliers.length
    ? `<p class="alert">Cut share out of line with the other sites: ${outliers.map((s) => `<b>${escapeHtml(s.site)}</b> (${percent(s.cutShare)})`).join(', ')}.</p>`
    : '<p>No site’s cut share is out of line with the others.</p>';
  const table = `<table class="sites"><thead><tr><th>site</th><th>documents</th><th>characters in</th><th>characters out</th><th>cut</th><th>top reasons</th></tr></thead><tbody>${sites
    .map((s) => {
      const top = Object.entries(s.cuts)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([r, n]) => `${r} ${n}`)
        .join(', ');
      return `<tr class="${s.outlier ? 'outlier' : ''}"><td><a href="index.html#site=${encodeURIComponent(s.site)}">${escapeHtml(s.site)}</a></td><td>${s.documents}</td><td>${s.inputChars}</td><td>${s.outputChars}</td><td>${percent(s.cutShare)}</td><td>${escapeHtml(top)}</td></tr>`;
    })
    .join('')}</tbody></table>`;
  const body = `<nav class="top"><a href="index.html">index</a> · <b>sites</b></nav>
<main>
<h1>Sites</h1>
${note}
<div class="charts">
${barChart(docBars, { title: 'Documents per site' })}
${barChart(shareBars, { title: 'Share of text cut per site', max: 1 })}
${barChart(reasonBars, { title: 'Blocks and spans cut per reason' })}
${barChart(histogram, { title: 'Documents by share of text cut' })}
</div>
${table}
</main>`;
  return page({ title: 'Sites — clean review', css: 'review.css', csp: CSP_NO_SCRIPT, body });
}

/** A row as rows.js stores it: positional, to keep 100,000 rows small (review.js names the positions). */
export function rowArray(row: ReviewRow): unknown[] {
  const s = row.score;
  return [row.n, row.path, row.site, row.detectedBy, row.title, row.paragraphs, row.cuts, row.inputChars, row.outputChars, row.warnings, row.duplicateOf, s ? round(s.f1) : null, s ? round(s.tokenF1) : null, s ? s.lostWords : null, s ? s.junkKept : null];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
