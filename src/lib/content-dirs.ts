/**
 * Where the content lives (README, "Settings"): one place, read by the content
 * collections and by the build's content checks.
 */
export function contentDirs(env: Record<string, string | undefined> = process.env) {
  const content = env['PORTAL_CONTENT_DIR'] ?? './content';
  return { content, kb: env['PORTAL_KB_DIR'] ?? `${content}/kb` };
}
