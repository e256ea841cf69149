import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const baseUrl = inject('baseUrl');
export const chromiumPath = inject('chromiumPath');
export const hasBrowser = chromiumPath !== null;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath ?? undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}

const fileNetwork = Math.floor(Math.random() * 250);
let clients = 0;
/** A made-up client address per context, so rate limits per IP treat contexts as different people. */
function nextClientAddress(): string {
  clients += 1;
  return `198.51.${fileNetwork}.${clients % 250}`;
}

/** A phone-sized context, as most members use Kindred. */
export function phoneContext(browser: Browser, options: { locale?: string; colorScheme?: 'light' | 'dark' } = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: options.locale ?? 'en-US',
    timezoneId: 'America/Chicago',
    colorScheme: options.colorScheme ?? 'light',
    // Axe's contrast check must never catch a colour halfway through a transition.
    reducedMotion: 'reduce',
    extraHTTPHeaders: { 'x-forwarded-for': nextClientAddress() },
  });
}

/** A laptop-sized context: a runner's screen, or a laptop projected in a room. */
export function laptopContext(browser: Browser, options: { locale?: string } = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: options.locale ?? 'en-US',
    timezoneId: 'America/Chicago',
    reducedMotion: 'reduce',
    extraHTTPHeaders: { 'x-forwarded-for': nextClientAddress() },
  });
}

/** Fails on any serious or critical axe violation, naming each. */
export async function expectAccessible(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map(describeNode).join(', ')}`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** A failing node by its selector; for contrast, with the colours axe saw, so a failure says why. */
function describeNode(node: { target: unknown[]; any: { data?: unknown }[] }): string {
  const where = node.target.join(' ');
  const data = node.any[0]?.data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined;
  if (!data?.fgColor) return where;
  return `${where} [${data.fgColor} on ${data.bgColor}, ${data.contrastRatio}:1]`;
}

/** Collects CSP violations and page errors, which must stay empty. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) problems.push(msg.text());
  });
  return problems;
}

export const E2E_PASSWORD = 'quiet river morning 42';

/** Fills and sends the sign-up form the page shows (after `goto('/signup')` or a redirect there). */
export async function fillSignUp(page: Page, username: string, displayName: string, password = E2E_PASSWORD) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Display name (optional)').fill(displayName);
  await page.getByRole('button', { name: 'Sign up' }).click();
}

/**
 * Set-up through the API in the page's own session (its cookies; writes carry our Origin,
 * as the app's do). Throws on an answer that is not a success; 204 gives null.
 */
export async function pageApi<T = any>(page: Page, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, data?: unknown): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await page.request.fetch(url, { method, data, headers: method === 'GET' ? {} : { origin: baseUrl } });
  if (!res.ok()) throw new Error(`${method} ${url}: ${res.status()} ${await res.text()}`);
  return (res.status() === 204 ? null : await res.json()) as T;
}

/** Signs a member up through the API, in the page's session (Chicago, English, US). */
export function apiSignUp(page: Page, username: string, displayName: string) {
  return pageApi<{ id: string }>(page, 'POST', '/api/auth/signup', { username, password: E2E_PASSWORD, displayName, timeZone: 'America/Chicago', locale: 'en', country: 'US' });
}
