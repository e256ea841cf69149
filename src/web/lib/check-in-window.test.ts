import { describe, expect, it } from 'vitest';
import { CHECK_IN_EARLY_MINUTES as shared } from '../../shared/meetings.js';
import { CHECK_IN_EARLY_MINUTES, isHappeningNow } from './check-in-window.js';

describe('isHappeningNow', () => {
  const o = { startsAt: '2026-03-01T18:00:00Z', endsAt: '2026-03-01T19:00:00Z', status: 'scheduled' };
  const at = (iso: string) => Date.parse(iso);

  it('matches the server window', () => {
    expect(CHECK_IN_EARLY_MINUTES).toBe(shared);
  });
  it('opens 15 minutes before the start and closes at the end', () => {
    expect(isHappeningNow(o, at('2026-03-01T17:44:59Z'))).toBe(false);
    expect(isHappeningNow(o, at('2026-03-01T17:45:00Z'))).toBe(true);
    expect(isHappeningNow(o, at('2026-03-01T18:59:59Z'))).toBe(true);
    expect(isHappeningNow(o, at('2026-03-01T19:00:00Z'))).toBe(false);
  });
  it('is never open for a cancelled occurrence', () => {
    expect(isHappeningNow({ ...o, status: 'cancelled' }, at('2026-03-01T18:10:00Z'))).toBe(false);
  });
});
