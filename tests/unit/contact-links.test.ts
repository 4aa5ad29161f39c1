import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMailto } from '../../src/lib/contact-links';

/** Reads a mailto: link back the way a mail client does. */
function readMailto(href: string) {
  const url = new URL(href);
  expect(url.protocol).toBe('mailto:');
  const query = href.slice(href.indexOf('?') + 1);
  const params = query.split('&').map((pair) => pair.split('='));
  return { to: decodeURIComponent(url.pathname), params };
}

describe('buildMailto', () => {
  it('encodes subject and body with CRLF line breaks', () => {
    const href = buildMailto({ subject: 'Follow-up: Q&A role', body: 'Hi Dana,\n\nThanks!\nAlex' });
    expect(href).toBe('mailto:?subject=Follow-up%3A%20Q%26A%20role&body=Hi%20Dana%2C%0D%0A%0D%0AThanks!%0D%0AAlex');
  });

  it.each([
    ['CRLF aimed at headers', 'x\r\nBcc: victim@example.com', 'x Bcc: victim@example.com'],
    ['a bare LF', 'x\nCc: a@b.c', 'x Cc: a@b.c'],
    ['percent-encoded CRLF', 'x%0d%0aBcc: a@b.c', 'x%0d%0aBcc: a@b.c'],
    ['parameter smuggling', 'x&bcc=a@b.c&body=hijack', 'x&bcc=a@b.c&body=hijack'],
    ['a fragment', 'x#y?z', 'x#y?z'],
  ])('%s cannot add a header', (_label, subject, expected) => {
    const href = buildMailto({ subject, body: subject });
    const { to, params } = readMailto(href);
    expect(to).toBe('');
    expect(params.map(([k]) => k)).toEqual(['subject', 'body']);
    expect(decodeURIComponent(params[0][1])).toBe(expected);
    expect(href).not.toMatch(/[\r\n]/);
  });

  it('adds a plain recipient address and ignores anything else', () => {
    expect(buildMailto({ to: 'dana@example.com', subject: 's', body: 'b' })).toBe('mailto:dana@example.com?subject=s&body=b');
    for (const to of ['a@b.c?bcc=x@y.z', 'a@b.c,x@y.z', 'a b@c.d', 'javascript:alert(1)', 'a@b.c\r\nBcc: x@y.z']) {
      expect(buildMailto({ to, subject: 's', body: 'b' })).toBe('mailto:?subject=s&body=b');
    }
  });

  it('round-trips any subject and body', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (subject, body) => {
        const href = buildMailto({ subject, body });
        const { params } = readMailto(href);
        expect(params).toHaveLength(2);
        expect(decodeURIComponent(params[0][1])).toBe(subject.replace(/\r\n|\r|\n/g, ' '));
        expect(decodeURIComponent(params[1][1])).toBe(body.replace(/\r\n|\r|\n/g, '\r\n'));
        expect(href.startsWith('mailto:?subject=')).toBe(true);
      }),
    );
  });
});
