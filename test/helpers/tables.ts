/** How the tables of a page read on its screen: words split across lines, and tables wider than their box. */
import type { Locator, Page } from '@playwright/test';

/**
 * Words of the elements' text that the browser split across two lines (a
 * break inside a word, as `overflow-wrap: anywhere` makes). A break after a
 * hyphen or a slash is a break between words. Text in `code` is left out: an
 * identifier may break anywhere rather than widen the page.
 */
export function wordsSplitAcrossLines(elements: Locator): Promise<string[]> {
  return elements.evaluateAll((roots) =>
    roots.flatMap((root) => {
      const split: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.parentElement?.closest('code')) continue;
        for (const word of node.data.matchAll(/[^\s/-]+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) split.push(word[0]);
        }
      }
      return split;
    }),
  );
}

/**
 * Tables in the page's main content that are wider than their box without
 * showing it: a table may scroll sideways only inside a region a keyboard can
 * reach (tabindex 0), that is named, and that draws the shadows saying more
 * of the table lies beyond its edge (global.css, .table-scroll).
 */
export function hiddenOverflowingTables(page: Page): Promise<string[]> {
  return page.locator('main table').evaluateAll((tables) =>
    tables.flatMap((table, i) => {
      const box = table.parentElement!;
      if (box.scrollWidth <= box.clientWidth) return [];
      const style = getComputedStyle(box);
      const shows = (style.backgroundImage.match(/gradient/g) ?? []).length >= 4 && /local/.test(style.backgroundAttachment);
      const ok = box.getAttribute('tabindex') === '0' && box.getAttribute('role') === 'region' && !!box.getAttribute('aria-label') && shows;
      return ok ? [] : [`table ${i + 1} (${box.scrollWidth} px in a box of ${box.clientWidth} px)`];
    }),
  );
}
