import { describe, expect, it } from 'vitest';
import { formatCompactDay, formatDay, formatPercent } from './format.js';

describe('date and number words', () => {
  it('leaves the year out of a compact day within the current year only', () => {
    expect(formatCompactDay('2026-09-30', 'en-US', '2026-11-28')).toBe('Sep 30');
    expect(formatCompactDay('2025-12-30', 'en-US', '2026-01-02')).toBe('Dec 30, 2025');
  });

  it('shows the calendar date itself, whatever the device zone', () => {
    expect(formatDay('2026-03-01', 'en-US')).toBe('Sun, Mar 1, 2026');
  });

  it('shows the API percentage (0–100) as a whole percent', () => {
    expect(formatPercent(96.6, 'en-US')).toBe('97%');
    expect(formatPercent(null, 'en-US')).toBeNull();
  });
});
