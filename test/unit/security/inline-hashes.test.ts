import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { collectInlineHashes, inlineAttributes } from '../../../src/security/inline-hashes';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const empty = () => ({ scripts: new Set<string>(), styles: new Set<string>() });

describe('inline hashes', () => {
  test('hash inline scripts and styles exactly as written, not external or data scripts', () => {
    const html =
      '<style>a{b:c}</style><script>run()</script><script type="module" src="/x.js"></script><script type="application/ld+json">{"a":1}</script><script type=module>\n go()\n</script>';
    const hashes = collectInlineHashes(html, empty());
    expect([...hashes.scripts]).toEqual([sha('run()'), sha('\n go()\n')]);
    expect([...hashes.styles]).toEqual([sha('a{b:c}')]);
  });

  test('find inline handler and style attributes by name only', () => {
    expect(inlineAttributes('<img src=x onerror="y"><p STYLE="color:red">')).toEqual(['onerror', 'style']);
    expect(inlineAttributes('<meta name="description" content="Set style= or onclick= in the config">')).toEqual([]);
    expect(inlineAttributes('<script>const s = "<b onclick=x>";</script><p>onload=1</p>')).toEqual([]);
  });
});
