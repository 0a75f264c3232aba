import type { Server } from 'node:http';

export interface HeadersRule {
  pattern: RegExp;
  headers: Record<string, string>;
}
export function parseHeadersFile(text: string): HeadersRule[];
export function serveStaticSite(dir: string, port: number, options?: { base?: string }): Promise<Server>;
