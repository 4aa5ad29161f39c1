import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { TOOLS, toolHref } from '../../src/data/tools';
import { builtPagePaths, DIST } from '../support/built-pages';

// The other browser tests block the service worker; these need it.
test.use({ serviceWorkers: 'allow' });

const guidePaths = builtPagePaths().filter((path) => /^\/guides\/[^/]+\/$/.test(path));

/** Waits until the service worker is active, has precached the site and controls the page. */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/** Brings every island into view and waits until none is left unhydrated (its script ran). */
async function expectHydrated(page: Page) {
  const islands = page.locator('astro-island');
  for (let index = 0; index < (await islands.count()); index += 1) await islands.nth(index).scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** The files sw.js precaches, read from its manifest, with their total size in dist/. */
function precacheManifest() {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1]);
  const bytes = urls.reduce((sum, url) => sum + (existsSync(join(DIST, url)) ? statSync(join(DIST, url)).size : 0), 0);
  return { urls, bytes };
}

const OFFLINE_HEADING = 'You’re offline, and this page isn’t saved yet';

test('the service worker precaches the shell and the tools, at most 1 MB, and no guide', () => {
  const { urls, bytes } = precacheManifest();
  expect(urls).toEqual(expect.arrayContaining(['index.html', 'guides/index.html', 'search/index.html', 'offline/index.html', ...TOOLS.map((tool) => `${toolHref(tool.slug).slice(1)}index.html`)]));
  expect(urls.filter((url) => /^guides\/(?!index\.html)/.test(url))).toEqual([]);
  expect(bytes).toBeLessThanOrEqual(1024 * 1024);
  const manifest = JSON.parse(readFileSync(join(DIST, 'offline-guides.json'), 'utf8'));
  expect([...manifest.urls].sort()).toEqual([...guidePaths].sort());
});

test('after one visit, the shell and tools work with no network, and so do the guides read since', async ({ page, context }) => {
  expect(existsSync(join(DIST, 'sw.js')), 'dist/sw.js: build with `npm run build`').toBe(true);
  expect(guidePaths.length, 'two guides or more').toBeGreaterThan(1);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // Offline, Chromium logs the failed network attempts; anything else is a bug.
    if (message.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(message.text())) problems.push(message.text());
  });

  // One visit: a tool (pages that run JavaScript register the service worker), then one guide.
  const builtTools = TOOLS.map((tool) => toolHref(tool.slug)).filter((path) => existsSync(join(DIST, path, 'index.html')));
  expect(builtTools).toEqual(TOOLS.map((tool) => toolHref(tool.slug)));
  await page.goto(builtTools[0]);
  await waitForServiceWorker(page);
  const [read, unread] = [guidePaths[0], guidePaths[guidePaths.length - 1]];
  await page.goto(read);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  for (const path of ['/', '/guides/', '/tools/', '/about-our-advice/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 }), path).not.toHaveText(OFFLINE_HEADING);
  }
  // The guide read online opens offline; one never opened says plainly that it isn't saved.
  await page.goto(read);
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  await page.goto(unread);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(OFFLINE_HEADING);
  await expect(page.getByRole('link', { name: 'guides page' })).toHaveAttribute('href', '/guides/');

  // Every tool loads and hydrates offline (its island's code comes from the cache).
  for (const path of builtTools) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectHydrated(page);
  }

  // The search page opens and says plainly that search needs a connection it hasn't cached yet.
  await page.goto('/search/?q=call');
  await expect(page.getByRole('status')).toHaveText(/Search isn’t available right now|\d+ results? for/);
  expect(problems).toEqual([]);
});

test('"Keep every guide for offline use" saves every guide, says so, and they all open offline', async ({ page, context }) => {
  await page.goto('/guides/');
  await waitForServiceWorker(page);
  const section = page.getByRole('region', { name: 'Reading without a connection' });
  await expect(section).toBeVisible();
  const button = section.getByRole('button', { name: 'Keep every guide for offline use' });
  await button.click();
  const status = section.getByRole('status');
  await expect(status).toHaveText(`Done. All ${guidePaths.length} guides are saved on this device and will open without a connection.`);
  await expect(button).toBeEnabled();

  await context.setOffline(true);
  for (const path of guidePaths) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).not.toHaveText(OFFLINE_HEADING);
    await expect(page.getByRole('navigation', { name: 'On this page' }), path).toBeVisible();
  }
  // Back on the guides page, it says the guides are already saved (without announcing it).
  await page.goto('/guides/');
  await expect(section.getByText(`All ${guidePaths.length} guides are saved on this device.`)).toBeVisible();

  // Offline, a second try fails politely and keeps what is saved.
  await button.click();
  await expect(status).toHaveText('The list of guides couldn’t be loaded. Check your connection and try again.');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the guides page does not offer a button that could not work', async ({ page }) => {
    await page.goto('/guides/');
    await expect(page.getByRole('button', { name: 'Keep every guide for offline use' })).toBeHidden();
  });
});

test('a guide with a tool installs the worker; a plain guide read afterwards opens offline', async ({ page, context }) => {
  const withTool = guidePaths.find((path) => readFileSync(join(DIST, path, 'index.html'), 'utf8').includes('<astro-island'));
  const withoutTool = guidePaths.find((path) => !readFileSync(join(DIST, path, 'index.html'), 'utf8').includes('<astro-island'));
  expect(withTool, 'a built guide that embeds a tool').toBeTruthy();
  expect(withoutTool, 'a built guide without a tool').toBeTruthy();

  // A guide without a tool stays script-free, so it can't install the worker by itself.
  await page.goto(withoutTool!);
  expect(await page.locator('script[src]').count()).toBe(0);

  await page.goto(withTool!);
  await waitForServiceWorker(page);
  await page.goto(withoutTool!);
  await context.setOffline(true);
  await page.goto(withoutTool!);
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  await page.goto(withTool!);
  await expectHydrated(page);
});

test('offline, the checklist still ticks and remembers progress', async ({ page, context }) => {
  const path = toolHref('checklist');
  test.skip(!existsSync(join(DIST, path, 'index.html')), 'the checklist page is not built');
  await page.goto(path);
  await waitForServiceWorker(page);
  await context.setOffline(true);

  await page.reload();
  await expectHydrated(page);
  const progress = page.getByText(/^\d+ of \d+ done$/);
  await expect(progress).toHaveText(/^0 of \d+ done$/);
  const box = page.getByRole('checkbox').first();
  await box.check();
  await expect(box).toBeChecked();
  await expect(progress).toHaveText(/^1 of \d+ done$/);
  await page.reload();
  await expect(page.getByRole('checkbox').first()).toBeChecked();
});

test('a search made online works again offline', async ({ page, context }) => {
  await page.goto('/search/?q=voicemail');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “voicemail”\.$/);
  await waitForServiceWorker(page);
  // The first search may have run before the worker took control: search once more through it.
  await page.reload();
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “voicemail”\.$/);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “voicemail”\.$/);
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
});

test.describe('offline, the planner', () => {
  test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

  test('still makes a dated plan (its rules and holiday data come from the cache)', async ({ page, context }) => {
    const path = toolHref('when-to-call');
    test.skip(!existsSync(join(DIST, path, 'index.html')), 'the planner page is not built');
    await page.clock.setFixedTime(new Date('2026-03-04T15:00:00Z'));
    await page.goto(path);
    await waitForServiceWorker(page);
    await context.setOffline(true);

    await page.reload();
    await expectHydrated(page);
    await page.getByLabel('When was your interview?').fill('2026-03-03');
    await page.getByRole('radio', { name: 'Yes, they gave a date' }).check();
    await page.getByLabel('The date they gave').fill('2026-03-06');
    await page.getByRole('button', { name: 'Make my plan' }).click();
    await expect(page.getByRole('heading', { name: 'Your plan' })).toBeFocused();
    const steps = page.locator('ol.pl-timeline > li');
    await expect(steps.first()).toContainText('Your interview');
    await expect(steps.filter({ hasText: 'Call 1 of 2' })).toContainText('Tuesday, March 10, 2026');
  });
});
