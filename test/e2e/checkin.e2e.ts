import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, hasBrowser, launchBrowser, phoneContext, watchConsole, fillSignUp } from './browser.js';

const shots = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const password = 'quiet river morning 42';

async function snap(page: Page, name: string) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

/** Same-origin JSON request from inside the page, so the session cookie and Origin header come along. */
function api<T>(page: Page, method: string, url: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ([m, u, b]) => {
      const response = await fetch(u as string, {
        method: m as string,
        headers: b === undefined ? {} : { 'content-type': 'application/json' },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return response.status === 204 ? null : response.json();
    },
    [method, url, body] as const,
  ) as Promise<T>;
}

/** What the member sees without scrolling: dialogs scroll inside themselves, so a full page says little. */
async function snapView(page: Page, name: string) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
}

/** No word on a scale tile is wider than its tile (a long word would be cut or spill over). */
async function expectScaleWordsFit(page: Page, where: string) {
  const tooWide = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.scale__label')].filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
  );
  expect(tooWide, `scale words wider than their tiles on ${where}`).toEqual([]);
}

/** Nothing sticks out sideways on a phone. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow on ${where}`).toBeLessThanOrEqual(0);
}

describe.skipIf(!hasBrowser)('the daily check-in, its calendar and the craving log, in the browser', () => {
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let today = '';
  let yesterday = '';
  let goalId = '';
  const suffix = Date.now().toString(36);

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await phoneContext(browser)).newPage();
    problems = watchConsole(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('invites a new member to check in from Today', async () => {
    await page.goto('/signup');
    await fillSignUp(page, `ci_${suffix}`, 'Rosa', password);
    await page.waitForURL('**/today');

    const window = await api<{ today: string; earliest: string }>(page, 'GET', '/api/checkins/window');
    today = window.today;
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    yesterday = d.toISOString().slice(0, 10);
    const start = new Date(`${today}T00:00:00Z`);
    start.setUTCDate(start.getUTCDate() - 30);
    const goal = await api<{ id: string }>(page, 'POST', '/api/goals', { kind: 'abstain', title: 'Alcohol', startDate: start.toISOString().slice(0, 10) });
    goalId = goal.id;

    await page.reload();
    const card = page.getByRole('region', { name: 'Your daily check-in' });
    await expect.poll(() => card.getByRole('link', { name: 'Check in' }).isVisible()).toBe(true);
    // The goal's clock on Today: 30 complete days since it started.
    const goals = page.getByRole('region', { name: 'Your goals' });
    await expect.poll(() => goals.getByRole('link', { name: /Alcohol/ }).textContent()).toContain('30 days in a row');
    await expectAccessible(page, 'today (not checked in)');
    await snap(page, 'checkin-today-before');
  });

  it('checks in for today, saying kindly what is still missing first', async () => {
    await page.getByRole('region', { name: 'Your daily check-in' }).getByRole('link', { name: 'Check in' }).click();
    await page.waitForURL('**/checkin');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Daily check-in');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => page.getByText('Please choose one.').count()).toBe(4);
    await expectAccessible(page, 'check-in (with errors)');

    await page.getByRole('group', { name: 'Mood' }).getByText('Good').click();
    await page.getByRole('group', { name: 'Energy' }).getByText('Okay').click();
    await page.getByRole('group', { name: 'Craving, from 0 to 10' }).getByText('3', { exact: true }).click();
    await page.getByRole('group', { name: 'Stress, from 0 to 10' }).getByText('4', { exact: true }).click();
    await page.getByLabel('Hours of sleep (optional)').fill('7,5');
    await page.getByRole('group', { name: 'How well you slept (optional)' }).getByText('Well', { exact: true }).click();
    await page.getByRole('group', { name: 'Regular meals today? (optional)' }).getByText('Yes').click();
    await page.getByRole('group', { name: 'Alcohol: substance-free today?' }).getByText('Yes').click();
    await page.getByLabel('Something you tried').fill('Went for a walk');
    await page.getByLabel('Something you tried').press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Went for a walk' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByLabel('Anything else you want to remember (optional)').fill('A calm day.');
    expect(await page.getByText('Please choose one.').count()).toBe(0);
    expect(await page.locator('.field__error').count()).toBe(0);
    await expectScaleWordsFit(page, 'check-in');
    await expectAccessible(page, 'check-in (filled in)');
    await snap(page, 'checkin-form');

    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Check-in saved' }).isVisible()).toBe(true);
    await expectAccessible(page, 'check-in saved');

    const saved = await api<{ mood: number; sleepHours: number; strategies: string[] }>(page, 'GET', `/api/checkins/${today}`);
    expect(saved).toMatchObject({ mood: 4, sleepHours: 7.5, strategies: ['Went for a walk'] });
  });

  it('shows the summary on Today and edits the day, meeting a lapse with kindness', async () => {
    await page.getByRole('link', { name: 'Back to Today' }).click();
    await page.waitForURL('**/today');
    const card = page.getByRole('region', { name: 'You checked in today' });
    await expect.poll(() => card.getByText('Good').isVisible()).toBe(true);
    expect(await card.getByText('3 of 10').isVisible()).toBe(true);

    await card.getByRole('link', { name: "Change today's check-in" }).click();
    await page.waitForURL('**/checkin');
    const mood = page.getByRole('group', { name: 'Mood' });
    await expect.poll(() => mood.getByRole('radio', { name: 'Good' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Hours of sleep (optional)').inputValue()).toBe('7.5');
    await mood.getByText('Great').click();
    await page.getByRole('group', { name: 'Alcohol: substance-free today?' }).getByText('No').click();
    await expect.poll(() => page.getByText('A lapse is data, not a failure', { exact: false }).isVisible()).toBe(true);
    await expectAccessible(page, 'check-in (editing, a lapse)');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    const reflect = page.getByRole('link', { name: 'Write a reflection for Alcohol' });
    await expect.poll(() => reflect.isVisible()).toBe(true);
    expect(await reflect.getAttribute('href')).toBe(`/goals/${goalId}`);
    // What stays true after a lapse: the goal started 30 days ago.
    await expect.poll(() => page.locator('.lapse-note__true').textContent()).toMatch(/^30 of your last 3\d days were substance-free/);
    await snap(page, 'checkin-saved-lapse');

    const days = await api<Array<{ date: string; met: boolean }>>(page, 'GET', `/api/goals/${goalId}/days?from=${today}&to=${today}`);
    expect(days).toEqual([expect.objectContaining({ date: today, met: false })]);
  });

  it('back-fills yesterday from the calendar', async () => {
    await page.getByRole('link', { name: 'Fill in another day' }).click();
    await page.waitForURL('**/checkin/history');
    await expect.poll(() => page.getByText('You checked in on 1 of the last 91 days.').isVisible()).toBe(true);
    expect(await page.locator('a.cal-day--done').count()).toBe(1);
    expect(await page.locator('a.cal-day[aria-current="date"]').getAttribute('aria-label')).toMatch(/checked in \(today\)$/);
    await expectAccessible(page, 'check-in calendar');
    await snap(page, 'checkin-calendar');

    const tomorrow = new Date(`${today}T00:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    expect(await page.locator(`a[href="/checkin/${tomorrow.toISOString().slice(0, 10)}"]`).count()).toBe(0);

    await page.goto(`/checkin/${tomorrow.toISOString().slice(0, 10)}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe("This day can't be filled in");
    await page.getByRole('link', { name: 'Open the calendar' }).click();
    await page.waitForURL('**/checkin/history');
    await page.locator(`a[href="/checkin/${yesterday}"]`).click();
    await page.waitForURL(`**/checkin/${yesterday}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Check-in for \w+day, /);
    // Yesterday offers the strategy tried today as a quick pick.
    await expect.poll(() => page.getByRole('button', { name: 'Went for a walk' }).getAttribute('aria-pressed')).toBe('false');
    await page.getByRole('group', { name: 'Mood' }).getByText('Low', { exact: true }).click();
    await page.getByRole('group', { name: 'Energy' }).getByText('Low', { exact: true }).click();
    await page.getByRole('group', { name: 'Craving, from 0 to 10' }).getByText('6', { exact: true }).click();
    await page.getByRole('group', { name: 'Stress, from 0 to 10' }).getByText('7', { exact: true }).click();
    await page.getByRole('group', { name: 'Alcohol: substance-free that day?' }).getByText('Yes').click();
    await page.getByRole('button', { name: 'Went for a walk' }).click();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Check-in saved' }).isVisible()).toBe(true);

    await page.getByRole('link', { name: 'Fill in another day' }).click();
    await page.waitForURL('**/checkin/history');
    await expect.poll(() => page.locator('a.cal-day--done').count()).toBe(2);
    expect(await page.locator(`a[href="/checkin/${yesterday}"]`).getAttribute('aria-label')).toMatch(/, checked in$/);
  });

  it("deletes a day's check-in after asking, keeping the goal's record of that day", async () => {
    await page.locator(`a[href="/checkin/${yesterday}"]`).click();
    await page.waitForURL(`**/checkin/${yesterday}`);
    // The saved day comes back with its substance-free answer, read from the check-in itself.
    const answer = page.getByRole('group', { name: 'Alcohol: substance-free that day?' });
    await expect.poll(() => answer.getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
    const remove = page.getByRole('button', { name: 'Delete this check-in' });
    expect(await remove.isVisible()).toBe(true);
    await snap(page, 'checkin-editing-with-delete');

    await remove.click();
    const dialog = page.getByRole('dialog', { name: /^Delete the check-in for \w+day, / });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByText('What you recorded on your goals that day stays.', { exact: false }).isVisible()).toBe(true);
    await expectAccessible(page, 'delete check-in dialog');
    await snapView(page, 'checkin-delete-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await api<{ date: string }>(page, 'GET', `/api/checkins/${yesterday}`)).toMatchObject({ date: yesterday });

    await remove.click();
    await dialog.getByRole('button', { name: 'Delete check-in' }).click();
    await page.waitForURL('**/checkin/history');
    await expect.poll(() => page.getByRole('status').getByText(/^The check-in for .+ is deleted\./).isVisible()).toBe(true);
    await expect.poll(() => page.locator('a.cal-day--done').count()).toBe(1);
    expect(await page.locator(`a[href="/checkin/${yesterday}"]`).getAttribute('aria-label')).toMatch(/, not filled in yet$/);
    await expectAccessible(page, 'check-in calendar after deleting a day');
    await snap(page, 'checkin-calendar-after-delete');

    const days = await api<Array<{ date: string; met: boolean }>>(page, 'GET', `/api/goals/${goalId}/days?from=${yesterday}&to=${yesterday}`);
    expect(days).toEqual([expect.objectContaining({ date: yesterday, met: true })]);
    // A day not saved yet offers nothing to delete.
    await page.locator(`a[href="/checkin/${yesterday}"]`).click();
    await page.waitForURL(`**/checkin/${yesterday}`);
    await expect.poll(() => page.getByRole('button', { name: 'Save check-in' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Delete this check-in' }).count()).toBe(0);
  });

  it('shows a lapse recorded on the goal page when that day is first checked in', async () => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 5);
    const day = d.toISOString().slice(0, 10);
    await api(page, 'PUT', `/api/goals/${goalId}/days/${day}`, { met: false });
    await page.goto(`/checkin/${day}`);
    const question = page.getByRole('group', { name: /^Alcohol: substance-free/ });
    await expect.poll(() => question.getByRole('radio', { name: 'No' }).isChecked()).toBe(true);
  });

  it('shows early-warning signs gently on Today, with a reason and next steps', async () => {
    // Three short nights in the last two weeks (back-filled through the API) are a sign.
    for (const back of [2, 3, 4]) {
      const d = new Date(`${today}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - back);
      await api(page, 'PUT', `/api/checkins/${d.toISOString().slice(0, 10)}`, { mood: 3, energy: 3, craving: 2, stress: 3, sleepHours: 5 });
    }
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await page.waitForURL('**/today');
    const signs = page.getByRole('region', { name: 'Something to look after' });
    await expect.poll(() => signs.getByText('You slept under 6 hours on 3 of the last 14 nights.').isVisible()).toBe(true);
    expect(await signs.getByText('Rest where you can.', { exact: false }).isVisible()).toBe(true);
    expect(await signs.getByRole('link', { name: 'Open my safety plan' }).getAttribute('href')).toBe('/plan');
    // Today's lapse: the goal's clock reads as a fresh start, not as a zero.
    expect(await page.getByRole('region', { name: 'Your goals' }).getByRole('link', { name: /Alcohol/ }).textContent()).toContain('A fresh start');
    await expectAccessible(page, 'today with an early-warning sign');
    await snap(page, 'checkin-today-signals');
  });

  it('logs a craving from Today and lists it', async () => {
    await page.getByRole('region', { name: 'Cravings' }).getByRole('button', { name: 'Log a craving' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log a craving' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByLabel('When').inputValue()).toMatch(new RegExp(`^${today}T\\d\\d:\\d\\d$`));
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.getByText('Please choose one.').count()).toBe(2);
    await expectAccessible(page, 'craving dialog (with errors)');
    await snapView(page, 'checkin-craving-dialog-top');

    await dialog.getByRole('group', { name: 'How strong was it?' }).getByText('6', { exact: true }).click();
    await dialog.getByText('Stress', { exact: true }).click();
    await dialog.getByText('Loneliness').click();
    await dialog.getByText('Add details', { exact: false }).click();
    await dialog.getByLabel('How long it lasted, in minutes (optional)').fill('20');
    await dialog.getByLabel('What I did (optional)').fill('Texted a friend and made tea.');
    await dialog.getByText('I rode it out').click();
    await expectAccessible(page, 'craving dialog (filled in)');
    expect(await dialog.locator('.field__error').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Save' }).scrollIntoViewIfNeeded();
    await snapView(page, 'checkin-craving-dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Craving logged.', { exact: false }).isVisible()).toBe(true);
    expect(await dialog.isVisible()).toBe(false);
    await expectAccessible(page, 'today (checked in, craving logged)');
    await snap(page, 'checkin-today-after');

    await page.getByRole('link', { name: 'See your craving log' }).click();
    await page.waitForURL('**/cravings');
    const entry = page.locator('.craving').first();
    await expect.poll(() => entry.getByText('Intensity 6 of 10').isVisible()).toBe(true);
    expect(await entry.getByText('Rode it out').isVisible()).toBe(true);
    expect(await entry.getByText('20 minutes').isVisible()).toBe(true);
    await expectAccessible(page, 'craving log');
    await snap(page, 'checkin-cravings');

    await entry.getByRole('button', { name: /^Delete the entry from / }).click();
    await entry.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => page.getByText('Entry deleted.').isVisible()).toBe(true);
    expect(await page.locator('.craving').count()).toBe(0);
  });

  it('fits a phone in Spanish too', async () => {
    await api(page, 'PATCH', '/api/me', { locale: 'es' });
    for (const [route, name] of [
      ['/today', 'today'],
      ['/checkin', 'form'],
      ['/checkin/history', 'calendar'],
    ] as const) {
      await page.goto(route);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
      await expect.poll(() => page.locator('.loading').count()).toBe(0);
      await expectNoSidewaysScroll(page, `${route} (es)`);
      await expectScaleWordsFit(page, `${route} (es)`);
      await expectAccessible(page, `${route} (es)`);
      await snap(page, `checkin-es-${name}`);
    }
    await page.goto('/today');
    await page.getByRole('button', { name: 'Anotar ganas de consumir' }).first().click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    await expectNoSidewaysScroll(page, 'craving dialog (es)');
    await expectScaleWordsFit(page, 'craving dialog (es)');
    await snapView(page, 'checkin-es-craving-dialog');
    await api(page, 'PATCH', '/api/me', { locale: 'en' });
  });

  it('reads well in dark mode', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const [route, name] of [
      ['/checkin', 'form'],
      ['/checkin/history', 'calendar'],
      ['/today', 'today'],
    ] as const) {
      await page.goto(route);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
      await expect.poll(() => page.locator('.loading').count()).toBe(0);
      await expectAccessible(page, `${route} (dark)`);
      await snap(page, `checkin-dark-${name}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('saw no CSP violation or page error on the way', () => {
    expect(problems).toEqual([]);
  });
});
