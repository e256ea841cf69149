import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time.js';

const now = Date.parse('2026-11-28T12:00:00Z');
const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

describe('relativeTime', () => {
  it.each([
    [10, 'en', 'now'],
    [-50, 'en', 'now'],
    [5 * 60, 'en', '5 minutes ago'],
    [3 * 3600, 'en', '3 hours ago'],
    [26 * 3600, 'en', 'yesterday'],
    [3 * 86_400, 'en', '3 days ago'],
    [10, 'es', 'ahora'],
    [5 * 60, 'es', 'hace 5 minutos'],
    [26 * 3600, 'es', 'ayer'],
  ])('%s s ago in %s reads "%s"', (seconds, locale, expected) => {
    expect(relativeTime(ago(seconds), now, locale)).toBe(expected);
  });

  it('gives the date after a week, in the member’s time zone', () => {
    expect(relativeTime('2026-11-01T03:00:00Z', now, 'en', 'America/Chicago')).toBe('Oct 31, 2026');
    expect(relativeTime('2026-11-01T03:00:00Z', now, 'en', 'UTC')).toBe('Nov 1, 2026');
  });
});
