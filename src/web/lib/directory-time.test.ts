import { describe, expect, it } from 'vitest';
import type { DirectoryMeeting } from '../api/meetings.js';
import { nextStart } from './directory-time.js';

const meeting = (patch: Partial<DirectoryMeeting>): DirectoryMeeting => ({
  slug: 'm',
  title: 'm',
  recurrence: { freq: 'weekly', interval: 1, byDay: ['TH'] },
  startTime: '19:30',
  durationMinutes: 60,
  format: 'online',
  language: null,
  city: null,
  ...patch,
});

describe('nextStart', () => {
  const now = new Date('2026-11-28T12:00:00Z'); // a Saturday

  it('finds the next weekly meeting in the group’s zone', () => {
    expect(nextStart(meeting({}), 'America/New_York', now)).toBe('2026-12-04T00:30:00.000Z');
  });

  it('finds the next monthly meeting (last Friday)', () => {
    const m = meeting({ recurrence: { freq: 'monthly', interval: 1, byDay: [{ day: 'FR', nth: -1 }] }, startTime: '18:00' });
    expect(nextStart(m, 'Europe/Madrid', now)).toBe('2026-12-25T17:00:00.000Z');
  });

  it('skips a meeting later today only once it has started', () => {
    const m = meeting({ recurrence: { freq: 'weekly', interval: 1, byDay: ['SA'] }, startTime: '13:00' });
    expect(nextStart(m, 'Europe/London', now)).toBe('2026-11-28T13:00:00.000Z');
    expect(nextStart(m, 'Europe/London', new Date('2026-11-28T13:30:00Z'))).toBe('2026-12-05T13:00:00.000Z');
  });

  it('gives up on rules with a longer interval', () => {
    expect(nextStart(meeting({ recurrence: { freq: 'weekly', interval: 2, byDay: ['TH'] } }), 'America/New_York', now)).toBeNull();
  });
});
