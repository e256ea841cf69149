import { describe, expect, it } from 'vitest';
import { calendarMonths, firstWeekdayFor, weekdayOrder } from './calendar-months.js';

const selectable = (months: ReturnType<typeof calendarMonths>) =>
  months.flatMap((m) => m.weeks.flat()).filter((d) => d?.selectable).map((d) => d!.date);

describe('calendarMonths', () => {
  it('lists the months of the window newest first, with only the window selectable', () => {
    const months = calendarMonths('2026-01-05', '2026-04-05', 0);
    expect(months.map((m) => m.key)).toEqual(['2026-04', '2026-03', '2026-02', '2026-01']);
    const days = selectable(months);
    expect(days).toHaveLength(91);
    expect(days).toContain('2026-01-05');
    expect(days).toContain('2026-04-05');
    expect(days).not.toContain('2026-01-04');
    expect(days).not.toContain('2026-04-06');
  });

  it('pads each month to whole weeks starting on the chosen weekday', () => {
    // 1 March 2026 is a Sunday.
    const [sundayFirst] = calendarMonths('2026-03-01', '2026-03-31', 0);
    expect(sundayFirst!.weeks[0]![0]!.date).toBe('2026-03-01');
    const [mondayFirst] = calendarMonths('2026-03-01', '2026-03-31', 1);
    expect(mondayFirst!.weeks[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(mondayFirst!.weeks[0]![6]!.date).toBe('2026-03-01');
    for (const month of [sundayFirst!, mondayFirst!]) for (const week of month.weeks) expect(week).toHaveLength(7);
  });

  it('knows leap years and year boundaries', () => {
    const months = calendarMonths('2023-12-20', '2024-02-10', 1);
    expect(months.map((m) => m.key)).toEqual(['2024-02', '2024-01', '2023-12']);
    const feb = months[0]!.weeks.flat().filter(Boolean);
    expect(feb).toHaveLength(29);
  });

  it('orders weekday headings from the first day of the week', () => {
    expect(weekdayOrder(0)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(weekdayOrder(1)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(firstWeekdayFor('es')).toBe(1);
    expect(firstWeekdayFor('en')).toBe(0);
  });
});
