import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { load } from 'js-yaml';
import type { Checklist } from '../../src/lib/checklist-schema';
import { DIST } from '../support/built-pages';

const PATH = '/tools/checklist/';
const KEY = 'callback-kit:checklist:follow-up:v1';
const data = load(readFileSync(join(process.cwd(), 'src/content/checklists/follow-up.yaml'), 'utf8')) as Checklist;
const items = data.groups.flatMap((group) => group.items);
const TOTAL = items.length;
const text = (id: string) => items.find((item) => item.id === id)!.text;

const MONDAY = text('not-on-monday');
const THANKS = text('send-thanks');
const CALM = text('stay-calm');

/** Opens the checklist and waits until the island has hydrated and read storage. */
async function open(page: Page, path = PATH) {
  await page.goto(path);
  await page.getByRole('checkbox').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.cl[data-ready]')).toHaveCount(1);
}

const box = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });
const progressText = (page: Page) => page.getByText(new RegExp(`^\\d+ of ${TOTAL} done$`));
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

async function expectProgress(page: Page, done: number) {
  await expect(progressText(page)).toHaveText(`${done} of ${TOTAL} done`);
  await expect(page.getByRole('progressbar')).toHaveAttribute('value', String(done));
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole checklist renders as a plain list that can still be ticked', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.getByRole('checkbox')).toHaveCount(TOTAL);
    for (const group of data.groups) await expect(page.getByRole('heading', { level: 2, name: group.title })).toBeVisible();
    await expect(page.getByText(text('call-after-a-week'), { exact: true })).toBeVisible();
    await expect(page.getByText(items[0].why)).toBeVisible();
    // Playwright's switch turns off script execution but not the parser's scripting flag, so
    // <noscript> stays raw text here; check the note is in it rather than on screen.
    expect(await page.locator('noscript').innerHTML()).toContain('Your ticks won’t be saved while JavaScript is off.');
    // No progress or reset controls that could not work.
    await expect(page.getByRole('progressbar')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Clear all ticks' })).toBeHidden();
    await box(page, MONDAY).check();
    await expect(box(page, MONDAY)).toBeChecked();
  });
});

test('each item has its reason beside it and groups are fieldsets', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('group', { name: data.groups[0].title })).toBeVisible();
  const why = items.find((item) => item.id === 'not-on-monday')!.why;
  const escaped = why.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The reason alone: the "Read more about …" link would read the item's text a second time.
  await expect(box(page, MONDAY)).toHaveAccessibleDescription(new RegExp(`^${escaped}$`));
  await expect(page.getByRole('link', { name: `Read more about “${MONDAY}”` })).toBeVisible();
  await expect(page.getByText(`0 of ${TOTAL} done`)).toHaveAttribute('aria-live', 'polite');
});

test('tick with the mouse and the keyboard, and ticks survive a reload', async ({ page }) => {
  await open(page);
  await expectProgress(page, 0);

  await box(page, MONDAY).click();
  await expect(box(page, MONDAY)).toBeChecked();
  await expectProgress(page, 1);

  // Clicking the label text ticks too.
  await page.getByText(THANKS, { exact: true }).click();
  await expect(box(page, THANKS)).toBeChecked();

  await box(page, CALM).focus();
  await page.keyboard.press('Space');
  await expect(box(page, CALM)).toBeChecked();
  await expectProgress(page, 3);

  // Space again unticks.
  await page.keyboard.press('Space');
  await expect(box(page, CALM)).not.toBeChecked();
  await page.keyboard.press('Space');

  expect(JSON.parse((await stored(page))!)).toEqual({ version: 1, done: ['send-thanks', 'not-on-monday', 'stay-calm'] });

  await page.reload();
  await open(page);
  await expect(box(page, MONDAY)).toBeChecked();
  await expect(box(page, THANKS)).toBeChecked();
  await expect(box(page, CALM)).toBeChecked();
  await expect(box(page, text('keep-applying'))).not.toBeChecked();
  await expectProgress(page, 3);
});

test('corrupt saved data: starts empty, says so once, and saves again', async ({ page }) => {
  await page.goto(PATH);
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"done":["send-th'), KEY);
  await page.reload();
  await open(page);
  const notice = page.getByRole('status').filter({ hasText: 'couldn’t read the ticks saved' });
  await expect(notice).toBeVisible();
  await expectProgress(page, 0);

  await box(page, MONDAY).click();
  await box(page, THANKS).click();
  await expectProgress(page, 2);
  await expect(page.getByText('couldn’t read the ticks saved')).toHaveCount(1);
  expect(JSON.parse((await stored(page))!)).toEqual({ version: 1, done: ['send-thanks', 'not-on-monday'] });

  await page.reload();
  await open(page);
  await expect(box(page, MONDAY)).toBeChecked();
  await expect(page.getByText('couldn’t read the ticks saved')).toHaveCount(0);
});

test('saved ticks of removed items are dropped, and an old format is upgraded', async ({ page }) => {
  await page.goto(PATH);
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ 'stay-calm': true, 'bring-flowers': true, 'send-thanks': false })), KEY);
  await page.reload();
  await open(page);
  await expect(box(page, CALM)).toBeChecked();
  await expectProgress(page, 1);
  await expect(page.getByRole('status')).toHaveText('');
  expect(JSON.parse((await stored(page))!)).toEqual({ version: 1, done: ['stay-calm'] });
});

test.describe('with storage blocked', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  });

  test('the checklist works from memory and says so once', async ({ page }) => {
    await open(page);
    const message = page.getByText('Your browser is not letting this page save anything');
    await expect(message).toBeVisible();
    await box(page, MONDAY).click();
    await box(page, CALM).click();
    await expectProgress(page, 2);
    await box(page, MONDAY).click();
    await expectProgress(page, 1);
    await expect(message).toHaveCount(1);

    await page.getByRole('button', { name: 'Clear all ticks' }).click();
    await page.getByRole('button', { name: 'Yes, clear them' }).click();
    await expectProgress(page, 0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(box(page, CALM)).toBeChecked();
  });
});

test('full storage: ticks still work and the reader is told once', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await open(page);
  await expect(page.getByRole('status')).toHaveText('');
  await box(page, MONDAY).click();
  const message = page.getByText('Your browser’s storage is full');
  await expect(message).toBeVisible();
  await box(page, THANKS).click();
  await box(page, CALM).click();
  await expectProgress(page, 3);
  await expect(message).toHaveCount(1);
});

test('reset asks first, can be cancelled, and can be undone', async ({ page }) => {
  await open(page);
  const reset = page.getByRole('button', { name: 'Clear all ticks' });
  await expect(reset).toBeDisabled();
  // With nothing to clear it must look unavailable, not like the Print button beside it.
  const look = () => reset.evaluate((el) => getComputedStyle(el).borderStyle);
  expect(await look()).toBe('dashed');
  for (const name of [MONDAY, THANKS, CALM]) await box(page, name).click();
  expect(await look()).toBe('solid');

  await reset.click();
  const question = page.getByText('Clear all 3 ticks?');
  await expect(question).toBeFocused();
  await page.getByRole('button', { name: 'No, keep them' }).click();
  await expect(reset).toBeFocused();
  await expectProgress(page, 3);

  // Escape cancels too.
  await reset.click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Yes, clear them' })).toHaveCount(0);
  await expectProgress(page, 3);

  await reset.click();
  await page.getByRole('button', { name: 'Yes, clear them' }).click();
  await expectProgress(page, 0);
  await expect(box(page, MONDAY)).not.toBeChecked();
  expect(JSON.parse((await stored(page))!)).toEqual({ version: 1, done: [] });
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await expect(undo).toHaveAccessibleDescription('Cleared 3 ticks.');

  await page.keyboard.press('Enter');
  await expectProgress(page, 3);
  await expect(box(page, CALM)).toBeChecked();
  await expect(reset).toBeFocused();
  await expect(undo).toHaveCount(0);

  await page.reload();
  await open(page);
  await expectProgress(page, 3);
});

test('two open tabs stay in sync', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await open(first);
  await open(second);

  await box(first, MONDAY).click();
  await expect(box(second, MONDAY)).toBeChecked();
  await expectProgress(second, 1);

  await box(second, THANKS).click();
  await expect(box(first, THANKS)).toBeChecked();
  await expectProgress(first, 2);

  await second.getByRole('button', { name: 'Clear all ticks' }).click();
  await second.getByRole('button', { name: 'Yes, clear them' }).click();
  await expectProgress(first, 0);
  await expect(box(first, MONDAY)).not.toBeChecked();

  await second.getByRole('button', { name: 'Undo' }).click();
  await expectProgress(first, 2);
});

test('the print view shows every box empty and hides the controls', async ({ page }) => {
  await open(page);
  await box(page, MONDAY).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Clear all ticks' })).toBeHidden();
  await expect(page.getByText(`1 of ${TOTAL} done`)).toBeHidden();
  const looks = await box(page, MONDAY).evaluate((input) => {
    const style = getComputedStyle(input);
    return { appearance: style.appearance, background: style.backgroundColor };
  });
  expect(looks).toEqual({ appearance: 'none', background: 'rgb(255, 255, 255)' });
});

test('every "Read more" link leads to a heading that exists', async ({ page }) => {
  await open(page);
  const hrefs = await page.getByRole('link', { name: /^Read more/ }).evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(hrefs.length).toBe(items.filter((item) => item.link).length);
  for (const href of new Set(hrefs)) {
    const [path, fragment] = href.split('#');
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    expect(html, `${href} has no target`).toContain(`id="${fragment}"`);
  }
});

test('the page ships at most 10 KB of JavaScript, brotli-compressed', async ({ page }) => {
  const scripts: Buffer[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.body());
  });
  await open(page);
  await page.waitForLoadState('networkidle');
  // Inline scripts count too (Astro's island runtime); JSON-LD is data, not JavaScript.
  const inline = await page
    .locator('script:not([src]):not([type="application/ld+json"])')
    .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
  const bytes = [...scripts, ...inline.filter((code) => code.trim()).map((code) => Buffer.from(code))]
    .map((code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length)
    .reduce((sum, size) => sum + size, 0);
  console.log(`${PATH} JavaScript: ${bytes} bytes brotli from ${scripts.length} files and ${inline.length} inline scripts`);
  expect(scripts.length).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(10 * 1024);
});

test.describe('the checklist embedded in the etiquette guide', () => {
  const GUIDE = '/guides/follow-up-call-etiquette/';

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('shows every item of the same data with its reason, grouped under h3s', async ({ page }) => {
      await page.goto(GUIDE);
      for (const group of data.groups) {
        await expect(page.getByRole('heading', { level: 3, name: group.title, exact: true })).toBeVisible();
      }
      await expect(page.getByRole('checkbox')).toHaveCount(TOTAL);
      for (const item of items) {
        await expect(box(page, item.text)).toBeAttached();
        await expect(page.getByText(item.why, { exact: false }).first()).toBeAttached();
      }
      await expect(page.locator(`main a[href="${PATH}"]`).first()).toBeVisible();
    });
  });

  test('"Print a blank copy" prints the list under the title, not the whole guide', async ({ page }) => {
    await open(page, GUIDE);
    const intro = page.locator('main p').first();
    // A plain printout of the guide is the whole guide.
    await page.emulateMedia({ media: 'print' });
    await expect(intro).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole('button', { name: 'Print a blank copy' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(intro).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(box(page, MONDAY)).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: data.groups[0].title, exact: true })).toBeVisible();
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(intro).toBeVisible();
  });

  test('ticks made in the guide show on the checklist page, and back', async ({ page }) => {
    await open(page, GUIDE);
    await box(page, MONDAY).check();
    await expectProgress(page, 1);

    await open(page);
    await expect(box(page, MONDAY)).toBeChecked();
    await box(page, CALM).check();

    await open(page, GUIDE);
    await expect(box(page, CALM)).toBeChecked();
    await expectProgress(page, 2);
  });

  test('a "Read more" link to the same guide scrolls to its section', async ({ page }) => {
    await open(page, GUIDE);
    await page.getByRole('link', { name: `Read more about “${MONDAY}”` }).click();
    await expect(page).toHaveURL(/#skip-mondays$/);
    await expect(page.getByRole('heading', { name: 'Skip Mondays' })).toBeInViewport();
  });
});
