import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSignUp, expectAccessible, hasBrowser, launchBrowser, pageApi, phoneContext, watchConsole } from './browser.js';


describe.skipIf(!hasBrowser)('sharing check-ins with a group member, in the browser', () => {
  let browser: Browser;
  let alex: Page;
  let blair: Page;
  let alexId = '';
  const watched: string[][] = [];
  const suffix = Date.now().toString(36);

  beforeAll(async () => {
    browser = await launchBrowser();
    alex = await (await phoneContext(browser)).newPage();
    blair = await (await phoneContext(browser)).newPage();
    watched.push(watchConsole(alex), watchConsole(blair));
    alexId = (await apiSignUp(alex, `alex_${suffix}`, 'Alex')).id;
    await apiSignUp(blair, `blair_${suffix}`, 'Blair');
    const group = await pageApi(alex, 'POST', '/api/groups', { name: `Sharing circle ${suffix}`, timeZone: 'America/Chicago', joinPolicy: 'invite', listed: false });
    const { token } = await pageApi(alex, 'POST', `/api/groups/${group.id}/invitations`, {});
    await pageApi(blair, 'POST', `/api/invitations/${token}/accept`, { agreementVersion: group.agreement.version });
    const { today } = await pageApi(alex, 'GET', '/api/checkins/window');
    await pageApi(alex, 'PUT', `/api/checkins/${today}`, { mood: 4, energy: 3, craving: 2, stress: 6, sleepHours: 7.5, sleepQuality: 4, note: 'A note only for me' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('Alex shares daily check-ins with Blair from Settings', async () => {
    await alex.goto('/settings#sharing');
    const section = alex.locator('#sharing');
    await expect.poll(() => section.getByText('You are not sharing anything with anyone.').isVisible()).toBe(true);
    await section.getByRole('button', { name: 'Share', exact: true }).click();
    await expect.poll(() => section.getByText('Choose a person.').isVisible()).toBe(true);
    await expectAccessible(alex, 'settings: share form with errors');
    await section.getByLabel('Who', { exact: true }).selectOption({ label: `Blair (Sharing circle ${suffix})` });
    await section.getByText('Daily check-ins', { exact: true }).click();
    await section.getByLabel('Why you\'re sharing (optional)').fill('So Blair can check in on me');
    await section.getByRole('button', { name: 'Share', exact: true }).click();
    await expect.poll(() => section.getByText('You are now sharing with Blair.').isVisible()).toBe(true);
    await expect.poll(() => section.getByText('With Blair', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => section.getByText('never your private notes').first().isVisible()).toBe(true);
    await expectAccessible(alex, 'settings: who can see what');
    await section.screenshot({ path: '/tmp/sharing-settings.png' });
  });

  it("Blair sees Alex's check-in but not the note, and Alex's access history names Blair", async () => {
    await blair.goto('/settings#sharing');
    await blair.getByRole('link', { name: 'See what Alex shares' }).click();
    await blair.waitForURL(`**/people/${alexId}`);
    await expect.poll(() => blair.getByText('Shared with you by Alex.').isVisible()).toBe(true);
    const table = blair.getByRole('table');
    await expect.poll(() => table.getByRole('rowheader', { name: 'Today' }).isVisible()).toBe(true);
    expect(await table.textContent()).toContain('6/10');
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Day', 'Mood', 'Energy', 'Craving', 'Stress', 'Sleep']);
    expect(await blair.getByText('Alex checked in today').isVisible()).toBe(true);
    expect(await blair.content()).not.toContain('A note only for me');
    expect(await blair.getByRole('heading', { name: 'Safety plan' }).count()).toBe(0);
    await expectAccessible(blair, 'a member\'s shared view');
    await blair.screenshot({ path: '/tmp/sharing-people.png', fullPage: true });

    await alex.reload();
    await expect.poll(() => alex.getByText('Blair looked at: Daily check-ins').isVisible()).toBe(true);
    // Blair looks again: one line for the day, with a count, not a line per look.
    await blair.reload();
    await expect.poll(() => blair.getByText('Shared with you by Alex.').isVisible()).toBe(true);
    await alex.reload();
    const log = alex.getByRole('list', { name: 'Who has looked at your records' });
    await expect.poll(() => log.getByText('2 times that day', { exact: false }).isVisible()).toBe(true);
    expect(await log.getByText('Blair looked at: Daily check-ins').count()).toBe(1);
    await alex.locator('.privacy__log').screenshot({ path: '/tmp/sharing-access-log.png' });
  });

  it('Alex stops sharing; on reload Blair sees that nothing is shared', async () => {
    const section = alex.locator('#sharing');
    await section.getByRole('button', { name: 'Stop sharing with Blair' }).click();
    const dialog = alex.getByRole('dialog');
    await expect.poll(() => dialog.getByText('Blair will no longer see what this shared').isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Stop sharing' }).click();
    await expect.poll(() => section.getByText('You stopped sharing with Blair.').isVisible()).toBe(true);
    await expect.poll(() => section.getByText('You are not sharing anything with anyone.').isVisible()).toBe(true);

    // Blair's open page drops the view at once (the live grant.revoked event), and a reload agrees.
    await expect.poll(() => blair.getByText('Nothing is shared with you here').isVisible()).toBe(true);
    await blair.reload();
    await expect.poll(() => blair.getByText('Nothing is shared with you here').isVisible()).toBe(true);
    expect(await blair.getByRole('table').count()).toBe(0);
    await expectAccessible(blair, 'shared view after the grant stopped');
    await blair.screenshot({ path: '/tmp/sharing-stopped.png', fullPage: true });
  });

  it('with everything shared, Blair reads each section calmly', async () => {
    const { today } = await pageApi(alex, 'GET', '/api/checkins/window');
    await pageApi(alex, 'POST', '/api/goals', { kind: 'abstain', title: 'Alcohol-free days', startDate: today });
    await pageApi(alex, 'POST', '/api/cravings', { at: new Date(Date.now() - 3_600_000).toISOString(), intensity: 6, triggers: ['stress', 'loneliness'], situation: 'Walking past the old bar', outcome: 'rode_it_out' });
    await pageApi(alex, 'PUT', '/api/safety-plan', {
      warningSigns: ['Skipping meals'], copingStrategies: ['A walk by the river'], distractions: [], helpContacts: [{ name: 'Sam', phone: '+1 555 0100' }],
      professionals: [], saferSurroundings: [], reasons: ['My kids'],
    });
    const blairId = (await pageApi(blair, 'GET', '/api/me')).id;
    await pageApi(alex, 'POST', '/api/grants', { granteeAccountId: blairId, scopes: ['checkins.summary', 'checkins.notes', 'goals', 'cravings', 'safety_plan', 'sos'] });
    await blair.reload();
    await expect.poll(() => blair.getByRole('heading', { name: 'Alcohol-free days' }).isVisible()).toBe(true);
    expect(await blair.getByText('A note only for me').isVisible()).toBe(true);
    expect(await blair.getByText('My kids').isVisible()).toBe(true);
    expect(await blair.content()).not.toContain('Walking past the old bar');
    await expectAccessible(blair, 'a shared view with every section');
    await blair.screenshot({ path: '/tmp/sharing-people-full.png', fullPage: true });
    expect(watched.flat()).toEqual([]);
  });
});
