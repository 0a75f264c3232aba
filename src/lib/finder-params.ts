/**
 * The package finder's answers in a link (/compare/?agents=25&bots=8&critical=yes&services=health-check,bug-fix):
 * the answers the form can take, and a notice for every value it cannot, worded
 * like the checker's (src/lib/check-params.ts) and quoted the same safe way
 * (src/lib/url-notices.ts). Never throws; values are only matched against
 * allow-lists.
 *
 * Parameters the finder does not use are left alone, unlike on /check/:
 * /compare/ is where campaigns and other sites send prospects, and their
 * tracking parameters are nothing the prospect did wrong.
 */
import { TOPIC_IDS, type TopicId } from '../coverage/ids';
import { parseSize, SIZE_EXPECTATION } from '../coverage/size';
import { quoteUrlValue } from './url-notices';
import type { Notice } from './check-params';

export const FINDER_PARAMS = ['agents', 'bots', 'critical', 'services'] as const;
type FinderParam = (typeof FINDER_PARAMS)[number];

/** What a link answered; a question it did not answer (or answered with a value ignored) is left out. */
export interface FinderAnswers {
  agents?: number;
  bots?: number;
  critical?: 'yes' | 'no';
  services: TopicId[];
}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

type Parsers = { [K in FinderParam]: (value: string, answers: FinderAnswers, notices: Notice[]) => void };

const size =
  (param: 'agents' | 'bots'): Parsers[typeof param] =>
  (value, answers, notices) => {
    const n = parseSize(value);
    if (n === undefined) notices.push({ param, message: `${param}=${quoteUrlValue(value)} was ignored: expected ${SIZE_EXPECTATION}.` });
    else answers[param] = n;
  };

const parsers: Parsers = {
  agents: size('agents'),
  bots: size('bots'),
  critical: (value, answers, notices) => {
    if (value === 'yes' || value === 'no') answers.critical = value;
    else notices.push({ param: 'critical', message: `critical=${quoteUrlValue(value)} was ignored: expected yes or no.` });
  },
  services: (value, answers, notices) => {
    // Empty items ("bug-fix,,health-check", a trailing comma) are no answer, not a mistake.
    for (const item of value.split(',').filter((s) => s !== '')) {
      if (!isOneOf<TopicId>(TOPIC_IDS, item)) {
        notices.push({
          param: 'services',
          message: `In services, ${quoteUrlValue(item)} was ignored: expected the services listed in the form, separated by commas, such as health-check,bug-fix.`,
        });
      } else if (!answers.services.includes(item)) {
        answers.services.push(item);
      }
    }
  },
};

/** Reads the finder's parameters from a query string. Repeated or malformed ones become notices; others are not its business. */
export function parseFinderParams(params: Iterable<[string, string]>): { answers: FinderAnswers; notices: Notice[] } {
  const answers: FinderAnswers = { services: [] };
  const notices: Notice[] = [];
  const seen = new Set<string>();
  for (const [param, value] of params) {
    if (!isOneOf<FinderParam>(FINDER_PARAMS, param)) continue;
    if (seen.has(param)) {
      notices.push({ param, message: `${param} appears more than once; the first value was used.` });
      continue;
    }
    seen.add(param);
    if (value === '') continue; // an empty answer is an unanswered question, not an error
    parsers[param](value, answers, notices);
  }
  return { answers, notices };
}
