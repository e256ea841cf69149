import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextReminderAt, REMINDER_DAYS } from './reminders.js';
import { utcToWallClock } from './recurrence-zone.js';
import { WEEKDAYS } from './recurrence.js';

// Zones with every kind of change: 1 h both hemispheres, 30 min (Lord Howe), odd offsets, none.
const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Santiago', 'Pacific/Chatham', 'UTC'];
const MINUTE = 60_000;
const DAY = 86_400_000;

/** The wall clock at an instant asked of Intl directly, an independent reference. */
function wallOf(zone: string, at: number) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'short' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const weekday = ({ Sun: 'SU', Mon: 'MO', Tue: 'TU', Wed: 'WE', Thu: 'TH', Fri: 'FR', Sat: 'SA' } as Record<string, string>)[parts.weekday!]!;
  return { weekday, time: `${parts.hour!.padStart(2, '0')}:${parts.minute!.padStart(2, '0')}` };
}

const spec = fc.record({
  days: fc.subarray([...REMINDER_DAYS], { minLength: 1 }),
  hour: fc.integer({ min: 0, max: 23 }),
  // Mostly on the half hour, where the changes are; sometimes anything.
  minute: fc.oneof(fc.constantFrom(0, 15, 30, 45), fc.integer({ min: 0, max: 59 })),
  timeZone: fc.constantFrom(...ZONES),
});
// 2025–2028, biased to the weeks around the usual change dates.
const after = fc.oneof(
  fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 11, 31) }),
  fc.constantFrom(Date.UTC(2026, 2, 7), Date.UTC(2026, 2, 27), Date.UTC(2026, 3, 4), Date.UTC(2026, 8, 26), Date.UTC(2026, 9, 3), Date.UTC(2026, 9, 24), Date.UTC(2026, 9, 31))
    .chain((base) => fc.integer({ min: 0, max: 3 * DAY }).map((d) => base + d)),
);

/** Strictly later, on a wanted day at the wanted time (or the end of a gap), and nothing valid comes before it. */
function checkNext({ days, hour, minute, timeZone }: { days: (typeof REMINDER_DAYS)[number][]; hour: number; minute: number; timeZone: string }, afterMs: number) {
        const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        const target = hour * 60 + minute;
        const at = nextReminderAt({ days, time, timeZone }, new Date(afterMs)).getTime();
        expect(at).toBeGreaterThan(afterMs);
        expect(at - afterMs).toBeLessThanOrEqual(8 * DAY);

        const local = wallOf(timeZone, at);
        if (local.time === time) {
          expect(days).toContain(local.weekday);
        } else {
          // The wanted time was skipped: `at` is the first instant after the clocks jumped over it.
          const before = utcToWallClock(timeZone, at - 1);
          const now = utcToWallClock(timeZone, at);
          expect(now - before).toBeGreaterThan(1);
          const wantedWall = Math.floor(before / DAY) * DAY + target * MINUTE;
          const onDayOf = (wall: number) => WEEKDAYS[((Math.floor(wall / DAY) + 4) % 7 + 7) % 7]!;
          const skipped = [wantedWall, wantedWall + DAY].find((w) => w > before && w < now);
          expect(skipped).toBeDefined();
          expect(days).toContain(onDayOf(skipped!));
        }

        // Step minute by minute through (after, at): no instant shows the time on a wanted day.
        for (let t = Math.floor(afterMs / MINUTE) * MINUTE + MINUTE; t < at; t += MINUTE) {
          const wall = utcToWallClock(timeZone, t);
          const minuteOfDay = Math.floor((((wall % DAY) + DAY) % DAY) / MINUTE);
          if (minuteOfDay !== target) continue;
          const weekday = WEEKDAYS[((Math.floor(wall / DAY) + 4) % 7 + 7) % 7]!;
          // Allowed only as the second showing of a repeated (fall-back) time: the clock showed it earlier.
          if (days.includes(weekday as (typeof days)[number])) {
            const shownBefore = [15, 30, 45, 60, 90, 120, 180].some((m) => utcToWallClock(timeZone, t - m * MINUTE) === wall);
            expect(shownBefore, `an earlier valid instant ${new Date(t).toISOString()}`).toBe(true);
          }
        }
}

// The night hours of the weeks around the 2026 changes, in zones that change: where gaps and overlaps are.
const changeNights = fc.record({
  days: fc.subarray([...REMINDER_DAYS], { minLength: 1 }),
  hour: fc.integer({ min: 0, max: 3 }),
  minute: fc.constantFrom(0, 15, 30, 45, 59),
  timeZone: fc.constantFrom('Europe/London', 'America/New_York', 'Australia/Sydney', 'Australia/Lord_Howe', 'America/Santiago', 'Pacific/Chatham'),
});

describe('nextReminderAt properties', () => {
  it('holds for any zone and time', () => {
    fc.assert(fc.property(spec, after, checkNext), { numRuns: 300 });
  });

  it('holds in the night hours around daylight-saving changes', () => {
    const weekBefore = fc.constantFrom(Date.UTC(2026, 2, 3), Date.UTC(2026, 2, 24), Date.UTC(2026, 3, 1), Date.UTC(2026, 8, 22), Date.UTC(2026, 8, 30), Date.UTC(2026, 9, 20), Date.UTC(2026, 9, 28))
      .chain((base) => fc.integer({ min: 0, max: 7 * DAY }).map((d) => base + d));
    fc.assert(fc.property(changeNights, weekBefore, checkNext), { numRuns: 400 });
  });
});
