/**
 * The ports the browser tests use, all derived from PORTAL_TEST_PORT so one
 * setting moves them together (another checkout may be using the defaults).
 */
const site = Number(process.env['PORTAL_TEST_PORT'] ?? 4329);

export const testPorts = {
  /** The built site, served by `astro preview`. */
  site,
  /** A second build with a ticket endpoint configured (test/helpers/channel-site.mjs). */
  endpointSite: site + 1,
  /** The ticket endpoint itself, started by test/e2e/ticket-endpoint.spec.ts. */
  ticketServer: site + 2,
  /** A third build, with PUBLIC_TICKET_CHANNEL=tiledesk (test/helpers/channel-site.mjs). */
  tiledeskSite: site + 3,
  /** The stand-in Tiledesk API, started by test/e2e/ticket-tiledesk.spec.ts. */
  tiledeskServer: site + 4,
  /** The built site served with the headers of its dist/_headers (test/e2e/security-headers.spec.ts). */
  headersSite: site + 5,
  /** Debian's nginx serving dist/ with the generated server block (test/e2e/nginx.spec.ts). */
  nginx: site + 6,
  /** A fourth build, with PORTAL_BASE_PATH=/support/, served under that path (test/e2e/base-path.spec.ts). */
  basePathSite: site + 7,
};
