/** Light summaries of KB entries for listings: no body, so listings stay cheap at scale. */
import type { ArticleSummary } from './kb-index';
import type { KbEntry } from './content';

export const summarize = (entry: KbEntry): ArticleSummary => ({
  id: entry.id,
  title: entry.data.title,
  description: entry.data.description,
  category: entry.data.category,
  tags: entry.data.tags,
  updated: entry.data.updated,
});
