import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUDGETS, kb, sizes } from '../../scripts/lib/page-bytes.mjs';
import { builtPagePaths, DIST } from '../support/built-pages';
import { validateJsonLd } from '../support/schema-org';

const pagePaths = builtPagePaths();
const guidePaths = pagePaths.filter((path) => /^\/guides\/[^/]+\/$/.test(path));

function builtHtml(path: string): string {
  return readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
}

function metaContent(html: string, attribute: 'name' | 'property', key: string): string | undefined {
  const tag = html.match(new RegExp(`<meta ${attribute}="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`));
  return tag?.[1].replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"');
}

/** The site's origin as the build wrote it into canonical URLs. */
const origin = new URL(builtHtml('/').match(/<link rel="canonical" href="([^"]+)"/)![1]).origin;

test.describe('share tags', () => {
  for (const path of pagePaths) {
    test(`${path} has Open Graph and Twitter card tags`, () => {
      const html = builtHtml(path);
      for (const key of ['og:title', 'og:description', 'og:type', 'og:url', 'og:image', 'og:image:alt', 'og:site_name']) {
        expect(metaContent(html, 'property', key), key).toBeTruthy();
      }
      expect(metaContent(html, 'name', 'twitter:card')).toBe('summary_large_image');
      for (const key of ['twitter:title', 'twitter:description', 'twitter:image', 'twitter:image:alt']) {
        expect(metaContent(html, 'name', key), key).toBeTruthy();
      }
      const image = new URL(metaContent(html, 'property', 'og:image')!);
      expect(image.origin).toBe(origin);
      expect(existsSync(join(DIST, image.pathname)), `${image.pathname} is in dist/`).toBe(true);
      expect(metaContent(html, 'property', 'og:image:width')).toBe('1200');
      expect(metaContent(html, 'property', 'og:image:height')).toBe('630');
      expect(html).toContain('<link rel="alternate" type="application/rss+xml" title="Callback Kit guides" href="/rss.xml">');
      expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    });
  }

  test('the share image is a 1200 × 630 PNG', () => {
    const png = readFileSync(join(DIST, 'og-default.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

test.describe('structured data', () => {
  for (const path of guidePaths) {
    test(`${path}: JSON-LD parses, has the required fields and breaks no policy`, async ({ page }) => {
      const violations: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective}`);
        });
      });
      page.on('console', (message) => {
        if (message.type() === 'error') violations.push(message.text());
      });
      await page.goto(path, { waitUntil: 'networkidle' });

      const documents = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
      for (const document of documents) expect(validateJsonLd(document), JSON.stringify(document)).toEqual([]);
      const byType = new Map(documents.map((document) => [document['@type'], document]));

      const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
      const article = byType.get('Article');
      expect(article?.headline).toBe(title);
      expect(article?.description).toBe(await page.locator('meta[name="description"]').getAttribute('content'));
      expect(article?.mainEntityOfPage['@id']).toBe(`${origin}${path}`);
      expect(article?.dateModified).toBe(await page.locator('time[datetime]').first().getAttribute('datetime'));
      // The page's lastReviewed is the "Last reviewed" date the guide shows.
      const reviewed = page.getByRole('paragraph').filter({ hasText: /^Last reviewed/ }).locator('time').first();
      expect(article?.mainEntityOfPage.lastReviewed).toBe(await reviewed.getAttribute('datetime'));

      const crumbs = byType.get('BreadcrumbList')?.itemListElement;
      expect(crumbs?.map((crumb: { name: string }) => crumb.name)).toEqual(['Home', 'Guides', title]);
      expect(crumbs?.at(-1).item).toBe(`${origin}${path}`);

      // FAQPage exactly when the guide has a "Frequently asked questions" section, with its questions.
      const faqHeading = page.getByRole('heading', { level: 2, name: 'Frequently asked questions' });
      const faq = byType.get('FAQPage');
      if ((await faqHeading.count()) === 0) {
        expect(faq).toBeUndefined();
      } else {
        const questions = await page.locator('h2:text-is("Frequently asked questions") ~ h3').allTextContents();
        expect(faq?.mainEntity.map((question: { name: string }) => question.name)).toEqual(questions.map((text) => text.trim()));
        for (const question of faq.mainEntity) expect(question.acceptedAnswer.text.length).toBeGreaterThan(10);
      }
      expect(violations).toEqual([]);
    });
  }

  test('home page describes the website and its search; section pages carry breadcrumbs', () => {
    const documents = (path: string) =>
      [...builtHtml(path).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]));
    const home = documents('/');
    expect(home.map((document) => document['@type'])).toEqual(['WebSite']);
    expect(validateJsonLd(home[0])).toEqual([]);
    expect(home[0].potentialAction.target.urlTemplate).toBe(`${origin}/search/?q={search_term_string}`);
    for (const path of pagePaths.filter((path) => /^\/(guides|tools)\/([^/]+\/)?$/.test(path))) {
      const crumbs = documents(path).filter((document) => document['@type'] === 'BreadcrumbList');
      expect(crumbs, path).toHaveLength(1);
      expect(validateJsonLd(crumbs[0]), path).toEqual([]);
    }
  });
});

test.describe('pages that list guides', () => {
  // However many guides there are, these show a few per stage and link onwards, so each stays
  // within a guide's HTML budget (npm run bench:scale checks them with 1,000 guides).
  const listings = pagePaths.filter((path) => path === '/' || path === '/guides/' || path === '/search/' || path.startsWith('/guides/stage/'));
  for (const path of listings) {
    test(`${path} is at most ${kb(BUDGETS.guideHtmlBrotli)} KB of HTML (brotli)`, () => {
      expect(sizes(builtHtml(path)).brotli).toBeLessThanOrEqual(BUDGETS.guideHtmlBrotli);
    });
  }
});

test.describe('feeds and crawling', () => {
  test('the RSS feed lists every guide', async ({ request }) => {
    const response = await request.get('/rss.xml');
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(xml).toContain('<rss version="2.0"');
    expect(xml).toContain('<title>Callback Kit guides</title>');
    expect(xml).toContain(`<atom:link href="${origin}/rss.xml" rel="self" type="application/rss+xml"/>`);
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((match) => match[1]);
    const links = items.map((item) => item.match(/<link>([^<]+)<\/link>/)?.[1]).sort();
    expect(links).toEqual(guidePaths.map((path) => `${origin}${path}`).sort());
    for (const item of items) {
      expect(item).toMatch(/<title>[^<]{5,}<\/title>/);
      expect(item).toMatch(/<description>[^<]{20,}<\/description>/);
      expect(item).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4}/);
    }
  });

  test('the sitemap lists every page but the search results, offline and 404 pages', async ({ request }) => {
    const index = await (await request.get('/sitemap-index.xml')).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls: string[] = [];
    const lastmod = new Map<string, string>();
    for (const sitemap of sitemaps) {
      const xml = await (await request.get(sitemap)).text();
      for (const [, entry] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
        const loc = entry.match(/<loc>([^<]+)<\/loc>/)![1];
        urls.push(loc);
        const modified = entry.match(/<lastmod>([^<]+)<\/lastmod>/)?.[1];
        if (modified) lastmod.set(loc, modified);
      }
    }
    for (const path of guidePaths) {
      expect(urls).toContain(`${origin}${path}`);
      // A guide's <lastmod> is its "updated" date, the one the page shows.
      const shown = builtHtml(path).match(/<time datetime="(\d{4}-\d{2}-\d{2})"/)?.[1];
      expect(lastmod.get(`${origin}${path}`)?.slice(0, 10), path).toBe(shown);
    }
    const expected = pagePaths.filter((path) => path !== '/search/' && path !== '/offline/' && !path.startsWith('/404')).map((path) => `${origin}${path}`);
    expect(urls.sort()).toEqual(expected.sort());
  });

  test('robots.txt points to the sitemap', async ({ request }) => {
    const response = await request.get('/robots.txt');
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
  });

  test('the search page asks not to be indexed; other pages do not', () => {
    expect(builtHtml('/search/')).toContain('<meta name="robots" content="noindex">');
    for (const path of guidePaths) expect(builtHtml(path)).not.toContain('name="robots"');
  });

  test('the web app manifest is valid and its icons exist', async ({ request }) => {
    const manifest = await (await request.get('/manifest.webmanifest')).json();
    expect(manifest).toMatchObject({ name: 'Callback Kit', start_url: '/', display: 'standalone' });
    const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((icon: { purpose?: string }) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  });
});

test('a guide prints without navigation and with link addresses written out', async ({ page }) => {
  await page.goto(guidePaths[0]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const proseLink = page.locator('.guide__body a[href^="/"]').first();
  const href = await proseLink.getAttribute('href');
  const after = await proseLink.evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toBe(`" (${href})"`);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('banner')).toBeVisible();
  expect(await proseLink.evaluate((link) => getComputedStyle(link, '::after').content)).toBe('none');
});

test('a guide prints on white paper in the light theme, even from a phone in dark mode', async ({ page }) => {
  // The rules guide: it has an "In short" box with an accent bar and the planner's form controls.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/guides/when-to-call-the-planner-rules/');
  const root = page.locator('html');
  const accent = () => root.evaluate((html) => getComputedStyle(html).getPropertyValue('--color-accent').trim());
  const darkAccent = await accent();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(root).toHaveCSS('color-scheme', 'light');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(page.locator('body')).toHaveCSS('color', 'rgb(0, 0, 0)');
  // Accent, border and warning colors are the light theme's, not pale ones meant for a dark screen.
  expect(await accent()).not.toBe(darkAccent);
  // The planner's form doesn't print (only a plan does), but any control that did would be light.
  await expect(page.locator('input[type="radio"]').first()).toHaveCSS('color-scheme', 'light');
});
