/** Size and file count of a built site, and of its Pagefind index within it. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface FolderSize {
  bytes: number;
  files: number;
}

/** Bytes and files under `dir`; none when it does not exist (the floor has no search index). */
export function folderSize(dir: string): FolderSize {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

export interface OutputStats {
  site: FolderSize;
  pagefind: FolderSize;
  /** HTML pages in the output. */
  pages: number;
}

export function outputStats(dist: string): OutputStats {
  const pages = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
  return { site: folderSize(dist), pagefind: folderSize(join(dist, 'pagefind')), pages };
}
