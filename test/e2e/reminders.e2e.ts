import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, fillSignUp, hasBrowser, launchBrowser, phoneContext, watchConsole } from './browser.js';

/** Screenshots go to /tmp to be looked at, not kept. */
const snap = (page: Page, name: string) => page.screenshot({ path: `/tmp/${name}.png`, fullPage: true });

describe.skipIf(!hasBrowser)('reminders: a daily check-in reminder and a harder time, in the browser', () => {
  let browser: Browser;
  let page: Page;
  let problems: string[];
  const suffix = Date.now().toString(36);

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await phoneContext(browser)).newPage();
    problems = watchConsole(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts empty, explaining how reminders arrive', async () => {
    await page.goto('/signup');
    await fillSignUp(page, `remind_${suffix}`, 'Robin');
    await page.waitForURL('**/today');
    await page.goto('/reminders');
    await expect.poll(() => page.getByText('No reminders yet').isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/arrive in the app, and by e-mail/).isVisible()).toBe(true);
    await expectAccessible(page, 'reminders (empty)');
    await snap(page, 'reminders-empty');
  });

  it('adds a weekday check-in reminder and shows when it comes next', async () => {
    await page.getByRole('button', { name: 'Daily check-in reminder' }).click();
    const dialog = page.getByRole('dialog', { name: 'Daily check-in reminder' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // No day at all is refused, next to the days.
    for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']) await dialog.getByLabel(day, { exact: true }).uncheck();
    await dialog.getByRole('button', { name: 'Save reminder' }).click();
    await expect.poll(() => dialog.getByText('Please fill this in.').isVisible()).toBe(true);
    await expectAccessible(page, 'check-in reminder dialog (with an error)');
    await snap(page, 'reminders-dialog-checkin');
    await dialog.getByRole('button', { name: 'Weekdays' }).click();
    await dialog.getByLabel('Time').fill('20:00');
    await dialog.getByRole('button', { name: 'Save reminder' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    const card = page.getByRole('article', { name: 'Every weekday at 20:00 — a reminder to check in' });
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect.poll(() => card.getByText(/^Next: (Monday|Tuesday|Wednesday|Thursday|Friday) 20:00$/).isVisible()).toBe(true);
  });

  it('adds a harder time with my own words and my partner told', async () => {
    await page.getByRole('button', { name: 'A harder time (high-risk window)' }).click();
    const dialog = page.getByRole('dialog', { name: 'A harder time' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByLabel('Starts', { exact: true }).fill('17:00');
    await dialog.getByLabel('Ends (optional)').fill('21:00');
    await dialog.getByLabel(/My own words/).fill('Call Sam before going out');
    await dialog.getByLabel('Let my partner know').check();
    await expectAccessible(page, 'harder time dialog');
    await snap(page, 'reminders-dialog-high-risk');
    await dialog.getByRole('button', { name: 'Save reminder' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    const card = page.getByRole('article', { name: 'Every Friday, 17:00–21:00 — a harder time' });
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect.poll(() => card.getByText('Call Sam before going out').isVisible()).toBe(true);
    await expect.poll(() => card.getByText('Your partner will know.').isVisible()).toBe(true);
    await expect.poll(() => card.getByText('Next: Friday 17:00').isVisible()).toBe(true);
    await expectAccessible(page, 'reminders (two)');
    await snap(page, 'reminders-list');
    await card.screenshot({ path: '/tmp/reminders-card-high-risk.png' });
  });

  it('switches one off, and it stays off after a reload', async () => {
    const card = page.getByRole('article', { name: /a reminder to check in/ });
    await card.getByRole('switch', { name: 'Remind me' }).click();
    await expect.poll(() => card.getByText(/^Switched off/).isVisible()).toBe(true);
    await page.reload();
    const reloaded = page.getByRole('article', { name: /a reminder to check in/ });
    await expect.poll(() => reloaded.getByText(/^Switched off/).isVisible()).toBe(true);
    expect(await reloaded.getByRole('switch').isChecked()).toBe(false);
    await snap(page, 'reminders-off');
  });

  it('deletes one after asking', async () => {
    const card = page.getByRole('article', { name: /a harder time/ });
    await card.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this reminder?' });
    await expect.poll(() => confirm.isVisible()).toBe(true);
    await expectAccessible(page, 'delete reminder dialog');
    await confirm.getByRole('button', { name: 'Delete reminder' }).click();
    await expect.poll(() => page.getByRole('article', { name: /a harder time/ }).count()).toBe(0);
    await expect.poll(() => page.getByRole('article').count()).toBe(1);
    expect(problems).toEqual([]);
  });
});
