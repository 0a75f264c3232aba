/**
 * The security headers every page is served with, in one place; the build
 * writes them for each host (dist/_headers, the nginx server block).
 */
import type { InlineHashes } from './inline-hashes';

export interface PolicyInput {
  hashes: InlineHashes;
  /** Origins besides the portal's own that scripts may fetch from (ticket endpoint, Tiledesk API). */
  connectOrigins: string[];
}

/**
 * The Content-Security-Policy. Scripts: same-origin files and the hashed
 * inline ones only; 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly
 * (it does not allow eval of JavaScript). No plugins, no framing by others, no
 * <base> elsewhere; forms go to the portal or, for the no-JavaScript ticket
 * form, to the customer's email program.
 */
export function contentSecurityPolicy({ hashes, connectOrigins }: PolicyInput): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...[...hashes.scripts].sort()],
    ['style-src', "'self'", ...[...hashes.styles].sort()],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...connectOrigins],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'", 'mailto:'],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** The headers for every response, in the order they are written. */
export function securityHeaders(input: PolicyInput): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(input)],
    ['X-Content-Type-Options', 'nosniff'],
    // Other sites learn only that a visitor came from the portal, never which page (checker answers live in the query).
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'],
    // For browsers older than frame-ancestors.
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/** Files under /_astro/ are named by their content hash, so they never change. */
export const IMMUTABLE_PATH = '/_astro/';
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
