// The registry of site modules. Adding a site: one file here, one line below, one fixture
// folder under fixtures/sites/<id>/.
import type { SiteModule } from './define.js';
import vov from './vov.js';
import thoidai from './thoidai.js';
import congluan from './congluan.js';
import baothuathienhue from './baothuathienhue.js';

export const SITES: readonly SiteModule[] = [vov, thoidai, congluan, baothuathienhue];

export function siteById(id: string): SiteModule | undefined {
  return SITES.find((s) => s.id === id || s.domains.includes(id.toLowerCase()));
}

export function siteByHost(host: string): SiteModule | undefined {
  const h = host.toLowerCase().replace(/^www\./, '');
  return SITES.find((s) => s.domains.some((d) => h === d || h.endsWith(`.${d}`)));
}

/** `og:site_name` → a module: one of its names, or a host name printed as the site's name. */
export function siteByName(name: string): SiteModule | undefined {
  const n = name.trim().toLowerCase();
  return SITES.find((s) => s.names.includes(n)) ?? (/^[\w-]+(\.[\w-]+)+$/.test(n) ? siteByHost(n) : undefined);
}
