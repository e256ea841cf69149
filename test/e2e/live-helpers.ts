import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { pageApi } from './browser.js';

/** Shared by the live-session specs. */
const shots = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/** A group time zone where it is now between 01:00 and 21:59, so today's meetings can start and run. */
export function groupZone(now = new Date()): string {
  const hour = (zone: string) => Number(new Intl.DateTimeFormat('en-US', { hour: '2-digit', hourCycle: 'h23', timeZone: zone }).format(now));
  return ['America/Chicago', 'Europe/Madrid', 'Asia/Tokyo', 'Pacific/Auckland'].find((z) => hour(z) >= 1 && hour(z) <= 21)!;
}

/** Today's weekday and the time now (HH:MM) on the group's clock. */
function groupClock(zone: string, now = new Date()) {
  const parts = new Intl.DateTimeFormat('en-US', { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: get('weekday').slice(0, 2).toUpperCase(), time: `${get('hour')}:${get('minute')}` };
}

/**
 * A weekly hybrid meeting that starts now on the group's clock (so its live session can
 * start and its "I'm here" is open), with the given agenda. Returns the created series.
 */
export async function meetingStartingNow(page: Page, groupId: string, zone: string, meeting: { title: string; address: string; agenda: unknown[] }) {
  const clock = groupClock(zone);
  return pageApi(page, 'POST', `/api/groups/${groupId}/meetings`, {
    title: meeting.title,
    recurrence: { freq: 'weekly', byDay: [clock.weekday] },
    startTime: clock.time,
    durationMinutes: 90,
    format: 'hybrid',
    location: { address: meeting.address },
    conferenceUrl: 'https://meet.example.org/circle',
    open: false,
    agenda: meeting.agenda,
  });
}

export async function snap(page: Page, name: string, fullPage = true) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage });
}

/** One tap on a labelled tile of a scale (mood "Good", craving "2"). */
export async function pick(scope: Page | Locator, legend: string, option: string) {
  await scope.getByRole('group', { name: legend }).getByText(option, { exact: true }).click();
}
