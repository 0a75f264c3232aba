/**
 * The one place a site URL is built. The portal can live under a path of its
 * host (PORTAL_BASE_PATH, e.g. /support/ for a GitHub Pages project site), so
 * every link, asset and request goes through withBase('/kb/x/') rather than
 * writing '/kb/x/' itself. Content, routes and checks keep base-less paths
 * ('/kb/x/', what authors write); only what reaches the browser gets the base.
 * Pure: the build (Node), the browser islands and vitest share it.
 */

/**
 * Reads PORTAL_BASE_PATH: '/' when unset or empty; otherwise a path that
 * starts and ends with "/", without "." or ".." segments, "//", a query, a
 * fragment, a backslash or spaces. Throws a message naming the setting and
 * the fix, so a typo stops the build instead of publishing broken links.
 */
export function parseBasePath(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return '/';
  const problem = basePathProblem(value);
  if (problem) {
    throw new Error(
      `PORTAL_BASE_PATH=${JSON.stringify(value)} ${problem}. Set it to the path the site is served under, ` +
        'starting and ending with "/" (e.g. PORTAL_BASE_PATH=/support/), or leave it unset to serve the site at the root of its host.',
    );
  }
  return value;
}

function basePathProblem(value: string): string | undefined {
  if (!value.startsWith('/')) return 'must start with "/"';
  if (!value.endsWith('/')) return 'must end with "/"';
  if (/[?#]/.test(value)) return 'must not hold a query ("?") or a fragment ("#")';
  if (/[\s\\]/.test(value)) return 'must not hold spaces or backslashes';
  if (value.includes('//')) return 'must not hold "//"';
  if (value.split('/').some((segment) => segment === '.' || segment === '..')) return 'must not hold "." or ".." segments';
  return undefined;
}

/**
 * This build's base path: Astro's `base` (README, "Settings"), which Vite
 * writes into server and browser code as import.meta.env.BASE_URL. Outside
 * Vite (plain Node scripts, the config file) there is none: '/'.
 */
// import.meta.env is undefined outside Vite.
export const BASE_PATH: string = (import.meta.env ? import.meta.env.BASE_URL : undefined) ?? '/';

/** A site path ('/kb/x/', '/coverage.json', '/') as the browser must request it: under the base path. */
export function withBase(path: string, base: string = BASE_PATH): string {
  if (!path.startsWith('/') || path.startsWith('//'))
    throw new Error(`withBase: expected a site path starting with one "/", got ${JSON.stringify(path)}`);
  return `${base}${path.slice(1)}`;
}

/** The site path of a URL path the browser requested: '/support/kb/x/' → '/kb/x/' under base /support/. Paths outside the base stay as they are. */
export function withoutBase(pathname: string, base: string = BASE_PATH): string {
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/** The absolute URL of a site path, for places read outside the site: feeds, sitemaps, llms.txt, canonical links. */
export function siteUrl(path: string, site: URL | string, base: string = BASE_PATH): string {
  return new URL(withBase(path, base), site).href;
}
