import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { serialiseStore } from '../../src/lib/follow-ups-store';
import type { Application } from '../../src/lib/follow-ups-model';
import type { IsoDate } from '../../src/lib/dates/iso';

const PATH = '/tools/follow-ups/';
const KEY = 'callback-kit:follow-ups';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** An ISO date `days` from today on this machine (the board plans from the real today). */
function isoFromToday(days: number): IsoDate {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` as IsoDate;
}

function seedApp(n: number, over: Partial<Application> = {}): Application {
  return {
    id: `seed-${n}`, company: `Company ${n}`, role: 'Analyst', contactName: '', contactEmail: '', contactPhone: '',
    arrangedBy: 'employer', channel: '', rounds: [{ date: isoFromToday(-((n * 3) % 40) - 1), kind: 'first' }],
    told: 'none', promised: '', region: '', tz: 'UTC', notes: '', history: [], status: 'waiting',
    createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...over,
  };
}

async function seed(page: Page, apps: Application[]) {
  await page.addInitScript(([key, text]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, text);
      localStorage.setItem('callback-kit:follow-ups:warned', '1');
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY, serialiseStore(apps)] as const);
}

async function open(page: Page) {
  await page.goto(PATH);
  await expect(page.locator('.fu[data-ready]')).toHaveCount(1);
}

async function addApp(page: Page, company: string, date = isoFromToday(-3)) {
  await page.getByRole('button', { name: 'Add an application' }).first().click();
  await page.getByRole('textbox', { name: 'Company' }).fill(company);
  await page.getByLabel('Date of interview 1').fill(date);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${escape(company)}`) })).toBeFocused();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says what the board does and links to the planner', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.getByRole('heading', { level: 1, name: 'My follow-ups' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'planner’s', exact: true })).toHaveAttribute('href', '/tools/when-to-call/');
    // Playwright's switch leaves <noscript> as raw text (see checklist.spec.ts): check it holds the note.
    const note = await page.locator('noscript').innerHTML();
    expect(note).toContain('The board needs JavaScript');
    expect(note).toContain('href="/tools/when-to-call/#worked-examples"');
    // No control that could not work.
    await expect(page.getByRole('button')).toHaveCount(1); // the site search's own button
    await expect(page.getByRole('button', { name: 'Add an application' })).toHaveCount(0);
  });
});

test('empty board: says what to do first, and is axe clean', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('heading', { name: 'Start with your latest interview' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add an application' })).toBeVisible();
  await axe(page);
});

test('the server draws the empty board at its full size, so nothing moves when the island starts (CLS 0)', async ({ browser }) => {
  const heightOf = async (javaScriptEnabled: boolean) => {
    const context = await browser.newContext({ viewport: { width: 412, height: 839 }, javaScriptEnabled, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(PATH);
    if (javaScriptEnabled) await expect(page.locator('.fu[data-ready]')).toHaveCount(1);
    // The board's own box: with JavaScript off the page adds its <noscript> note above it.
    const box = await page.locator('.fu').boundingBox();
    await context.close();
    return box?.height ?? 0;
  };
  const [before, after] = [await heightOf(false), await heightOf(true)];
  expect(before).toBeGreaterThan(200);
  expect(after).toBe(before);
});

test('add: errors in a summary that takes the focus and links to each field; then saved and still there after a reload', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Add an application' }).click();
  await expect(page.getByRole('heading', { name: 'Add an application', level: 2 })).toBeFocused();
  await page.getByRole('button', { name: 'Save' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Enter the company’s name', 'Enter the date of your interview']);
  await axe(page);
  await summary.getByRole('link', { name: 'Enter the company’s name' }).click();
  await expect(page.getByRole('textbox', { name: 'Company' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Company' })).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('textbox', { name: 'Company' }).fill('Acme');
  await page.getByLabel('Date of interview 1').fill(isoFromToday(-3));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Acme/ })).toBeFocused();
  await expect(page.getByRole('status')).toContainText('Saved Acme.');
  await expect(page.getByRole('heading', { name: 'Plan' })).toBeVisible();
  await axe(page);

  await page.reload();
  await expect(page.locator('.fu[data-ready]')).toHaveCount(1);
  // The address keeps the open application, so a reload (or coming back from the planner) returns to it.
  await expect(page.getByRole('heading', { level: 2, name: /^Acme/ })).toBeVisible();
  await page.getByRole('button', { name: 'Back to all applications' }).click();
  await expect(page.getByRole('button', { name: 'Acme', exact: true })).toBeFocused();
  const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}');
  expect(stored).toMatchObject({ format: 'callback-kit.follow-ups', version: 1, applications: [{ company: 'Acme' }] });
});

test('edit, log a call, and change status (announced)', async ({ page }) => {
  await seed(page, [seedApp(1, { rounds: [{ date: isoFromToday(-9), kind: 'first' }] })]);
  await open(page);
  await page.getByRole('button', { name: 'Company 1', exact: true }).click();
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByRole('textbox', { name: 'Job title' }).fill('Lead analyst');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Company 1 · Lead analyst' })).toBeFocused();

  await page.getByLabel('What happened?').selectOption('reached');
  await page.getByRole('textbox', { name: 'Note (optional)' }).fill('Spoke to Dana');
  await page.getByRole('button', { name: 'Log it' }).click();
  await expect(page.getByRole('status')).toContainText('Logged for Company 1.');
  await expect(page.getByRole('listitem').filter({ hasText: 'Spoke to Dana' })).toContainText('Called · Spoke to them / they replied');

  // A date in the future is refused at the field.
  await page.getByLabel('Date', { exact: true }).fill(isoFromToday(5));
  await page.getByRole('button', { name: 'Log it' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('The date can’t be after today');

  await page.getByLabel('Status').selectOption('offer');
  await page.getByRole('button', { name: 'Change status' }).click();
  await expect(page.getByRole('status')).toContainText('Company 1: status is now Offer.');
  await page.reload();
  await expect(page.getByText('Status: Offer')).toBeVisible();
});

test('delete one and undo; delete everything and undo; focus follows', async ({ page }) => {
  await seed(page, [seedApp(1), seedApp(2)]);
  await open(page);
  await page.getByRole('button', { name: 'Company 1', exact: true }).click();
  await page.getByRole('button', { name: 'Delete Company 1' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted Company 1.');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Company 1', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Company 1', exact: true })).toBeFocused();

  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('heading', { name: 'Start with your latest interview' })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'Your applications (2)' })).toBeVisible();
});

test('two tabs stay in sync', async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await open(one);
  await open(two);
  await addApp(one, 'Tab Co');
  await expect(two.getByRole('button', { name: 'Tab Co', exact: true })).toBeVisible();
  await expect(two.getByRole('status')).toContainText('Updated from another tab.');
});

async function freshPage(browser: Browser) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  return { context, page: await context.newPage() };
}

test('export a backup, then open it in a fresh browser; a bad file changes nothing', async ({ page, browser }) => {
  await open(page);
  await addApp(page, 'Backup Co');
  await page.getByRole('button', { name: 'Back to all applications' }).click();
  await expect(page.getByRole('heading', { name: 'Keep a backup' })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a backup file' }).first().click()]);
  const file = await download.path();
  const text = readFileSync(file!, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'callback-kit.follow-ups', version: 1 });

  const fresh = await freshPage(browser);
  await open(fresh.page);
  await fresh.page.getByLabel('Open a backup file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"jobs": []}') });
  await expect(fresh.page.getByRole('status')).toContainText('That file isn’t a backup from this board. Nothing was changed.');
  await expect(fresh.page.getByRole('status')).toBeFocused();
  await fresh.page.getByLabel('Open a backup file').setInputFiles({ name: 'board.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(fresh.page.getByRole('status')).toContainText('Replaced your board with the backup: 1 applications.');
  await expect(fresh.page.getByRole('button', { name: 'Backup Co', exact: true })).toBeVisible();

  // With a board already there, it asks: add to it, or replace it.
  await addApp(fresh.page, 'Second Co');
  await fresh.page.getByRole('button', { name: 'Back to all applications' }).click();
  await fresh.page.getByLabel('Open a backup file').setInputFiles({ name: 'board.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(fresh.page.getByRole('group', { name: /Add them to your board, or replace/ })).toBeFocused();
  await fresh.page.getByRole('button', { name: 'Add to my board' }).click();
  await expect(fresh.page.getByRole('status')).toContainText('0 added, 0 updated');
  await expect(fresh.page.getByRole('heading', { name: 'Your applications (2)' })).toBeVisible();
  await fresh.context.close();
});

test('storage blocked: the board works from memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await open(page);
  await expect(page.getByText('This browser isn’t letting the board save')).toBeVisible();
  await addApp(page, 'Memory Co');
  await expect(page.getByText('Status: Waiting')).toBeVisible();
});

test('storage full: the change stays on the page and the board says it wasn’t saved', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await open(page);
  await addApp(page, 'Full Co');
  await expect(page.getByText('This browser’s storage is full')).toBeVisible();
});

test('corrupt storage: left untouched, the board works from memory and offers the backup', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"format":"callback-kit.follow-ups","version":1,"applications":[{"broken":');
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  await open(page);
  await expect(page.getByText('Your saved board couldn’t be read')).toBeVisible();
  await addApp(page, 'After Co');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toContain('"broken":');
});

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '=HYPERLINK("http://evil.example","x")',
  '+1+cmd|\' /C calc\'!A0',
  '@SUM(1+1)',
  '-2+3',
  '{{7*7}} ${7*7}',
  'Zoë 👩🏽‍💻 Nguyễn مريم',
];

test('hostile text stays literal on the page, in the backup and in the CSV', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const apps = HOSTILE.map((text, i) => seedApp(i, { company: text, notes: text, contactName: text }));
  await seed(page, apps);
  await open(page);
  const list = page.getByRole('region', { name: /^Your applications/ });
  for (const text of HOSTILE) await expect(list.getByRole('button', { name: text, exact: true })).toBeVisible();
  await list.getByRole('button', { name: HOSTILE[1], exact: true }).click();
  await expect(page.locator('.fu-notes').first()).toHaveText(HOSTILE[1]);
  expect(await page.locator('.fu :is(script, img, svg, iframe)').count()).toBe(0);
  await page.getByRole('button', { name: 'Back to all applications' }).click();

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a spreadsheet (CSV)' }).click()]);
  const csv = readFileSync((await csvDownload.path())!, 'utf8');
  for (const line of csv.split('\r\n').slice(1).filter(Boolean)) {
    for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
  }
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  expect(csv).toContain('<script>alert(1)</script>');

  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a backup file' }).click()]);
  const back = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')) as { applications: Application[] };
  expect(back.applications.map((app) => app.company)).toEqual(HOSTILE);
  expect(dialogs).toEqual([]);
});

test('twenty applications: Today view and list are axe clean', async ({ page }) => {
  const apps = Array.from({ length: 20 }, (_, i) =>
    seedApp(i, { history: i % 4 === 0 ? [{ id: `h${i}`, kind: 'call', date: isoFromToday(-1), outcome: 'voicemail' }] : [] }),
  );
  await seed(page, apps);
  await open(page);
  await expect(page.getByRole('heading', { name: 'Your applications (20)' })).toBeVisible();
  await expect(page.getByText('Working out your dates…')).toHaveCount(0);
  await expect(page.locator('.fu-today')).toBeVisible();
  await axe(page);
});

test('an application past its "treat it as a no" day can be closed, with the closing note script a click away', async ({ page }) => {
  const made = [isoFromToday(-30), isoFromToday(-22)].map((date, i) => ({ id: `c${i}`, kind: 'call' as const, date, outcome: 'voicemail' as const }));
  await seed(page, [seedApp(1, { rounds: [{ date: isoFromToday(-40), kind: 'final' }], history: made })]);
  await open(page);
  const section = page.getByRole('region', { name: 'Time to treat it as a no' });
  await expect(section).toContainText('No answer from Company 1: treat it as a no');
  await expect(section.getByRole('link', { name: 'Closing note script' })).toHaveAttribute('href', '/tools/call-scripts/#closing-note');
  await section.getByRole('button', { name: 'Close as no answer' }).click();
  await expect(page.getByRole('status')).toContainText('Company 1: status is now Closed: no answer.');
  await expect(page.getByText('Nothing to do today.')).toBeVisible();
});

test('the planner link carries the application', async ({ page }) => {
  await seed(page, [seedApp(1, { rounds: [{ date: '2026-11-24', kind: 'first' }], tz: 'Europe/London', region: 'GB-ENG' })]);
  await open(page);
  await page.getByRole('button', { name: 'Company 1', exact: true }).click();
  const href = await page.getByRole('link', { name: 'Open in the planner' }).getAttribute('href');
  expect(href).toBe('/tools/when-to-call/?interview=2026-11-24&region=GB-ENG&tz=Europe%2FLondon');
  await expect(page.getByRole('link', { name: /Google Calendar \(sends its text to Google\)/ })).toHaveAttribute('href', /^https:\/\/calendar\.google\.com\//);
});

test('calendar file for all open applications, and the printable activity record', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await seed(page, [
    seedApp(1, { company: 'Zoë & Co', history: [{ id: 'h1', kind: 'thank-you', date: isoFromToday(-1), outcome: 'sent' }] }),
    seedApp(2, { status: 'rejected' }),
  ]);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await open(page);
  const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download calendar file for all open applications' }).click()]);
  const text = readFileSync((await ics.path())!, 'utf8');
  expect(errors).toEqual([]);
  expect(text).toMatch(/^BEGIN:VCALENDAR/);
  expect(text).toContain('SUMMARY:Zoe & Co: ');
  expect(text).not.toContain('Company 2');

  await page.getByRole('button', { name: 'Print activity record' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  const record = page.getByRole('table');
  await expect(record).toBeVisible();
  await expect(record.getByRole('row')).toHaveCount(4); // the header, two interviews and the note
  await expect(record.getByRole('row').filter({ hasText: 'Sent a thank-you note' })).toContainText('Zoë & Co');
  await expect(page.getByRole('button', { name: 'Add an application' })).toBeHidden();
});

test('hostile text typed into the form stays text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await open(page);
  await page.getByRole('button', { name: 'Add an application' }).click();
  const fields = ['Company', 'Job title', 'Contact’s name', 'Contact’s phone'];
  for (const [i, name] of fields.entries()) await page.getByRole('textbox', { name, exact: true }).fill(HOSTILE[i]);
  await page.getByRole('textbox', { name: 'Notes' }).fill(HOSTILE.join('\n'));
  await page.getByLabel('Date of interview 1').fill(isoFromToday(-2));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(`${HOSTILE[0]} · ${HOSTILE[1]}`);
  await expect(page.locator('.fu-notes')).toHaveText(HOSTILE.join('\n'));
  expect(await page.locator('.fu :is(script, img, svg, iframe)').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test.describe('“Save to my follow-ups” in the planner', () => {
  // Wednesday, March 4, 2026, 10:00 in New York, on the planner and on the board alike.
  test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

  test('needs a company (an error at the field); then the plan is on the board, with its dates', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-03-04T15:00:00Z'));
    await page.goto('/tools/when-to-call/');
    await expect(page.locator('.pl[data-ready]')).toHaveCount(1);
    await page.getByLabel('When was your interview?').fill('2026-03-03');
    await page.getByRole('radio', { name: 'Yes, they gave a date' }).check();
    await page.getByLabel('The date they gave').fill('2026-03-06');
    await page.getByRole('button', { name: 'Make my plan' }).click();
    await expect(page.locator('.pl-plan')).toBeVisible();

    const open = page.getByRole('button', { name: 'Save to my follow-ups' });
    await expect(open).toHaveAttribute('aria-expanded', 'false');
    await open.click();
    const company = page.getByRole('textbox', { name: 'Company' });
    await page.locator('#pl-save-form').getByRole('button', { name: 'Save to my follow-ups' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(['Enter the name of the company']);
    await expect(page.locator('#pl-save-company-error')).toHaveText('Error: Enter the name of the company');
    await expect(company).toHaveAttribute('aria-invalid', 'true');
    await axe(page);
    await summary.getByRole('link').click();
    await expect(company).toBeFocused();
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();

    await company.fill('Acme Ltd');
    await page.getByRole('textbox', { name: 'Job title (optional)' }).fill('Analyst');
    await page.locator('#pl-save-form').getByRole('button', { name: 'Save to my follow-ups' }).click();
    const status = page.locator('.pl-save [role="status"]');
    await expect(status).toBeFocused();
    await expect(status).toContainText('Saved Acme Ltd to your follow-ups, with this plan.');
    // Saved once: the offer gives way to the link, so the plan isn't added twice by mistake.
    await expect(page.getByRole('button', { name: 'Save to my follow-ups' })).toHaveCount(0);
    await axe(page);

    await status.getByRole('link', { name: 'See Acme Ltd on my follow-ups' }).click();
    await expect(page).toHaveURL(/\/tools\/follow-ups\/#app-.+/);
    await expect(page.locator('.fu[data-ready]')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 2, name: 'Acme Ltd · Analyst' })).toBeVisible();
    const plan = page.locator('.fu-detail');
    await expect(plan.getByRole('heading', { name: 'Plan' })).toBeVisible();
    // The planner's dates for this plan (see EXPECTED_PLAN in planner.spec.ts).
    const steps = plan.getByRole('list').first().getByRole('listitem');
    await expect(steps.filter({ hasText: 'The day they named' })).toContainText('Fri, Mar 6');
    await expect(steps.filter({ hasText: 'Call 1 of 2' })).toContainText('Tue, Mar 10');
    await expect(steps.filter({ hasText: 'Call 2 of 2' })).toContainText('Tue, Mar 17');
    await expect(page.getByRole('link', { name: 'Open in the planner' })).toHaveAttribute('href', '/tools/when-to-call/?interview=2026-03-03&told=date&promised=2026-03-06&tz=America%2FNew_York');
  });

  test('a board that can’t be read is not written over: it says so and links to the board', async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, '{damaged'), KEY);
    await page.goto('/tools/when-to-call/?interview=2026-03-03&promised=2026-03-06&tz=UTC');
    await expect(page.locator('.pl-plan')).toBeVisible();
    await page.getByRole('button', { name: 'Save to my follow-ups' }).click();
    await page.getByRole('textbox', { name: 'Company' }).fill('Acme Ltd');
    await page.locator('#pl-save-form').getByRole('button', { name: 'Save to my follow-ups' }).click();
    const status = page.locator('.pl-save [role="status"]');
    await expect(status).toContainText('Your follow-ups board couldn’t be read, so nothing was saved over it.');
    await expect(status.getByRole('link', { name: 'Open my follow-ups' })).toHaveAttribute('href', '/tools/follow-ups/');
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('{damaged');
  });
});
