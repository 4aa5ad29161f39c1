import { describe, expect, it } from 'vitest';
import { CORRECTIONS_EMAIL } from '../../src/data/site';
import { reportProblemHref } from '../../src/lib/report-problem';

/** The parts of a mailto: URL, decoded the way a mail app reads them. */
function parseMailto(href: string) {
  const [address, query] = href.replace(/^mailto:/, '').split('?');
  const fields = Object.fromEntries(query.split('&').map((pair) => pair.split('=').map(decodeURIComponent)));
  return { address, ...fields } as { address: string; subject: string; body: string };
}

describe('reportProblemHref', () => {
  const href = reportProblemHref({
    to: CORRECTIONS_EMAIL,
    title: 'When the promised call doesn’t come',
    url: 'https://callback-kit.example/guides/when-the-call-doesnt-come/',
  });

  it('writes to the corrections address, with the page in the subject and its address in the body', () => {
    const mail = parseMailto(href);
    expect(mail.address).toBe(CORRECTIONS_EMAIL);
    expect(mail.subject).toBe('Problem on “When the promised call doesn’t come”');
    expect(mail.body).toContain('Page: https://callback-kit.example/guides/when-the-call-doesnt-come/');
  });

  it('escapes what would break the URL or be read as another field', () => {
    const tricky = reportProblemHref({ to: CORRECTIONS_EMAIL, title: 'Offers & rejections? 100% #1 = "yes"', url: 'https://x.example/a/?q=1&b=2' });
    expect(tricky).not.toMatch(/[ "#+]/);
    expect(tricky.split('?')[1].split('&')).toHaveLength(2);
    const mail = parseMailto(tricky);
    expect(mail.subject).toBe('Problem on “Offers & rejections? 100% #1 = "yes"”');
    expect(mail.body).toContain('Page: https://x.example/a/?q=1&b=2');
  });
});
