/**
 * Code blocks and tables can be wider than a phone screen and then scroll
 * sideways. A scrolling region must be reachable by keyboard (WCAG 2.1.1), so
 * code blocks get a tab stop and tables are wrapped in a focusable, labelled
 * region that scrolls instead of the page.
 */
import { defineHastPlugin } from 'satteri';

export const focusableScrollers = defineHastPlugin({
  name: 'portal:focusable-scrollers',
  element: {
    filter: ['pre', 'table'],
    visit(node, ctx) {
      if (node.tagName === 'pre') {
        ctx.setProperty(node, 'tabIndex', 0);
        return;
      }
      ctx.wrapNode(node, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: 'Table (scrolls sideways)' },
        children: [],
      });
    },
  },
});
