import { describe, expect, it } from 'vitest';
import { draftProblems, draftToInput, emptyDraft } from './meeting-draft.js';

describe('the add-meeting draft', () => {
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
      recurrence: { freq: 'weekly', byDay: ['SU', 'WE'] },
      startTime: '19:00',
      durationMinutes: 60,
      format: 'online',
      location: undefined,
      conferenceUrl: 'https://meet.example/x',
      conferencePhone: undefined,
      language: 'es',
      open: false,
    });
  });

  it('builds a monthly last-Friday rule', () => {
    const input = draftToInput({ ...emptyDraft('en'), freq: 'monthly', nth: '-1', nthDay: 'FR', format: 'in_person', address: '1 Main St' });
    expect(input.recurrence).toEqual({ freq: 'monthly', byDay: [{ day: 'FR', nth: -1 }] });
    expect(input.location).toEqual({ name: undefined, address: '1 Main St', city: undefined });
  });
});
