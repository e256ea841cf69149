import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, hasBrowser, launchBrowser, watchConsole } from './browser.js';

const shots = path.resolve(import.meta.dirname, '../../test-results/screenshots');

describe.skipIf(!hasBrowser)('the app shell on a laptop, by keyboard', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 }, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
    page = await context.newPage();
    problems = watchConsole(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('speaks the browser’s language to a signed-out visitor', async () => {
    await page.goto('/');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    await expect.poll(() => page.getByRole('button', { name: 'Ayuda ahora' }).isVisible()).toBe(true);
  });

  it('sends a signed-out visitor of an app page to log in, then back', async () => {
    await page.goto('/progress');
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/progress');
  });

  it('reaches the skip link and "Need help now" with the keyboard', async () => {
    await page.goto('/');
    await expect.poll(() => page.getByRole('button', { name: 'Ayuda ahora' }).isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(first).toBe('Saltar al contenido');
    let reached = false;
    for (let i = 0; i < 6 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Ayuda ahora';
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Ayuda ahora');
  });

  it('shows the wide layout with side navigation once signed in', async () => {
    const status = await page.evaluate(async () => {
      const res = await fetch('/api/auth/signup', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: `e2e_wide_${Date.now().toString(36)}`, password: 'quiet river morning 42', displayName: 'Ana', locale: 'es' }),
      });
      return res.status;
    });
    expect(status).toBe(201);
    await page.goto('/today');
    const nav = page.getByRole('navigation', { name: 'Principal' });
    await expect.poll(() => nav.isVisible()).toBe(true);
    for (const name of ['Hoy', 'Grupos', 'Progreso', 'Mi plan', 'Ajustes']) {
      expect(await nav.getByRole('link', { name }).isVisible(), name).toBe(true);
    }
    await expectAccessible(page, 'today (wide, es)');
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'today-wide-es.png') });
    for (const route of ['/groups', '/progress', '/plan']) {
      await page.goto(route);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
      await expectAccessible(page, `${route} (wide, es)`);
    }
  });

  it('answers an unknown page kindly', async () => {
    await page.goto('/no-such-page');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    await expectAccessible(page, 'not found');
  });

  it('saw no CSP violation or page error', () => {
    expect(problems).toEqual([]);
  });
});
