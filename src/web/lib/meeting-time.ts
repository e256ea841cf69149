/**
 * How a meeting's time reads to a member: the day and time in their own zone, and the
 * group's local time beside it when the two clocks differ at that instant.
 */

export interface MeetingTime {
  /** "Sun, Mar 8" in the viewer's zone. */
  day: string;
  /** "6:00 PM" in the viewer's zone. */
  time: string;
  /** The group's wall clock ("7:00 PM", or "Mon 1:00 AM" when the date differs), only when it differs. */
  groupTime: string | null;
  /** "New York" for America/New_York. */
  groupPlace: string;
}

/** The place name of an IANA zone: its last part, underscores as spaces. */
export function zonePlace(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}

function parts(at: Date, locale: string, timeZone: string) {
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone }).format(at);
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone }).format(at);
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(at);
  return { day, weekday, time };
}

export function meetingTime(startsAt: string | Date, viewerZone: string, groupZone: string, locale: string): MeetingTime {
  const at = typeof startsAt === 'string' ? new Date(startsAt) : startsAt;
  const mine = parts(at, locale, viewerZone);
  const theirs = parts(at, locale, groupZone);
  let groupTime: string | null = null;
  if (mine.day !== theirs.day) groupTime = `${theirs.weekday} ${theirs.time}`;
  else if (mine.time !== theirs.time) groupTime = theirs.time;
  return { day: mine.day, time: mine.time, groupTime, groupPlace: zonePlace(groupZone) };
}

/** "6:00 – 7:30 PM"-style range in the viewer's zone. */
export function timeRange(startsAt: string, endsAt: string, timeZone: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone });
  return format.formatRange(new Date(startsAt), new Date(endsAt));
}

/** YYYY-MM-DD of an instant in a zone. */
export function dateInZone(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(at);
}
