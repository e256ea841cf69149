import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../src/shared/recovery/local-date.js';
import { expectAccessible, hasBrowser, launchBrowser, phoneContext, watchConsole, fillSignUp } from './browser.js';

const shots = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const password = 'steady harbour evening 17';

async function snap(page: Page, name: string) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

async function snapPart(part: Locator, name: string) {
  mkdirSync(shots, { recursive: true });
  await part.screenshot({ path: path.join(shots, `${name}.png`) });
}

/** A same-origin API call from inside the page, with the member's session cookie. */
async function api(page: Page, method: string, url: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const response = await fetch(url, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: response.status === 204 ? null : await response.json() };
    },
    { method, url, body },
  );
}

describe.skipIf(!hasBrowser)('goals, a lapse, milestones, progress charts and the export, in the browser', () => {
  let browser: Browser;
  let page: Page;
  let problems: string[];
  const suffix = Date.now().toString(36);
  // phoneContext runs in Chicago, and the member signs up there.
  const today = localDate(new Date(), 'America/Chicago');
  const started = addDays(today, -59);
  const lapsed = addDays(today, -19);
  let goalPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await phoneContext(browser)).newPage();
    problems = watchConsole(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets a new member set an abstain goal that started 59 days ago', async () => {
    await page.goto('/signup');
    await fillSignUp(page, `goal_${suffix}`, 'Rosa', password);
    await page.waitForURL('**/today');

    await page.goto('/goals');
    await expect.poll(() => page.getByText('No goals yet').isVisible()).toBe(true);
    await expectAccessible(page, 'goals (empty)');
    await page.getByRole('link', { name: 'Set a goal' }).click();
    await page.waitForURL('**/goals/new');
    await page.getByRole('button', { name: 'Set goal' }).click();
    await expect.poll(() => page.getByText('Please fill this in.').isVisible()).toBe(true);
    await expectAccessible(page, 'new goal (with an error)');

    await page.getByLabel('What is your goal?').fill('Alcohol-free');
    await page.getByLabel('Since when?').fill(started);
    await page.getByLabel('Step 1 (optional)').fill('Tell my sister about my goal');
    await page.getByRole('button', { name: 'Set goal' }).click();
    await page.waitForURL((url) => /^\/goals\/[0-9a-f-]{36}$/.test(url.pathname));
    goalPath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Alcohol-free');
    const clock = page.getByRole('region', { name: 'Your recovery clock' });
    await expect.poll(() => clock.locator('.clock__number').textContent()).toBe('59 days');
    await expectAccessible(page, 'goal page (new)');
  });

  it('records a lapse 19 days ago, invites a reflection and says what stays true', async () => {
    const record = page.getByRole('region', { name: 'Record a lapse' });
    await record.getByLabel('Day').fill(lapsed);
    await record.getByLabel('Time (optional)').fill('21:30');
    await record.getByRole('button', { name: 'Record lapse' }).click();

    await expect.poll(() => page.getByText('Your lapse is recorded.').isVisible()).toBe(true);
    const clock = page.getByRole('region', { name: 'Your recovery clock' });
    await expect.poll(() => clock.locator('.clock__number').textContent()).toBe('18 days');
    expect(await clock.getByText('Longest streak').locator('..').textContent()).toContain('40 days');
    expect(await clock.textContent()).toContain('58 of your last 59 days were substance-free. That stays true.');
    await expectAccessible(page, 'goal page after a lapse');

    await page.getByRole('button', { name: 'Write a reflection', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByLabel('What happened? (optional)').isVisible()).toBe(true);
    await expectAccessible(page, 'reflection dialog');
    await dialog.getByLabel('What happened? (optional)').fill('A wedding, and I said yes to one drink.');
    await dialog.getByLabel('What triggered it? (optional)').fill('Feeling left out at the table.');
    await dialog.getByLabel('What will I try next time? (optional)').fill('Bring my own drink and leave early.');
    await dialog.getByRole('button', { name: 'Save reflection' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    const timeline = page.getByRole('region', { name: 'Lapses and what you learned' });
    await expect.poll(() => timeline.getByText('Bring my own drink and leave early.').isVisible()).toBe(true);
    expect(await timeline.textContent()).toContain('around 21:30');
    expect(await page.getByText('Tell my sister about my goal').isVisible()).toBe(true);
    await snap(page, 'goal-page');
    await snapPart(clock, 'goal-clock');
    await snapPart(timeline, 'goal-timeline');
  });

  it('celebrates the newest milestone and shares it in a group only when asked', async () => {
    const celebration = page.locator('.celebration');
    await expect.poll(() => celebration.getByRole('heading').textContent()).toBe('14 days in a row');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, 'celebration.png') });

    const created = await api(page, 'POST', '/api/groups', { name: `Harbour Circle ${suffix}`, timeZone: 'America/Chicago', joinPolicy: 'invite', listed: false });
    expect(created.status).toBe(201);
    const groupId = (created.json as { id: string }).id;

    await celebration.getByRole('button', { name: 'Celebrate in a group' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByText(`Harbour Circle ${suffix}`).isVisible()).toBe(true);
    await dialog.getByLabel('A message (optional)').fill('Two weeks again. Thank you all.');
    await expectAccessible(page, 'celebrate dialog');
    await snap(page, 'celebrate-dialog');
    await dialog.getByRole('button', { name: 'Share with the group' }).click();
    await expect.poll(() => page.getByText('Shared with your group. Well done.').isVisible()).toBe(true);

    const shared = await api(page, 'GET', `/api/groups/${groupId}/celebrations`);
    const list = (shared.json as { celebrations: { kind: string; days: number; message: string }[] }).celebrations;
    expect(list).toEqual([expect.objectContaining({ kind: 'streak', days: 14, message: 'Two weeks again. Thank you all.' })]);

    // Shared (so seen) on this device: the next visit celebrates the next unseen one, if any, never this one again.
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: '14 days in a row' }).count()).toBe(0);
  });

  it('on another device, names the group a milestone is shared in instead of offering it again', async () => {
    // A device that has seen nothing yet: only the server knows what was shared where.
    const forgetSeen = () =>
      page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kindred.milestones-seen.')).forEach((k) => localStorage.removeItem(k)));
    await forgetSeen();
    await page.reload();
    const celebration = page.locator('.celebration');
    await expect.poll(() => celebration.getByText(`Shared in Harbour Circle ${suffix}`).isVisible()).toBe(true);
    expect(await celebration.getByRole('heading').textContent()).toBe('14 days in a row');
    expect(await celebration.getByRole('button', { name: /^Celebrate in/ }).count()).toBe(0);
    await expectAccessible(page, 'celebration already shared');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, 'celebration-shared-in.png') });

    // A second group: offered there, and only there.
    expect((await api(page, 'POST', '/api/groups', { name: `Tuesday Group ${suffix}`, timeZone: 'America/Chicago', joinPolicy: 'invite', listed: false })).status).toBe(201);
    await page.reload();
    await celebration.getByRole('button', { name: 'Celebrate in another group' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByText(`Tuesday Group ${suffix}`).isVisible()).toBe(true);
    expect(await dialog.getByText(`Harbour Circle ${suffix}`).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Not now' }).click();
    expect(await celebration.getByText(`Shared in Harbour Circle ${suffix}`).isVisible()).toBe(true);
    await celebration.getByRole('button', { name: 'Thanks' }).click();
    await expect.poll(() => celebration.count()).toBe(0);
  });

  it('keeps a weekly routine with amounts, and deletes a goal only after asking', async () => {
    await page.goto('/goals/new');
    await page.getByText('Build a routine').click();
    await page.getByLabel('What is your goal?').fill('Morning walks');
    await page.getByLabel('Amount', { exact: true }).fill('3');
    await page.getByLabel('Of what (optional)').fill('walks');
    await page.getByLabel('Per', { exact: true }).selectOption('week');
    await expectAccessible(page, 'new build goal');
    await page.getByRole('button', { name: 'Set goal' }).click();
    await page.waitForURL((url) => /^\/goals\/[0-9a-f-]{36}$/.test(url.pathname) && url.pathname !== goalPath);
    const record = page.getByRole('region', { name: 'Record a day' });
    await record.getByLabel('How many walks').fill('1');
    await record.getByRole('button', { name: 'Save day' }).click();
    const days = page.getByRole('region', { name: 'Your days' });
    await expect.poll(() => days.getByText('1 walks').isVisible()).toBe(true);
    // One walk of three this week: the week is still open, so the clock shows no week yet.
    expect(await page.getByRole('region', { name: 'Your recovery clock' }).locator('.clock__number').textContent()).toBe('0 weeks');
    await expectAccessible(page, 'build goal with a day');

    await page.getByRole('button', { name: 'Delete goal' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByText('Delete “Morning walks”?').isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Delete goal' }).click();
    await page.waitForURL('**/goals');
    await expect.poll(() => page.getByRole('list', { name: 'Your goals' }).getByRole('listitem').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Alcohol-free' }).isVisible()).toBe(true);
    await expectAccessible(page, 'goals list');
    await snap(page, 'goals-list');
  });

  it('draws the progress charts from check-ins and cravings, each with a table', async () => {
    for (let i = 1; i <= 14; i++) {
      const date = addDays(today, -i);
      const saved = await api(page, 'PUT', `/api/checkins/${date}`, {
        mood: 2 + (i % 4),
        energy: 3,
        craving: (i * 3) % 8,
        stress: (i * 5) % 9,
        sleepHours: 5.5 + (i % 4),
        sleepQuality: 3,
      });
      expect(saved.status).toBe(200);
    }
    const cravings: [number, string[]][] = [
      [2, ['stress', 'people']],
      [5, ['stress']],
      [7, ['loneliness', 'tiredness']],
      [9, ['celebration', 'people']],
    ];
    for (const [daysAgo, triggers] of cravings) {
      const at = new Date(Date.now() - daysAgo * 86_400_000);
      at.setUTCHours(daysAgo % 2 === 0 ? 3 : 23, 15, 0, 0);
      const logged = await api(page, 'POST', '/api/cravings', { at: at.toISOString(), intensity: 6, triggers, outcome: 'rode_it_out' });
      expect(logged.status).toBe(201);
    }

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
    await page.waitForURL('**/progress');
    await expect.poll(() => page.locator('.line-chart canvas').count()).toBe(4);
    // The lapse 19 days ago is inside the last 30 days; today is still open.
    await expect.poll(() => page.locator('.heat__grid .heat__cell--lapse').count()).toBe(1);
    expect(await page.getByText('28 substance-free days and 1 with a lapse in this time.').isVisible()).toBe(true);
    const cravingsRegion = page.getByRole('region', { name: 'Cravings' });
    expect(await cravingsRegion.getByRole('list', { name: 'What set them off' }).getByRole('listitem').first().textContent()).toMatch(/^Stress.*2 times$/);
    await expectAccessible(page, 'progress (30 days)');
    await snap(page, 'progress-30');

    await page.getByRole('button', { name: '90 days' }).click();
    await expect.poll(() => page.getByText('58 substance-free days and 1 with a lapse in this time.').isVisible()).toBe(true);
    expect(await page.locator('.heat__grid .heat__cell--met').count()).toBe(58);
    const mood = page.locator('figure', { hasText: 'Mood' });
    await mood.getByText('Show as a table').click();
    await expect.poll(() => mood.getByRole('table').getByRole('row').count()).toBe(15);
    await expectAccessible(page, 'progress (90 days, mood table open)');
    await snap(page, 'progress-90');
    await snapPart(page.getByRole('region', { name: 'How you\'ve been' }), 'progress-wellbeing');
    await snapPart(page.getByRole('region', { name: 'Goal calendar' }), 'progress-calendar');
    await snapPart(cravingsRegion, 'progress-cravings');
    await snapPart(page.getByRole('region', { name: 'Your goals' }), 'progress-goals');
  });

  it('downloads all personal records and shows who looked at them', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL('**/settings');
    const privacy = page.getByRole('region', { name: 'Your data and privacy' });
    await expect.poll(() => privacy.getByText('Nobody has looked at your records.').isVisible()).toBe(true);
    await expectAccessible(page, 'settings with privacy');
    await privacy.scrollIntoViewIfNeeded();
    await privacy.screenshot({ path: path.join(shots, 'privacy.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), privacy.getByRole('link', { name: 'Download my data' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kindred-export-\d{4}-\d{2}-\d{2}\.zip$/);
    const file = path.join(shots, '..', `export-${suffix}.zip`);
    await download.saveAs(file);
    const files = unzipSync(readFileSync(file));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['kindred-export.json', 'checkins.csv', 'goals.csv', 'goal-days.csv', 'lapse-reflections.csv', 'cravings.csv']));
    const records = JSON.parse(new TextDecoder().decode(files['kindred-export.json'])) as Record<string, unknown[]>;
    expect(records.checkins).toHaveLength(14);
    expect(new TextDecoder().decode(files['lapse-reflections.csv'])).toContain('Bring my own drink and leave early.');
  });

  it('reads kindly in Spanish too', async () => {
    expect((await api(page, 'PATCH', '/api/me', { locale: 'es' })).status).toBe(200);
    await page.goto(goalPath);
    await expect.poll(() => page.getByRole('region', { name: 'Tu reloj de recuperación' }).isVisible()).toBe(true);
    expect(await page.locator('.clock__true').textContent()).toBe('58 de tus últimos 59 días fueron sin consumo. Eso sigue siendo verdad.');
    await expectAccessible(page, 'goal page (Spanish)');
    await snap(page, 'goal-page-es');
    await page.goto('/progress');
    await expect.poll(() => page.locator('.line-chart canvas').count()).toBe(4);
    await expectAccessible(page, 'progress (Spanish)');
    await snap(page, 'progress-es');
    await snapPart(page.getByRole('region', { name: 'Tus metas' }), 'progress-goals-es');
    await snapPart(page.getByRole('region', { name: 'Ganas de consumir' }), 'progress-cravings-es');
  });

  it('reads well in dark mode', async () => {
    const dark = await (await phoneContext(browser, { colorScheme: 'dark' })).newPage();
    await dark.context().addCookies(await page.context().cookies());
    const darkProblems = watchConsole(dark);
    await dark.goto('/progress');
    await expect.poll(() => dark.locator('.line-chart canvas').count()).toBe(4);
    await expectAccessible(dark, 'progress (dark)');
    await snap(dark, 'progress-dark');
    await dark.goto(goalPath);
    await expect.poll(() => dark.locator('.clock__number').isVisible()).toBe(true);
    await expectAccessible(dark, 'goal page (dark)');
    await snap(dark, 'goal-page-dark');
    expect(darkProblems).toEqual([]);
  });

  it('lays the goal page and the charts out side by side on a laptop', async () => {
    const laptop = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'America/Chicago' })).newPage();
    await laptop.context().addCookies(await page.context().cookies());
    const laptopProblems = watchConsole(laptop);
    const origin = new URL(page.url()).origin;
    await laptop.goto(`${origin}${goalPath}`);
    await expect.poll(() => laptop.locator('.clock__number').isVisible()).toBe(true);
    await expectAccessible(laptop, 'goal page (laptop)');
    await snap(laptop, 'goal-page-laptop');
    await laptop.goto(`${origin}/progress`);
    await expect.poll(() => laptop.locator('.line-chart canvas').count()).toBe(4);
    await expectAccessible(laptop, 'progress (laptop)');
    await snap(laptop, 'progress-laptop');
    expect(laptopProblems).toEqual([]);
  });

  it('saw no CSP violation or page error on the way', () => {
    expect(problems).toEqual([]);
  });
});
