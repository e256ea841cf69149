import { describe, expect, it } from 'vitest';
import type { DirectoryGroup, DirectoryMeeting } from '../api/meetings.js';
import { filterDirectory, meetingDays } from './directory-filter.js';

const meeting = (slug: string, patch: Partial<DirectoryMeeting>): DirectoryMeeting => ({
  slug,
  title: slug,
  recurrence: { freq: 'weekly', interval: 1, byDay: ['SU'] },
  startTime: '19:00',
  durationMinutes: 60,
  format: 'online',
  language: null,
  city: null,
  ...patch,
});

const group = (id: string, languages: string[], meetings: DirectoryMeeting[]): DirectoryGroup => ({
  id,
  slug: id,
  name: id,
  description: '',
  languages,
  timeZone: 'America/New_York',
  joinPolicy: 'request',
  meetings,
});

const groups = [
  group('a', ['en'], [meeting('a1', {}), meeting('a2', { recurrence: { freq: 'monthly', interval: 1, byDay: [{ day: 'MO', nth: -1 }] } })]),
  group('b', ['es'], [meeting('b1', { format: 'in_person', recurrence: { freq: 'weekly', interval: 1, byDay: ['TU', 'TH'] }, language: 'es' })]),
  group('c', ['en', 'es'], []),
];

describe('filterDirectory', () => {
  it('keeps every group and meeting without filters', () => {
    const out = filterDirectory(groups, { day: '', format: '', language: '' });
    expect(out.map((g) => g.id)).toEqual(['a', 'b', 'c']);
    expect(out[0]!.meetings.map((m) => m.slug)).toEqual(['a1', 'a2']);
  });

  it('filters by day (weekly or monthly) and format through the meetings', () => {
    expect(filterDirectory(groups, { day: 'TH', format: '', language: '' }).map((g) => g.id)).toEqual(['b']);
    expect(filterDirectory(groups, { day: 'MO', format: '', language: '' }).map((g) => g.meetings.map((m) => m.slug))).toEqual([['a2']]);
    expect(filterDirectory(groups, { day: 'SA', format: '', language: '' })).toEqual([]);
    expect(filterDirectory(groups, { day: '', format: 'in_person', language: '' }).map((g) => g.id)).toEqual(['b']);
  });

  it('filters by the language of the group or the meeting', () => {
    expect(filterDirectory(groups, { day: '', format: '', language: 'es' }).map((g) => g.id)).toEqual(['b', 'c']);
  });

  it('lists the weekdays of a rule', () => {
    expect(meetingDays(groups[0]!.meetings[1]!)).toEqual(['MO']);
  });
});
