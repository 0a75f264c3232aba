/**
 * Groupings of knowledge-base articles for the index, category and tag pages.
 * Only counts and short lists reach the index, so it stays small whatever the
 * number of articles; full lists live on paginated category and tag pages.
 */
export interface ArticleSummary {
  id: string;
  title: string;
  description: string;
  category: string;
  tags: string[];
  updated: string;
}

/** Newest first, then by title, so listings are stable between builds. */
export function byRecency(a: ArticleSummary, b: ArticleSummary) {
  return b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title);
}

/** Every tag with its article count, most used first, then alphabetical. */
export function tagCounts(articles: ArticleSummary[]) {
  const counts = new Map<string, number>();
  for (const a of articles) for (const tag of a.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** Articles grouped by category id, each group sorted by recency. */
export function groupByCategory(articles: ArticleSummary[]) {
  const groups = new Map<string, ArticleSummary[]>();
  for (const a of articles) {
    const group = groups.get(a.category) ?? [];
    group.push(a);
    groups.set(a.category, group);
  }
  for (const group of groups.values()) group.sort(byRecency);
  return groups;
}
