import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, fillSignUp, hasBrowser, launchBrowser, pageApi, phoneContext, watchConsole } from './browser.js';

const WAIT = { timeout: 20_000, interval: 200 };

async function shot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage });
}

describe.skipIf(!hasBrowser)('the safety plan, offline, and I need support now, in the browser', () => {
  let browser: Browser;
  let memberContext: BrowserContext;
  let page: Page;
  let problems: string[];
  const suffix = Date.now().toString(36);

  beforeAll(async () => {
    browser = await launchBrowser();
    memberContext = await phoneContext(browser);
    page = await memberContext.newPage();
    problems = watchConsole(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('makes a safety plan with the guided editor, one step at a time', async () => {
    await page.goto('/signup');
    await fillSignUp(page, `plan_${suffix}`, 'Jordan');
    await page.waitForURL('**/today');
    await page.goto('/plan');
    await expect.poll(() => page.getByRole('heading', { name: 'Make your safety plan' }).isVisible(), WAIT).toBe(true);
    // The crisis lines are there even before there is a plan.
    expect(await page.getByRole('heading', { name: 'Crisis lines' }).isVisible()).toBe(true);
    await expectAccessible(page, 'plan (empty)');

    await page.getByRole('button', { name: 'Make my plan' }).click();
    await expect.poll(() => page.getByText('Step 1 of 7').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Skipping meals' }).click();
    await page.getByLabel('Add your own').fill('Not sleeping');
    await page.getByLabel('Add your own').press('Enter');
    const items = page.getByRole('list', { name: 'In this step' });
    await expect.poll(() => items.locator('.safety-editor__text').allTextContents()).toEqual(['Skipping meals', 'Not sleeping']);
    // Reorder: the typed item moves up.
    await page.getByRole('button', { name: 'Move “Not sleeping” up' }).click();
    await expect.poll(() => items.locator('.safety-editor__text').allTextContents()).toEqual(['Not sleeping', 'Skipping meals']);
    await page.getByRole('button', { name: 'Next' }).click();

    await expect.poll(() => page.getByText('Step 2 of 7').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Walking the dog' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Going to a meeting' }).click();
    await page.getByRole('button', { name: 'Next' }).click();

    await expect.poll(() => page.getByRole('heading', { name: 'People I can ask for help' }).isVisible()).toBe(true);
    await page.getByLabel('Name').fill('Alex');
    await page.getByLabel('Phone (optional)').fill('call me');
    await page.getByRole('button', { name: 'Add this person' }).click();
    await expect.poll(() => page.getByText('Use digits, spaces and + - ( ) only').isVisible()).toBe(true);
    await page.getByLabel('Phone (optional)').fill('+1 555 010 2030');
    await page.getByRole('button', { name: 'Add this person' }).click();
    await page.getByRole('button', { name: 'Calling my sponsor' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'In this step' }).getByRole('listitem').count()).toBe(2);
    await expectAccessible(page, 'plan editor (contacts)');
    await shot(page, 'safety-plan-edit');

    for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.getByText('Step 7 of 7').isVisible()).toBe(true);
    // Typed but not added: Save keeps it anyway.
    await page.getByLabel('Add your own').fill('My daughter');
    await page.getByRole('button', { name: 'Save my plan' }).click();

    await expect.poll(() => page.getByText('Your plan is saved.').isVisible(), WAIT).toBe(true);
    const plan = page.getByRole('list', { name: 'My safety plan, step by step' });
    expect(await plan.getByText('My daughter').isVisible()).toBe(true);
    expect(await plan.getByRole('link', { name: /Call Alex/ }).getAttribute('href')).toBe('tel:+15550102030');
    expect(await page.getByRole('heading', { name: 'Crisis lines' }).isVisible()).toBe(true);
    await expectAccessible(page, 'plan (view)');
    await shot(page, 'safety-plan-view');
  });

  it('keeps earlier versions of the plan to look back at', async () => {
    const current = await pageApi<{ plan: { reasons: string[] } }>(page, 'GET', '/api/safety-plan');
    await pageApi(page, 'PUT', '/api/safety-plan', { ...current.plan, reasons: [...current.plan.reasons, 'Getting back to painting'] });
    await page.goto('/plan');
    await expect.poll(() => page.getByText('Getting back to painting').isVisible(), WAIT).toBe(true);
    await page.getByText('Earlier versions of my plan').click();
    await page.getByRole('button', { name: /^Version 1, saved / }).click();
    const dialog = page.getByRole('dialog', { name: /^Version 1, saved / });
    await expect.poll(() => dialog.getByText('My daughter').isVisible(), WAIT).toBe(true);
    expect(await dialog.getByText('Getting back to painting').count()).toBe(0);
    await expectAccessible(page, 'an earlier version of the plan');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('still shows the plan and the crisis lines offline, once the service worker has control', async () => {
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, null, { timeout: 20_000 });
    // One load through the worker keeps the latest plan for offline use.
    await page.reload();
    await expect.poll(() => page.getByText('My daughter').isVisible(), WAIT).toBe(true);
    await memberContext.setOffline(true);
    await page.reload();
    await expect.poll(() => page.getByText("You're offline — this is your plan as last saved.").isVisible(), WAIT).toBe(true);
    expect(await page.getByText('Walking the dog').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Crisis lines' }).isVisible()).toBe(true);
    await shot(page, 'safety-plan-offline');
    await memberContext.setOffline(false);
  });

  it('alerts the people the member chose, and shows their answers live', async () => {
    // Nobody chosen yet: the alert still opens the plan and the crisis lines, and says how to choose people.
    await page.goto('/today');
    await page.getByRole('button', { name: 'Need help now' }).click();
    await page.getByRole('button', { name: 'I need support now — alert my people' }).click();
    const alone = page.getByRole('dialog', { name: 'Alert your people?' });
    await expect.poll(() => alone.getByText("You haven't chosen anyone", { exact: false }).isVisible(), WAIT).toBe(true);
    await alone.getByRole('button', { name: 'Open my plan and crisis lines' }).click();
    await page.waitForURL('**/sos/*');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe('You reached out, and that matters');
    expect(await page.getByRole('link', { name: 'Choose who gets my alerts' }).getAttribute('href')).toBe('/settings#sharing');
    expect(await page.getByRole('link', { name: 'Find an accountability partner' }).getAttribute('href')).toBe('/partners');
    await expect.poll(() => page.getByText('My daughter').isVisible(), WAIT).toBe(true);
    await expectAccessible(page, 'SOS without anyone to alert');
    await shot(page, 'sos-page-none');
    await page.getByRole('button', { name: "I'm OK now" }).click();
    await expect.poll(() => page.getByText("You said you're OK now.", { exact: false }).isVisible(), WAIT).toBe(true);

    const recipientContext = await phoneContext(browser);
    const friend = await recipientContext.newPage();
    await friend.goto('/signup');
    await fillSignUp(friend, `friend_${suffix}`, 'Alex');
    await friend.waitForURL('**/today');
    const alex = await pageApi<{ id: string }>(friend, 'GET', '/api/me');

    // Alex and Jordan share a group, and Jordan grants Alex 'sos' (through the API).
    const group = await pageApi<{ id: string; agreement: { version: number } }>(page, 'POST', '/api/groups', { name: `Circle ${suffix}`, timeZone: 'America/Chicago', joinPolicy: 'invite', listed: false });
    const { token } = await pageApi<{ token: string }>(page, 'POST', `/api/groups/${group.id}/invitations`, {});
    await pageApi(friend, 'POST', `/api/invitations/${token}/accept`, { agreementVersion: group.agreement.version });
    const grant = await pageApi<{ id?: string }>(page, 'POST', '/api/grants', { granteeAccountId: alex.id, scopes: ['sos'] });
    expect(grant.id).toEqual(expect.any(String));

    await page.goto('/today');
    await page.getByRole('button', { name: 'Need help now' }).click();
    await page.getByRole('button', { name: 'I need support now — alert my people' }).click();
    const dialog = page.getByRole('dialog', { name: 'Alert your people?' });
    await expect.poll(() => dialog.getByText('This will alert: Alex.').isVisible(), WAIT).toBe(true);
    await dialog.getByLabel('Add a message (optional)').fill('Rough evening, at home');
    await expectAccessible(page, 'SOS confirmation');
    await shot(page, 'sos-confirm', false);
    // Cancel goes back to the crisis lines without alerting anyone.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'I need support now — alert my people' }).isVisible()).toBe(true);
    expect(await pageApi<unknown[]>(friend, 'GET', '/api/sos/active')).toEqual([]);
    await page.getByRole('button', { name: 'I need support now — alert my people' }).click();
    await expect.poll(() => dialog.getByText('This will alert: Alex.').isVisible(), WAIT).toBe(true);
    await dialog.getByLabel('Add a message (optional)').fill('Rough evening, at home');
    await dialog.getByRole('button', { name: 'Send alert' }).click();

    await page.waitForURL('**/sos/*');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe('Your people have been alerted');
    const answers = page.getByRole('region', { name: 'Who has answered' });
    await expect.poll(() => answers.getByText('Not answered yet').isVisible(), WAIT).toBe(true);
    await expect.poll(() => page.getByText('My daughter').isVisible(), WAIT).toBe(true);

    // Alex sees the banner on any page, opens the alert and answers.
    await friend.goto('/today');
    const banner = friend.getByRole('alert').filter({ hasText: 'Jordan asked for support.' });
    await expect.poll(() => banner.isVisible(), WAIT).toBe(true);
    await expectAccessible(friend, 'today with an SOS banner');
    await banner.getByRole('link', { name: 'Open' }).click();
    await friend.waitForURL('**/sos/*');
    await expect.poll(() => friend.getByText('Rough evening, at home').isVisible(), WAIT).toBe(true);
    await friend.getByRole('button', { name: "I'm here" }).click();
    await expect.poll(() => friend.getByText("You answered: I'm here.").isVisible(), WAIT).toBe(true);
    await expectAccessible(friend, 'SOS (recipient)');
    await shot(friend, 'sos-recipient');

    await expect.poll(() => answers.getByText("I'm here").isVisible(), WAIT).toBe(true);
    await expectAccessible(page, 'SOS (member)');
    await shot(page, 'sos-page');
    await page.getByRole('button', { name: "I'm OK now" }).click();
    await expect.poll(() => page.getByText("You said you're OK now.", { exact: false }).isVisible(), WAIT).toBe(true);
    await friend.goto('/today');
    await expect.poll(() => friend.locator('.sos-banner').count(), WAIT).toBe(0);
    await recipientContext.close();
  });

  it('forgets the plan kept for offline use on logout (a shared phone keeps nothing)', async () => {
    const kept = () => page.evaluate(async () => (await caches.open('kindred-personal-v1')).keys().then((k) => k.length));
    await page.goto('/plan');
    await expect.poll(() => page.getByText('My daughter').isVisible(), WAIT).toBe(true);
    expect(await kept()).toBeGreaterThan(0);
    await page.goto('/settings');
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect.poll(kept, WAIT).toBe(0);
  });

  it('saw no CSP violation or page error', () => {
    expect(problems).toEqual([]);
  });
});
