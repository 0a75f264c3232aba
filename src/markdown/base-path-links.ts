/**
 * Content links to the site as their authors write them, /kb/x/, and the
 * content checks read them that way (internal-links.ts); on the page they
 * must lead under the base path the site is served from (PORTAL_BASE_PATH).
 * This step rewrites a link's href and an image's src that start with one "/"
 * with withBase(); relative links, #fragments and other hosts are left alone.
 */
import { defineHastPlugin } from 'satteri';
import { withBase } from '../lib/site-url';

const ATTRIBUTE: Record<string, 'href' | 'src'> = { a: 'href', img: 'src' };

const isSitePath = (value: unknown): value is string => typeof value === 'string' && value.startsWith('/') && !value.startsWith('//');

/** The plugin for one base path (astro.config.mjs passes the validated setting). */
export const basePathLinks = (base: string) =>
  defineHastPlugin({
    name: 'portal:base-path-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const name = ATTRIBUTE[node.tagName];
        const value = name && node.properties?.[name];
        if (name && isSitePath(value)) ctx.setProperty(node, name, withBase(value, base));
      },
    },
  });
