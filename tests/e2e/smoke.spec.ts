import { expect, test } from '@playwright/test';
import { CORRECTIONS_EMAIL } from '../../src/data/site';
import { QUESTIONS } from '../../src/data/questions';
import { STAGE_IDS, type StageId } from '../../src/data/stages';
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
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'About our advice' })).toHaveAttribute('href', '/about-our-advice/');
});

test('home page leads with the three questions readers arrive with, each answered with links', async ({ page }) => {
  await page.goto('/');
  const questions = page.getByRole('region', { name: 'Start with your question' }).getByRole('heading', { level: 3 });
  await expect(questions).toHaveText(QUESTIONS.map((question) => question.question));
  // The questions come before the tools and the guides.
  const headings = (await page.getByRole('heading', { level: 2 }).allTextContents()).map((text) => text.trim());
  expect(headings.slice(0, 3)).toEqual(['Start with your question', 'Tools for the wait', 'Guides, stage by stage']);
  for (const question of QUESTIONS) {
    const links = page.getByRole('list', { name: question.question }).getByRole('link');
    expect(await links.count(), question.question).toBeGreaterThan(0);
  }
});

test('"About our advice" explains the checks, links the planner rules and lists dated corrections', async ({ page }) => {
  await page.goto('/about-our-advice/');
  await expect(page.getByRole('heading', { level: 1, name: 'About our advice' })).toBeVisible();
  for (const name of ['Where our advice comes from', 'How guides are checked', 'How the planner’s rules were chosen', 'Corrections policy', 'Corrections we have made']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  const rules = page.getByRole('paragraph').filter({ hasText: 'Every rule is explained' }).getByRole('link');
  await expect(rules).toHaveAttribute('href', '/guides/when-to-call-the-planner-rules/');
  await expect(page.getByRole('heading', { level: 3, name: 'December 1, 2026' })).toBeVisible();
  await expect(page.getByText(/A phone call was presented as the normal/)).toBeVisible();
  await expect(page.getByRole('link', { name: CORRECTIONS_EMAIL })).toHaveAttribute('href', `mailto:${CORRECTIONS_EMAIL}`);
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

  test(`guide ${path} ends with its sources, review dates and a way to report a mistake`, async ({ page }) => {
    await page.goto(path);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    const sources = page.getByRole('region', { name: 'Sources' });
    const links = sources.getByRole('link');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      // Same tab (the back button returns here), marked as leaving the site, and told nothing.
      await expect(link).toHaveAttribute('href', /^https?:\/\//);
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).not.toHaveAttribute('target', /.*/);
      await expect(link).toHaveAccessibleName(/\(other site\)$/);
    }
    await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Sources' })).toHaveAttribute('href', '#sources');

    const review = page.getByRole('paragraph').filter({ hasText: /^Last reviewed/ });
    await expect(review).toHaveText(/^Last reviewed \w+ \d{1,2}, \d{4} · Next review due \w+ \d{1,2}, \d{4} · How we check our advice$/);
    await expect(review.getByRole('link', { name: 'How we check our advice' })).toHaveAttribute('href', '/about-our-advice/');

    const report = page.getByRole('link', { name: 'Email us about it' });
    const href = (await report.getAttribute('href'))!;
    const mail = new URL(href);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe(CORRECTIONS_EMAIL);
    expect(decodeURIComponent(mail.searchParams.get('subject') ?? '')).toContain(title);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(mail.searchParams.get('body')).toContain(canonical);
    await expect(page.getByText('Is something wrong on this page?')).toBeVisible();
  });
}

test('guides index groups guides by stage, and every guide is one step from it or its stage pages', async ({ page }) => {
  await page.goto('/guides/');
  await expect(page.getByRole('heading', { level: 1, name: 'Guides' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Start with your question' })).toBeVisible();
  const hrefs = async () =>
    page.getByRole('main').getByRole('link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  const reached = new Set(await hrefs());
  for (const stagePage of builtPagePaths().filter((path) => path.startsWith('/guides/stage/'))) {
    await page.goto(stagePage);
    for (const href of await hrefs()) reached.add(href);
  }
  expect(guidePaths.filter((path) => !reached.has(path))).toEqual([]);
});

test('"Next guide" walks through the guides in the order the stage pages list them, and ends on the last', async ({ page }) => {
  const guideLinksOnPage = () =>
    page.getByRole('main').getByRole('listitem').getByRole('link').evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname).filter((path) => /^\/guides\/[^/]+\/$/.test(path)),
    );
  // Reading order: stage by stage in the order of the wait, each stage's pages in turn.
  const stagePages = builtPagePaths()
    .filter((path) => path.startsWith('/guides/stage/'))
    .map((path) => ({ path, stage: STAGE_IDS.indexOf(path.split('/')[3] as StageId), number: Number(path.split('/')[4] || 1) }))
    .sort((a, b) => a.stage - b.stage || a.number - b.number);
  const listed: string[] = [];
  for (const stagePage of stagePages) {
    await page.goto(stagePage.path);
    listed.push(...(await guideLinksOnPage()));
  }
  expect([...listed].sort()).toEqual([...guidePaths].sort());

  // The guides index shows the first guides of each stage, in the same order.
  await page.goto('/guides/');
  for (const section of await page.getByRole('main').locator('section.guide-group').all()) {
    const shown = await section.getByRole('listitem').getByRole('link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    const start = listed.indexOf(shown[0]);
    expect(listed.slice(start, start + shown.length)).toEqual(shown);
  }

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

test('a stage page lists its guides in reading order and links back to every stage', async ({ page }) => {
  const first = builtPagePaths().find((path) => path.startsWith('/guides/stage/'));
  expect(first, 'a stage page in dist/').toBeTruthy();
  await page.goto(first!);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/^\d+ guides?, in reading order\.$|^Guides \d+ to \d+ of \d+, in reading order\.$/)).toBeVisible();
  expect(await page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 }).count()).toBeGreaterThan(0);
  await expect(page.getByRole('link', { name: 'All stages' })).toHaveAttribute('href', '/guides/');
  // Inside the Guides section of the main navigation.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' })).toHaveAttribute('aria-current', 'true');
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
