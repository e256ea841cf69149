import { isMeetingType } from '@code4recovery/spec';
import { WEEKDAYS, type Recurrence } from '../../../shared/recurrence.js';

/**
 * One meeting in the Meeting Guide JSON feed format (code4recovery spec). Fields that do
 * not apply are left out, as the spec asks.
 */
export interface MeetingGuideMeeting {
  name: string;
  slug: string;
  day: number | number[];
  time: string;
  end_time: string;
  timezone: string;
  types: string[];
  group: string;
  updated: string;
  url: string;
  conference_url?: string;
  conference_phone?: string;
  location?: string;
  address?: string;
  city?: string;
  state?: string;
  postal_code?: string;
  country?: string;
  approximate?: 'yes' | 'no';
  notes?: string;
}

export interface SeriesLocation {
  name?: string;
  address?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
  notes?: string;
}

/** A series as the Meeting Guide mapping needs it: plain data. */
export interface ListedSeries {
  slug: string;
  title: string;
  groupName: string;
  groupUrl: string;
  timeZone: string;
  recurrence: Recurrence;
  startTime: string;
  durationMinutes: number;
  format: 'in_person' | 'online' | 'hybrid';
  location: SeriesLocation | null;
  conferenceUrl: string | null;
  conferencePhone: string | null;
  language: string | null;
  types: string[];
  /** ISO UTC. */
  updatedAt: string;
}

/** ISO 639-1 codes of meeting languages the spec has a type for. */
const LANGUAGE_TYPES: Record<string, string> = {
  af: 'AF', am: 'AM', ar: 'AR', bg: 'BG', da: 'DA', de: 'DE', el: 'EL', en: 'EN', es: 'S', fa: 'FA', fi: 'FI',
  fr: 'FR', he: 'HE', hi: 'HI', hr: 'HR', hu: 'HU', is: 'IS', it: 'ITA', ja: 'JA', ka: 'KA', ko: 'KOR', lt: 'LT',
  ml: 'ML', mt: 'MT', nb: 'NO', ne: 'NE', nl: 'NL', no: 'NO', pa: 'PUN', pl: 'POL', pt: 'POR', ru: 'RUS', sk: 'SK',
  sl: 'SL', sv: 'SV', th: 'TH', tl: 'TL', tr: 'TUR', uk: 'UK',
};

/**
 * The series' types as spec codes: its own codes the spec knows, `O` (the feed only
 * carries open meetings), and the spec's type for its language. The spec has no type for
 * "online" (a conference URL or phone is what marks a meeting online) and `TC` means a
 * location temporarily closed, so neither is added.
 */
export function meetingGuideTypes(s: Pick<ListedSeries, 'types' | 'language'>): string[] {
  const types = new Set<string>(s.types.filter((t) => isMeetingType(t) && t !== 'C'));
  types.add('O');
  const language = s.language ? LANGUAGE_TYPES[s.language.toLowerCase().split('-')[0] ?? ''] : undefined;
  if (language && isMeetingType(language)) types.add(language);
  return [...types].sort();
}

function endTime(start: string, minutes: number): string {
  const [h, m] = start.split(':').map(Number);
  const end = ((h ?? 0) * 60 + (m ?? 0) + minutes) % 1440;
  return `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
}

/** `YYYY-MM-DD HH:MM:SS` in UTC, the spec's `updated` format. */
export function specTimestamp(iso: string): string {
  return new Date(iso).toISOString().slice(0, 19).replace('T', ' ');
}

const clean = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);

/**
 * The spec is for weekly meetings only: a monthly series, or one every other week, cannot
 * be said in it and gives null. A meeting on several weekdays is one entry whose `day` is
 * an array (the spec allows that), so its slug stays the series slug.
 */
export function toMeetingGuide(s: ListedSeries): MeetingGuideMeeting | null {
  if (s.recurrence.freq !== 'weekly' || s.recurrence.interval !== 1) return null;
  const days = [...new Set(s.recurrence.byDay.map((d) => WEEKDAYS.indexOf(d)))].filter((d) => d >= 0).sort();
  if (days.length === 0) return null;
  const online = s.format !== 'in_person';
  const inPerson = s.format !== 'online';
  const loc = s.location ?? {};
  const meeting: MeetingGuideMeeting = {
    name: s.title,
    slug: s.slug,
    day: days.length === 1 ? (days[0] ?? 0) : days,
    time: s.startTime,
    end_time: endTime(s.startTime, s.durationMinutes),
    timezone: s.timeZone,
    types: meetingGuideTypes(s),
    group: s.groupName,
    updated: specTimestamp(s.updatedAt),
    url: s.groupUrl,
  };
  const conferenceUrl = online ? clean(s.conferenceUrl) : undefined;
  const conferencePhone = online ? clean(s.conferencePhone) : undefined;
  if (conferenceUrl) meeting.conference_url = conferenceUrl;
  if (conferencePhone) meeting.conference_phone = conferencePhone;
  const fields = {
    // An online meeting has no street address: at most the area it belongs to (approximate).
    location: inPerson ? clean(loc.name) : undefined,
    address: inPerson ? clean(loc.address) : undefined,
    city: clean(loc.city),
    state: clean(loc.region),
    postal_code: inPerson ? clean(loc.postalCode) : undefined,
    country: clean(loc.country),
    notes: inPerson ? clean(loc.notes) : undefined,
  };
  for (const [key, value] of Object.entries(fields)) {
    if (value) (meeting as unknown as Record<string, string>)[key] = value;
  }
  if (meeting.address || meeting.city) meeting.approximate = meeting.address ? 'no' : 'yes';
  return meeting;
}
