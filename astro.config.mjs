// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { basePathLinks } from './src/markdown/base-path-links.ts';
import { copyCodeBlocks } from './src/markdown/copy-code-blocks.ts';
import { focusableScrollers } from './src/markdown/focusable-scrollers.ts';
import contentAudit from './src/integrations/content-audit.ts';
import contentStoreFromDisk from './src/integrations/content-store-from-disk.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { parseSearchIndexParts } from './src/lib/search-parts.ts';
import { parseBasePath } from './src/lib/site-url.ts';

const base = parseBasePath(process.env.PORTAL_BASE_PATH);
const searchIndexParts = parseSearchIndexParts(process.env.PORTAL_SEARCH_INDEX_PARTS);

export default defineConfig({
  // The public address of the portal; sitemap.xml and canonical links use it.
  site: process.env.PORTAL_SITE_URL ?? 'http://localhost:4321',
  // The path the site lives under on its host (PORTAL_BASE_PATH, default "/"); every link is
  // built with withBase() from src/lib/site-url.ts, which reads it back as import.meta.env.BASE_URL.
  base,
  trailingSlash: 'always',
  // Two entries or routes with the same id stop the build instead of one silently replacing the other.
  prerenderConflictBehavior: 'error',
  build: {
    format: 'directory',
    // Pages stay one request: their small stylesheet travels inside the HTML.
    inlineStylesheets: 'always',
  },
  markdown: {
    // Prism marks tokens with classes, so the colours live once in CSS (with a
    // dark variant) instead of inline styles repeated on every token.
    syntaxHighlight: 'prism',
    processor: satteri({ hastPlugins: [focusableScrollers, copyCodeBlocks, basePathLinks(base)] }),
  },
  vite: {
    // The search page merges this many index parts (src/lib/search-parts.ts); read in src/lib/pagefind-client.ts.
    define: { 'import.meta.env.PORTAL_SEARCH_INDEX_PARTS': JSON.stringify(searchIndexParts) },
    build: {
      rollupOptions: {
        // Astro's MDX output starts with a "use astro:head-inject" directive that Astro itself reads;
        // the bundler warns it may not keep it, once per MDX file and build. Known upstream
        // (withastro/astro#18087) and harmless here: every other warning still prints.
        onwarn(warning, warn) {
          const isHeadInject = warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject');
          if (!isHeadInject) warn(warning);
        },
        output: {
          // One file for React and its runtime helpers: fewer requests and better compression than four small ones.
          manualChunks(id) {
            const isReact = /node_modules\/(react|react-dom|scheduler)\//.test(id) || id.includes('@astrojs/react/dist/client');
            return isReact ? 'react' : undefined;
          },
        },
      },
    },
  },
  integrations: [
    contentAudit(),
    mdx(),
    react(),
    sitemap(),
    contentStoreFromDisk(),
    pagefind({ parts: searchIndexParts }),
    // Last: it hashes the inline scripts and styles of the finished pages.
    securityHeaders(),
  ],
});
