import type { NthWeekday, Weekday } from '../../../../shared/recurrence.js';
import type { CreateMeetingInput, MeetingFormat } from '../../../api/meetings.js';

/** What the add-meeting form holds, as strings and lists the controls edit directly. */
export interface MeetingDraft {
  title: string;
  freq: 'weekly' | 'monthly';
  days: Weekday[];
  nth: string;
  nthDay: Weekday;
  startTime: string;
  durationMinutes: string;
  format: MeetingFormat;
  locationName: string;
  address: string;
  city: string;
  conferenceUrl: string;
  conferencePhone: string;
  open: 'open' | 'closed';
  language: string;
}

export function emptyDraft(language: string): MeetingDraft {
  return {
    title: '',
    freq: 'weekly',
    days: [],
    nth: '1',
    nthDay: 'MO',
    startTime: '19:00',
    durationMinutes: '60',
    format: 'online',
    locationName: '',
    address: '',
    city: '',
    conferenceUrl: '',
    conferencePhone: '',
    open: 'closed',
    language,
  };
}

export type DraftErrors = Partial<Record<keyof MeetingDraft, string>>;

/** Translation keys of what is missing, per field; the API checks the rest. */
export function draftProblems(d: MeetingDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!d.title.trim()) errors.title = 'validation.required';
  if (d.freq === 'weekly' && d.days.length === 0) errors.days = 'meetings.form.pickDay';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(d.startTime)) errors.startTime = 'validation.invalid';
  const online = d.format !== 'in_person';
  const inPerson = d.format !== 'online';
  if (online && !d.conferenceUrl.trim() && !d.conferencePhone.trim()) errors.conferenceUrl = 'meetings.form.needLink';
  if (online && d.conferenceUrl.trim() && !/^https?:\/\/\S+$/i.test(d.conferenceUrl.trim())) errors.conferenceUrl = 'meetings.form.badLink';
  if (inPerson && !d.address.trim()) errors.address = 'meetings.form.needAddress';
  return errors;
}

const orUndefined = (s: string) => s.trim() || undefined;

export function draftToInput(d: MeetingDraft): CreateMeetingInput {
  const nth: NthWeekday = { day: d.nthDay, nth: Number(d.nth) as NthWeekday['nth'] };
  const inPerson = d.format !== 'online';
  const online = d.format !== 'in_person';
  return {
    title: d.title.trim(),
    recurrence: d.freq === 'weekly' ? { freq: 'weekly', byDay: d.days } : { freq: 'monthly', byDay: [nth] },
    startTime: d.startTime,
    durationMinutes: Number(d.durationMinutes),
    format: d.format,
    location: inPerson ? { name: orUndefined(d.locationName), address: orUndefined(d.address), city: orUndefined(d.city) } : undefined,
    conferenceUrl: online ? orUndefined(d.conferenceUrl) : undefined,
    conferencePhone: online ? orUndefined(d.conferencePhone) : undefined,
    language: orUndefined(d.language),
    open: d.open === 'open',
  };
}
