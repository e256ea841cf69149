import { utcToWallClock, wallClockToUtc } from '../../../shared/recurrence-zone.js';

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The value for an <input type="datetime-local">: wall-clock time at `instant` in `zone`. */
export function wallClockInput(instant: number, zone: string): string {
  return new Date(utcToWallClock(zone, instant)).toISOString().slice(0, 16);
}

/** The instant (ISO, UTC) of a datetime-local value read as wall-clock time in `zone`; null if unreadable. */
export function instantFromWallClock(value: string, zone: string): string | null {
  const m = WALL_CLOCK.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (new Date(wall).toISOString().slice(0, 16) !== value) return null;
  return new Date(wallClockToUtc(zone, wall)).toISOString();
}
