import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSignUp, expectAccessible, hasBrowser, launchBrowser, pageApi, phoneContext, watchConsole } from './browser.js';


describe.skipIf(!hasBrowser)('accountability partners and mentoring, in the browser', () => {
  let browser: Browser;
  let ana: Page;
  let ben: Page;
  let groupId = '';
  let partnershipPath = '';
  const watched: string[][] = [];
  const suffix = Date.now().toString(36);

  beforeAll(async () => {
    browser = await launchBrowser();
    ana = await (await phoneContext(browser)).newPage();
    ben = await (await phoneContext(browser)).newPage();
    watched.push(watchConsole(ana), watchConsole(ben));
    await apiSignUp(ana, `ana_${suffix}`, 'Ana');
    await apiSignUp(ben, `ben_${suffix}`, 'Ben');
    const group = await pageApi(ana, 'POST', '/api/groups', { name: `Morning circle ${suffix}`, timeZone: 'America/Chicago', joinPolicy: 'invite', listed: false });
    groupId = group.id;
    const { token } = await pageApi(ana, 'POST', `/api/groups/${group.id}/invitations`, {});
    await pageApi(ben, 'POST', `/api/invitations/${token}/accept`, { agreementVersion: group.agreement.version });
    const { today } = await pageApi(ana, 'GET', '/api/checkins/window');
    await pageApi(ana, 'PUT', `/api/checkins/${today}`, { mood: 4, energy: 3, craving: 2, stress: 5, note: 'Only mine' });
    await pageApi(ana, 'PUT', '/api/safety-plan', {
      warningSigns: ['Skipping meals'],
      copingStrategies: ['Walk around the block'],
      distractions: [],
      helpContacts: [{ name: 'Ben', phone: '+1 555 0100' }],
      professionals: [],
      saferSurroundings: [],
      reasons: ['My kids'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('Ana asks Ben to be her accountability partner', async () => {
    await ana.goto('/partners');
    await expect.poll(() => ana.getByText('No partner yet').isVisible()).toBe(true);
    await expectAccessible(ana, '/partners, empty');
    await ana.getByRole('button', { name: 'Ask someone to be my partner' }).click();
    const dialog = ana.getByRole('dialog');
    await dialog.getByLabel('Who would you like to ask?').selectOption({ label: `Ben (Morning circle ${suffix})` });
    await dialog.getByLabel('A short note (optional)').fill('Shall we check in each evening?');
    await expectAccessible(ana, 'ask a partner dialog');
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await expect.poll(() => ana.getByText('Request sent to Ben.').isVisible()).toBe(true);
    await expect.poll(() => ana.getByText('No reply yet').isVisible()).toBe(true);
  });

  it('Ben accepts, and both see each other under My people', async () => {
    await ben.goto('/partners');
    await expect.poll(() => ben.getByText('Ana would like to be accountability partners with you.').isVisible()).toBe(true);
    expect(await ben.getByText('Shall we check in each evening?').isVisible()).toBe(true);
    await expectAccessible(ben, '/partners with a request');
    await ben.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => ben.getByRole('link', { name: 'Ana' }).isVisible()).toBe(true);
    // Ana's open page hears of it live: no reload.
    await expect.poll(() => ana.getByRole('link', { name: 'Ben' }).isVisible(), { timeout: 15_000 }).toBe(true);
    await ana.getByRole('link', { name: 'Ben' }).click();
    await ana.waitForURL('**/partners/*');
    partnershipPath = new URL(ana.url()).pathname;
  });

  it('Ana shares her daily check-ins and her SOS alerts with Ben from the partner page', async () => {
    await expect.poll(() => ana.getByRole('heading', { name: 'What I share with Ben' }).isVisible()).toBe(true);
    await ana.getByText('Daily check-ins', { exact: true }).click();
    await ana.getByText('“I need support now” alerts', { exact: true }).click();
    await ana.getByRole('button', { name: 'Save what I share' }).click();
    await expect.poll(() => ana.getByText('Saved. Ben now sees what you ticked.').isVisible()).toBe(true);
    await expectAccessible(ana, '/partners/:id');
  });

  it('Ben sees that Ana checked in today, not her note, and sends a nudge and a message', async () => {
    await ben.goto(partnershipPath);
    await expect.poll(() => ben.getByText('Ana checked in today ✓').isVisible()).toBe(true);
    await expect.poll(() => ben.getByText('Shared with you by Ana.').isVisible()).toBe(true);
    expect(await ben.content()).not.toContain('Only mine');
    await ben.getByRole('button', { name: 'Thinking of you' }).click();
    await expect.poll(() => ben.getByText('Nudge sent to Ana.').isVisible()).toBe(true);
    await ben.getByLabel('Write a message').fill('Proud of you for today.');
    expect(await ben.getByText('23 of 500 characters').isVisible()).toBe(true);
    await ben.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => ben.getByText('Proud of you for today.').isVisible()).toBe(true);
    await expectAccessible(ben, '/partners/:id as Ben');
    await ben.screenshot({ path: '/tmp/partners-page-ben.png', fullPage: true });
  });

  it('Ana, still on the partner page, sees the nudge and the message arrive', async () => {
    const thread = ana.getByRole('list', { name: 'Your messages' });
    await expect.poll(() => thread.getByText('Proud of you for today.').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await thread.getByText('Thinking of you', { exact: true }).isVisible()).toBe(true);
    await ana.screenshot({ path: '/tmp/partners-page-ana.png', fullPage: true });
    await ana.goto('/partners');
    await expect.poll(() => ana.getByRole('link', { name: 'Ben' }).isVisible()).toBe(true);
    await expectAccessible(ana, '/partners with a partner');
    await ana.screenshot({ path: '/tmp/partners.png', fullPage: true });
  });

  it('Ana presses "I need support now": she sees her plan and crisis lines; Ben sees the alert live and answers', async () => {
    // Ben is on Today, doing nothing: the alert must reach his open app without a reload.
    await ben.goto('/today');
    await expect.poll(() => ben.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    await ana.goto('/today');
    await ana.getByRole('button', { name: 'Need help now' }).click();
    await ana.getByRole('button', { name: 'I need support now — alert my people' }).click();
    const confirm = ana.getByRole('dialog', { name: 'Alert your people?' });
    await expect.poll(() => confirm.getByText('This will alert: Ben.').isVisible()).toBe(true);
    await confirm.getByRole('button', { name: 'Send alert' }).click();
    await ana.waitForURL('**/sos/*');
    await expect.poll(() => ana.getByRole('heading', { level: 1 }).textContent()).toBe('Your people have been alerted');
    await expect.poll(() => ana.getByText('Walk around the block').isVisible()).toBe(true);
    expect(await ana.getByRole('heading', { name: 'Crisis lines' }).isVisible()).toBe(true);
    const answers = ana.getByRole('region', { name: 'Who has answered' });
    await expect.poll(() => answers.getByText('Not answered yet').isVisible()).toBe(true);

    const banner = ben.getByRole('alert').filter({ hasText: 'Ana asked for support.' });
    await expect.poll(() => banner.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(new URL(ben.url()).pathname).toBe('/today');
    await banner.getByRole('link', { name: 'Open' }).click();
    await ben.waitForURL('**/sos/*');
    await ben.getByRole('button', { name: "I'm here" }).click();
    await expect.poll(() => ben.getByText("You answered: I'm here.").isVisible()).toBe(true);

    // Ana's open page hears the answer live.
    await expect.poll(() => answers.getByText("I'm here").isVisible(), { timeout: 15_000 }).toBe(true);
    await expectAccessible(ana, 'SOS page after an answer');
    // Ben goes back to Today; the banner stays while the alert is open, and leaves by itself
    // (live, no reload) when Ana says she is OK.
    await ben.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await expect.poll(() => banner.isVisible()).toBe(true);
    await ana.getByRole('button', { name: "I'm OK now" }).click();
    await expect.poll(() => ana.getByText("You said you're OK now.", { exact: false }).isVisible()).toBe(true);
    await expect.poll(() => ben.locator('.sos-banner').count(), { timeout: 15_000 }).toBe(0);
  });

  it('Ben offers to mentor; Ana, the facilitator, approves him on the group page', async () => {
    await ben.goto('/mentoring');
    await expect.poll(() => ben.getByRole('heading', { name: 'My mentor profile' }).isVisible()).toBe(true);
    await expectAccessible(ben, '/mentoring');
    await ben.getByLabel('When I\'m usually available').fill('Weekday evenings');
    await ben.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => ben.getByText('Profile saved.').isVisible()).toBe(true);
    await ben.getByRole('button', { name: `Offer to mentor in Morning circle ${suffix}` }).click();
    await expect.poll(() => ben.getByText('Waiting for approval').isVisible()).toBe(true);
    await ben.screenshot({ path: '/tmp/mentoring.png', fullPage: true });

    await ana.goto(`/groups/${groupId}`);
    await ana.getByRole('button', { name: 'Approve Ben as a mentor' }).click();
    await expect.poll(() => ana.getByText('Mentors now: Ben').isVisible()).toBe(true);
    await expectAccessible(ana, 'group page with mentor approvals');
    await ana.goto('/partners');
    await expect.poll(() => ana.getByRole('button', { name: 'Ask Ben to be my mentor' }).isVisible()).toBe(true);
  });

  it('the bottom navigation still fits a 360 px wide phone', async () => {
    await ana.setViewportSize({ width: 360, height: 740 });
    await ana.goto('/today');
    const nav = ana.getByRole('navigation', { name: 'Main' });
    await expect.poll(() => nav.getByRole('link', { name: 'People' }).isVisible()).toBe(true);
    const widths = await nav.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await ana.screenshot({ path: '/tmp/partners-nav-360.png' });
    for (const problems of watched) expect(problems).toEqual([]);
  });
});
