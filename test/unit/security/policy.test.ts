import { describe, expect, test } from 'vitest';
import { headersFile, NGINX_DEFAULTS, nginxServer } from '../../../src/security/host-files';
import { contentSecurityPolicy, securityHeaders } from '../../../src/security/policy';
import { connectOrigins } from '../../../src/security/settings';
import { parseHeadersFile } from '../../helpers/static-site.mjs';

const hashes = { scripts: new Set(["'sha256-b'", "'sha256-a'"]), styles: new Set(["'sha256-c'"]) };

describe('security policy', () => {
  test("connect-src allows only the configured channel's service, by origin", () => {
    expect(connectOrigins({})).toEqual([]);
    expect(connectOrigins({ PUBLIC_TICKET_ENDPOINT: 'https://api.example.com/tickets' })).toEqual(['https://api.example.com']);
    const tiledesk = { PUBLIC_TICKET_CHANNEL: 'tiledesk', PUBLIC_TILEDESK_PROJECT_ID: '0123456789abcdef01234567' };
    expect(connectOrigins({ ...tiledesk, PUBLIC_TILEDESK_API_URL: 'http://127.0.0.1:8081/api/' })).toEqual(['http://127.0.0.1:8081']);
    // A service of a channel that is not in use is not allowed.
    expect(connectOrigins({ PUBLIC_TILEDESK_API_URL: 'https://tiledesk.example.com/api/' })).toEqual([]);
    expect(() => connectOrigins({ ...tiledesk, PUBLIC_TILEDESK_API_URL: 'tiledesk.example.com' })).toThrow(
      'PUBLIC_TILEDESK_API_URL must be an absolute http(s) URL',
    );
  });

  test('scripts only by origin or hash, never unsafe-inline; no framing, plugins or foreign base', () => {
    const csp = contentSecurityPolicy({ hashes, connectOrigins: ['https://api.example.com'] });
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
    expect(csp).toContain("style-src 'self' 'sha256-c';");
    expect(csp).toContain("connect-src 'self' https://api.example.com;");
    for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe-inline');
  });

  test('_headers and the nginx block carry the same headers', () => {
    const headers = securityHeaders({ hashes, connectOrigins: [] });
    const [all, assets] = parseHeadersFile(headersFile(headers));
    expect(Object.entries(all!.headers)).toEqual(headers);
    expect(all!.pattern.test('/kb/x/')).toBe(true);
    expect(assets!.pattern.test('/_astro/a.js')).toBe(true);
    const nginx = nginxServer(headers);
    for (const [name, value] of headers) expect(nginx).toContain(`    add_header ${name} "${value}" always;`);
    // Repeated in the cached-assets location, where nginx would otherwise drop them.
    for (const [name] of headers) expect(nginx.split(`add_header ${name} `)).toHaveLength(3);
  });

  test('under a base path, the rules and nginx locations cover that path only', () => {
    const headers = securityHeaders({ hashes, connectOrigins: [] });
    const [all, assets] = parseHeadersFile(headersFile(headers, '/support/'));
    expect(all!.pattern.test('/support/kb/x/')).toBe(true);
    expect(all!.pattern.test('/kb/x/')).toBe(false);
    expect(assets!.pattern.test('/support/_astro/a.js')).toBe(true);
    const nginx = nginxServer(headers, { ...NGINX_DEFAULTS, base: '/support/' });
    for (const line of [
      'error_page 404 /support/404.html;',
      'location /support/ {',
      'location /support/_astro/ {',
      'location = /support/_headers { return 404; }',
      'location = /support/_nginx.conf { return 404; }',
    ])
      expect(nginx).toContain(line);
    // Outside the base path nothing is served.
    expect(nginx).toMatch(/location \/ \{\s+return 404;\s+\}/);
  });
});
