// `clean new-site DOMAIN --from SAMPLE...`: a first draft of a site module and its fixture
// folder, for a person to review. From a few sample dumps of the site it proposes what the
// generic engine does not already know: lines the samples share (markers that give the site
// away, widget/furniture lines) and short headings that repeat across samples (headings that
// open boilerplate sections). The fixture's expected files are the samples cleaned with the
// proposal — what the module does now, to be corrected by hand where it is wrong.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cleanInput } from '../index.js';
import { defineSite, type SiteModule, type SiteSpec } from '../sites/define.js';
import { siteById } from '../sites/index.js';
import { lineKey, isHeadlineLike, wordCount } from '../rules/text-shape.js';
import { SECTION_HEADINGS } from '../rules/vocabulary.js';
import type { Article } from '../types.js';

export interface Sample {
  /** File name, used for the fixture case. */
  name: string;
  bytes: Buffer;
}

export interface Proposal {
  spec: SiteSpec;
  /** Things the reviewer should know (no markers found, one sample only …). */
  notes: string[];
}

/** Markers are lines every sample holds; more than this is noise. */
const MAX_MARKERS = 2;
/** A heading is short: longer repeated lines are furniture (slogans, hotlines). */
const HEADING_MAX_WORDS = 6;
/** How far below a heading its list is looked for. */
const HEADING_LOOKAHEAD = 6;

/** `tuoitre.vn` → `tuoitre`; `thoidai.com.vn` → `thoidai`; `m.baomoi.com` → `baomoi`. */
export function siteIdFor(domain: string): string {
  const labels = domain.toLowerCase().replace(/^www\./, '').split('.');
  const secondLevel = labels.length > 2 && ['com', 'net', 'org', 'gov', 'edu', 'info'].includes(labels.at(-2)!);
  return (labels.at(secondLevel ? -3 : -2) ?? labels[0]!).replace(/[^a-z0-9-]/g, '-');
}

export function proposeSite(domain: string, id: string, samples: Sample[]): Proposal {
  const notes: string[] = [];
  const articles = samples.map((s) => cleaned(s, { site: 'generic' }));
  // For each normalised line: the samples it is in, whether the generic engine already drops it
  // everywhere, and whether it is ever a title.
  const lines = new Map<string, { text: string; samples: Set<number>; at: [number, number][]; keptSomewhere: boolean; title: boolean }>();
  articles.forEach((article, i) => {
    for (const [b, block] of article.blocks.entries()) {
      const key = lineKey(block.text);
      if (!key || wordCount(key) === 0) continue;
      const line = lines.get(key) ?? { text: block.text.trim(), samples: new Set<number>(), at: [], keptSomewhere: false, title: false };
      line.samples.add(i);
      line.at.push([i, b]);
      // A line the page model drops only for where it stands is still unknown to the rules:
      // the module should name it, as the window is a guess that may move on another page.
      if (block.verdict?.keep || block.verdict?.reason === 'outside-article') line.keptSomewhere = true;
      if (block.verdict?.reason === 'title') line.title = true;
      lines.set(key, line);
    }
  });
  const shared = [...lines.values()].filter((l) => l.samples.size >= 2 && !l.title);
  if (samples.length < 2) notes.push('one sample only: nothing can be told apart as repeated; add samples and run again');
  const known = new Set(SECTION_HEADINGS.map((h) => h.toLowerCase()));
  const leftover = shared.filter((l) => l.keptSomewhere);
  const sharedKeys = new Set(shared.map((l) => lineKey(l.text)));
  // A heading opens a list: on every sample, headlines of that page's own follow it.
  const opensList = (sample: number, at: number) => {
    const next = articles[sample]!.blocks.slice(at + 1, at + 1 + HEADING_LOOKAHEAD).filter((b) => b.text.trim());
    const run = next.slice(0, Math.max(0, next.findIndex((b) => !isHeadlineLike(b.text))) || next.length);
    return run.some((b) => !sharedKeys.has(lineKey(b.text)));
  };
  const headings = leftover.filter(
    (l) => wordCount(l.text) <= HEADING_MAX_WORDS && isHeadlineLike(l.text) && !known.has(lineKey(l.text)) && l.at.every(([i, b]) => opensList(i, b)),
  );
  const widgets = leftover.filter((l) => !headings.includes(l));
  // Markers give the site away on every page; a heading is proposed as a rule of its own.
  const markers = shared.filter((l) => l.samples.size === samples.length && !headings.includes(l)).slice(0, MAX_MARKERS);
  if (markers.length === 0) notes.push('no line is on every sample: add a marker by hand, or detection will rely on URLs and paths');
  return {
    spec: {
      id,
      domains: [domain.toLowerCase().replace(/^www\./, '')],
      markers: markers.map((l) => exactLine(l.text)),
      minMarkers: markers.length,
      sectionHeadings: headings.map((l) => l.text),
      widgetLines: widgets.map((l) => exactLine(l.text)),
    },
    notes,
  };
}

function cleaned(sample: Sample, options: { site?: string; siteModule?: SiteModule }): Article {
  const outcome = cleanInput(sample.bytes, { ...options, path: sample.name })[0];
  if (!outcome?.result.ok) throw new Error(`${sample.name}: ${outcome?.result.ok === false ? outcome.result.error : 'no document'}`);
  return outcome.result.article;
}

/** A line as a whole-line pattern: `^…$`, every regex character escaped. */
function exactLine(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, 'mu');
}

/** The module's source, with the proposal in it and a note on where each list came from. */
export function renderModule(proposal: Proposal, sampleCount: number): string {
  const { spec } = proposal;
  const list = (items: readonly string[]) => (items.length ? `[\n${items.map((i) => `    ${i},`).join('\n')}\n  ]` : '[]');
  return `// ${spec.domains[0]}: drafted by \`clean new-site\` from ${sampleCount} sample dump(s). Review every
// line: keep what is boilerplate on this site, delete what is not, add what the samples missed.
${proposal.notes.map((n) => `// NOTE: ${n}\n`).join('')}import { defineSite } from './define.js';

export default defineSite({
  id: ${JSON.stringify(spec.id)},
  domains: ${JSON.stringify(spec.domains)},
  // Lines found on every sample: how a text dump gives the site away.
  markers: ${list((spec.markers ?? []).map(String))},
  minMarkers: ${spec.minMarkers ?? 0},
  // Short lines repeated across samples that the generic engine kept: headings of boilerplate sections?
  sectionHeadings: ${list((spec.sectionHeadings ?? []).map((h) => JSON.stringify(h)))},
  // Other lines repeated across samples that the generic engine kept: site furniture?
  widgetLines: ${list((spec.widgetLines ?? []).map(String))},
});
`;
}

export interface ScaffoldResult {
  moduleFile: string;
  fixtureDir: string;
  notes: string[];
}

/** Write src/sites/<id>.ts and fixtures/sites/<id>/ under `root` (the project's checkout). */
export function writeScaffold(root: string, domain: string, samplePaths: string[], options: { id?: string; force?: boolean } = {}): ScaffoldResult {
  const id = options.id ?? siteIdFor(domain);
  if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`site id "${id}" must be lower-case a-z, 0-9, - (use --id)`);
  if (siteById(id) && !options.force) throw new Error(`a site module "${id}" exists already (use --id, or --force to overwrite)`);
  const moduleFile = path.join(root, 'src', 'sites', `${id}.ts`);
  const fixtureDir = path.join(root, 'fixtures', 'sites', id);
  if (!existsSync(path.join(root, 'src', 'sites'))) throw new Error(`${root} is not a checkout of clean (no src/sites/): run new-site from the project`);
  if ((existsSync(moduleFile) || existsSync(fixtureDir)) && !options.force) throw new Error(`${path.relative(root, moduleFile)} or its fixture folder exists (use --force to overwrite)`);
  const samples = samplePaths.map((p) => ({ name: path.basename(p), bytes: readFileSync(p) }));
  const proposal = proposeSite(domain, id, samples);
  const module = defineSite(proposal.spec);
  // Without a marker only a URL in the sample itself (a record's url, a page's canonical link)
  // can tell a dump of the site; a module that would never be chosen is no draft: its fixtures,
  // which keep the bytes but not the path, would fail `npm test` at once.
  const unrecognised = (proposal.spec.markers ?? []).length > 0 ? undefined : samples.find((sample) => {
    const result = cleanInput(sample.bytes, { path: sample.name })[0]?.result;
    return !(result?.ok && module.domains.includes((result.article.metadata.site.domain ?? '').replace(/^www\./, '')));
  });
  if (unrecognised) {
    throw new Error(
      `cannot draft ${domain}: no line is on every sample and ${unrecognised.name} carries no URL of ${domain}, so nothing would tell a dump of this site; give two or more dumps of one site (they share its name or footer), or records with its URL`,
    );
  }
  mkdirSync(fixtureDir, { recursive: true });
  for (const sample of samples) {
    const m = /^(.*?)\.((?:txt|text|md|html?|json)(?:\.gz)?)$/i.exec(sample.name);
    const [name, ext] = m ? [m[1]!, m[2]!] : [sample.name, 'txt'];
    // A sample taken from a fixture folder (`a.input.txt`) keeps its case name, not `a.input`.
    const stem = name.replace(/\.input$/, '');
    const article = cleaned(sample, { siteModule: module });
    writeFileSync(path.join(fixtureDir, `${stem}.input.${ext}`), sample.bytes);
    writeFileSync(path.join(fixtureDir, `${stem}.expected.txt`), article.text);
    const m2 = article.metadata;
    const expected = { site: module.domains[0], title: m2.title, published: m2.published, author: m2.author, attribution: m2.attribution, sourceTag: m2.sourceTag, captions: m2.captions };
    writeFileSync(path.join(fixtureDir, `${stem}.expected.json`), JSON.stringify(expected, null, 2) + '\n');
  }
  writeFileSync(moduleFile, renderModule(proposal, samples.length));
  return { moduleFile, fixtureDir, notes: proposal.notes };
}
