/**
 * Wall-clock ↔ UTC conversion for IANA zones using only Intl.DateTimeFormat.
 *
 * Asking Intl for an offset costs a few microseconds, too slow to do several times per
 * occurrence. So for each (zone, UTC year) we find the year's offset transitions once —
 * sample every three days, then binary-search each change to the minute — and cache them.
 * Every later lookup is plain arithmetic. Assumes no zone changes its offset twice within
 * three days (true of every modern tzdb zone).
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
const SAMPLE_STEP = 3 * DAY;

interface YearTable {
  zone: string;
  start: number;
  end: number;
  /** Offset (local − UTC, ms) at the start of the year. */
  initial: number;
  /** Instants (ms) from which a new offset applies, ascending. */
  at: number[];
  offsets: number[];
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const tables = new Map<string, YearTable>();
/** The table used last: expansions ask about the same zone and year many times in a row. */
let last: YearTable | undefined;

/** One cached Intl formatter per zone, giving every date and time part numerically (24 h). */
export function zoneFormatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

const FORMATTED = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/;

/** The zone's offset at an instant, asked of Intl (slow path). */
function intlOffset(zone: string, t: number): number {
  const m = FORMATTED.exec(zoneFormatter(zone).format(t));
  if (!m) throw new Error(`unexpected Intl output for ${zone}`);
  const [, mo, d, y, h, mi, s] = m.map(Number) as number[];
  const local = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
  const whole = t - (((t % 1000) + 1000) % 1000);
  return local - whole;
}

function buildYear(zone: string, year: number): YearTable {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const table: YearTable = { zone, start, end, initial: intlOffset(zone, start), at: [], offsets: [] };
  let prevT = start;
  let prevOffset = table.initial;
  for (let t = Math.min(start + SAMPLE_STEP, end); ; t = Math.min(t + SAMPLE_STEP, end)) {
    const offset = intlOffset(zone, t);
    if (offset !== prevOffset) {
      // First minute in (prevT, t] with the new offset.
      let lo = prevT;
      let hi = t;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (intlOffset(zone, mid) === prevOffset) lo = mid;
        else hi = mid;
      }
      table.at.push(hi);
      table.offsets.push(intlOffset(zone, hi));
      prevOffset = offset;
    }
    prevT = t;
    if (t >= end) break;
  }
  return table;
}

/** The zone's offset (local − UTC, in ms) at a UTC instant. */
export function zoneOffset(zone: string, t: number): number {
  let table = last;
  if (!table || table.zone !== zone || t < table.start || t >= table.end) {
    const year = new Date(t).getUTCFullYear();
    const key = `${zone}|${year}`;
    table = tables.get(key);
    if (!table) {
      table = buildYear(zone, year);
      tables.set(key, table);
    }
    last = table;
  }
  let offset = table.initial;
  for (let i = 0; i < table.at.length && table.at[i]! <= t; i++) offset = table.offsets[i]!;
  return offset;
}

/**
 * The UTC instant of a local wall-clock time, given as milliseconds of that wall clock
 * read as if it were UTC (`Date.UTC(y, m, d, h, mi)`).
 *
 * - Ambiguous times (the repeated hour when clocks fall back) take the first, earlier
 *   instant: the meeting happens the first time the clock shows its start.
 * - Nonexistent times (the skipped hour when clocks spring forward) move forward by the
 *   length of the gap: 02:30 on a night that jumps 02:00 → 03:00 becomes 03:30.
 */
export function wallClockToUtc(zone: string, wall: number): number {
  const before = zoneOffset(zone, wall - DAY);
  const after = zoneOffset(zone, wall + DAY);
  const candidates = before === after ? [before] : [before, after];
  let best: number | undefined;
  for (const offset of candidates) {
    const t = wall - offset;
    if (zoneOffset(zone, t) === offset && (best === undefined || t < best)) best = t;
  }
  // No valid instant: the wall time falls in a gap. Reading it with the offset in force
  // before the gap lands the same distance past the transition.
  return best ?? wall - before;
}

/** The local wall clock at an instant, as milliseconds read as if UTC. */
export function utcToWallClock(zone: string, t: number): number {
  return t + zoneOffset(zone, t);
}
