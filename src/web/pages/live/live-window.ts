/**
 * Mirrors START_EARLY_MINUTES in src/shared/live-session/api.ts. Not imported from there:
 * that module's runtime pulls in zod, which stays out of the first download (Today is eager).
 * live-window.test.ts keeps the two equal.
 */
export const START_EARLY_MINUTES = 60;

const localDate = (instant: number, zone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

/**
 * Whether an occurrence's live session can be on now: from START_EARLY_MINUTES before it
 * starts until the end of its day in the group's time zone. The server has the last word.
 */
export function inLiveWindow(o: { startsAt: string; status: string; timeZone: string }, now = Date.now()): boolean {
  if (o.status === 'cancelled') return false;
  const starts = Date.parse(o.startsAt);
  if (now < starts - START_EARLY_MINUTES * 60_000) return false;
  return localDate(now, o.timeZone) <= localDate(starts, o.timeZone);
}
