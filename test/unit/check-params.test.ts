/** The checker's URL contract, against hostile and malformed input. It never throws. */
import { describe, expect, test } from 'vitest';
import { parseCheckParams, toCheckParams } from '../../src/lib/check-params';

const parse = (query: string) => parseCheckParams(new URLSearchParams(query));

describe('parseCheckParams', () => {
  test('reads a complete, valid query', () => {
    expect(parse('package=pro&topic=bug-fix&modified=no&start=2026-03-01&agents=4&bots=0')).toEqual({
      request: { package: 'pro', topic: 'bug-fix', modified: false, start: '2026-03-01', agents: 4, bots: 0 },
      notices: [],
    });
  });

  test.each([
    ['package=gold', 'package'],
    ['package=PRO', 'package'],
    ['package=__proto__', 'package'],
    ['package=constructor', 'package'],
    ['topic=toString', 'topic'],
    ['topic=hasOwnProperty', 'topic'],
    ['topic=bug-fix%00', 'topic'],
    ['modified=true', 'modified'],
    ['modified=YES', 'modified'],
    ['start=2026-02-30', 'start'],
    ['start=2026-13-01', 'start'],
    ['start=01/03/2026', 'start'],
    ['start=2026-03-01T00:00:00Z', 'start'],
    ['agents=-1', 'agents'],
    ['agents=1.5', 'agents'],
    ['agents=1e3', 'agents'],
    ['agents=0x10', 'agents'],
    ['agents=%20%205', 'agents'],
    ['bots=100001', 'bots'],
    ['bots=99999999999999999999999', 'bots'],
    ['bots=Infinity', 'bots'],
    ['bots=NaN', 'bots'],
  ])('ignores %s with a notice about %s', (query, param) => {
    const { request, notices } = parse(query);
    expect(request).toEqual({});
    expect(notices).toHaveLength(1);
    expect(notices[0]?.param).toBe(param);
    expect(notices[0]?.message).toMatch(/was ignored/);
  });

  test('never pollutes prototypes', () => {
    const { request } = parse('__proto__=x&constructor=y&package=__proto__&topic=__proto__');
    expect(Object.keys(request)).toEqual([]);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    expect(Object.getPrototypeOf(request)).toBe(Object.prototype);
  });

  test('unknown parameters are reported, not used', () => {
    const { request, notices } = parse('package=pro&utm_source=mail&__proto__=1');
    expect(request).toEqual({ package: 'pro' });
    expect(notices.map((n) => n.param)).toEqual(['utm_source', '__proto__']);
  });

  test('a repeated parameter keeps its first value', () => {
    const { request, notices } = parse('package=pro&package=enterprise');
    expect(request).toEqual({ package: 'pro' });
    expect(notices[0]?.message).toBe('package appears more than once; the first value was used.');
  });

  test('empty values are unanswered questions, not errors', () => {
    expect(parse('package=&topic=&start=')).toEqual({ request: {}, notices: [] });
  });

  test('hostile values are quoted, shortened and never trusted', () => {
    const script = '<script>alert(1)</script>'.repeat(10);
    const { notices } = parse(`topic=${encodeURIComponent(script)}`);
    expect(notices[0]?.message.length).toBeLessThan(140);
    expect(notices[0]?.message).toContain('"<script>alert(1)</script><script>alert(1…"');
  });

  test('accepts the size limits exactly', () => {
    expect(parse('agents=0&bots=100000').request).toEqual({ agents: 0, bots: 100000 });
  });
});

describe('toCheckParams', () => {
  test('writes the contract order and round-trips', () => {
    const request = { bots: 2, start: '2026-01-05', modified: true, topic: 'bug-fix', package: 'pro', agents: 7 } as const;
    const query = toCheckParams(request).toString();
    expect(query).toBe('package=pro&topic=bug-fix&modified=yes&start=2026-01-05&agents=7&bots=2');
    expect(parse(query)).toEqual({ request, notices: [] });
  });
  test('leaves unanswered questions out', () => {
    expect(toCheckParams({ package: 'none' }).toString()).toBe('package=none');
  });
});
