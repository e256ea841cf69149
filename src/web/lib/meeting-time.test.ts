import { describe, expect, it } from 'vitest';
import { dateInZone, meetingTime, timeRange, zonePlace } from './meeting-time.js';

describe('meetingTime', () => {
  // 2027-03-07 (Sunday) 23:00 UTC = 6:00 PM in New York (EST), 5:00 PM in Chicago.
  const startsAt = '2027-03-07T23:00:00Z';

  it('shows only the viewer’s time when both clocks agree', () => {
    const t = meetingTime(startsAt, 'America/New_York', 'America/New_York', 'en-US');
    expect(t).toEqual({ day: 'Sun, Mar 7', time: '6:00 PM', groupTime: null, groupPlace: 'New York' });
  });

  it('treats different zones with the same clock as the same', () => {
    expect(meetingTime(startsAt, 'America/Toronto', 'America/New_York', 'en-US').groupTime).toBeNull();
  });

  it('adds the group’s local time when the clocks differ', () => {
    const t = meetingTime(startsAt, 'America/Chicago', 'America/New_York', 'en-US');
    expect(t.time).toBe('5:00 PM');
    expect(t.groupTime).toBe('6:00 PM');
    expect(t.groupPlace).toBe('New York');
  });

  it('names the group’s weekday when the date differs', () => {
    const t = meetingTime(startsAt, 'Europe/Madrid', 'America/New_York', 'en-US');
    expect(t.day).toBe('Mon, Mar 8');
    expect(t.time).toBe('12:00 AM');
    expect(t.groupTime).toBe('Sun 6:00 PM');
  });

  it('speaks the member’s language', () => {
    const t = meetingTime(startsAt, 'Europe/Madrid', 'Europe/Madrid', 'es');
    expect(t.day).toMatch(/lun/);
    expect(t.time).toBe('0:00');
  });

  it('follows daylight saving time at the meeting’s instant', () => {
    // After the US switch (Mar 14 2027) New York is UTC−4 while London is still UTC+0.
    const t = meetingTime('2027-03-21T22:00:00Z', 'Europe/London', 'America/New_York', 'en-GB');
    expect(t.time).toBe('22:00');
    expect(t.groupTime).toBe('18:00');
  });
});

describe('helpers', () => {
  it('names the place of a zone', () => {
    expect(zonePlace('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zonePlace('UTC')).toBe('UTC');
  });

  it('formats a time range and a local date', () => {
    expect(timeRange('2027-03-07T23:00:00Z', '2027-03-08T00:30:00Z', 'America/New_York', 'en-US')).toMatch(/6:00\s*–\s*7:30\sPM/);
    expect(dateInZone(new Date('2027-03-08T03:00:00Z'), 'America/Los_Angeles')).toBe('2027-03-07');
  });
});
