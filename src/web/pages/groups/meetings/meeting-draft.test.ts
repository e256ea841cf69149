import { describe, expect, it } from 'vitest';
import { createMeetingBody, DEFAULT_AGENDA, updateMeetingBody, type MeetingSeries } from '../../../../shared/meetings.js';
import { agendaToDraft } from './agenda-draft.js';
import { draftProblems, draftToInput, draftToPatch, emptyDraft, seriesToDraft } from './meeting-draft.js';

describe('the meeting draft', () => {
  it('asks for a title, a day and a link for an online meeting', () => {
    expect(draftProblems(emptyDraft('en'))).toEqual({
      title: 'validation.required',
      days: 'meetings.form.pickDay',
      conferenceUrl: 'meetings.form.needLink',
    });
  });

  it('asks for an address in person, and both for hybrid', () => {
    const base = { ...emptyDraft('en'), title: 'Sunday circle', days: ['SU' as const] };
    expect(draftProblems({ ...base, format: 'in_person' })).toEqual({ address: 'meetings.form.needAddress' });
    expect(Object.keys(draftProblems({ ...base, format: 'hybrid' })).sort()).toEqual(['address', 'conferenceUrl']);
    expect(draftProblems({ ...base, conferenceUrl: 'meet.example/x' }).conferenceUrl).toBe('meetings.form.badLink');
  });

  it('builds a weekly online meeting without location fields', () => {
    const input = draftToInput({ ...emptyDraft('es'), title: ' Círculo ', days: ['SU', 'WE'], conferenceUrl: 'https://meet.example/x', address: 'ignored' });
    expect(input).toEqual({
      title: 'Círculo',
      recurrence: { freq: 'weekly', interval: 1, byDay: ['SU', 'WE'] },
      startTime: '19:00',
      durationMinutes: 60,
      format: 'online',
      location: undefined,
      conferenceUrl: 'https://meet.example/x',
      conferencePhone: undefined,
      language: 'es',
      open: false,
      types: [],
    });
    expect(createMeetingBody.safeParse(input).success).toBe(true);
  });

  it('builds a monthly last-Friday rule', () => {
    const input = draftToInput({ ...emptyDraft('en'), freq: 'monthly', nth: '-1', nthDay: 'FR', format: 'in_person', address: '1 Main St' });
    expect(input.recurrence).toEqual({ freq: 'monthly', interval: 1, byDay: [{ day: 'FR', nth: -1 }] });
    expect(input.location).toEqual({ name: undefined, address: '1 Main St', city: undefined });
  });

  it('sends the agenda only when the form has one', () => {
    const base = { ...emptyDraft('en'), title: 'Circle', days: ['MO' as const], conferenceUrl: 'https://meet.example/x' };
    expect(draftToInput(base)).not.toHaveProperty('agenda');
    const withAgenda = draftToInput({ ...base, agenda: agendaToDraft(DEFAULT_AGENDA) });
    expect(withAgenda.agenda).toEqual(DEFAULT_AGENDA);
    expect(createMeetingBody.safeParse(withAgenda).success).toBe(true);
  });

  it('names a problem in the agenda', () => {
    const base = { ...emptyDraft('en'), title: 'Circle', days: ['MO' as const], conferenceUrl: 'https://meet.example/x' };
    const agenda = agendaToDraft(DEFAULT_AGENDA);
    expect(draftProblems({ ...base, agenda: agenda.map((p, i) => (i === 1 ? { ...p, title: ' ' } : p)) })).toEqual({ agenda: 'meetings.agenda.needTitle' });
    expect(draftProblems({ ...base, agenda: agenda.map((p, i) => (i === 2 ? { ...p, minutes: '0' } : p)) })).toEqual({ agenda: 'meetings.agenda.badMinutes' });
    expect(draftProblems({ ...base, agenda: agenda.map((p) => ({ ...p, minutes: '2.5' })) })).toEqual({ agenda: 'meetings.agenda.badMinutes' });
  });
});

describe('editing a saved series', () => {
  const saved: MeetingSeries = {
    id: '5b0c2f53-0f43-4d4a-9b6f-6f1f7d1c0a11',
    groupId: 'g',
    slug: 'circle-hybrid',
    title: 'Hybrid circle',
    recurrence: { freq: 'monthly', interval: 2, byDay: [{ day: 'TH', nth: -1 }] },
    startDate: '2027-01-01',
    untilDate: null,
    startTime: '18:30',
    durationMinutes: 50,
    format: 'hybrid',
    location: { name: 'Library', address: '2 High St' },
    conferenceUrl: 'https://meet.example/h',
    conferencePhone: null,
    language: 'en',
    open: true,
    types: ['D', 'BE'],
    agenda: DEFAULT_AGENDA,
    timeZone: 'Europe/London',
    rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=-1TH',
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
  };

  it('opens with what was saved and sends it back unchanged', () => {
    const draft = seriesToDraft(saved, agendaToDraft);
    expect(draft).toMatchObject({ freq: 'monthly', interval: '2', nth: '-1', nthDay: 'TH', durationMinutes: '50', open: 'open', city: '' });
    expect(draftProblems(draft)).toEqual({});
    const patch = draftToPatch(draft);
    expect(updateMeetingBody.safeParse(patch).success).toBe(true);
    expect(patch).toMatchObject({
      title: saved.title,
      recurrence: saved.recurrence,
      startTime: saved.startTime,
      durationMinutes: saved.durationMinutes,
      format: saved.format,
      conferenceUrl: saved.conferenceUrl,
      conferencePhone: null,
      language: 'en',
      open: true,
      types: ['D', 'BE'],
      agenda: DEFAULT_AGENDA,
    });
    expect(JSON.parse(JSON.stringify(patch.location))).toEqual(saved.location);
  });

  it('clears what no longer applies when a meeting becomes online only', () => {
    const patch = draftToPatch({ ...seriesToDraft(saved, agendaToDraft), format: 'online', language: '' });
    expect(patch).toMatchObject({ format: 'online', location: null, conferenceUrl: 'https://meet.example/h', language: null });
    expect(updateMeetingBody.safeParse(patch).success).toBe(true);
  });
});
