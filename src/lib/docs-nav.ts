/**
 * The docs sidebar and previous/next links, derived from each page's
 * `section` and `order` and the section order in site.yaml.
 */
import type { Group } from '../schemas/site';

export interface NavPage {
  id: string;
  title: string;
  section: string;
  order: number;
}

export interface NavSection extends Group {
  pages: NavPage[];
}

/** Sections in site order, each with its pages by `order`, then title. Empty sections are dropped. */
export function buildDocsNav(sections: Group[], pages: NavPage[]): NavSection[] {
  return sections
    .map((section) => ({
      ...section,
      pages: pages.filter((p) => p.section === section.id).sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
    }))
    .filter((section) => section.pages.length > 0);
}

/** The pages before and after `id` in reading order, across section boundaries. */
export function neighbours(nav: NavSection[], id: string) {
  const flat = nav.flatMap((s) => s.pages);
  const at = flat.findIndex((p) => p.id === id);
  return {
    prev: at > 0 ? flat[at - 1] : undefined,
    next: at >= 0 && at < flat.length - 1 ? flat[at + 1] : undefined,
  };
}
