import { describe, expect, it } from 'vitest';
import { instantFromWallClock, wallClockInput } from './craving-time.js';

describe('craving time in the member’s zone', () => {
  it('shows an instant as the member’s wall clock', () => {
    const instant = Date.parse('2026-03-02T23:30:00Z');
    expect(wallClockInput(instant, 'America/Chicago')).toBe('2026-03-02T17:30');
    expect(wallClockInput(instant, 'Pacific/Auckland')).toBe('2026-03-03T12:30');
    expect(wallClockInput(instant, 'UTC')).toBe('2026-03-02T23:30');
  });

  it('reads the wall clock back as the same instant', () => {
    for (const zone of ['America/Chicago', 'Europe/Madrid', 'Pacific/Auckland', 'Asia/Kolkata']) {
      const instant = Date.parse('2026-07-14T08:45:00Z');
      expect(instantFromWallClock(wallClockInput(instant, zone), zone)).toBe('2026-07-14T08:45:00.000Z');
    }
  });

  it('reads wall-clock times on both sides of a daylight-saving change', () => {
    // Chicago moved to CDT (UTC−5) at 02:00 on 8 March 2026.
    expect(instantFromWallClock('2026-03-08T01:30', 'America/Chicago')).toBe('2026-03-08T07:30:00.000Z');
    expect(instantFromWallClock('2026-03-08T03:30', 'America/Chicago')).toBe('2026-03-08T08:30:00.000Z');
  });

  it('refuses values that are not a date and time', () => {
    expect(instantFromWallClock('', 'UTC')).toBeNull();
    expect(instantFromWallClock('2026-02-30T10:00', 'UTC')).toBeNull();
    expect(instantFromWallClock('yesterday', 'UTC')).toBeNull();
  });
});
