import { existsSync, readFileSync } from 'node:fs';
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

test('after one visit, guides, tools and the search page work with no network', async ({ page, context }) => {
  expect(existsSync(join(DIST, 'sw.js')), 'dist/sw.js: build with `npm run build`').toBe(true);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // Offline, Chromium logs the failed network attempts of the search page; anything else is a bug.
    if (message.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(message.text())) problems.push(message.text());
  });

  // One visit: a guide, then a tool (pages that run JavaScript register the service worker).
  const builtTools = TOOLS.map((tool) => toolHref(tool.slug)).filter((path) => existsSync(join(DIST, path, 'index.html')));
  expect(builtTools.length, 'tool pages in dist/').toBeGreaterThan(0);
  await page.goto(guidePaths[0]);
  await page.goto(builtTools[0]);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // Every guide, including ones never opened, reloads from the cache.
  for (const path of guidePaths) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Every tool loads and hydrates offline (its island's code comes from the cache).
  expect(builtTools).toEqual(TOOLS.map((tool) => toolHref(tool.slug)));
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

test('a visit that reads only a guide with a tool in it is enough to read every guide offline', async ({ page, context }) => {
  const withTool = guidePaths.find((path) => readFileSync(join(DIST, path, 'index.html'), 'utf8').includes('<astro-island'));
  const withoutTool = guidePaths.find((path) => !readFileSync(join(DIST, path, 'index.html'), 'utf8').includes('<astro-island'));
  expect(withTool, 'a built guide that embeds a tool').toBeTruthy();
  expect(withoutTool, 'a built guide without a tool').toBeTruthy();

  // A guide without a tool stays script-free, so it can't install the worker by itself.
  await page.goto(withoutTool!);
  expect(await page.locator('script[src]').count()).toBe(0);

  await page.goto(withTool!);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto(withoutTool!);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
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
