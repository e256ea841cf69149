import { describe, expect, it } from 'vitest';
import { dayList, daysKind, nextTimeText } from './reminder-text.js';

describe('reminder text', () => {
  it.each([
    [['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], 'everyDay'],
    [['FR', 'TH', 'WE', 'TU', 'MO'], 'weekdays'],
    [['SU', 'SA'], 'weekends'],
    [['FR'], 'some'],
    [['MO', 'TU', 'WE', 'TH'], 'some'],
  ] as const)('%j is %s', (days, kind) => {
    expect(daysKind(days)).toBe(kind);
  });

  it('names the days Monday first, in the reader’s language', () => {
    expect(dayList(['FR', 'MO', 'WE'], 'en')).toBe('Monday, Wednesday, and Friday');
    expect(dayList(['SU', 'SA'], 'es')).toBe('sábado y domingo');
  });

  it('shows the next time on the member’s clock', () => {
    // A Friday 17:00 in London: 16:00Z in summer.
    expect(nextTimeText('2026-07-03T16:00:00.000Z', 'en', 'Europe/London')).toBe('Friday 17:00');
    expect(nextTimeText('2026-12-04T17:00:00.000Z', 'es', 'Europe/London')).toBe('Viernes 17:00');
  });
});
