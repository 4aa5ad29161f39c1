import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const URL = '/tools/call-scripts/';
const KEY = 'callback-kit:call-scripts:details:v1';

/**
 * The island is ready once hydrated: the page sends the form with the HTML (so nothing shifts
 * when the island starts), but it stays inert until then.
 */
async function open(page: Page) {
  await page.goto(URL);
  await expect(page.locator('.cs-root--ready')).toBeAttached();
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeVisible();
}

const script = (page: Page, slug: string) => page.locator(`#cs-${slug}-text`);

async function fillTypical(page: Page) {
  await page.getByRole('textbox', { name: 'Your name' }).fill('Alex Rivera');
  await page.getByRole('textbox', { name: 'Your phone number' }).fill('(202) 555-0143');
  await page.getByRole('textbox', { name: 'Your email address' }).fill('alex@example.com');
  await page.getByRole('textbox', { name: 'Job title' }).fill('Project Coordinator');
  await page.getByRole('textbox', { name: 'Company' }).fill('Northwind Logistics');
  await page.getByRole('textbox', { name: 'Interviewer’s name' }).fill('Dana');
}

/** Reads a mailto: link back as a mail client would: the query's subject and body, decoded. */
function readMailto(href: string) {
  expect(href.startsWith('mailto:?')).toBe(true);
  const pairs = href.slice('mailto:?'.length).split('&').map((pair) => pair.split('='));
  expect(pairs.map(([name]) => name)).toEqual(['subject', 'body']);
  return { subject: decodeURIComponent(pairs[0][1]), body: decodeURIComponent(pairs[1][1]) };
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every script with placeholders, and explains', async ({ page }) => {
    await page.goto(URL);
    // <noscript> stays raw text when Playwright turns scripts off; check the note is in it.
    expect(await page.locator('.call-scripts noscript').innerHTML()).toContain('JavaScript is off, so the form');
    await expect(page.getByRole('textbox', { name: 'Your name' })).toBeHidden();
    // No controls that could not work without JavaScript; the email links still do.
    await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
    const href = (await page.getByRole('link', { name: /^Open in email app\W+thank-you note$/ }).getAttribute('href')) ?? '';
    expect(readMailto(href).body).toContain('[your name]');
    await expect(script(page, 'voicemail')).toContainText("Hi [interviewer's name], this is [your name].");
    await expect(script(page, 'voicemail')).toContainText('[your phone number]');
    await expect(script(page, 'offer')).toContainText('Dress code');
    await expect(page.locator('#cs-thank-you-subject')).toHaveText('Thank you for meeting with me');
    await expect(page.getByRole('heading', { name: 'While you wait' })).toBeVisible();
  });
});

test('every script updates as you type, and the tone switches', async ({ page }) => {
  await open(page);
  await expect(script(page, 'voicemail')).toContainText('[your name]');
  await fillTypical(page);
  await expect(script(page, 'voicemail')).toContainText('Hi Dana, this is Alex Rivera.');
  await expect(script(page, 'voicemail')).toContainText("202 555 0143. That's 202 555 0143.");
  await expect(script(page, 'call-opener')).toContainText('the Project Coordinator role at Northwind Logistics');
  await expect(page.locator('#cs-follow-up-email-subject')).toHaveText('Following up on my Project Coordinator interview');
  await expect(script(page, 'thank-you')).toContainText('Alex Rivera\n(202) 555-0143\nalex@example.com');
  await expect(page.getByText(/About \d+ seconds at an easy pace/)).toBeVisible();

  await page.getByRole('radio', { name: 'Formal' }).check();
  await expect(script(page, 'voicemail')).toContainText('Hello Dana, this is Alex Rivera.');
  await expect(script(page, 'follow-up-email')).toContainText('Dear Dana,');
});

test('dates read relative to today, and the other offer appears when given', async ({ page }) => {
  await page.clock.setFixedTime(new Date(2026, 2, 10, 12, 0)); // Tuesday, March 10, 2026, local time
  await open(page);
  await page.getByLabel('Interview date').fill('2026-03-03');
  await expect(script(page, 'voicemail')).toContainText('We met last Tuesday, March 3, when I interviewed');
  await page.getByLabel('Day they said they would call (optional)').fill('2026-03-06');
  await expect(script(page, 'follow-up-email')).toContainText('decide by last Friday, March 6');
  await expect(script(page, 'missed-call')).toContainText('last Friday, March 6');
  await expect(script(page, 'voicemail')).not.toContainText('another offer');
  await page.getByLabel('Reply deadline for another offer (optional)').fill('2026-03-13');
  await expect(script(page, 'voicemail')).toContainText('before this Friday, March 13, when I need to answer another offer.');
});

test('a long voicemail gets a note', async ({ page }) => {
  await open(page);
  await page.getByRole('textbox', { name: 'Company' }).fill('The International Association of Independent Regional Freight and Warehouse Operators of North America');
  // The shorter voicemail (commit d0d1cd7) fits this company alone in 30 s; a long title tips it over.
  await page.getByRole('textbox', { name: 'Job title' }).fill('Senior Regional Logistics Operations Coordinator');
  await expect(page.getByText(/longer than the 30 seconds/)).toBeVisible();
});

test.describe('copying', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies each script exactly, confirms on screen and to screen readers', async ({ page }) => {
    await open(page);
    await fillTypical(page);
    await page.getByRole('button', { name: 'Copy voicemail' }).click();
    await expect(page.locator('#cs-voicemail-title').locator('..').getByText('✓ Copied')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Voicemail copied.');
    const shown = await script(page, 'voicemail').textContent();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);

    await page.getByRole('button', { name: 'Copy email text (thank-you note)' }).click();
    await expect(page.getByRole('status')).toHaveText('Thank-you note text copied.');
    const body = await script(page, 'thank-you').textContent();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);

    await page.getByRole('button', { name: 'Copy subject (follow-up email)' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Following up on my Project Coordinator interview');
  });

  test('every Copy button says what it copies, never "Copy not selected"', async ({ page }) => {
    await open(page);
    const names = await page.locator('.cs-scripts').getByRole('button', { name: /^Copy/ }).evaluateAll((buttons) =>
      buttons.map((button) => button.textContent?.trim()),
    );
    expect(names.filter((name) => !/(subject|email text)/.test(name ?? ''))).toEqual([
      'Copy call opener',
      'Copy voicemail',
      'Copy receptionist script',
      'Copy missed-call script',
      'Copy reply to “not decided yet”',
      // Grouped by moment: an offer comes before a no.
      'Copy reply to a job offer',
      'Copy reply to “not selected”',
      'Copy reply to “position filled”',
    ]);
    await page.getByRole('button', { name: 'Copy reply to “not selected”' }).click();
    await expect(page.getByRole('status')).toHaveText('Reply to “not selected” copied.');
  });
});

test('the email links carry the subject and body, encoded', async ({ page }) => {
  await open(page);
  await fillTypical(page);
  await page.getByRole('textbox', { name: 'Company' }).fill('Q&A Partners #1 ?x=1');
  for (const [slug, name] of [['follow-up-email', 'follow-up email'], ['thank-you', 'thank-you note']] as const) {
    const href = (await page.getByRole('link', { name: new RegExp(`^Open in email app\\W+${name}$`) }).getAttribute('href')) ?? '';
    expect(href).not.toMatch(/[\s<>"]/);
    const { subject, body } = readMailto(href);
    expect(subject).toBe(await page.locator(`#cs-${slug}-subject`).textContent());
    expect(body).toBe((await script(page, slug).textContent())?.replace(/\n/g, '\r\n'));
    expect(body).toContain('Q&A Partners #1 ?x=1');
  }
});

test('typing a date digit by digit never flashes an error on the way', async ({ page }) => {
  await page.clock.setFixedTime(new Date(2026, 2, 10, 12, 0)); // Tuesday, March 10, 2026, local time
  await open(page);
  await page.getByLabel('Interview date').fill('2026-03-03');
  for (const label of ['Day they said they would call (optional)', 'Reply deadline for another offer (optional)']) {
    const box = page.getByLabel(label);
    // Record every message the box's live region shows while the year is typed (0002, 0020, 0202, 2026).
    await box.evaluate((input) => {
      const region = document.getElementById(`${input.id}-error`)!;
      (window as unknown as { seen: string[] }).seen = [];
      new MutationObserver(() => (window as unknown as { seen: string[] }).seen.push(region.textContent ?? '')).observe(region, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    });
    await box.focus();
    await page.keyboard.type('03122026', { delay: 30 });
    await expect(box).toHaveValue('2026-03-12');
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen.filter((text) => text.includes('Error')))).toEqual([]);
  }
});

test('a tab left open for days reads the new date when it is used again', async ({ page }) => {
  await page.clock.setFixedTime(new Date(2026, 2, 10, 12, 0)); // Tuesday, March 10, 2026, local time
  await open(page);
  await page.getByLabel('Interview date').fill('2026-03-09');
  await expect(script(page, 'voicemail')).toContainText('We met yesterday when I interviewed');
  await page.clock.setFixedTime(new Date(2026, 2, 13, 9, 0)); // Friday
  await page.getByRole('textbox', { name: 'Your name' }).focus();
  await expect(script(page, 'voicemail')).toContainText('We met on Monday, March 9, when I interviewed');
  await page.clock.setFixedTime(new Date(2026, 2, 17, 9, 0)); // the next Tuesday
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(script(page, 'voicemail')).toContainText('We met last Monday, March 9, when I interviewed');
});

test('dates that make no sense yet get a message at the box, and the scripts leave them out', async ({ page }) => {
  await page.clock.setFixedTime(new Date(2026, 2, 10, 12, 0)); // Tuesday, March 10, 2026, local time
  await open(page);
  const interview = page.getByLabel('Interview date');
  await interview.fill('2026-03-17');
  await expect(interview).toHaveAccessibleDescription(/Error: The interview date is after today/);
  await expect(interview).toHaveAttribute('aria-invalid', 'true');
  await expect(script(page, 'voicemail')).toContainText('We met on [interview date] when I interviewed');
  // Nothing typed is lost, and fixing the date puts it back in every script.
  await expect(interview).toHaveValue('2026-03-17');
  // The wrong year picked on a phone's date wheel.
  await interview.fill('2025-03-03');
  await expect(interview).toHaveAccessibleDescription(/Error: That’s more than a year ago. Check the year/);
  await expect(script(page, 'voicemail')).toContainText('We met on [interview date] when I interviewed');
  // Yesterday is a real date, but calling now breaks the site's own advice (F2, F11): say so.
  await interview.fill('2026-03-09');
  await expect(interview).toHaveAccessibleDescription(/less than a week ago.*don’t call the day after the interview/);
  await expect(interview).not.toHaveAttribute('aria-invalid', 'true');
  await expect(script(page, 'voicemail')).toContainText('We met yesterday when I interviewed');
  await interview.fill('2026-03-03');
  await expect(interview).not.toHaveAccessibleDescription(/less than a week/);
  await expect(interview).not.toHaveAttribute('aria-invalid', 'true');
  await expect(script(page, 'voicemail')).toContainText('We met last Tuesday, March 3');

  const promised = page.getByLabel('Day they said they would call (optional)');
  await promised.fill('2026-03-13');
  await expect(promised).toHaveAccessibleDescription(/too soon to chase/);
  await expect(promised).not.toHaveAttribute('aria-invalid', 'true');
  await expect(script(page, 'follow-up-email')).toContainText('You mentioned you hoped to decide by this Friday, March 13.');
  await promised.fill('2026-03-02');
  await expect(promised).toHaveAccessibleDescription(/Error: This day is before your interview/);
  await expect(script(page, 'follow-up-email')).not.toContainText('decide by');

  const deadline = page.getByLabel('Reply deadline for another offer (optional)');
  await deadline.fill('2026-03-09');
  await expect(deadline).toHaveAccessibleDescription(/Error: That deadline has passed/);
  await expect(script(page, 'voicemail')).not.toContainText('another offer');
  expect((await new AxeBuilder({ page }).include('.cs-form').analyze()).violations).toEqual([]);
});

test('a bad phone number gets a specific message; the rest keeps working', async ({ page }) => {
  const phoneChunk = page.waitForRequest(/phone-problem/);
  await open(page);
  const phone = page.getByRole('textbox', { name: 'Your phone number' });
  await phone.fill('202 55');
  await phone.blur();
  await phoneChunk;
  await expect(phone).toHaveAccessibleDescription(/Error: Your phone number is too short/);
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Sam Lee');
  await expect(script(page, 'voicemail')).toContainText('this is Sam Lee');
  await phone.fill('abc');
  await expect(page.getByText('Enter your phone number in digits')).toBeVisible();
  await phone.fill('020 7946 0958');
  await expect(phone).toHaveAccessibleDescription(/too many digits for a US number.*start with \+ and the country code/);
  await phone.fill('+999 123 4567');
  await expect(page.getByText('Start a number from outside the US with +')).toBeVisible();
  await phone.fill('+44 20 7946 0958');
  await expect(phone).not.toHaveAttribute('aria-invalid', 'true');
  await expect(script(page, 'voicemail')).toContainText('+44 20 7946 0958');
});

test.describe('remember on this device', () => {
  test('is off by default, saves when on, restores, and forgets', async ({ page }) => {
    await open(page);
    const remember = page.getByRole('checkbox', { name: 'Remember my details on this device' });
    await expect(remember).not.toBeChecked();
    await page.getByRole('textbox', { name: 'Your name' }).fill('Alex Rivera');
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();

    await remember.check();
    await page.getByRole('textbox', { name: 'Job title' }).fill('Analyst');
    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? 'null');
    expect(saved).toMatchObject({ version: 1, details: { yourName: 'Alex Rivera', role: 'Analyst', tone: 'warm' } });

    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue('Alex Rivera');
    await expect(page.getByRole('checkbox', { name: 'Remember my details on this device' })).toBeChecked();
    await expect(script(page, 'voicemail')).toContainText('Alex Rivera');

    await page.getByRole('button', { name: 'Forget my details' }).click();
    await expect(page.getByText('The form was cleared, and none of your details are kept on this device.').first()).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
    await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue('');
    await expect(page.getByRole('checkbox', { name: 'Remember my details on this device' })).not.toBeChecked();
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue('');
  });

  test('unticking removes the saved copy but keeps the form', async ({ page }) => {
    await open(page);
    await page.getByRole('textbox', { name: 'Your name' }).fill('Alex Rivera');
    await page.getByRole('checkbox', { name: 'Remember my details on this device' }).check();
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).not.toBeNull();
    await page.getByRole('checkbox', { name: 'Remember my details on this device' }).uncheck();
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
    await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue('Alex Rivera');
  });

  test('full storage: says so and keeps working from memory', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await open(page);
    // The box can't stay ticked: the page unticks it and explains.
    await page.getByRole('checkbox', { name: 'Remember my details on this device' }).click();
    // Shown under the box, and read out (the box unticks itself, which alone says nothing).
    await expect(page.getByRole('status')).toHaveText(/won’t let the page save your details/);
    await expect(page.getByText(/won’t let the page save your details/).last()).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Remember my details on this device' })).not.toBeChecked();
    await page.getByRole('textbox', { name: 'Your name' }).fill('Alex Rivera');
    await expect(script(page, 'voicemail')).toContainText('this is Alex Rivera');
  });

  test('storage turned off entirely: the page still works', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await open(page);
    await page.getByRole('textbox', { name: 'Your name' }).fill('Alex Rivera');
    await expect(script(page, 'voicemail')).toContainText('this is Alex Rivera');
    await page.getByRole('checkbox', { name: 'Remember my details on this device' }).click();
    await expect(page.getByRole('checkbox', { name: 'Remember my details on this device' })).not.toBeChecked();
    await expect(page.getByRole('status')).toHaveText(/won’t let the page save your details/);
    await expect(page.getByText(/won’t let the page save your details/).last()).toBeVisible();
    await page.getByRole('button', { name: 'Forget my details' }).click();
    await expect(page.getByText(/doesn’t allow saving/).first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('corrupt saved data: starts empty, says so, and clears it', async ({ page }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"version":1,"details":{"yourName":');
        sessionStorage.setItem('seeded', '1');
      }
    }, KEY);
    await open(page);
    await expect(page.getByText('Your saved details couldn’t be read')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue('');
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
    await expect(script(page, 'voicemail')).toContainText('[your name]');
  });
});

test.describe('printing', () => {
  // Printing happens on a desktop far more often than on a phone.
  test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

  test('printing the page prints the call card on one page', async ({ page }) => {
  await open(page);
  await fillTypical(page);
  await page.getByLabel('Interview date').fill('2026-03-03');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.cs-card')).toBeVisible();
  await expect(page.locator('.cs-form')).toBeHidden();
  await expect(page.locator('.cs-card')).toContainText('Project Coordinator at Northwind Logistics');
  await expect(page.locator('.cs-card')).toContainText('Notes');
  for (const format of ['Letter', 'A4']) {
    const pdf = (await page.pdf({ format })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g), `${format} pages`).toHaveLength(1);
  }
  });
});

// Security: the OWASP cheat-sheet classics and awkward text, typed into every text field.
const POLYGLOT = "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert(1) )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert(1)//>\\x3e";
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '" autofocus onfocus="alert(1)',
  'javascript:alert(1)',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
  POLYGLOT,
  '</textarea><script>alert(1)</script>',
  '{{7*7}}',
  '${7*7}',
  'x\r\nBcc: victim@example.com',
  'x%0d%0aBcc: victim@example.com',
  'Zoë 👩🏽‍💻 Nguyễn 🎉',
  'مريم الحسن שלום',
  'Ali\u200bce\u200d\ufeffSmith',
  `${'A'.repeat(9_990)}<b>x</b>`,
];
const FIELDS = ['Your name', 'Your phone number', 'Your email address', 'Job title', 'Company', 'Interviewer’s name'];

for (const field of FIELDS) {
  test.describe(() => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test(`payloads typed into "${field}" stay text: nothing runs, nothing is injected, copy and mailto match`, async ({ page }) => {
      test.setTimeout(60_000);
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await open(page);
      const elementsBefore = await page.evaluate(() => document.querySelectorAll('script, img, svg, iframe, b, textarea').length);
      const input = page.getByRole('textbox', { name: field, exact: true });
      const copyBody = page.getByRole('button', { name: 'Copy email text (thank-you note)' });
      const mailto = page.getByRole('link', { name: /^Open in email app\W+thank-you note$/ });

      for (const [index, payload] of PAYLOADS.entries()) {
        await input.fill(payload);
        // What the field really holds: browsers drop line breaks from single-line inputs.
        const literal = (await input.inputValue()).trim();
        expect(literal.length).toBeGreaterThan(0);
        // The scripts' wording loads on first use of the form: wait for it rather than read at once.
        await expect.poll(async () => (await script(page, 'thank-you').textContent()) ?? '', { message: `payload ${index}` }).toContain(literal);
        const body = (await script(page, 'thank-you').textContent()) ?? '';

        const { body: mailBody } = readMailto((await mailto.getAttribute('href')) ?? '');
        expect(mailBody).toBe(body.replace(/\n/g, '\r\n'));
        expect(mailBody).toContain(literal);

        // Copying every payload would be slow; the clipboard check covers a representative few.
        if ([0, 2, 6, 10, 12, 15].includes(index)) {
          await copyBody.click();
          expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);
        }

        const state = await page.evaluate(() => ({
          elements: document.querySelectorAll('script, img, svg, iframe, b, textarea').length,
          inIsland: document.querySelectorAll('.cs-root :is(script, img, svg, iframe, b, textarea, a[href^="javascript"])').length,
          links: [...document.querySelectorAll('.cs-root a[href]')].map((a) => a.getAttribute('href') ?? ''),
        }));
        expect(state.elements, `payload ${index} injected an element`).toBe(elementsBefore);
        expect(state.inIsland).toBe(0);
        for (const href of state.links) expect(href).toMatch(/^(#cs-[a-z-]+|mailto:\?subject=[^\s<>"]*&body=[^\s<>"]*)$/);
      }
      // Focus handlers in payloads would fire when fields are focused: move through them all.
      for (const each of FIELDS) await page.getByRole('textbox', { name: each, exact: true }).focus();
      expect(dialogs).toEqual([]);
    });
  });
}

test.describe('inside the how-to guide', () => {
  const GUIDE = '/guides/how-to-make-the-follow-up-call/';

  test('works under the guide’s own headings, and prints only the card when asked', async ({ page }) => {
    await page.goto(GUIDE);
    // The island hydrates as it nears the viewport; only then does the form appear.
    await page.getByRole('heading', { name: 'On the phone' }).scrollIntoViewIfNeeded();
    const name = page.getByRole('textbox', { name: 'Your name' });
    await expect(name).toBeVisible();
    await expect(page.getByRole('heading', { level: 4, name: 'On the phone' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 5, name: 'Voicemail' })).toBeVisible();
    await name.fill('Marcus Reed');
    await expect(script(page, 'voicemail')).toContainText('this is Marcus Reed');

    // A plain printout of the guide is the guide, not the card.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.cs-card')).toBeHidden();

    // "Print call card" swaps the guide for the card while the print dialog is open.
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Print call card' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.cs-card')).toBeVisible();
    await expect(page.locator('.cs-card')).toContainText('this is Marcus Reed');
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test('stays accessible with details filled in, an error showing, a copy confirmed and a long voicemail', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await fillTypical(page);
  await page.getByRole('textbox', { name: 'Company' }).fill('The International Association of Independent Regional Freight Operators');
  const phone = page.getByRole('textbox', { name: 'Your phone number' });
  await phone.fill('202 55');
  await phone.blur();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('checkbox', { name: 'Remember my details on this device' }).check();
  await page.getByRole('button', { name: 'Copy voicemail' }).click();
  await expect(page.getByText('✓ Copied')).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .include('.call-scripts')
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('works at 320px wide with nothing wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page);
  await page.getByRole('textbox', { name: 'Your email address' }).fill(`${'averyveryverylongaddress'.repeat(6)}@example.com`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

// Issue 13: the scripts for every moment of the wait.
const MOMENTS = ['While you wait', 'On the phone', 'An offer', 'A no', 'Moving on'];
const NEW_SCRIPTS = [
  ['recruiter-debrief', 'Debrief to the recruiter', 'Waiting to hear'],
  ['email-check-in', 'Email-only check-in', 'Waiting to hear'],
  ['recruiter-check-in', 'Check-in with the recruiter', 'Waiting to hear'],
  ['reference-heads-up', 'Heads-up to a referee', 'Waiting to hear'],
  ['ask-for-time', 'Asking for time to decide', 'An offer'],
  ['competing-offer', 'Another offer with a deadline', 'An offer'],
  ['decline-offer', 'Declining an offer', 'An offer'],
  ['rejection-reply', 'Reply to a rejection', 'They said no'],
  ['closing-note', 'Closing note', 'Moving on'],
  ['withdraw', 'Withdrawing your application', 'Moving on'],
] as const;

test('each moment is reached from the list of scripts with the keyboard alone', async ({ page }) => {
  // Smooth scrolling is for people; the test checks where the jump lands.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  // The last control of the form; the list of moments comes next in the Tab order.
  await page.getByRole('button', { name: 'Print call card' }).focus();
  const nav = page.getByRole('navigation', { name: 'Scripts' });
  for (const title of MOMENTS) {
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: title })).toBeFocused();
  }
  for (const title of MOMENTS) {
    await nav.getByRole('link', { name: title }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeInViewport();
  }
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`links straight to a script, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled, reducedMotion: 'reduce' });

    test('every new script opens from its own address, and the old headings still do', async ({ page }) => {
      for (const [slug, title] of NEW_SCRIPTS) {
        // A fresh load each time, as when following a guide's link.
        await page.goto('about:blank');
        await page.goto(`${URL}#${slug}`);
        const section = page.locator(`section#${slug}`);
        await expect(section.getByRole('heading', { name: title })).toBeInViewport();
        await expect(section).toContainText('[');
      }
      await page.goto('about:blank');
      await page.goto(`${URL}#cs-voicemail-title`);
      await expect(page.getByRole('heading', { name: 'Voicemail', exact: true })).toBeInViewport();
      // Printing one script needs the island; without it, printing the page gives the call card.
      if (!javaScriptEnabled) await expect(page.getByRole('button', { name: /^Print/ })).toHaveCount(0);
    });
  });
}

test('a link to a script picks its moment, and the form asks for what that script needs', async ({ page }) => {
  await page.goto(`${URL}#ask-for-time`);
  await expect(page.locator('.cs-root--ready')).toBeAttached();
  await expect(page.getByRole('radio', { name: 'An offer' })).toBeChecked();
  await expect(page.getByLabel('Day you’ll give your answer by')).toBeVisible();
  await expect(page.getByLabel('Referee’s name (optional)')).toHaveCount(0);
  await page.getByRole('radio', { name: 'Waiting to hear' }).check();
  await expect(page.getByLabel('Referee’s name (optional)')).toBeVisible();
  await expect(page.getByLabel('Day you’ll give your answer by')).toHaveCount(0);
  await page.getByRole('radio', { name: 'They said no' }).check();
  const feedback = page.getByRole('checkbox', { name: 'Ask them for feedback' });
  await expect(script(page, 'rejection-reply')).toContainText('better next time');
  await feedback.uncheck();
  await expect(script(page, 'rejection-reply')).not.toContainText('better next time');
});

test('the new scripts fill in: recruiter, referee, the day you will answer by, your reason, the other offer', async ({ page }) => {
  await page.clock.setFixedTime(new Date(2026, 2, 10, 12, 0)); // Tuesday, March 10, 2026
  await open(page);
  await fillTypical(page);
  await page.getByLabel('Recruiter’s name (optional)').fill('Priya Shah');
  await page.getByLabel('Referee’s name (optional)').fill('Morgan Blake');
  await expect(script(page, 'recruiter-debrief')).toContainText('Hi Priya Shah,');
  await expect(script(page, 'reference-heads-up')).toContainText('Hi Morgan Blake,');
  await expect(page.locator('section#competing-offer')).toContainText('Send this only if you really hold another offer');
  await page.getByLabel('Reply deadline for another offer (optional)').fill('2026-03-13');
  await expect(script(page, 'competing-offer')).toContainText('by this Friday, March 13');
  await expect(page.locator('section#competing-offer')).not.toContainText('Send this only if');
  await page.getByRole('radio', { name: 'An offer' }).check();
  await page.getByLabel('Day you’ll give your answer by').fill('2026-03-12');
  await expect(script(page, 'ask-for-time')).toContainText('by this Thursday, March 12');
  await page.getByLabel('Your reason, in one sentence (optional)').fill('I have accepted a role closer to home');
  await expect(script(page, 'decline-offer')).toContainText('I have accepted a role closer to home.');
  await expect(script(page, 'offer')).toContainText('excited about the offer');
});

test.describe('every new email: copy and the email link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies read back from the clipboard exactly, and each mailto link decodes to the same email', async ({ page }) => {
    await page.clock.setFixedTime(new Date(2026, 2, 10, 12, 0));
    await open(page);
    await fillTypical(page);
    await page.getByLabel('Reply deadline for another offer (optional)').fill('2026-03-13');
    await expect(script(page, 'competing-offer')).toContainText('March 13');
    for (const [slug, title] of NEW_SCRIPTS) {
      const name = title.toLowerCase();
      const body = (await script(page, slug).textContent()) ?? '';
      const subject = (await page.locator(`#cs-${slug}-subject`).textContent()) ?? '';
      expect(body).toContain('Alex Rivera');
      await page.getByRole('button', { name: `Copy email text (${name})` }).click();
      await expect(page.getByRole('status')).toHaveText(`${title} text copied.`);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);
      await page.getByRole('button', { name: `Copy subject (${name})` }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(subject);
      const href = (await page.getByRole('link', { name: new RegExp(`^Open in email app\\W+${name}$`) }).getAttribute('href')) ?? '';
      expect(readMailto(href)).toEqual({ subject, body: body.replace(/\n/g, '\r\n') });
    }
  });
});

test('each script prints alone from its own Print button', async ({ page }) => {
  await open(page);
  await page.evaluate(() => {
    window.print = () => {};
  });
  await page.getByRole('button', { name: 'Print asking for time to decide' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('section#ask-for-time').getByRole('heading', { name: 'Asking for time to decide' })).toBeVisible();
  await expect(script(page, 'ask-for-time')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.locator('section#decline-offer')).toBeHidden();
  await expect(page.locator('.cs-card')).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  // Afterwards a printout of the page is the call card again.
  await expect(page.locator('.cs-card')).toBeVisible();
});

const NEW_FIELDS = [
  ['Recruiter’s name (optional)', 'Waiting to hear', 'recruiter-check-in'],
  ['Referee’s name (optional)', 'Waiting to hear', 'reference-heads-up'],
  ['Your reason, in one sentence (optional)', 'An offer', 'decline-offer'],
] as const;

for (const [field, moment, slug] of NEW_FIELDS) {
  test(`payloads typed into "${field}" stay text in the ${slug} email and its link`, async ({ page }) => {
    test.setTimeout(60_000);
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await open(page);
    await page.getByRole('radio', { name: moment }).check();
    const elementsBefore = await page.evaluate(() => document.querySelectorAll('script, img, svg, iframe, b, textarea').length);
    const input = page.getByRole('textbox', { name: field, exact: true });
    const mailto = page.getByRole('link', { name: new RegExp(`^Open in email app\\W+${(await page.locator(`#cs-${slug}-title`).textContent())!.toLowerCase()}$`) });
    for (const [index, payload] of PAYLOADS.entries()) {
      await input.fill(payload);
      const literal = (await input.inputValue()).trim();
      await expect.poll(async () => (await script(page, slug).textContent()) ?? '', { message: `payload ${index}` }).toContain(literal);
      const body = (await script(page, slug).textContent()) ?? '';
      expect(readMailto((await mailto.getAttribute('href')) ?? '').body).toBe(body.replace(/\n/g, '\r\n'));
      const state = await page.evaluate(() => ({
        elements: document.querySelectorAll('script, img, svg, iframe, b, textarea').length,
        inIsland: document.querySelectorAll('.cs-root :is(script, img, svg, iframe, b, textarea, a[href^="javascript"])').length,
      }));
      expect(state.elements, `payload ${index} injected an element`).toBe(elementsBefore);
      expect(state.inIsland).toBe(0);
    }
    await input.focus();
    expect(dialogs).toEqual([]);
  });
}

/** Counts layout shifts (not after input) and blank script boxes from the first paint. */
async function watchForShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number; empty: number };
    w.shift = 0;
    w.empty = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) w.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
    // Watch every script box from the first paint: none may ever be blank.
    new MutationObserver(() => {
      for (const box of document.querySelectorAll('.cs-text')) if (!box.textContent?.trim()) w.empty++;
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

const shiftsSoFar = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { shift: number; empty: number };
    return { shift: w.shift, empty: w.empty };
  });

test('the scripts’ wording loads on use without moving anything, and no script is ever empty', async ({ page }) => {
  await watchForShifts(page);
  const engine: string[] = [];
  page.on('request', (request) => {
    if (/script-engine/.test(request.url())) engine.push(request.url());
  });
  await open(page);
  await page.waitForTimeout(500);
  // Nothing asked for the wording yet: the page shows the server's scripts.
  expect(engine).toEqual([]);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Alex Rivera');
  await expect(script(page, 'voicemail')).toContainText('this is Alex Rivera.');
  expect(engine).toHaveLength(1);
  expect(await shiftsSoFar(page)).toEqual({ shift: 0, empty: 0 });
});

/*
 * A link to one script, with saved details, on a slow phone: the browser scrolls to the script
 * before the island runs, then the island picks the link's moment, restores the details, shows
 * the copy buttons and fills every script in, all above the script the reader is looking at.
 * The island's files are held back so that happens after the scroll (all of it) or during it
 * (the wording only), every time rather than only on a busy machine.
 */
for (const [late, files] of [
  ['the island', /\/_astro\/.*\.js$/],
  ['the wording', /script-engine/],
] as const) {
  test(`a link to one script, saved details and ${late} arriving late: the script is where the link put it and nothing moves`, async ({ page }) => {
    await page.goto(URL);
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ version: 1, details: { yourName: 'Sam Lee', role: 'Analyst' } })), KEY);
    await page.goto('about:blank');
    await watchForShifts(page);
    await page.route(files, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.continue();
    });
    await page.goto(`${URL}#decline-offer`);
    await expect(script(page, 'decline-offer')).toContainText('Sam Lee');
    await expect(page.locator('.cs-root--ready')).toBeAttached();
    await expect(page.getByRole('textbox', { name: 'Your reason, in one sentence (optional)' })).toBeVisible();
    await page.waitForTimeout(500);
    const { shift, empty } = await shiftsSoFar(page);
    // Chrome reports about 0.002 when the wording arrives: the section just above the script, all
    // of it above the screen, gets shorter, and Chrome counts its top edge moving. On screen the
    // script stays to the pixel (checked below). Without the fix a reader saw 0.9.
    expect(shift).toBeLessThan(0.005);
    expect(empty).toBe(0);
    // The script sits at the top, where the link's scroll put it (its scroll margin below the edge).
    const { top, margin } = await page.locator('#decline-offer').evaluate((section) => ({
      top: section.getBoundingClientRect().top,
      margin: parseFloat(getComputedStyle(section).scrollMarginBlockStart),
    }));
    expect(Math.abs(top - margin)).toBeLessThan(2);
  });
}

test('the day you will answer by is checked at its box: a past day is an error, a far one gets advice', async ({ page }) => {
  await page.clock.setFixedTime(new Date(2026, 2, 10, 12, 0)); // Tuesday, March 10, 2026
  await open(page);
  await page.getByRole('radio', { name: 'An offer' }).check();
  const box = page.getByLabel('Day you’ll give your answer by');
  await box.fill('2026-03-09');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAccessibleDescription(/Error: That day has passed/);
  await expect(script(page, 'ask-for-time')).toContainText("by [the day you'll answer by]");
  await box.fill('2026-03-27');
  await expect(box).not.toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAccessibleDescription(/more than a week away/);
  await expect(script(page, 'ask-for-time')).toContainText('by March 27');
});
