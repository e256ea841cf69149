/**
 * Mirrors CHECK_IN_EARLY_MINUTES in src/shared/meetings.ts. Not imported from there: that
 * module's runtime pulls in zod, which stays out of the first download (Today is eager).
 * check-in-window.test.ts keeps the two equal.
 */
export const CHECK_IN_EARLY_MINUTES = 15;

/** Whether self check-in is open: from CHECK_IN_EARLY_MINUTES before the start until the end. */
export function isHappeningNow(o: { startsAt: string; endsAt: string; status: string }, now = Date.now()): boolean {
  if (o.status === 'cancelled') return false;
  const opens = Date.parse(o.startsAt) - CHECK_IN_EARLY_MINUTES * 60_000;
  return now >= opens && now < Date.parse(o.endsAt);
}
