// Which site a document comes from, in a fixed order: the user's --site, a URL (record url,
// canonical link or og:url, or a domain in the file's path such as dumps/vov.vn/a.txt), the
// page's og:site_name, then the text markers of the site modules. Unknown sites fall back to
// the generic engine, keeping the domain when one is known (template learning groups by it).
import type { SiteRef } from '../types.js';
import type { SiteModule } from '../sites/define.js';
import { SITES, siteByHost, siteById, siteByName } from '../sites/index.js';

export interface DetectInput {
  override?: string | null;
  /** A module not in the registry, used as if forced (`clean new-site` tries its proposal). */
  module?: SiteModule | null;
  url?: string | null;
  path?: string | null;
  /** An HTML page's og:site_name. */
  siteName?: string | null;
  text: string;
}

export interface Detected {
  module: SiteModule | null;
  ref: SiteRef;
}

const DOMAIN_IN_PATH = /(?:^|[\\/])((?:[a-z0-9-]+\.)+(?:vn|com|net|org|info))(?=[\\/])/i;

export class UnknownSiteError extends Error {}

export function detectSite(input: DetectInput): Detected {
  if (input.module) return { module: input.module, ref: { id: input.module.id, domain: input.module.domains[0] ?? null, detectedBy: 'override' } };
  if (input.override) {
    if (input.override === 'generic') return { module: null, ref: { id: 'generic', domain: null, detectedBy: 'override' } };
    const site = siteById(input.override);
    if (!site) throw new UnknownSiteError(`unknown site "${input.override}" (see \`clean sites\`)`);
    return { module: site, ref: { id: site.id, domain: site.domains[0] ?? null, detectedBy: 'override' } };
  }
  const host = hostOf(input.url) ?? hostInPath(input.path);
  if (host) {
    const site = siteByHost(host);
    if (site) return { module: site, ref: { id: site.id, domain: host, detectedBy: 'url' } };
  }
  const named = input.siteName ? siteByName(input.siteName) : undefined;
  if (named) return { module: named, ref: { id: named.id, domain: host ?? named.domains[0] ?? null, detectedBy: 'html' } };
  const lines = lazyLineStarts(input.text);
  for (const site of SITES) {
    const hits = site.markers.filter((re) => markerFound(re, input.text, lines)).length;
    if (site.markers.length > 0 && hits >= site.minMarkers) {
      return { module: site, ref: { id: site.id, domain: site.domains[0] ?? null, detectedBy: 'marker' } };
    }
  }
  return { module: null, ref: { id: 'generic', domain: host, detectedBy: 'generic' } };
}

/**
 * Whether a site marker matches the text. Markers are line patterns in practice (`^Tin mới$`
 * with the m flag); such a pattern can only match where a line starts, so it is tried there
 * alone, anchored, instead of at every character of the text: the same answer, without
 * scanning a long body once per marker.
 */
export function markerFound(marker: RegExp, text: string, lineStarts = lazyLineStarts(text)): boolean {
  const anchored = lineAnchoredCopy(marker);
  if (!anchored) return marker.test(text);
  return lineStarts().some((start) => {
    anchored.lastIndex = start;
    return anchored.test(text);
  });
}

const anchoredCopies = new WeakMap<RegExp, RegExp | null>();

/** A sticky copy of a multiline pattern that opens with `^` in every alternative, else null. */
function lineAnchoredCopy(marker: RegExp): RegExp | null {
  let copy = anchoredCopies.get(marker);
  if (copy === undefined) {
    copy = marker.multiline && marker.source.startsWith('^') && !hasTopLevelAlternation(marker.source) ? new RegExp(marker.source, `${marker.flags}y`) : null;
    anchoredCopies.set(marker, copy);
  }
  return copy;
}

/** A `|` outside any group or character class: `^a|b` is not anchored in its second half. */
function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/** Where lines start (0, and after each line terminator `^` knows), computed on first use. */
function lazyLineStarts(text: string): () => number[] {
  let starts: number[] | null = null;
  return () => {
    if (starts) return starts;
    starts = [0];
    for (const terminator of ['\n', '\r', '\u2028', '\u2029']) {
      for (let at = text.indexOf(terminator); at !== -1; at = text.indexOf(terminator, at + 1)) starts.push(at + 1);
    }
    return starts.sort((a, b) => a - b);
  };
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function hostInPath(path: string | null | undefined): string | null {
  const m = path ? DOMAIN_IN_PATH.exec(path) : null;
  return m?.[1]?.toLowerCase().replace(/^www\./, '') ?? null;
}
