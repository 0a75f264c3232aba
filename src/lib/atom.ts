/**
 * The Atom feed of knowledge-base updates (/kb/feed.xml): the most recently
 * updated articles, newest first. A fixed number of entries, so the feed does
 * not grow with the knowledge base.
 */
import type { Content } from './content';
import { siteUrl } from './site-url';

export const FEED_ENTRIES = 50;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Articles carry a date only: the feed states it as midnight UTC. */
const timestamp = (date: string) => `${date}T00:00:00Z`;

export function kbFeed(content: Content, site: URL): string {
  const abs = (path: string) => escapeXml(siteUrl(path, site));
  const newest = [...content.kb]
    .sort((a, b) => b.data.updated.localeCompare(a.data.updated) || a.id.localeCompare(b.id))
    .slice(0, FEED_ENTRIES);
  const updated = newest[0]?.data.updated ?? '1970-01-01';
  const categories = new Map(content.site.kb.categories.map((c) => [c.id, c.label]));
  const entries = newest.map((article) =>
    [
      '  <entry>',
      `    <title>${escapeXml(article.data.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${abs(`/kb/${article.id}/`)}"/>`,
      `    <id>${abs(`/kb/${article.id}/`)}</id>`,
      `    <updated>${timestamp(article.data.updated)}</updated>`,
      `    <summary>${escapeXml(article.data.description)}</summary>`,
      `    <category term="${escapeXml(article.data.category)}" label="${escapeXml(categories.get(article.data.category) ?? article.data.category)}"/>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(content.site.portalName)}: knowledge-base updates</title>`,
    `  <subtitle>${escapeXml(content.site.description)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${abs('/kb/feed.xml')}"/>`,
    `  <link rel="alternate" type="text/html" href="${abs('/kb/')}"/>`,
    `  <id>${abs('/kb/')}</id>`,
    `  <updated>${timestamp(updated)}</updated>`,
    `  <author><name>${escapeXml(content.site.portalName)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
