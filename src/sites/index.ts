// The registry of site modules: every file in this folder but this one and define.ts is a
// module (its default export). Adding a site is one file here and one fixture folder under
// fixtures/sites/<id>/ — nothing to register (`clean new-site` writes both).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SiteModule } from './define.js';

const NOT_MODULES = new Set(['index', 'define']);

/**
 * The command's bundle (scripts/bundle.js) holds the modules and sets this to their names; the
 * compiled modules (dist/sites/) and the sources list their folder.
 */
declare const BUNDLED_SITE_NAMES: readonly string[] | undefined;

/** The site modules' names, sorted, so that detection by markers tries them in a stable order. */
export const SITE_NAMES: readonly string[] = typeof BUNDLED_SITE_NAMES === 'undefined' ? namesInFolder() : BUNDLED_SITE_NAMES;

function namesInFolder(): string[] {
  const folder = fileURLToPath(new URL('.', import.meta.url));
  return [...new Set(readdirSync(folder).filter((f) => /^[a-z0-9-]+\.(?:js|ts)$/.test(f)).map((f) => f.replace(/\.(?:js|ts)$/, '')))]
    .filter((name) => !NOT_MODULES.has(name))
    .sort();
}

export const SITES: readonly SiteModule[] = await Promise.all(
  SITE_NAMES.map(async (name) => {
    // Named at run time: vite is told not to look for these files; esbuild bundles every file
    // of this folder the pattern can name.
    const module = ((await import(/* @vite-ignore */ `./${name}.js`)) as { default?: SiteModule }).default;
    if (!module?.id) throw new Error(`src/sites/${name}: the default export must be defineSite({...})`);
    return module;
  }),
);

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
