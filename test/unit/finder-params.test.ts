/** The package finder's answers in a link, against hostile and malformed input: valid answers kept, every ignored value named. */
import { describe, expect, test } from 'vitest';
import { parseFinderParams } from '../../src/lib/finder-params';

const parse = (query: string) => parseFinderParams(new URLSearchParams(query));

describe('parseFinderParams', () => {
  test('reads a complete, valid query', () => {
    expect(parse('agents=25&bots=8&critical=yes&services=health-check,bug-fix')).toEqual({
      answers: { agents: 25, bots: 8, critical: 'yes', services: ['health-check', 'bug-fix'] },
      notices: [],
    });
  });

  test('keeps the valid answers and names each value it ignores, what was given and what was expected', () => {
    const { answers, notices } = parse('agents=12&bots=abc&critical=maybe&services=bogus,health-check');
    expect(answers).toEqual({ agents: 12, services: ['health-check'] });
    expect(notices).toEqual([
      { param: 'bots', message: 'bots="abc" was ignored: expected a whole number from 0 to 100,000.' },
      { param: 'critical', message: 'critical="maybe" was ignored: expected yes or no.' },
      {
        param: 'services',
        message:
          'In services, "bogus" was ignored: expected the services listed in the form, separated by commas, such as health-check,bug-fix.',
      },
    ]);
  });

  test.each([
    ['agents=-1', 'agents'],
    ['agents=1.5', 'agents'],
    ['agents=1e3', 'agents'],
    ['bots=100001', 'bots'],
    ['bots=Infinity', 'bots'],
    ['critical=YES', 'critical'],
    ['critical=true', 'critical'],
    ['services=__proto__', 'services'],
    ['services=constructor', 'services'],
    ['services=Bug-Fix', 'services'],
  ])('ignores %s with a notice about %s', (query, param) => {
    const { answers, notices } = parse(query);
    expect(answers).toEqual({ services: [] });
    expect(notices.map((n) => n.param)).toEqual([param]);
  });

  test('one notice per unknown service; repeated and empty items are no mistake', () => {
    const { answers, notices } = parse('services=x,bug-fix,,bug-fix,y,');
    expect(answers.services).toEqual(['bug-fix']);
    expect(notices.map((n) => n.message)).toEqual([expect.stringContaining('"x"'), expect.stringContaining('"y"')]);
  });

  test('a repeated parameter: the first value is used, and the visitor is told', () => {
    expect(parse('critical=no&critical=yes')).toEqual({
      answers: { critical: 'no', services: [] },
      notices: [{ param: 'critical', message: 'critical appears more than once; the first value was used.' }],
    });
  });

  test('empty answers and parameters the finder does not use pass without a notice', () => {
    expect(parse('agents=&critical=&services=&utm_source=newsletter&package=pro')).toEqual({ answers: { services: [] }, notices: [] });
  });

  test('values are quoted safely: shortened, controls shown as codes, non-ASCII isolated', () => {
    const { notices } = parse(`critical=${encodeURIComponent(`\u202E${'a'.repeat(60)}`)}&services=${encodeURIComponent('<b>é</b>')}`);
    expect(notices[0]!.message).toContain(`"[U+202E]${'a'.repeat(39)}…"`);
    expect(notices[1]!.message).toContain('\u2068"<b>é</b>"\u2069');
  });
});
