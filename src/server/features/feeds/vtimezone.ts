import { localStamp, utcOffset, utcStamp } from './ical-text.js';
import { localTimeAt, offsetMinutes, zoneTransitions, type LocalDateTime } from './zone-time.js';

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

interface Onset {
  kind: 'DAYLIGHT' | 'STANDARD';
  /** UTC instant of the change. */
  at: number;
  /** Wall-clock time of the change, read with the offset in force before it. */
  local: LocalDateTime;
  from: number;
  to: number;
  name: string | undefined;
  /** BYDAY values that describe this date within its month (e.g. 2SU, and -1SU when last). */
  byDay: string[];
}

const nameFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's abbreviation (EST, CEST) when Intl knows one; bare GMT+1 forms say nothing. */
function zoneName(zone: string, at: number): string | undefined {
  let f = nameFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
    nameFormatters.set(zone, f);
  }
  const name = f.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  return name && !/^(GMT|UTC)([+-]|$)/.test(name) ? name : undefined;
}

function onsetOf(zone: string, at: number, from: number, to: number): Onset {
  const local = localTimeAt(zone, at - 60_000);
  // The instant before the change reads one minute early; the onset is that minute later.
  const wall = new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute + 1, 0));
  const l: LocalDateTime = {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: 0,
  };
  const weekday = WEEKDAYS[wall.getUTCDay()] ?? 'SU';
  const daysInMonth = new Date(Date.UTC(l.year, l.month, 0)).getUTCDate();
  const byDay = [`${Math.ceil(l.day / 7)}${weekday}`];
  if (l.day + 7 > daysInMonth) byDay.push(`-1${weekday}`);
  return { kind: to > from ? 'DAYLIGHT' : 'STANDARD', at, local: l, from, to, name: zoneName(zone, at), byDay };
}

function sameShape(a: Onset, b: Onset): boolean {
  return (
    a.kind === b.kind &&
    a.local.month === b.local.month &&
    a.local.hour === b.local.hour &&
    a.local.minute === b.local.minute &&
    a.from === b.from &&
    a.to === b.to &&
    a.name === b.name &&
    b.local.year === a.local.year + 1
  );
}

/** Groups onsets of one kind into runs that one yearly rule describes. */
function runs(onsets: Onset[]): Array<{ onsets: Onset[]; byDay: string[] }> {
  const result: Array<{ onsets: Onset[]; byDay: string[] }> = [];
  for (const onset of onsets) {
    const last = result.at(-1);
    const lastOnset = last?.onsets.at(-1);
    const shared = last ? last.byDay.filter((d) => onset.byDay.includes(d)) : [];
    if (last && lastOnset && sameShape(lastOnset, onset) && shared.length > 0) {
      last.onsets.push(onset);
      last.byDay = shared;
    } else {
      result.push({ onsets: [onset], byDay: onset.byDay });
    }
  }
  return result;
}

function component(kind: string, first: Onset, rrule: string | undefined): string[] {
  return [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${utcOffset(first.from)}`,
    `TZOFFSETTO:${utcOffset(first.to)}`,
    ...(first.name ? [`TZNAME:${first.name}`] : []),
    `DTSTART:${localStamp(first.local)}`,
    ...(rrule ? [`RRULE:${rrule}`] : []),
    `END:${kind}`,
  ];
}

/**
 * A VTIMEZONE for `zone` that is correct from the start of `fromYear` on: the zone's real
 * offset changes (from Intl) from the year before, described as yearly rules where a rule
 * fits consecutive years (the last one open-ended when it lasts to `toYear`), otherwise as
 * single onsets. A zone without changes gets one STANDARD component.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const transitions = zoneTransitions(zone, fromYear - 1, toYear);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (transitions.length === 0) {
    const offset = offsetMinutes(zone, Date.UTC(fromYear, 0, 1));
    const fixed: Onset = {
      kind: 'STANDARD',
      at: 0,
      local: { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 },
      from: offset,
      to: offset,
      name: zoneName(zone, Date.UTC(fromYear, 0, 1)),
      byDay: [],
    };
    return [...lines, ...component('STANDARD', fixed, undefined), 'END:VTIMEZONE'];
  }
  const onsets = transitions.map((t) => onsetOf(zone, t.at, t.from, t.to));
  for (const kind of ['STANDARD', 'DAYLIGHT'] as const) {
    for (const run of runs(onsets.filter((o) => o.kind === kind))) {
      const first = run.onsets[0];
      const last = run.onsets.at(-1);
      if (!first || !last) continue;
      let rrule: string | undefined;
      if (run.onsets.length > 1) {
        // "Last Sunday" is the usual rule whenever it fits; a fifth Sunday does not exist every year.
        const byDay = run.byDay.find((d) => d.startsWith('-1')) ?? run.byDay[0];
        rrule = `FREQ=YEARLY;BYMONTH=${first.local.month};BYDAY=${byDay}`;
        if (last.local.year < toYear) rrule += `;UNTIL=${utcStamp(last.at)}`;
      }
      lines.push(...component(kind, first, rrule));
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
