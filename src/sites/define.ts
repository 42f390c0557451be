// A site module is data first: how to recognise the site and the shapes of its boilerplate.
// `defineSite` validates the object (an unknown key is an error, so a typo never passes
// silently) and fills defaults; the generic engine still runs after the module.
import type { DocContext } from '../rules/context.js';

export interface SiteSpec {
  /** Short stable id, e.g. `congluan`. */
  id: string;
  /** Host names; `vov.vn` also matches `www.vov.vn` and other subdomains. */
  domains: string[];
  /** How the site names itself in an HTML page's `og:site_name` (`VOV.VN`, `Báo Công Luận`). */
  names?: string[];
  /** How a text dump gives the site away (tested against the whole decoded text). */
  markers?: RegExp[];
  /** How many markers must match; default all of them, so a single generic line never decides. */
  minMarkers?: number;
  /** Extra headings that open a boilerplate section on this site. */
  sectionHeadings?: string[];
  /** Extra whole-line widgets/furniture on this site. */
  widgetLines?: RegExp[];
  /** Category labels the site prints under teaser cards (`Thế giới 24h`). */
  categoryLabels?: string[];
  /** Headings right after which a short name line is the author (`Tin mới` on congluan). */
  bylineBefore?: string[];
  /** HTML selectors: the article body, and what to strip inside it. */
  html?: { body?: string; strip?: string[] };
  /** Code for what data cannot say; runs before the generic rules. Mark verdicts only. */
  hook?: (ctx: DocContext) => void;
}

export type SiteModule = Required<Omit<SiteSpec, 'hook' | 'html'>> & {
  html: { body: string | null; strip: string[] };
  hook: ((ctx: DocContext) => void) | null;
};

const KNOWN_KEYS = new Set<keyof SiteSpec>([
  'id', 'domains', 'names', 'markers', 'minMarkers', 'sectionHeadings', 'widgetLines', 'categoryLabels',
  'bylineBefore', 'html', 'hook',
]);

export function defineSite(spec: SiteSpec): SiteModule {
  for (const key of Object.keys(spec)) {
    if (!KNOWN_KEYS.has(key as keyof SiteSpec)) {
      throw new Error(`site module "${spec.id}": unknown key "${key}"`);
    }
  }
  if (!/^[a-z0-9-]+$/.test(spec.id)) throw new Error(`site module id "${spec.id}" must be lower-case a-z, 0-9, -`);
  if (!spec.domains.length) throw new Error(`site module "${spec.id}": domains must not be empty`);
  const markers = spec.markers ?? [];
  return {
    id: spec.id,
    domains: spec.domains.map((d) => d.toLowerCase()),
    names: (spec.names ?? []).map((n) => n.toLowerCase()),
    markers,
    minMarkers: spec.minMarkers ?? markers.length,
    sectionHeadings: (spec.sectionHeadings ?? []).map((h) => h.toLowerCase()),
    widgetLines: spec.widgetLines ?? [],
    categoryLabels: spec.categoryLabels ?? [],
    bylineBefore: (spec.bylineBefore ?? []).map((h) => h.toLowerCase()),
    html: { body: spec.html?.body ?? null, strip: spec.html?.strip ?? [] },
    hook: spec.hook ?? null,
  };
}
