/**
 * Writes the security headers for the finished site (README, "Security
 * headers"): dist/_headers for Netlify and Cloudflare Pages, dist/_nginx.conf
 * for nginx. Runs last, after every other step that writes HTML, and hashes
 * the inline scripts and styles actually present in dist/.
 *
 * Astro's own `security.csp` puts a <meta> policy in each page; a <meta>
 * policy cannot carry frame-ancestors, and only adapters turn it into
 * headers, so the static build computes its headers here.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, NGINX_DEFAULTS, nginxServer } from '../security/host-files';
import { collectInlineHashes, inlineAttributes, type InlineHashes } from '../security/inline-hashes';
import { securityHeaders } from '../security/policy';
import { connectOrigins } from '../security/settings';

/** Cloudflare Pages refuses `_headers` lines longer than this. */
const MAX_HEADER_LINE = 2000;

export default function securityHeadersIntegration(): AstroIntegration {
  // The base path the site is served under (PORTAL_BASE_PATH): the header rules and nginx locations sit under it.
  let base = '/';
  return {
    name: 'portal:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const hashes: InlineHashes = { scripts: new Set(), styles: new Set() };
        const attributeProblems: string[] = [];
        const pages = (readdirSync(outDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html'));
        for (const page of pages) {
          const html = readFileSync(join(outDir, page), 'utf8');
          collectInlineHashes(html, hashes);
          for (const attribute of new Set(inlineAttributes(html))) {
            attributeProblems.push(
              `  dist/${page}: an inline ${attribute}= attribute, which the Content-Security-Policy blocks; use a class and CSS, or an event listener in a script`,
            );
          }
        }
        if (attributeProblems.length)
          throw new Error(`The pages carry inline code the security policy would block:\n${attributeProblems.join('\n')}`);

        const headers = securityHeaders({ hashes, connectOrigins: connectOrigins(process.env) });
        const longest = Math.max(...headers.map(([name, value]) => name.length + value.length + 4));
        if (longest > MAX_HEADER_LINE) {
          logger.warn(
            `a header line is ${longest} characters; Cloudflare Pages accepts at most ${MAX_HEADER_LINE} in _headers (too many distinct inline scripts or styles?)`,
          );
        }
        writeFileSync(join(outDir, '_headers'), headersFile(headers, base));
        writeFileSync(join(outDir, '_nginx.conf'), nginxServer(headers, { ...NGINX_DEFAULTS, base }));
        logger.info(
          `security headers for ${pages.length} pages: ${hashes.scripts.size} inline scripts and ${hashes.styles.size} inline styles hashed, written to _headers and _nginx.conf`,
        );
      },
    },
  };
}
