import { describe, expect, it } from 'vitest';
import { nextReminderAt, reminderBody, REMINDER_DAYS } from './reminders.js';
import type { Weekday } from './recurrence.js';

const EVERY_DAY = [...REMINDER_DAYS];
const next = (days: Weekday[], time: string, timeZone: string, after: string) => nextReminderAt({ days, time, timeZone }, new Date(after)).toISOString();

describe('nextReminderAt', () => {
  it.each([
    // The issue's case: a Friday 17:00 high-risk window in London is 16:00Z in summer, 17:00Z in winter.
    ['London Friday in summer (BST)', ['FR'], '17:00', 'Europe/London', '2026-07-01T00:00:00Z', '2026-07-03T16:00:00.000Z'],
    ['London Friday in winter (GMT)', ['FR'], '17:00', 'Europe/London', '2026-12-01T00:00:00Z', '2026-12-04T17:00:00.000Z'],
    ['London Friday before the October change weekend', ['FR'], '17:00', 'Europe/London', '2026-10-22T00:00:00Z', '2026-10-23T16:00:00.000Z'],
    ['London Friday after the October change weekend', ['FR'], '17:00', 'Europe/London', '2026-10-23T16:00:00Z', '2026-10-30T17:00:00.000Z'],
    ['London Friday before the March change weekend', ['FR'], '17:00', 'Europe/London', '2026-03-27T00:00:00Z', '2026-03-27T17:00:00.000Z'],
    ['London Friday after the March change weekend', ['FR'], '17:00', 'Europe/London', '2026-03-27T17:00:00Z', '2026-04-03T16:00:00.000Z'],
    // 01:30 does not exist on 2026-03-29 in London (01:00 GMT → 02:00 BST): the end of the gap.
    ['London gap', ['SU'], '01:30', 'Europe/London', '2026-03-28T00:00:00Z', '2026-03-29T01:00:00.000Z'],
    // 01:30 happens twice on 2026-10-25 in London: the first, in BST.
    ['London overlap, first occurrence', ['SU'], '01:30', 'Europe/London', '2026-10-24T00:00:00Z', '2026-10-25T00:30:00.000Z'],
    ['London overlap fires once', EVERY_DAY, '01:30', 'Europe/London', '2026-10-25T00:30:00Z', '2026-10-26T01:30:00.000Z'],
    ['New York gap: 02:30 → 03:00 EDT', ['SU'], '02:30', 'America/New_York', '2026-03-07T00:00:00Z', '2026-03-08T07:00:00.000Z'],
    ['New York gap at its start: 02:00 → 03:00 EDT', ['SU'], '02:00', 'America/New_York', '2026-03-07T00:00:00Z', '2026-03-08T07:00:00.000Z'],
    ['New York after the gap', ['SU'], '03:00', 'America/New_York', '2026-03-07T00:00:00Z', '2026-03-08T07:00:00.000Z'],
    ['New York overlap, first occurrence (EDT)', ['SU'], '01:30', 'America/New_York', '2026-10-31T00:00:00Z', '2026-11-01T05:30:00.000Z'],
    ['New York overlap fires once', EVERY_DAY, '01:30', 'America/New_York', '2026-11-01T05:30:00Z', '2026-11-02T06:30:00.000Z'],
    ['New York overlap, between the two: next day', EVERY_DAY, '01:30', 'America/New_York', '2026-11-01T06:00:00Z', '2026-11-02T06:30:00.000Z'],
    // Lord Howe moves its clocks by 30 minutes: 02:00 → 02:30 on 2026-10-04 (+10:30 → +11).
    ['Lord Howe 30-minute gap', ['SU'], '02:15', 'Australia/Lord_Howe', '2026-10-01T00:00:00Z', '2026-10-03T15:30:00.000Z'],
    ['Lord Howe 30-minute overlap, first occurrence', ['SU'], '01:45', 'Australia/Lord_Howe', '2026-04-01T00:00:00Z', '2026-04-04T14:45:00.000Z'],
    ['Kathmandu +05:45', ['MO'], '08:00', 'Asia/Kathmandu', '2026-06-01T00:00:00Z', '2026-06-01T02:15:00.000Z'],
    ['Kathmandu, local date ahead of UTC', ['TU'], '01:00', 'Asia/Kathmandu', '2026-06-01T20:00:00Z', '2026-06-08T19:15:00.000Z'],
    ['strictly after: the same instant is not next', ['FR'], '17:00', 'Europe/London', '2026-07-03T16:00:00Z', '2026-07-10T16:00:00.000Z'],
    ['a millisecond before is next', ['FR'], '17:00', 'Europe/London', '2026-07-03T15:59:59.999Z', '2026-07-03T16:00:00.000Z'],
    ['weekdays skip the weekend', ['MO', 'TU', 'WE', 'TH', 'FR'], '20:00', 'UTC', '2026-07-03T20:00:00Z', '2026-07-06T20:00:00.000Z'],
    ['across the new year (Friday 2027-01-01 in Auckland is 2026-12-31 in UTC)', ['FR'], '09:00', 'Pacific/Auckland', '2026-12-30T00:00:00Z', '2026-12-31T20:00:00.000Z'],
    ['midnight', EVERY_DAY, '00:00', 'Europe/Berlin', '2026-07-01T21:59:00Z', '2026-07-01T22:00:00.000Z'],
  ] as const)('%s', (_label, days, time, zone, after, expected) => {
    expect(next([...days], time, zone, after)).toBe(expected);
  });

  it('refuses a reminder without days', () => {
    expect(() => nextReminderAt({ days: [], time: '10:00', timeZone: 'UTC' }, new Date())).toThrow();
  });
});

describe('reminderBody', () => {
  const fields = (body: unknown) => {
    const result = reminderBody.safeParse(body);
    return result.success ? [] : result.error.issues.map((i) => i.path.join('.')).sort();
  };

  it('accepts a check-in reminder and a high-risk window', () => {
    expect(fields({ kind: 'checkin', days: ['MO', 'TU'], time: '20:00' })).toEqual([]);
    expect(fields({ kind: 'high_risk', days: ['FR'], time: '17:00', endTime: '21:00', message: 'Call Sam', tellPartner: true })).toEqual([]);
  });

  it('names each bad field', () => {
    expect(fields({ kind: 'checkin', days: [], time: '8pm' })).toEqual(['days', 'time']);
    expect(fields({ kind: 'checkin', days: ['MO', 'MO'], time: '24:00' })).toEqual(['days', 'time']);
    expect(fields({ kind: 'checkin', days: ['XX'], time: '07:00' })).toEqual(['days.0']);
    expect(fields({ kind: 'checkin', days: ['MO'], time: '07:00', endTime: '08:00', message: 'x', tellPartner: true })).toEqual(['endTime', 'message', 'tellPartner']);
    expect(fields({ kind: 'high_risk', days: ['MO'], time: '07:00', message: 'x'.repeat(201) })).toEqual(['message']);
    expect(fields({ kind: 'later', days: ['MO'], time: '07:00' })).toEqual(['kind']);
  });
});
