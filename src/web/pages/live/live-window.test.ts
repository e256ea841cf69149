import { describe, expect, it } from 'vitest';
import { START_EARLY_MINUTES as SHARED } from '../../../shared/live-session/api.js';
import { inLiveWindow, START_EARLY_MINUTES } from './live-window.js';

const o = { startsAt: '2026-11-28T18:00:00.000Z', status: 'scheduled', timeZone: 'America/Chicago' }; // 12:00 in Chicago
const at = (iso: string) => Date.parse(iso);

describe('inLiveWindow', () => {
  it('matches the server’s start window constant', () => {
    expect(START_EARLY_MINUTES).toBe(SHARED);
  });

  it('opens an hour before the start and stays open until the day ends in the group’s zone', () => {
    expect(inLiveWindow(o, at('2026-11-28T16:59:00.000Z'))).toBe(false);
    expect(inLiveWindow(o, at('2026-11-28T17:00:00.000Z'))).toBe(true);
    expect(inLiveWindow(o, at('2026-11-28T20:00:00.000Z'))).toBe(true);
    // 23:59 in Chicago is already the next day in UTC: still open.
    expect(inLiveWindow(o, at('2026-11-29T05:59:00.000Z'))).toBe(true);
    expect(inLiveWindow(o, at('2026-11-29T06:00:00.000Z'))).toBe(false);
  });

  it('is never open for a cancelled meeting', () => {
    expect(inLiveWindow({ ...o, status: 'cancelled' }, at('2026-11-28T18:00:00.000Z'))).toBe(false);
  });
});
