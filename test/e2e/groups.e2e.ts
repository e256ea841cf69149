import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, hasBrowser, launchBrowser, phoneContext, watchConsole, fillSignUp } from './browser.js';

const shots = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const password = 'quiet river morning 42';

async function snap(page: Page, name: string) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

const signUp = (page: Page, username: string, displayName: string) => fillSignUp(page, username, displayName, password);

describe.skipIf(!hasBrowser)('a group, its meetings and an invitation, in the browser', () => {
  let browser: Browser;
  let facilitator: Page;
  let newcomerContext: BrowserContext;
  let newcomer: Page;
  const watched: string[][] = [];
  const suffix = Date.now().toString(36);
  let groupPath = '';
  let invitationUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    // The facilitator (and so the group) is in Chicago; the newcomer is in Madrid.
    facilitator = await (await phoneContext(browser)).newPage();
    watched.push(watchConsole(facilitator));
    newcomerContext = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'en-US',
      timezoneId: 'Europe/Madrid',
      colorScheme: 'dark',
    });
    newcomer = await newcomerContext.newPage();
    watched.push(watchConsole(newcomer));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets a facilitator sign up and create a group', async () => {
    await facilitator.goto('/signup');
    await signUp(facilitator, `fac_${suffix}`, 'Dana');
    await facilitator.waitForURL('**/today');
    await facilitator.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
    await facilitator.waitForURL('**/groups');
    await expect.poll(() => facilitator.getByText('You\'re not in a group yet').isVisible()).toBe(true);
    await expectAccessible(facilitator, 'groups (empty)');

    await facilitator.getByRole('link', { name: 'Create a group' }).click();
    await facilitator.waitForURL('**/groups/new');
    expect(await facilitator.getByLabel('Time zone').inputValue()).toBe('America/Chicago');
    await facilitator.getByRole('button', { name: 'Create group' }).click();
    await expect.poll(() => facilitator.getByText('Please fill this in.').isVisible()).toBe(true);
    await expectAccessible(facilitator, 'create group (with an error)');
    await facilitator.getByLabel('Group name').fill('Tuesday Evening Circle');
    await facilitator.getByLabel('Description (optional)').fill('A peer-led group for anyone in recovery.');
    await facilitator.getByText('By invitation only').click();
    await facilitator.getByRole('button', { name: 'Create group' }).click();
    await facilitator.waitForURL((url) => /^\/groups\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'));
    groupPath = new URL(facilitator.url()).pathname;
    await expect.poll(() => facilitator.getByRole('heading', { level: 1 }).textContent()).toBe('Tuesday Evening Circle');
    await expectAccessible(facilitator, 'group page (facilitator)');
  });

  it('adds a weekly online meeting and creates an invitation', async () => {
    await facilitator.getByLabel('Meeting name').fill('Sunday evening check-in');
    await facilitator.getByRole('group', { name: 'On these days' }).getByText('Sunday').click();
    await facilitator.getByLabel('Starts at').fill('18:00');
    await facilitator.getByLabel('Meeting link').fill('https://meet.example.org/sunday');
    await facilitator.getByRole('button', { name: 'Add meeting' }).click();
    await expect.poll(() => facilitator.getByText('The meeting is added to the schedule.').isVisible()).toBe(true);
    const firstMeeting = facilitator.locator('.occurrence').first();
    await expect.poll(() => firstMeeting.textContent()).toContain('Sunday evening check-in');
    // The facilitator is in the group's own zone: one time, no second clock.
    expect(await firstMeeting.locator('.meeting-time').textContent()).toMatch(/^Sun, \w+ \d+, 6:00 PM$/);

    await facilitator.getByRole('button', { name: 'Create invitation link' }).click();
    const url = facilitator.locator('.new-link__url').first();
    await expect.poll(() => url.isVisible()).toBe(true);
    invitationUrl = (await url.textContent()) ?? '';
    expect(invitationUrl).toMatch(/\/join\/[\w-]+$/);
    await expectAccessible(facilitator, 'group page with a meeting and an invitation');
    await snap(facilitator, 'group-facilitator');
  });

  it('shows the invitation to someone signed out, who signs up through it', async () => {
    await newcomer.goto('/join/not-a-real-invitation-token');
    await expect.poll(() => newcomer.getByText('This invitation link has expired or was already used up.', { exact: false }).isVisible()).toBe(true);
    expect(await newcomer.getByRole('button', { name: 'Try again' }).count()).toBe(0);

    const joinPath = new URL(invitationUrl).pathname;
    await newcomer.goto(joinPath);
    await expect.poll(() => newcomer.getByRole('heading', { level: 1 }).textContent()).toBe('Tuesday Evening Circle');
    await expect.poll(() => newcomer.getByText('Our group agreement', { exact: false }).first().isVisible()).toBe(true);
    await expectAccessible(newcomer, 'invitation (signed out, dark)');
    await snap(newcomer, 'join-signed-out');

    await newcomer.getByRole('link', { name: 'Sign up to join' }).click();
    await newcomer.waitForURL((u) => u.pathname === '/signup' && u.searchParams.get('next') === joinPath);
    expect(await newcomer.getByLabel('Time zone').inputValue()).toBe('Europe/Madrid');
    await signUp(newcomer, `new_${suffix}`, 'Luz');
    await newcomer.waitForURL((u) => u.pathname === joinPath);
    await expectAccessible(newcomer, 'invitation (signed in)');

    await newcomer.getByRole('button', { name: 'Join group' }).click();
    await expect.poll(() => newcomer.getByText('Please tick the box').isVisible()).toBe(true);
    await newcomer.getByLabel('I have read and accept the group agreement').check();
    await newcomer.getByRole('button', { name: 'Join group' }).click();
    await newcomer.waitForURL((u) => u.pathname === groupPath);
  });

  it('shows the newcomer the meeting in their own time zone and the group’s', async () => {
    const meeting = newcomer.locator('.occurrence').first();
    await expect.poll(() => meeting.isVisible()).toBe(true);
    const time = (await meeting.locator('.meeting-time').textContent()) ?? '';
    // 6:00 PM on Sunday in Chicago is after midnight, Monday, in Madrid.
    expect(time).toMatch(/^Mon, \w+ \d+, [01]:00 AM \(your time\) · Sun 6:00 PM in Chicago$/);
    expect(await meeting.getByRole('link', { name: /Join online/ }).getAttribute('href')).toBe('https://meet.example.org/sunday');
    expect(await newcomer.getByRole('heading', { name: 'Core team tools' }).count()).toBe(0);
    await expect.poll(() => newcomer.locator('.member').count()).toBe(2);
    await expectAccessible(newcomer, 'group page (member, dark)');
    await snap(newcomer, 'group-member');

    await newcomer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await newcomer.waitForURL('**/today');
    await expect.poll(() => newcomer.getByRole('heading', { name: 'Your next meetings' }).isVisible()).toBe(true);
    await expectAccessible(newcomer, 'today with meetings');
  });

  it('lets the facilitator mark attendance for an occurrence', async () => {
    await facilitator.reload();
    await facilitator.locator('.occurrence').first().getByRole('button', { name: 'Attendance' }).click();
    const dialog = facilitator.getByRole('dialog');
    await expect.poll(() => dialog.getByText('Luz').isVisible()).toBe(true);
    await expectAccessible(facilitator, 'attendance dialog');
    await dialog.getByRole('group', { name: 'Luz' }).getByRole('button', { name: 'Present' }).click();
    await dialog.getByRole('group', { name: 'Dana' }).getByRole('button', { name: 'Present' }).click();
    expect(await dialog.getByRole('group', { name: 'Luz' }).getByRole('button', { name: 'Present' }).getAttribute('aria-pressed')).toBe('true');
    await dialog.getByRole('button', { name: 'Save attendance' }).click();
    await expect.poll(() => dialog.getByText('Attendance saved.').isVisible()).toBe(true);
    await snap(facilitator, 'attendance');

    const sheet = await facilitator.evaluate(async (groupPathname) => {
      const id = groupPathname.split('/').pop();
      const first = (await (await fetch(`/api/groups/${id}/occurrences?from=${new Date().toISOString()}&to=${new Date(Date.now() + 14 * 864e5).toISOString()}`)).json()).occurrences[0];
      return (await fetch(`/api/groups/${id}/meetings/${first.seriesId}/occurrences/${first.date}/attendance`)).json();
    }, groupPath);
    expect(sheet.counts.present).toBe(2);

    await newcomer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
    await newcomer.waitForURL('**/progress');
    const attended = newcomer.getByRole('region', { name: 'Meetings you attended' });
    await expect.poll(() => attended.getByText('Sunday evening check-in').isVisible()).toBe(true);
    expect(await attended.getByText('Present').count()).toBe(1);
    await expectAccessible(newcomer, 'progress with attendance');
  });

  it('offers a public directory to someone signed out', async () => {
    const stranger = await (await phoneContext(browser)).newPage();
    await stranger.goto('/');
    await stranger.getByRole('link', { name: 'Browse groups and open meetings' }).click();
    await stranger.waitForURL('**/directory');
    await expect.poll(() => stranger.getByRole('heading', { level: 1 }).textContent()).toBe('Find a group');
    await expectAccessible(stranger, 'directory');
    // Invitation-only groups can still be listed; this one is not.
    expect(await stranger.getByText('Tuesday Evening Circle').count()).toBe(0);
  });

  it('saw no CSP violation or page error on the way', () => {
    expect(watched.flat()).toEqual([]);
  });
});
