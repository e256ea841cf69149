import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, fillSignUp, hasBrowser, launchBrowser, pageApi, phoneContext, watchConsole } from './browser.js';

const shots = path.resolve(import.meta.dirname, '../../test-results/screenshots');

async function snap(page: Page, name: string) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}


const bell = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^Notifications/ });

describe.skipIf(!hasBrowser)('notifications, live, in the browser', () => {
  let browser: Browser;
  let robin: Page;
  let sam: Page;
  const watched: string[][] = [];
  const suffix = Date.now().toString(36);

  beforeAll(async () => {
    browser = await launchBrowser();
    robin = await (await phoneContext(browser)).newPage();
    sam = await (await phoneContext(browser)).newPage();
    watched.push(watchConsole(robin), watchConsole(sam));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows an empty centre and a bell with nothing unread', async () => {
    await robin.goto('/signup');
    await fillSignUp(robin, `robin_${suffix}`, 'Robin');
    await robin.waitForURL('**/today');
    await expect.poll(() => bell(robin).getAttribute('aria-label')).toBe('Notifications');
    await bell(robin).click();
    await robin.waitForURL('**/notifications');
    await expect.poll(() => robin.getByRole('heading', { name: 'Nothing here yet' }).isVisible()).toBe(true);
    await expectAccessible(robin, 'notifications (empty)');
  });

  it('counts a partner request live, with a calm note, when another member sends it', async () => {
    await robin.goto('/today');
    await expect.poll(() => bell(robin).isVisible()).toBe(true);
    // Robin and Sam share a group, so Sam may ask Robin to be partners.
    const robinId = (await pageApi<{ id: string }>(robin, 'GET', '/api/me')).id;
    const group = await pageApi<{ id: string; agreement: { version: number } }>(robin, 'POST', '/api/groups', {
      name: `Evening Circle ${suffix}`,
      timeZone: 'America/Chicago',
      joinPolicy: 'invite',
      listed: false,
    });
    const { token } = await pageApi<{ token: string }>(robin, 'POST', `/api/groups/${group.id}/invitations`, {});
    await sam.goto('/signup');
    await fillSignUp(sam, `sam_${suffix}`, 'Sam');
    await sam.waitForURL('**/today');
    await pageApi(sam, 'POST', `/api/invitations/${token}/accept`, { agreementVersion: group.agreement.version });

    await pageApi(sam, 'POST', '/api/partnerships', { accountId: robinId });
    await expect.poll(() => bell(robin).getAttribute('aria-label'), { timeout: 10_000 }).toBe('Notifications, 1 unread');
    const note = robin.getByRole('status').filter({ hasText: 'Sam would like to be accountability partners with you.' });
    await expect.poll(() => note.isVisible()).toBe(true);
    await snap(robin, 'notification-toast');
  });

  it('lists it in the centre, leading to the partnership, and marks it read', async () => {
    await bell(robin).click();
    await robin.waitForURL('**/notifications');
    const entry = robin.getByRole('link', { name: /Sam would like to be accountability partners with you\./ });
    await expect.poll(() => entry.isVisible()).toBe(true);
    expect(await entry.getAttribute('href')).toMatch(/^\/partners\/[0-9a-f-]{36}$/);
    expect(await entry.textContent()).toContain('Unread');
    await expectAccessible(robin, 'notifications');
    expect(await robin.getByRole('status').filter({ hasText: 'Sam would like' }).count()).toBe(0);
    // Nothing wider than the phone: the bell fits in the header.
    expect(await robin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await snap(robin, 'notifications');

    await robin.getByRole('button', { name: 'Mark all as read' }).click();
    await expect.poll(() => bell(robin).getAttribute('aria-label')).toBe('Notifications');
    await expect.poll(() => robin.getByRole('button', { name: 'Mark all as read' }).count()).toBe(0);
  });

  it('keeps notification choices and quiet hours in Settings', async () => {
    await robin.goto('/settings#notifications');
    const section = robin.getByRole('region', { name: 'Notifications' });
    const email = section.getByRole('checkbox', { name: 'Someone asks to be your partner: by e-mail' });
    await expect.poll(() => email.isChecked()).toBe(true);
    expect(await section.getByRole('checkbox', { name: 'Someone asks for support now: in the app' }).isDisabled()).toBe(true);
    await email.uncheck();
    await section.getByRole('checkbox', { name: 'Hold e-mails during quiet hours' }).check();
    await section.getByLabel('From', { exact: true }).fill('21:30');
    await section.getByLabel('Until', { exact: true }).fill('21:30');
    await section.getByRole('button', { name: 'Save notification choices' }).click();
    await expect.poll(() => section.getByText('Choose an end different from the start.').isVisible()).toBe(true);
    await section.getByLabel('Until', { exact: true }).fill('06:45');
    await section.getByRole('button', { name: 'Save notification choices' }).click();
    await expect.poll(() => section.getByText('Your notification choices are saved.').isVisible()).toBe(true);
    await expectAccessible(robin, 'settings with notifications');
    mkdirSync(shots, { recursive: true });
    await section.screenshot({ path: path.join(shots, 'settings-notifications.png') });

    const saved = await pageApi<{ kinds: Array<{ kind: string; email: boolean }>; quietHours: unknown }>(robin, 'GET', '/api/me/notification-preferences');
    expect(saved.kinds.find((k) => k.kind === 'partner.request')?.email).toBe(false);
    expect(saved.quietHours).toEqual({ start: '21:30', end: '06:45' });
    for (const problems of watched) expect(problems).toEqual([]);
  });
});
