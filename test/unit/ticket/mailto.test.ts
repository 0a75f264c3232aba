/** mailto links: the whole text when it fits, a clearly cut text when it does not, never a broken link. */
import { describe, expect, test } from 'vitest';
import { MAILTO_CUT_NOTE, MAILTO_MAX_LENGTH, mailtoLink } from '../../../src/ticket/mailto';

function parse(href: string) {
  const [address, query = ''] = href.slice('mailto:'.length).split('?');
  const params = Object.fromEntries(query.split('&').map((pair) => pair.split('=') as [string, string]));
  return {
    address: decodeURIComponent(address!),
    subject: decodeURIComponent(params['subject']!),
    body: decodeURIComponent(params['body']!),
  };
}

describe('mailtoLink', () => {
  test('a short request travels whole, line breaks as CRLF', () => {
    const link = mailtoLink('support@tiledesk.com', '[Pro · Sev 2] Widget & proxy?', 'Line one\nLine two = 100%');
    expect(link.complete).toBe(true);
    expect(link.href).toMatch(/^mailto:support@tiledesk\.com\?subject=/);
    expect(link.href).toContain('%0D%0A');
    expect(parse(link.href)).toEqual({
      address: 'support@tiledesk.com',
      subject: '[Pro · Sev 2] Widget & proxy?',
      body: 'Line one\r\nLine two = 100%',
    });
  });

  test('reserved characters cannot add headers or parameters', () => {
    const link = mailtoLink('support@tiledesk.com', 'a&cc=x@evil.test', 'b?bcc=y@evil.test&x=1\n');
    const query = link.href.split('?')[1]!;
    expect(query.split('&').map((p) => p.split('=')[0])).toEqual(['subject', 'body']);
  });

  test('a long request is cut at a line break, says so, and stays within the limit', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `Log line ${i}: something happened at 14:${String(i % 60).padStart(2, '0')}`);
    const body = lines.join('\n');
    const link = mailtoLink('support@tiledesk.com', 'Subject', body);
    expect(link.complete).toBe(false);
    expect(link.href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const sent = parse(link.href).body.replace(/\r\n/g, '\n');
    expect(sent.endsWith(`\n${MAILTO_CUT_NOTE}\n`)).toBe(true);
    const kept = sent.slice(0, -(MAILTO_CUT_NOTE.length + 2));
    expect(body.startsWith(kept)).toBe(true);
    expect(kept.split('\n').length).toBeGreaterThan(5);
  });

  test('one very long line is cut between characters, never inside one', () => {
    const body = '🚀'.repeat(2000);
    const link = mailtoLink('support@tiledesk.com', 'Emoji', body);
    expect(link.complete).toBe(false);
    expect(link.href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const sent = parse(link.href).body; // throws on a broken UTF-8 sequence
    expect(sent.split('\r\n')[0]).toMatch(/^(🚀)+$/u);
  });

  test('a subject of many multi-byte characters is shortened too, so the link still fits', () => {
    const link = mailtoLink('support@tiledesk.com', '日本語'.repeat(50), 'Body\n'.repeat(500));
    expect(link.href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(parse(link.href).subject.endsWith('…')).toBe(true);
  });

  test('exactly at the limit the text is still whole', () => {
    const head = mailtoLink('a@b.co', 's', '').href.length;
    const body = 'x'.repeat(MAILTO_MAX_LENGTH - head);
    expect(mailtoLink('a@b.co', 's', body)).toMatchObject({ complete: true });
    expect(mailtoLink('a@b.co', 's', `${body}x`)).toMatchObject({ complete: false });
  });
});
