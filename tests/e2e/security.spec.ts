import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { metaPolicy, parsePolicy } from '../../scripts/lib/csp-headers.mjs';
import { parseHeadersFile } from '../../scripts/lib/headers-file.mjs';
import { listPages, parseHtml } from '../../scripts/lib/page-bytes.mjs';
import { DIST } from '../support/built-pages';

// The content security policy, as a <meta> in every page and as a header in dist/_headers, and
// proof that islands still hydrate when a browser enforces both.

/** dist/_headers by pattern, each pattern's header names lower-cased (read as the Caddy config is). */
function readHeaders(text: string) {
  return new Map(parseHeadersFile(text).map((rule) => [rule.path, new Map(rule.headers.map(([name, value]) => [name.toLowerCase(), value]))]));
}

const headers = readHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
const site = headers.get('/*') ?? new Map<string, string>();
const headerPolicy = parsePolicy(site.get('content-security-policy') ?? '');
const pages = listPages(DIST).map((page) => ({ ...page, policy: metaPolicy(readFileSync(page.file, 'utf8')) }));

test('_headers sends the policy and the other security headers to every path', () => {
  expect(site.get('x-content-type-options')).toBe('nosniff');
  expect(site.get('referrer-policy')).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
  expect(site.get('permissions-policy')).toMatch(/camera=\(\)/);
  expect(site.get('permissions-policy')).toMatch(/microphone=\(\)/);
  expect(site.get('permissions-policy')).toMatch(/geolocation=\(\)/);
  expect(headerPolicy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(headerPolicy.get('default-src')).toEqual(["'self'"]);
  expect(headerPolicy.get('object-src')).toEqual(["'none'"]);
  expect(headerPolicy.get('base-uri')).toEqual(["'self'"]);
});

test('every page carries a policy that allows scripts and styles only from the site or by hash', () => {
  const problems: string[] = [];
  for (const { path, policy } of pages) {
    if (!policy) {
      problems.push(`${path}: no <meta http-equiv="content-security-policy">`);
      continue;
    }
    for (const name of ['script-src', 'style-src']) {
      // 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly; it allows no
      // JavaScript eval, unlike 'unsafe-eval'.
      const allowed = (source: string) =>
        source === "'self'" || /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source) || (name === 'script-src' && source === "'wasm-unsafe-eval'");
      const bad = (policy.get(name) ?? []).filter((source) => !allowed(source));
      if (bad.length > 0) problems.push(`${path}: ${name} allows ${bad.join(' ')}`);
    }
    for (const name of ['default-src', 'object-src', 'base-uri']) if (!policy.has(name)) problems.push(`${path}: no ${name}`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('the header policy matches every page policy and allows each page its hashes', () => {
  const problems: string[] = [];
  for (const { path, policy } of pages) {
    if (!policy) continue;
    for (const [name, sources] of policy) {
      const inHeader = headerPolicy.get(name);
      if (!inHeader) problems.push(`${path}: ${name} is in the page but not in _headers`);
      else if (name === 'script-src' || name === 'style-src') {
        const missing = sources.filter((source) => !inHeader.includes(source));
        if (missing.length > 0) problems.push(`${path}: _headers ${name} lacks ${missing.join(' ')}`);
      } else if ([...inHeader].sort().join(' ') !== [...sources].sort().join(' ')) {
        problems.push(`${path}: ${name} is "${sources.join(' ')}" in the page but "${inHeader.join(' ')}" in _headers`);
      }
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

// Pages to load with the header policy enforced on top of the meta one: the home page, the first
// guide, each tool page, and every other page that runs a script.
test.describe('with the _headers policy enforced', () => {
  const firstGuide = pages.find((page) => /^\/guides\/[^/]+\/$/.test(page.path))?.path ?? '/';
  const toolPages = pages.map((page) => page.path).filter((path) => /^\/tools\/[^/]+\/$/.test(path));
  // Every page that runs JavaScript: islands, and scripts other than JSON data blocks.
  const scriptPages = pages
    .filter((page) => {
      const { tags, scripts } = parseHtml(readFileSync(page.file, 'utf8'));
      return tags.some((tag) => tag.name === 'astro-island') || scripts.some((script) => !/json/i.test(script.attrs.type ?? ''));
    })
    .map((page) => page.path);

  for (const path of new Set(['/', firstGuide, ...toolPages, ...scriptPages])) {
    test(`${path} loads, runs its scripts and hydrates its islands without a policy violation`, async ({ page }) => {
      const violations: string[] = [];
      await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
            `${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
          );
        });
      });
      // Serve documents with the response headers a static host would add from _headers.
      await page.route('**/*', async (route) => {
        const response = await route.fetch();
        const isDocument = route.request().resourceType() === 'document';
        const extra = isDocument ? Object.fromEntries(site) : {};
        await route.fulfill({ response, headers: { ...response.headers(), ...extra } });
      });

      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      const islands = page.locator('astro-island');
      const count = await islands.count();
      for (let i = 0; i < count; i += 1) {
        await islands.nth(i).scrollIntoViewIfNeeded();
        // Astro removes the ssr attribute once an island has hydrated.
        await expect(islands.nth(i), `island ${i + 1} of ${count} hydrates`).not.toHaveAttribute('ssr', /.*/);
      }
      expect(violations, violations.join('\n')).toEqual([]);
    });
  }
});
