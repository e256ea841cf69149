import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, hasBrowser, launchBrowser, phoneContext, watchConsole } from './browser.js';

const shots = path.resolve(import.meta.dirname, '../../test-results/screenshots');

async function snap(page: Page, name: string) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

describe.skipIf(!hasBrowser)('a member’s account, in the browser', () => {
  let browser: Browser;
  let page: Page;
  let problems: string[];
  const username = `e2e_${Date.now().toString(36)}`;
  const password = 'quiet river morning 42';

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await phoneContext(browser);
    page = await context.newPage();
    problems = watchConsole(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a welcoming landing page to a newcomer', async () => {
    await page.goto('/');
    await expect.poll(() => page.getByRole('link', { name: 'Sign up' }).first().isVisible()).toBe(true);
    await expectAccessible(page, 'landing');
    await snap(page, 'landing');
  });

  it('signs up with a pseudonym, detecting the time zone', async () => {
    await page.getByRole('link', { name: 'Sign up' }).first().click();
    await page.waitForURL('**/signup');
    await expect(await page.getByLabel('Time zone').inputValue()).toBe('America/Chicago');
    await expectAccessible(page, 'sign-up');
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect.poll(() => page.getByText('Use at least 8 characters.').isVisible()).toBe(true);
    await snap(page, 'signup-error');

    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Display name (optional)').fill('Robin');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.waitForURL('**/today');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Robin');
    await expectAccessible(page, 'today');
    await snap(page, 'today');
  });

  it('edits the profile in Settings', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL('**/settings');
    await expectAccessible(page, 'settings');
    await page.getByLabel('Display name', { exact: true }).fill('Robin K.');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Your profile is saved.' }).isVisible()).toBe(true);
    const me = await page.evaluate(() => fetch('/api/me').then((r) => r.json()));
    expect(me.displayName).toBe('Robin K.');
    await snap(page, 'settings');
  });

  it('logs out and back in', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(await page.evaluate(() => fetch('/api/me').then((r) => r.status))).toBe(401);

    await page.goto('/login');
    await expectAccessible(page, 'log-in');
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill('not my password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect.poll(() => page.getByRole('alert').first().isVisible()).toBe(true);
    await snap(page, 'login-error');

    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL('**/today');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Robin K.');
  });

  it('switches to Spanish and stays Spanish', async () => {
    await page.goto('/settings');
    await page.getByLabel('Language').first().selectOption('es');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    await expect.poll(() => page.getByRole('button', { name: 'Ayuda ahora' }).isVisible()).toBe(true);
    await expectAccessible(page, 'settings (es)');
    await snap(page, 'settings-es');
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Ayuda ahora' }).isVisible()).toBe(true);
    const me = await page.evaluate(() => fetch('/api/me').then((r) => r.json()));
    expect(me.locale).toBe('es');
  });

  it('opens "Need help now" with the crisis lines for the member’s country', async () => {
    await page.getByRole('button', { name: 'Ayuda ahora' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByLabel('País').selectOption('US');
    await expect.poll(() => dialog.locator('a[href="tel:988"]').count()).toBeGreaterThan(0);
    expect(await dialog.locator('a[href^="https://findahelpline.com"]').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'crisis lines (es)');
    await snap(page, 'crisis-lines-es');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('offers crisis lines signed out too', async () => {
    const context = await phoneContext(browser, { colorScheme: 'dark' });
    const stranger = await context.newPage();
    await stranger.goto('/login');
    await stranger.getByRole('button', { name: 'Need help now' }).click();
    const dialog = stranger.getByRole('dialog');
    await dialog.getByLabel('Country').selectOption('GB');
    await expect.poll(() => dialog.locator('a[href="tel:116123"]').count()).toBeGreaterThan(0);
    await expectAccessible(stranger, 'crisis lines (signed out, dark)');
    await snap(stranger, 'crisis-lines-dark');
    await context.close();
  });

  it('saw no CSP violation or page error on the way', () => {
    expect(problems).toEqual([]);
  });
});
