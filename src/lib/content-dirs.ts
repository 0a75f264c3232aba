/**
 * Where the content lives (README, "Settings"): one place, read by the content
 * collections and by the build's content checks.
 */
import { isAbsolute, relative } from 'node:path';

export function contentDirs(env: Record<string, string | undefined> = process.env) {
  const content = env['PORTAL_CONTENT_DIR'] ?? './content';
  return { content, kb: env['PORTAL_KB_DIR'] ?? `${content}/kb` };
}

/**
 * Whether the knowledge base is kept outside the content folder (PORTAL_KB_DIR, e.g. the
 * benchmark's generated one): links and lists written for the real articles do not apply to it.
 */
export function kbIsExternal(env: Record<string, string | undefined> = process.env): boolean {
  const { content, kb } = contentDirs(env);
  const path = relative(content, kb);
  return path.startsWith('..') || isAbsolute(path);
}
