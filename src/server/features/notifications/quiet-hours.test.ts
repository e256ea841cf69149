import { describe, expect, it } from 'vitest';
import { quietHoursEnd } from './quiet-hours.js';

const end = (iso: string, zone: string, start: string, stop: string) => quietHoursEnd(new Date(iso), zone, { start, end: stop })?.toISOString() ?? null;

describe('quietHoursEnd', () => {
  it.each([
    // [now (UTC), zone, start, end, expected end or null]
    ['2026-03-10T03:00:00Z', 'UTC', '22:00', '07:00', '2026-03-10T07:00:00.000Z'], // after midnight, inside
    ['2026-03-10T23:30:00Z', 'UTC', '22:00', '07:00', '2026-03-11T07:00:00.000Z'], // before midnight: ends tomorrow
    ['2026-03-10T22:00:00Z', 'UTC', '22:00', '07:00', '2026-03-11T07:00:00.000Z'], // start is inside
    ['2026-03-10T07:00:00Z', 'UTC', '22:00', '07:00', null], // end is outside
    ['2026-03-10T12:00:00Z', 'UTC', '22:00', '07:00', null],
    ['2026-03-10T13:00:00Z', 'UTC', '12:30', '14:00', '2026-03-10T14:00:00.000Z'], // same-day window
    ['2026-03-10T12:00:00Z', 'UTC', '12:30', '14:00', null],
    // The member's own zone: 23:00 in Tokyo is 14:00 UTC; quiet until 07:00 Tokyo = 22:00 UTC.
    ['2026-03-10T14:00:00Z', 'Asia/Tokyo', '22:00', '07:00', '2026-03-10T22:00:00.000Z'],
    ['2026-03-10T14:00:00Z', 'UTC', '22:00', '07:00', null],
    // Chicago springs forward on 2026-03-08 (02:00 → 03:00): 07:00 CDT is 12:00 UTC.
    ['2026-03-08T06:00:00Z', 'America/Chicago', '22:00', '07:00', '2026-03-08T12:00:00.000Z'],
    // An end inside the gap moves forward with the clock: 02:30 does not exist, 03:30 CDT does.
    ['2026-03-08T07:00:00Z', 'America/Chicago', '00:00', '02:30', '2026-03-08T08:30:00.000Z'],
  ])('at %s in %s with %s–%s', (now, zone, start, stop, expected) => {
    expect(end(now, zone, start, stop)).toBe(expected);
  });
});
