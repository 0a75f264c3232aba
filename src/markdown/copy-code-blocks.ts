/**
 * Wraps every code block in a <copy-code> element (src/scripts/copy-code.ts),
 * which adds a "Copy" button once its script runs. The wrapper carries the
 * block's language so the band the button sits in is labelled, and there,
 * before any script: the button then appears without moving anything.
 */
import { defineHastPlugin } from 'satteri';

export const copyCodeBlocks = defineHastPlugin({
  name: 'portal:copy-code-blocks',
  element: {
    filter: ['pre'],
    visit(node, ctx) {
      const language = node.properties?.['dataLanguage'];
      ctx.wrapNode(node, {
        type: 'element',
        tagName: 'copy-code',
        properties: typeof language === 'string' && language !== 'plaintext' ? { dataLanguage: language } : {},
        children: [],
      });
    },
  },
});
