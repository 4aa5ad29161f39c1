import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const PATH = '/tools/when-to-call/';
// "Now" for every test: Wednesday, March 4, 2026, 10:00 in New York (15:00 UTC).
const NOW = new Date('2026-03-04T15:00:00Z');

test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

async function open(page: Page, path = PATH) {
  await page.clock.setFixedTime(NOW);
  await page.goto(path);
  await expect(page.locator('.pl[data-ready]')).toHaveCount(1);
}

const submit = (page: Page) => page.getByRole('button', { name: 'Make my plan' });
const timeline = (page: Page) => page.locator('ol.pl-timeline > li');
const summary = (page: Page) => page.getByRole('alert').filter({ hasText: 'There is a problem' });

async function fillBasics(page: Page) {
  await page.getByLabel('When was your interview?').fill('2026-03-03');
  await page.getByRole('radio', { name: 'Yes, they gave a date' }).check();
  await page.getByLabel('The date they gave').fill('2026-03-06');
}

/** The plan as [date, title] pairs, read from the page. */
async function readPlan(page: Page): Promise<string[][]> {
  // The plan renders after the island hydrates and loads the rules: wait for it.
  await expect(page.locator('.pl-plan')).toBeVisible();
  return timeline(page).evaluateAll((items) =>
    items.map((item) => [item.querySelector('time')!.getAttribute('datetime')!, item.querySelector('.pl-step-title')!.textContent!.trim()]),
  );
}

const EXPECTED_PLAN = [
  ['2026-03-03', 'Your interview'],
  ['2026-03-04', 'Send a thank-you note'],
  ['2026-03-06', 'The day they named'],
  ['2026-03-10', 'Call 1 of 2'],
  ['2026-03-17', 'Call 2 of 2'],
  ['2026-03-24', 'No answer? Treat it as a no'],
];

test('fill the form and read a dated plan, with statuses relative to today', async ({ page }) => {
  await open(page);
  await fillBasics(page);
  await submit(page).click();
  const heading = page.getByRole('heading', { name: 'Your plan' });
  await expect(heading).toBeFocused();
  expect(await readPlan(page)).toEqual(EXPECTED_PLAN);
  await expect(page.getByText('Next: Send a thank-you note, Wednesday, March 4 (today).')).toBeVisible();
  const first = timeline(page).nth(3);
  await expect(first).toContainText('Tuesday, March 10, 2026');
  await expect(first).toContainText('Coming up');
  await expect(first).toContainText('1:30 PM–3:00 PM or 4:00 PM–5:00 PM New York time');
  await expect(first.getByRole('link', { name: 'Why this date? (rule H3)' })).toHaveAttribute('href', '/guides/when-to-call-the-planner-rules/#if-they-promised-a-date');
  await expect(timeline(page).first()).toContainText('Done');
  await expect(timeline(page).nth(1)).toContainText('Today');
  // The form keeps what was typed.
  await expect(page.getByLabel('The date they gave')).toHaveValue('2026-03-06');
});

test('a promise in words is turned into a date and shown', async ({ page }) => {
  await open(page);
  await page.getByLabel('When was your interview?').fill('2026-03-03');
  await page.getByRole('radio', { name: '“By the end of the week”' }).check();
  await expect(page.getByText('That means by Friday, March 6, 2026.')).toBeVisible();
  await page.getByRole('radio', { name: '“Next week”' }).check();
  await expect(page.getByText('That means by Friday, March 13, 2026.')).toBeVisible();
  await submit(page).click();
  await expect(timeline(page).filter({ hasText: 'Call 1 of 2' })).toContainText('Tuesday, March 17, 2026');
});

test('“by the end of the week” in Christmas week means the last open day, Thursday the 24th', async ({ page }) => {
  await open(page);
  await page.getByLabel('When was your interview?').fill('2026-12-22');
  await page.getByRole('radio', { name: '“By the end of the week”' }).check();
  await expect(page.getByText('That means by Friday, December 25, 2026.')).toBeVisible();
  await page.getByLabel('Where is the employer?').selectOption('IE');
  await expect(page.getByText('That means by Thursday, December 24, 2026.')).toBeVisible();
  await page.getByLabel('I’d rather call on the day they named').check();
  await submit(page).click();
  await expect(timeline(page).filter({ hasText: 'The day they named' })).toContainText('Thursday, December 24, 2026');
  await expect(timeline(page).filter({ hasText: 'Call 1 of 2' })).toContainText('Thursday, December 24, 2026');
});

test('a region’s holidays load only when chosen, and move the calls', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await open(page);
  expect(requests.filter((path) => path.startsWith('/holidays/'))).toEqual([]);
  await page.getByLabel('When was your interview?').fill('2026-05-19');
  await page.getByRole('radio', { name: 'Yes, they gave a date' }).check();
  await page.getByLabel('The date they gave').fill('2026-05-22');
  await page.getByLabel('Where is the employer?').selectOption('US');
  await expect(page.getByText(/The plan will skip \d+ public holidays/)).toBeVisible();
  expect(requests.filter((path) => path.startsWith('/holidays/'))).toEqual(['/holidays/US.json']);
  await submit(page).click();
  await expect(timeline(page).filter({ hasText: 'Call 1 of 2' })).toContainText('Wednesday, May 27, 2026');
  await expect(page.getByText('Public holidays skipped: Memorial Day (Mon, May 25)', { exact: false })).toBeVisible();
});

test('download the plan as an .ics file that matches the plan', async ({ page }) => {
  await open(page);
  await fillBasics(page);
  await submit(page).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download calendar file (.ics)' }).click()]);
  expect(download.suggestedFilename()).toBe('follow-up-plan-2026-03-03.ics');
  const ics = readFileSync((await download.path())!, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  const events = unfolded.split('BEGIN:VEVENT').slice(1).map((block) => ({
    summary: /^SUMMARY:(.*)$/m.exec(block)?.[1].trim(),
    start: /^DTSTART(?:;VALUE=DATE)?:(\S+)/m.exec(block)?.[1],
    end: /^DTEND(?:;VALUE=DATE)?:(\S+)/m.exec(block)?.[1],
    alarm: block.includes('BEGIN:VALARM'),
  }));
  // Calls at 1:30 PM New York time: 17:30 UTC after the US clocks change on March 8.
  expect(events).toEqual([
    { summary: 'Send your thank-you note', start: '20260304', end: '20260305', alarm: true },
    { summary: 'Follow-up: call 1 of 2', start: '20260310T173000Z', end: '20260310T190000Z', alarm: true },
    { summary: 'Follow-up: call 2 of 2', start: '20260317T173000Z', end: '20260317T190000Z', alarm: true },
    { summary: 'No answer? Treat it as a no', start: '20260324', end: '20260325', alarm: true },
  ]);
  // The same days as the plan on the page.
  const planDates = (await readPlan(page)).filter(([, title]) => /Call|thank-you|no$/.test(title)).map(([date]) => date.replaceAll('-', ''));
  expect(events.map((event) => event.start!.slice(0, 8))).toEqual(planDates);
  await expect(page.getByRole('status').filter({ hasText: 'Calendar file downloaded' })).toBeVisible();
});

test('copy the plan as text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await fillBasics(page);
  await submit(page).click();
  await page.getByRole('button', { name: 'Copy plan as text' }).click();
  await expect(page.getByText('Plan copied.')).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('Tuesday, March 10, 2026: Call 1 of 2 (coming up)');
  expect(text).toContain('Plan: http');
});

test('the state lives in the URL: reload, back and shared links restore it', async ({ page, browser }) => {
  await open(page);
  await fillBasics(page);
  await submit(page).click();
  await expect(timeline(page)).toHaveCount(6);
  const url = page.url();
  expect(url).toContain('interview=2026-03-03');
  expect(url).toContain('promised=2026-03-06');

  await page.reload();
  await expect(page.locator('.pl[data-ready]')).toHaveCount(1);
  expect(await readPlan(page)).toEqual(EXPECTED_PLAN);
  await expect(page.getByLabel('The date they gave')).toHaveValue('2026-03-06');

  // A second plan, then Back returns to the first.
  await page.getByRole('radio', { name: 'No, they didn’t say' }).check();
  await submit(page).click();
  await expect(timeline(page).filter({ hasText: 'Call 1 of 2' })).toContainText('Tuesday, March 10, 2026');
  await expect(timeline(page)).toHaveCount(5);
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Yes, they gave a date' })).toBeChecked();
  await expect(timeline(page)).toHaveCount(6);

  // A shared link opened elsewhere.
  const other = await browser.newPage({ timezoneId: 'America/New_York' });
  await other.clock.setFixedTime(NOW);
  await other.goto(url);
  expect(await readPlan(other)).toEqual(EXPECTED_PLAN);
  await other.close();
});

test('malformed link parameters are ignored with a notice', async ({ page }) => {
  await open(page, `${PATH}?interview=2026-03-03&told=soon&tz=Mars%2FBase&days=9`);
  await expect(page.getByText('Part of the link couldn’t be read, so we left it out: what they told you, time zone, working days.')).toBeVisible();
  await expect(page.getByLabel('When was your interview?')).toHaveValue('2026-03-03');
  await expect(page.getByLabel('Employer’s time zone')).toHaveValue('America/New_York');
  expect((await readPlan(page)).map(([date]) => date)).toEqual(['2026-03-03', '2026-03-04', '2026-03-10', '2026-03-17', '2026-03-24']);
});

test('windows show in the user’s own time when the employer is elsewhere', async ({ page }) => {
  await open(page);
  await fillBasics(page);
  await page.getByLabel('Employer’s time zone').selectOption('Europe/London');
  await submit(page).click();
  await expect(timeline(page).filter({ hasText: 'Call 1 of 2' })).toContainText('1:30 PM–3:00 PM or 4:00 PM–5:00 PM London time (9:30 AM–11:00 AM or 12:00 PM–1:00 PM your time)');
  await expect(page.getByText('Dates follow the employer’s calendar, in London time, so “today” is their today.')).toBeVisible();
});

test('late in the evening, an employer a day ahead has its own today, and the plan says so', async ({ page }) => {
  // 10:30 PM on Wednesday, March 4 in New York is Thursday, March 5 in Sydney.
  await page.clock.setFixedTime(new Date('2026-03-05T03:30:00Z'));
  await page.goto(`${PATH}?interview=2026-03-03&tz=Australia%2FSydney`);
  await expect(page.locator('.pl-plan')).toBeVisible();
  await expect(page.getByText('Dates follow the employer’s calendar, in Sydney time, so “today” is their today.')).toBeVisible();
  await expect(page.locator('li[aria-current="date"] time')).toHaveAttribute('datetime', '2026-03-05');
  // The note is missing when the employer's zone is yours.
  await page.goto(`${PATH}?interview=2026-03-03&tz=America%2FNew_York`);
  await expect(page.locator('.pl-plan')).toBeVisible();
  await expect(page.getByText('Dates follow the employer’s calendar', { exact: false })).toHaveCount(0);
});

/** Activates the summary link for a message with the keyboard, and checks where focus lands. */
async function followError(page: Page, message: string, fieldLabel: string | RegExp) {
  await expect(summary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  const link = summary(page).getByRole('link', { name: message });
  await link.focus();
  await page.keyboard.press('Enter');
  const field = page.getByLabel(fieldLabel, { exact: typeof fieldLabel === 'string' });
  await expect(field.first()).toBeFocused();
  await expect(page.locator('.kit-error').filter({ hasText: `Error: ${message}` })).toBeVisible();
}

async function submitWithKeyboard(page: Page) {
  await submit(page).focus();
  await page.keyboard.press('Enter');
}

test('each error: the summary takes focus, links to the field, and fixing it gives a plan', async ({ page }) => {
  await open(page);

  // No interview date.
  await submitWithKeyboard(page);
  await followError(page, 'Enter the date of your interview', 'When was your interview?');
  await page.getByLabel('When was your interview?').fill('2026-03-03');

  // A promised date before the interview.
  await page.getByRole('radio', { name: 'Yes, they gave a date' }).focus();
  await page.keyboard.press('Space');
  await page.getByLabel('The date they gave').fill('2026-03-01');
  await submitWithKeyboard(page);
  await followError(page, 'The date they gave must be on or after your interview date', 'The date they gave');
  await page.getByLabel('The date they gave').fill('2026-03-06');

  // Advanced settings: only Monday, an office that closes before it opens, a bad closed day
  // and a call "made" tomorrow, all at once.
  await page.getByText('More settings').focus();
  await page.keyboard.press('Enter');
  for (const day of ['Tuesday', 'Wednesday', 'Thursday', 'Friday']) await page.getByRole('checkbox', { name: day }).uncheck();
  await page.getByLabel('Closes').fill('08:00');
  await page.getByLabel('Days the office is closed').fill('2026-12-24\nChristmas week');
  await page.getByRole('button', { name: 'Add a call you made' }).click();
  await page.getByLabel('Call 1: the day you called').fill('2026-03-05');
  await submitWithKeyboard(page);
  await expect(summary(page).getByRole('link')).toHaveText([
    'Choose at least one working day other than Monday: Mondays are never call days',
    '“Christmas week” is not a date. Write closed days like 2026-12-24, one a line',
    'The office must close at least an hour after it opens',
    'Call 1 can’t be after today. Only list calls you have made',
  ]);
  // Typed text survives the error.
  await expect(page.getByLabel('Days the office is closed')).toHaveValue('2026-12-24\nChristmas week');

  await followError(page, 'Choose at least one working day other than Monday: Mondays are never call days', 'Monday');
  await page.getByRole('checkbox', { name: 'Tuesday' }).focus();
  await page.keyboard.press('Space');
  await followErrorAgain(page, '“Christmas week” is not a date. Write closed days like 2026-12-24, one a line', 'Days the office is closed');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('2026-12-24 to 2026-12-31');
  await followErrorAgain(page, 'The office must close at least an hour after it opens', 'Closes');
  await page.getByLabel('Closes').fill('17:00');
  await followErrorAgain(page, 'Call 1 can’t be after today. Only list calls you have made', 'Call 1: the day you called');
  await page.getByLabel('Call 1: the day you called').fill('2026-03-04');

  await submitWithKeyboard(page);
  await expect(page.getByRole('heading', { name: 'Your plan' })).toBeFocused();
  await expect(summary(page)).toHaveCount(0);
  await expect(page).not.toHaveTitle(/^Error: /);
  // Monday and Tuesday only, one call made on Wednesday the 4th: the next try waits a full
  // week (to the 11th), then for the next Tuesday.
  expect((await readPlan(page)).filter(([, title]) => /Call|called/.test(title))).toEqual([
    ['2026-03-04', 'You called'],
    ['2026-03-17', 'Call 2 of 2'],
  ]);
});

/** Like followError, from a summary that no longer has the focus. */
async function followErrorAgain(page: Page, message: string, fieldLabel: string) {
  const link = summary(page).getByRole('link', { name: message });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(fieldLabel, { exact: true })).toBeFocused();
}

test('every “why” link points to a section of the rules guide', async ({ page, request }) => {
  await open(page, `${PATH}?interview=2026-02-03&told=date&promised=2026-02-06&tz=America%2FNew_York&calls=3`);
  await expect(page.locator('.pl-plan')).toBeVisible();
  const links = await page.getByRole('link', { name: /Why this date\?/ }).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(links.length).toBeGreaterThan(2);
  const guide = await (await request.get('/guides/when-to-call-the-planner-rules/')).text();
  for (const href of [...new Set(links)]) {
    const id = href.split('#')[1];
    expect(guide, `missing section #${id}`).toContain(`id="${id}"`);
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the rules and worked examples computed at build time are on the page', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.getByRole('heading', { name: 'How the planner picks the dates' })).toBeVisible();
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    const row = table.getByRole('row').filter({ hasText: 'Tue, Mar 3, 2026' }).filter({ hasText: 'By Friday, March 6' }).first();
    await expect(row).toContainText('Tue, Mar 10, then Tue, Mar 17');
    await expect(table.getByRole('row').filter({ hasText: 'Memorial Day' })).toContainText('Wed, May 27');
    expect(await page.locator('noscript').first().innerHTML()).toContain('The planner needs JavaScript');
    // The note reads as two sentences, on the tool page and in the guide.
    expect(await page.locator('noscript').first().innerHTML()).toContain('your dates. Without it, use the rules');
    await page.goto('/guides/when-to-call-the-planner-rules/');
    expect(await page.locator('noscript').first().innerHTML()).toContain('your dates. Without it, <a');
  });
});

test('the rules guide hosts the planner, which hydrates when scrolled to', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('/guides/when-to-call-the-planner-rules/');
  await page.getByRole('heading', { name: 'Try it with your own dates' }).scrollIntoViewIfNeeded();
  await expect(page.locator('.pl[data-ready]')).toHaveCount(1);
  await fillBasics(page);
  await submit(page).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Your plan' })).toBeFocused();
  expect(await readPlan(page)).toEqual(EXPECTED_PLAN);
  expect(page.url()).toContain('/guides/when-to-call-the-planner-rules/?interview=2026-03-03');
});

test('nothing overflows a 320px screen, with a plan and the settings open', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await open(page, `${PATH}?interview=2026-03-03&told=date&promised=2026-03-06&region=GB-ENG&tz=America%2FArgentina%2FComodoro_Rivadavia&closed=2026-12-24&made=2026-03-03`);
  await expect(page.locator('.pl-plan')).toBeVisible();
  await expect(page.locator('details.pl-more')).toHaveAttribute('open', '');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('an email-only plan says "email" in its form, its messages and its steps', async ({ page }) => {
  await open(page);
  await fillBasics(page);
  await expect(page.getByLabel('I’d rather call on the day they named')).toBeVisible();
  await page.getByRole('radio', { name: 'They asked me not to call' }).check();
  await page.getByText('More settings: working days').click();
  await expect(page.getByLabel('I’d rather email on the day they named')).toBeVisible();
  await expect(page.getByText('More settings: working days, closed days, office hours, emails you’ve sent')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Emails you’ve already sent' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'The employer’s working days' })).toHaveAccessibleDescription('Emails only go on working days, and not on a Monday unless they named that day.');
  await page.getByRole('button', { name: 'Add an email you sent' }).click();
  const sent = page.getByLabel('Email 1: the day you sent it');
  await expect(sent).toBeFocused();
  await sent.fill('2026-03-05');
  await submit(page).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page).getByRole('link', { name: /Email 1 can’t be after today\. Only list emails you have sent/ })).toBeVisible();
  await sent.fill('2026-03-04');
  await submit(page).click();
  await expect(page.getByRole('heading', { name: 'Your plan' })).toBeFocused();
  const titles = (await readPlan(page)).map(([, title]) => title);
  expect(titles).toEqual(['Your interview', 'Send a thank-you note', 'You emailed', 'The day they named', 'Email 2 of 2', 'No answer? Treat it as a no']);
  expect(titles.some((title) => /^Call\b/.test(title))).toBe(false);
});

test('on the interview day the thank-you note is due now, by tomorrow, not marked as today', async ({ page }) => {
  await open(page);
  // "Now" is Wednesday, March 4: the interview is today.
  await page.getByLabel('When was your interview?').fill('2026-03-04');
  await submit(page).click();
  expect((await readPlan(page)).slice(0, 2)).toEqual([
    ['2026-03-04', 'Your interview'],
    ['2026-03-05', 'Send a thank-you note'],
  ]);
  await expect(page.getByText('Next: Send a thank-you note, by Thursday, March 5 (tomorrow).')).toBeVisible();
  const thanks = timeline(page).nth(1);
  await expect(thanks.locator('.pl-badge')).toHaveText('Due now');
  await expect(thanks).toContainText('Send it today or tomorrow');
  await expect(thanks).not.toHaveAttribute('aria-current', 'date');
  await expect(timeline(page).first()).toHaveAttribute('aria-current', 'date');
});

test('told nothing, a call gave a new date: you can choose to call on that day', async ({ page }) => {
  await open(page);
  await page.getByLabel('When was your interview?').fill('2026-02-17');
  await expect(page.getByLabel('I’d rather call on the day they named')).toHaveCount(0);
  await page.getByText('More settings: working days').click();
  await page.getByRole('button', { name: 'Add a call you made' }).click();
  await page.getByLabel('Call 1: the day you called').fill('2026-02-24');
  await page.getByLabel('Call 1: new date they gave (optional)').fill('2026-03-10');
  const keen = page.getByRole('group', { name: 'Calls you’ve already made' }).getByLabel('I’d rather call on the day they named');
  await expect(keen).toBeVisible();
  await submit(page).click();
  // Two working days' grace after Tuesday the 10th: Thursday the 12th.
  expect((await readPlan(page)).filter(([, title]) => title === 'Call 2 of 2')).toEqual([['2026-03-12', 'Call 2 of 2']]);
  await keen.check();
  await submit(page).click();
  await expect.poll(async () => (await readPlan(page)).filter(([, title]) => title === 'Call 2 of 2')).toEqual([['2026-03-10', 'Call 2 of 2']]);
  // The choice is in the link, and comes back with it.
  expect(page.url()).toContain('keen=1');
  await page.reload();
  await expect(page.locator('.pl[data-ready]')).toHaveCount(1);
  expect((await readPlan(page)).filter(([, title]) => title === 'Call 2 of 2')).toEqual([['2026-03-10', 'Call 2 of 2']]);
});

test('with no region chosen the plan says holidays aren’t skipped; choosing one moves a Thanksgiving call', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-22T15:00:00Z'));
  await page.goto(PATH);
  await expect(page.locator('.pl[data-ready]')).toHaveCount(1);
  // Thursday, November 19: a week later is Thanksgiving.
  await page.getByLabel('When was your interview?').fill('2026-11-19');
  await submit(page).click();
  await expect(timeline(page).filter({ hasText: 'Call 1 of 2' })).toContainText('Thursday, November 26, 2026');
  const hint = page.getByText('No region chosen, so only the closed days you added are skipped.', { exact: false });
  await expect(hint).toBeVisible();
  await page.getByLabel('Where is the employer?').selectOption('US');
  await submit(page).click();
  await expect(timeline(page).filter({ hasText: 'Call 1 of 2' })).toContainText('Friday, November 27, 2026');
  await expect(page.getByText('Public holidays skipped: Thanksgiving Day (Thu, Nov 26)', { exact: false })).toBeVisible();
  await expect(hint).toHaveCount(0);
});

test('printing leaves out the form and keeps the plan', async ({ page }) => {
  await open(page);
  await fillBasics(page);
  await submit(page).click();
  await expect(page.getByRole('heading', { name: 'Your plan' })).toBeFocused();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('form', { name: 'Your interview' })).toBeHidden();
  await expect(page.locator('.pl-plan')).toBeVisible();
  await expect(timeline(page)).toHaveCount(EXPECTED_PLAN.length);
  // In the rules guide, the empty planner doesn't print as a page of blank boxes.
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/guides/when-to-call-the-planner-rules/');
  const form = page.getByRole('form', { name: 'Your interview' });
  await form.scrollIntoViewIfNeeded();
  await expect(page.locator('.pl[data-ready]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

/** The events of a downloaded .ics file: summary and start. */
async function downloadEvents(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download calendar file (.ics)' }).click()]);
  const unfolded = readFileSync((await download.path())!, 'utf8').replace(/\r\n[ \t]/g, '');
  return unfolded.split('BEGIN:VEVENT').slice(1).map((block) => [/^SUMMARY:(.*)$/m.exec(block)?.[1].trim(), /^DTSTART(?:;VALUE=DATE)?:(\S+)/m.exec(block)?.[1]]);
}

test('H13: “How have they been in touch?” has no answer chosen; mostly by email gives an email plan on the same dates', async ({ page }) => {
  await open(page);
  const question = page.getByRole('group', { name: 'How have they been in touch?' });
  for (const name of ['Mostly by phone', 'Mostly by email', 'They asked me not to call', 'A recruitment agency arranged it']) {
    await expect(question.getByRole('radio', { name })).not.toBeChecked();
  }
  await fillBasics(page);
  await submit(page).click();
  // Unanswered: calls, each with its email version offered.
  await expect(timeline(page).nth(3)).toContainText('Prefer to write? Send the email version on the same day instead.');
  await question.getByRole('radio', { name: 'Mostly by email' }).check();
  await submit(page).click();
  await expect.poll(async () => (await readPlan(page)).map(([date, title]) => `${date} ${title}`)).toEqual(
    EXPECTED_PLAN.map(([date, title]) => `${date} ${title.replace(/^Call/, 'Email')}`),
  );
  await expect(timeline(page).nth(3)).toContainText('Send it:');
  await expect(timeline(page).nth(3)).not.toContainText('Best times');
  expect(page.url()).toContain('contact=email');
  await page.reload();
  await expect(page.locator('.pl[data-ready]')).toHaveCount(1);
  await expect(page.getByRole('radio', { name: 'Mostly by email' })).toBeChecked();
});

test('H14: an agency-arranged interview plans a recruiter debrief and calls to the recruiter, on the page, in the text and in the calendar', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await fillBasics(page);
  await page.getByRole('radio', { name: 'A recruitment agency arranged it' }).check();
  await submit(page).click();
  expect(await readPlan(page)).toEqual([
    ['2026-03-03', 'Your interview'],
    ['2026-03-04', 'Debrief the recruiter'],
    ['2026-03-06', 'The day they named'],
    ['2026-03-10', 'Call the recruiter (1 of 2)'],
    ['2026-03-17', 'Call the recruiter (2 of 2)'],
    ['2026-03-24', 'No answer? Treat it as a no'],
  ]);
  await expect(page.getByText('An agency arranged this interview', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Why this date? (rule H14)' })).toHaveAttribute('href', /when-to-call-the-planner-rules\/#/);
  expect(page.url()).toContain('contact=agency');
  expect(await downloadEvents(page)).toEqual([
    ['Debrief the recruiter', '20260304'],
    ['Follow-up: call the recruiter (1 of 2)', '20260310T173000Z'],
    ['Follow-up: call the recruiter (2 of 2)', '20260317T173000Z'],
    ['No answer? Treat it as a no', '20260324'],
  ]);
  await page.getByRole('button', { name: 'Copy plan as text' }).click();
  await expect(page.getByText('Plan copied.')).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('Every follow-up goes to the recruiter who arranged the interview.');
  expect(text).toContain('Wednesday, March 4, 2026: Debrief the recruiter (today)');
});

test('H12: a call that reached only the front desk is listed but uses no try, and survives a reload', async ({ page }) => {
  await open(page);
  await page.getByLabel('When was your interview?').fill('2026-02-24');
  await page.getByText('More settings: working days').click();
  await page.getByRole('button', { name: 'Add a call you made' }).click();
  await page.getByLabel('Call 1: the day you called').fill('2026-03-03');
  await page.getByLabel('Call 1: who did you reach?').selectOption({ label: 'Only the front desk or a colleague, with no message for them' });
  await submit(page).click();
  const plan = await readPlan(page);
  expect(plan.filter(([, title]) => /call/i.test(title))).toEqual([
    ['2026-03-03', 'You called the front desk'],
    // The next call day (today, Wednesday), not a week later: both calls are still to make.
    ['2026-03-04', 'Call 1 of 2'],
    ['2026-03-11', 'Call 2 of 2'],
  ]);
  await expect(timeline(page).filter({ hasText: 'You called the front desk' })).toContainText('doesn’t count as a try');
  expect(new URL(page.url()).searchParams.get('made')).toBe('2026-03-03~~f');
  await page.reload();
  await expect(page.locator('.pl[data-ready]')).toHaveCount(1);
  expect(await readPlan(page)).toEqual(plan);
  await expect(page.getByLabel('Call 1: who did you reach?')).toHaveValue('front-desk');
});

test('H8: a call-back day they gave on a Monday is kept, in the plan and the calendar file', async ({ page }) => {
  await open(page);
  await page.getByLabel('When was your interview?').fill('2026-02-24');
  await page.getByText('More settings: working days').click();
  await page.getByRole('button', { name: 'Add a call you made' }).click();
  await page.getByLabel('Call 1: the day you called').fill('2026-03-03');
  await page.getByLabel('Call 1: new date they gave (optional)').fill('2026-03-09');
  const kind = page.getByLabel('Call 1: what is that date?');
  await expect(kind).toHaveValue('decide-by');
  await submit(page).click();
  // A day they'll decide by: two working days' grace, then a call day.
  await expect.poll(async () => (await readPlan(page)).filter(([, title]) => title === 'Call 2 of 2')).toEqual([['2026-03-11', 'Call 2 of 2']]);
  await kind.selectOption({ label: 'A day to get back to them on' });
  await submit(page).click();
  await expect.poll(async () => (await readPlan(page)).filter(([, title]) => title === 'Call 2 of 2')).toEqual([['2026-03-09', 'Call 2 of 2']]);
  expect(new URL(page.url()).searchParams.get('made')).toBe('2026-03-03~2026-03-09~b');
  const events = await downloadEvents(page);
  expect(events.find(([summary]) => summary === 'Follow-up: call 2 of 2')?.[1]).toBe('20260309T173000Z');
});

