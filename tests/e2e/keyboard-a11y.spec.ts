/**
 * What axe can't prove: sizes a keyboard or touch user relies on, focus you can see, and status
 * messages a screen reader actually hears. Each test here failed before its fix.
 */
import { expect, test, type Page } from '@playwright/test';

const PLANNER = '/tools/when-to-call/';
const SCRIPTS = '/tools/call-scripts/';

async function openPlanner(page: Page) {
  await page.clock.setFixedTime(new Date('2026-03-04T15:00:00Z'));
  await page.goto(PLANNER);
  await expect(page.locator('.pl[data-ready]')).toHaveCount(1);
}

/** Counts each time an element's text becomes `text`: one per announcement of it. */
async function countArrivals(page: Page, selector: string, text: string) {
  await page.evaluate(
    ({ selector, text }) => {
      const target = document.querySelector(selector)!;
      const w = window as unknown as { arrivals: number };
      w.arrivals = 0;
      let last = target.textContent;
      new MutationObserver(() => {
        const now = target.textContent;
        if (now !== last && now?.includes(text)) w.arrivals++;
        last = now;
      }).observe(target, { childList: true, characterData: true, subtree: true });
    },
    { selector, text },
  );
  return () => page.evaluate(() => (window as unknown as { arrivals: number }).arrivals);
}

test.describe('planner', () => {
  test.use({ viewport: { width: 320, height: 700 }, timezoneId: 'America/New_York', locale: 'en-US' });

  test('the promised date box under its radio button is a full-size date box, not a 24 px square', async ({ page }) => {
    await openPlanner(page);
    await page.getByRole('radio', { name: 'Yes, they gave a date' }).check();
    const box = await page.getByRole('textbox', { name: 'The date they gave' }).boundingBox();
    expect(box!.width).toBeGreaterThan(150);
    expect(box!.height).toBeGreaterThanOrEqual(44);
  });

  test('a working-days error is read with the group its link jumps to', async ({ page }) => {
    await openPlanner(page);
    await page.getByRole('textbox', { name: 'When was your interview?' }).fill('2026-03-03');
    await page.getByText('More settings').click();
    const days = page.getByRole('group', { name: 'The employer’s working days' });
    for (const day of ['Tuesday', 'Wednesday', 'Thursday', 'Friday']) await days.getByRole('checkbox', { name: day }).uncheck();
    await page.getByRole('button', { name: 'Make my plan' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await summary.getByRole('link', { name: /other than Monday/ }).click();
    await expect(days.getByRole('checkbox', { name: 'Monday' })).toBeFocused();
    // A screen reader announces the group's description on entering it: the hint, then the error.
    await expect(days).toHaveAccessibleDescription(/not on a Monday unless they asked you to call back that day\. Error: Choose at least one working day other than Monday/);
  });

  test('status messages sit in the accessibility tree before they change, and a second copy is announced again', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openPlanner(page);
    // The holiday note's live region is there before a region is chosen, so the first note is read.
    const regionField = page.locator('.kit-field').filter({ has: page.getByRole('combobox', { name: 'Where is the employer?' }) });
    await expect(regionField.getByRole('status')).toHaveCount(1);
    await page.getByRole('combobox', { name: 'Where is the employer?' }).selectOption('US');
    await expect(regionField.getByRole('status')).toHaveText(/The plan will skip \d+ public holidays/);

    await page.getByRole('textbox', { name: 'When was your interview?' }).fill('2026-03-03');
    await page.getByRole('button', { name: 'Make my plan' }).click();
    const plan = page.getByRole('region', { name: 'Your plan' });
    // The plan has two live regions: the copy confirmation and "Save to my follow-ups"'s outcome.
    const copyStatus = plan.locator('.pl-status');
    await expect(copyStatus).toHaveCount(1);
    await expect(copyStatus).toHaveAttribute('role', 'status');
    await expect(plan.getByRole('status')).toHaveCount(2);
    const arrivals = await countArrivals(page, '.pl-status', 'Plan copied');
    const copy = plan.getByRole('button', { name: 'Copy plan as text' });
    await copy.click();
    await expect(copyStatus).toHaveText(/Plan copied/);
    await copy.click();
    await expect.poll(arrivals).toBe(2);
  });

  test('if the rules can’t load, pressing “Make my plan” is answered by a status message, not silence', async ({ page }) => {
    await page.route(/plan-engine/, (route) => route.abort());
    await openPlanner(page);
    // The notice's live region is there, empty and taking no room, before anything goes wrong.
    // (The planner's own notice, above the form: the form has live regions of its own.)
    const notice = page.locator('.pl > p[role="status"]');
    await expect(notice).toHaveText('');
    await expect(notice).toHaveCSS('padding-top', '0px');
    await page.getByRole('textbox', { name: 'When was your interview?' }).fill('2026-03-03');
    await page.getByRole('button', { name: 'Make my plan' }).press('Enter');
    await expect(notice).toHaveText(/The planner couldn’t load\. Check your connection/);
    await expect(page.getByRole('button', { name: 'Make my plan' })).toBeFocused();
  });
});

test.describe('call scripts', () => {
  test.use({ viewport: { width: 320, height: 700 } });

  test('ticking “Remember my details” reads out what happens, including when saving fails', async ({ page }) => {
    await page.goto(SCRIPTS);
    await expect(page.locator('.cs-root--ready')).toBeAttached();
    const remember = page.getByRole('checkbox', { name: 'Remember my details on this device' });
    await remember.check();
    await expect(page.getByRole('status')).toHaveText('Your details will be saved on this device as you type. They never leave it.');
    await remember.uncheck();
    await expect(page.getByRole('status')).toHaveText(/no longer saved on this device/);

    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.reload();
    await expect(page.locator('.cs-root--ready')).toBeAttached();
    await remember.click();
    await expect(remember).not.toBeChecked();
    await expect(page.getByRole('status')).toHaveText(/won’t let the page save your details/);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`every Tab stop inside a date box shows the focus ring (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(SCRIPTS);
      await expect(page.locator('.cs-root--ready')).toBeAttached();
      const date = page.getByRole('textbox', { name: 'Interview date' });
      await date.focus();
      // Month, day, year, and in Chromium the calendar button: the box must show focus at each.
      let stops = 0;
      while ((await date.evaluate((el) => el === document.activeElement)) && stops < 6) {
        await expect(date).not.toHaveCSS('outline-style', 'none');
        await page.keyboard.press('Tab');
        stops++;
      }
      expect(stops).toBeGreaterThanOrEqual(3);
    });
  }
});
