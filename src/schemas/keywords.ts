/** The `keywords` frontmatter field of docs, knowledge-base articles and package pages. */
import { z } from 'astro/zod';

const keyword = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} .'+/-]{0,39}$/u, {
    error: 'expected a word or short phrase (letters, digits, spaces, . \' + / -; at most 40 characters), e.g. "ssl" or "email not sent"',
  });

/**
 * Words and phrases customers search for that the page may not use itself:
 * synonyms ("ssl" on a page that says "TLS"), abbreviations ("k8s"), other
 * spellings ("license"), symptoms in their words ("email not sent").
 * Default []. Searchable and ranked like a second title (src/lib/search-keywords.ts);
 * never shown on the page. Do not repeat the title: it is searched already.
 */
export const keywords = z.array(keyword).max(20, { error: 'at most 20 keywords: keep the ones customers really type' }).default([]);
