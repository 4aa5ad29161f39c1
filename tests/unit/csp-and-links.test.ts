import { describe, expect, it } from 'vitest';
import { completeHeadersFile, headerPolicy, metaPolicy, parsePolicy, serializePolicy } from '../../scripts/lib/csp-headers.mjs';
import { externalLinksPlugin, withSafeRel } from '../../scripts/lib/external-links.mjs';

const page = (script: string, style: string) =>
  `<head><meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'; script-src 'self' ${script}; style-src 'self' ${style};"></head>`;

describe('content security policy in _headers', () => {
  it('reads a meta policy into directives', () => {
    const policy = metaPolicy(page("'sha256-a='", "'sha256-b='"))!;
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-a='"]);
    expect(metaPolicy('<head></head>')).toBeNull();
  });

  it('reads a meta policy whatever the attribute order, case and quoting, with entities decoded', () => {
    const html = `<meta content='script-src &#39;self&#39; &apos;sha256-a=&apos;' HTTP-EQUIV=Content-Security-Policy>`;
    expect(metaPolicy(html)!.get('script-src')).toEqual(["'self'", "'sha256-a='"]);
    expect(metaPolicy('<script>"<meta http-equiv=content-security-policy content=x>"</script>')).toBeNull();
  });

  it('adds the union of every page hash to the header, keeping its fixed directives', () => {
    const pages = [metaPolicy(page("'sha256-a='", "'sha256-s='"))!, metaPolicy(page("'sha256-b=' 'sha256-a='", "'sha256-s='"))!];
    const policy = headerPolicy(parsePolicy("default-src 'self'; frame-ancestors 'none'"), pages);
    expect(serializePolicy(policy)).toBe(
      "default-src 'self'; frame-ancestors 'none'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-s='",
    );
  });

  it('rewrites only the policy line of a _headers file', () => {
    const file = "# note\n/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n";
    const out = completeHeadersFile(file, [metaPolicy(page("'sha256-a='", "'sha256-s='"))!]);
    expect(out).toBe(
      "# note\n/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-a='; style-src 'self' 'sha256-s='\n  X-Content-Type-Options: nosniff\n",
    );
  });
});

describe('external links', () => {
  it('adds noopener and noreferrer once, keeping other rel tokens', () => {
    expect(withSafeRel(undefined)).toEqual(['noopener', 'noreferrer']);
    expect(withSafeRel('external noopener')).toEqual(['external', 'noopener', 'noreferrer']);
    expect(withSafeRel(['nofollow'])).toEqual(['nofollow', 'noopener', 'noreferrer']);
  });

  it('marks only links that leave the site', () => {
    const set: [string, unknown][] = [];
    const ctx = { setProperty: (_node: unknown, key: string, value: unknown) => set.push([key, value]) };
    const visit = (href: string) => externalLinksPlugin.element.visit({ type: 'element', tagName: 'a', properties: { href }, children: [] } as never, ctx as never);
    visit('/guides/');
    visit('#main');
    visit('mailto:a@b.example');
    expect(set).toEqual([]);
    visit('https://example.org/');
    visit('//example.net/x');
    expect(set).toEqual([
      ['rel', ['noopener', 'noreferrer']],
      ['rel', ['noopener', 'noreferrer']],
    ]);
  });

  it('adds rel to an <a> written as JSX in MDX', () => {
    const node = { type: 'mdxJsxTextElement', name: 'a', attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: 'https://example.org' }], children: [] };
    const out = externalLinksPlugin.mdxJsxTextElement.visit(node as never) as { attributes: { name: string; value: string }[] };
    expect(out.attributes).toContainEqual({ type: 'mdxJsxAttribute', name: 'rel', value: 'noopener noreferrer' });
  });
});
