import { expect, test } from '@playwright/test';
import { builtPagePaths } from '../support/built-pages';

const guidePaths = builtPagePaths().filter((path) => /^\/guides\/[^/]+\/$/.test(path));

test('home page says what the site is for and links to guides and tools', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Guides' })).toHaveAttribute('href', '/guides/');
  await expect(nav.getByRole('link', { name: 'Tools' })).toHaveAttribute('href', '/tools/');
  await expect(page.getByRole('heading', { name: 'Tools for the wait' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'When should I call?' }).first()).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('nothing you type into our tools leaves your browser');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('there is at least one guide', () => {
  expect(guidePaths.length).toBeGreaterThan(0);
});

for (const path of guidePaths) {
  test(`guide ${path} shows title, description, updated date, reading time and contents`, async ({ page }) => {
    await page.goto(path);
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    expect(title?.trim().length).toBeGreaterThan(4);
    await expect(page).toHaveTitle(`${title?.trim()} | Callback Kit`);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length).toBeGreaterThan(40);
    await expect(page.locator('time[datetime]').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(page.getByText(/\d+ min read/)).toBeVisible();
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeVisible();
    const firstEntry = toc.getByRole('link').first();
    const target = await firstEntry.getAttribute('href');
    await firstEntry.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator(target!)).toBeInViewport();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
  });
}

test('guides index groups guides by stage', async ({ page }) => {
  await page.goto('/guides/');
  await expect(page.getByRole('heading', { level: 1, name: 'Guides' })).toBeVisible();
  const links = page.getByRole('main').getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(guidePaths.length);
});

test('"Next guide" walks through the guides in the order the guides page lists them, and ends on the last', async ({ page }) => {
  await page.goto('/guides/');
  const listed = await page.getByRole('main').getByRole('listitem').getByRole('link').evaluateAll((links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname).filter((path) => /^\/guides\/[^/]+\/$/.test(path)),
  );
  expect([...listed].sort()).toEqual([...guidePaths].sort());
  for (const [index, path] of listed.entries()) {
    await page.goto(path);
    const next = page.getByRole('paragraph').filter({ hasText: /^Next guide/ }).getByRole('link');
    if (index === listed.length - 1) {
      await expect(page.getByText('Next guide', { exact: true })).toHaveCount(0);
    } else {
      await expect(next, `the guide after ${path}`).toHaveAttribute('href', listed[index + 1]);
    }
  }
});

test('main nav marks the current page, and only the section on pages inside it', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await page.goto('/guides/');
  await expect(nav.getByRole('link', { name: 'Guides' })).toHaveAttribute('aria-current', 'page');
  await page.goto(guidePaths[0]);
  // A guide is inside the Guides section but is not the Guides page itself.
  await expect(nav.getByRole('link', { name: 'Guides' })).toHaveAttribute('aria-current', 'true');
  await expect(nav.getByRole('link', { name: 'Tools' })).not.toHaveAttribute('aria-current', /.*/);
});

test('tools page and home page list the tools, the follow-up board among them', async ({ page }) => {
  await page.goto('/tools/');
  await expect(page.getByRole('heading', { level: 1, name: 'Tools' })).toBeVisible();
  const names = ['When should I call?', 'Call and email scripts', 'Dos and don’ts checklist', 'My follow-ups'];
  for (const name of names) await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('main').getByRole('link', { name: 'My follow-ups' })).toHaveAttribute('href', '/tools/follow-ups/');
});

test('an unknown address shows a helpful 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'We can’t find that page' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'browse all guides' })).toHaveAttribute('href', '/guides/');
});
