import type { NthWeekday, Weekday } from '../../../../shared/recurrence.js';
import type { AgendaPhase, CreateMeetingInput, MeetingFormat, MeetingSeries, UpdateMeetingInput } from '../../../api/meetings.js';
import { agendaProblems, agendaToInput, type AgendaDraft } from './agenda-draft.js';

/** What the meeting forms hold, as strings and lists the controls edit directly. */
export interface MeetingDraft {
  title: string;
  freq: 'weekly' | 'monthly';
  /** Every N weeks (weekly) or months (monthly), as the select holds it. */
  interval: string;
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
  types: string[];
  agenda: AgendaDraft[];
}

export function emptyDraft(language: string, agenda: AgendaDraft[] = []): MeetingDraft {
  return {
    title: '',
    freq: 'weekly',
    interval: '1',
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
    types: [],
    agenda,
  };
}

/** A saved series as the edit form holds it. */
export function seriesToDraft(s: MeetingSeries, toAgendaDraft: (phases: AgendaPhase[]) => AgendaDraft[]): MeetingDraft {
  const monthly = s.recurrence.freq === 'monthly' ? (s.recurrence.byDay as NthWeekday[])[0] : undefined;
  return {
    title: s.title,
    freq: s.recurrence.freq,
    interval: String(s.recurrence.interval),
    days: s.recurrence.freq === 'weekly' ? (s.recurrence.byDay as Weekday[]) : [],
    nth: String(monthly?.nth ?? 1),
    nthDay: monthly?.day ?? 'MO',
    startTime: s.startTime,
    durationMinutes: String(s.durationMinutes),
    format: s.format,
    locationName: s.location?.name ?? '',
    address: s.location?.address ?? '',
    city: s.location?.city ?? '',
    conferenceUrl: s.conferenceUrl ?? '',
    conferencePhone: s.conferencePhone ?? '',
    open: s.open ? 'open' : 'closed',
    language: s.language ?? '',
    types: s.types,
    agenda: toAgendaDraft(s.agenda),
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
  const agenda = agendaProblems(d.agenda);
  if (agenda) errors.agenda = agenda;
  return errors;
}

const orUndefined = (s: string) => s.trim() || undefined;

export function draftToInput(d: MeetingDraft): CreateMeetingInput {
  const nth: NthWeekday = { day: d.nthDay, nth: Number(d.nth) as NthWeekday['nth'] };
  const inPerson = d.format !== 'online';
  const online = d.format !== 'in_person';
  return {
    title: d.title.trim(),
    recurrence:
      d.freq === 'weekly'
        ? { freq: 'weekly', interval: Number(d.interval), byDay: d.days }
        : { freq: 'monthly', interval: Number(d.interval), byDay: [nth] },
    startTime: d.startTime,
    durationMinutes: Number(d.durationMinutes),
    format: d.format,
    location: inPerson ? { name: orUndefined(d.locationName), address: orUndefined(d.address), city: orUndefined(d.city) } : undefined,
    conferenceUrl: online ? orUndefined(d.conferenceUrl) : undefined,
    conferencePhone: online ? orUndefined(d.conferencePhone) : undefined,
    language: orUndefined(d.language),
    open: d.open === 'open',
    types: d.types,
    ...(d.agenda.length > 0 && { agenda: agendaToInput(d.agenda) }),
  };
}

/**
 * An edit sends every field: what no longer applies (the address of a meeting now only
 * online, a cleared phone number) is sent as null, so the server forgets it.
 */
export function draftToPatch(d: MeetingDraft): UpdateMeetingInput {
  const input = draftToInput(d);
  const location = input.location && Object.values(input.location).some(Boolean) ? input.location : null;
  return {
    ...input,
    location,
    conferenceUrl: input.conferenceUrl ?? null,
    conferencePhone: input.conferencePhone ?? null,
    language: input.language ?? null,
  };
}
