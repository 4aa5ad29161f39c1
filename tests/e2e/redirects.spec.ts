import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { isRedirectPage, listRedirects } from '../../scripts/lib/page-bytes.mjs';
import { builtPagePaths, DIST } from '../support/built-pages';

/**
 * Guides that moved keep their old URL as a redirect stub (astro.config.mjs `redirects`). The page
 * gates skip stubs, so this file holds them to what a redirect needs: it lands on a real page,
 * tells search engines which URL is the one to index, and stays out of the sitemap.
 */
const redirects = listRedirects(DIST);
const pages = new Set(builtPagePaths());
const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
const origin = new URL(readFileSync(join(DIST, 'index.html'), 'utf8').match(/<link rel="canonical" href="([^"]+)"/)![1]).origin;

test('the renamed follow-up guide keeps its old address', () => {
  expect(redirects.map(({ path, target }) => [path, target])).toContainEqual(['/guides/why-make-a-follow-up-call/', '/guides/call-email-or-wait/']);
});

for (const { path, target, canonical, robots } of redirects) {
  test.describe(`redirect ${path}`, () => {
    test('points at a built page that is not itself a redirect, with a canonical link and noindex', () => {
      expect(pages.has(target), `${target} is a page in dist/`).toBe(true);
      const targetFile = join(DIST, target, 'index.html');
      expect(existsSync(targetFile) && !isRedirectPage(readFileSync(targetFile, 'utf8'))).toBe(true);
      expect(canonical).toBe(`${origin}${target}`);
      expect(robots).toBe('noindex');
    });

    test('is left out of the sitemap, and its target is in it', () => {
      expect(sitemap).not.toContain(`<loc>${origin}${path}</loc>`);
      expect(sitemap).toContain(`<loc>${origin}${target}</loc>`);
    });

    test('takes a browser to the new page', async ({ page }) => {
      await page.goto(path);
      await page.waitForURL(`**${target}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    });
  });
}
