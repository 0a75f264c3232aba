/**
 * The checker's URL contract (docs/ARCHITECTURE.md): turns untrusted query parameters into
 * a request plus notices about what was ignored, and back. It lives beside the
 * other URL helpers rather than in src/coverage/: its notices are sentences for
 * the visitor, and the coverage engine holds none. Never throws, never
 * indexes an object with a raw value: everything is matched against allow-lists.
 */
import type { CheckRequest } from '../coverage/answer';
import { isRealIsoDate } from '../coverage/dates';
import { quoteUrlValue } from './url-notices';
import { PACKAGE_IDS, TOPIC_IDS, type PackageId, type TopicId } from '../coverage/ids';
import { parseSize, SIZE_EXPECTATION } from '../coverage/size';

export { MAX_SIZE } from '../coverage/size';

export const CHECK_PARAMS = ['package', 'topic', 'modified', 'start', 'agents', 'bots'] as const;
type CheckParam = (typeof CHECK_PARAMS)[number];

export interface Notice {
  /** The parameter as it appeared in the URL (display it as text only). */
  param: string;
  message: string;
}

/** A value quoted for a notice: shortened and bidi-isolated, so a hostile URL cannot flood or reorder the page. */
const quoteValue = quoteUrlValue;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

function sizeParam(param: string, value: string, notices: Notice[]): number | undefined {
  const size = parseSize(value);
  if (size === undefined) notices.push({ param, message: `${param}=${quoteValue(value)} was ignored: expected ${SIZE_EXPECTATION}.` });
  return size;
}

type Parsers = { [K in CheckParam]: (value: string, notices: Notice[]) => Partial<CheckRequest> };

const parsers: Parsers = {
  package: (value, notices) => {
    if (isOneOf<PackageId>(PACKAGE_IDS, value)) return { package: value };
    notices.push({ param: 'package', message: `package=${quoteValue(value)} was ignored: expected one of ${PACKAGE_IDS.join(', ')}.` });
    return {};
  },
  topic: (value, notices) => {
    if (isOneOf<TopicId>(TOPIC_IDS, value)) return { topic: value };
    notices.push({ param: 'topic', message: `topic=${quoteValue(value)} was ignored: it is not one of the topics listed in the form.` });
    return {};
  },
  modified: (value, notices) => {
    if (value === 'yes' || value === 'no') return { modified: value === 'yes' };
    notices.push({ param: 'modified', message: `modified=${quoteValue(value)} was ignored: expected yes or no.` });
    return {};
  },
  start: (value, notices) => {
    if (isRealIsoDate(value)) return { start: value };
    notices.push({ param: 'start', message: `start=${quoteValue(value)} was ignored: expected a real date written YYYY-MM-DD.` });
    return {};
  },
  agents: (value, notices) => ({ agents: sizeParam('agents', value, notices) }),
  bots: (value, notices) => ({ bots: sizeParam('bots', value, notices) }),
};

/** Reads the checker's parameters. Unknown, repeated or malformed ones become notices. */
export function parseCheckParams(params: Iterable<[string, string]>): { request: CheckRequest; notices: Notice[] } {
  const request: CheckRequest = {};
  const notices: Notice[] = [];
  const seen = new Set<string>();
  for (const [param, value] of params) {
    if (!isOneOf<CheckParam>(CHECK_PARAMS, param)) {
      notices.push({ param, message: `The parameter ${quoteValue(param)} is not one the checker uses, so it was ignored.` });
      continue;
    }
    if (seen.has(param)) {
      notices.push({ param, message: `${param} appears more than once; the first value was used.` });
      continue;
    }
    seen.add(param);
    if (value === '') continue; // an empty form field is an unanswered question, not an error
    Object.assign(request, parsers[param](value, notices));
  }
  return { request, notices };
}

/** The query string for a request, parameters in contract order, unanswered ones left out. */
export function toCheckParams(request: CheckRequest): URLSearchParams {
  const params = new URLSearchParams();
  if (request.package) params.set('package', request.package);
  if (request.topic) params.set('topic', request.topic);
  if (request.modified !== undefined) params.set('modified', request.modified ? 'yes' : 'no');
  if (request.start) params.set('start', request.start);
  if (request.agents !== undefined) params.set('agents', String(request.agents));
  if (request.bots !== undefined) params.set('bots', String(request.bots));
  return params;
}
