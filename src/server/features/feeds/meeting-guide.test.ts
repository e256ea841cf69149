import { isMeetingType } from '@code4recovery/spec';
import { describe, expect, it } from 'vitest';
import type { Recurrence } from '../../../shared/recurrence.js';
import { meetingGuideTypes, specTimestamp, toMeetingGuide, type ListedSeries } from './meeting-guide.js';

function series(overrides: Partial<ListedSeries> = {}): ListedSeries {
  return {
    slug: 'sunday-serenity',
    title: 'Sunday Serenity',
    groupName: 'The Serenity Group',
    groupUrl: 'https://kindred.example.org/directory#serenity',
    timeZone: 'America/Los_Angeles',
    recurrence: { freq: 'weekly', interval: 1, byDay: ['SU'] },
    startTime: '18:00',
    durationMinutes: 90,
    format: 'in_person',
    location: { name: 'Alano Club', address: '123 Main Street', city: 'Anytown', region: 'CA', postalCode: '98765', country: 'US' },
    conferenceUrl: null,
    conferencePhone: null,
    language: null,
    types: [],
    updatedAt: '2014-05-31T14:32:23.000Z',
    ...overrides,
  };
}

describe('toMeetingGuide', () => {
  it('writes the spec README example meeting', () => {
    expect(toMeetingGuide(series({ types: ['O', 'T', 'LGBTQ'] }))).toEqual({
      name: 'Sunday Serenity',
      slug: 'sunday-serenity',
      day: 0,
      time: '18:00',
      end_time: '19:30',
      timezone: 'America/Los_Angeles',
      types: ['LGBTQ', 'O', 'T'],
      group: 'The Serenity Group',
      updated: '2014-05-31 14:32:23',
      url: 'https://kindred.example.org/directory#serenity',
      location: 'Alano Club',
      address: '123 Main Street',
      city: 'Anytown',
      state: 'CA',
      postal_code: '98765',
      country: 'US',
      approximate: 'no',
    });
  });

  it.each<[string, Recurrence]>([
    ['monthly', { freq: 'monthly', interval: 1, byDay: [{ day: 'SU', nth: 1 }] }],
    ['every other week', { freq: 'weekly', interval: 2, byDay: ['SU'] }],
  ])('leaves out what the weekly-only spec cannot say: %s', (_label, recurrence) => {
    expect(toMeetingGuide(series({ recurrence }))).toBeNull();
  });

  it('gives a meeting on several days one entry with an array of days, Sunday = 0', () => {
    expect(toMeetingGuide(series({ recurrence: { freq: 'weekly', interval: 1, byDay: ['SA', 'MO', 'SU'] } }))?.day).toEqual([0, 1, 6]);
  });

  it('wraps an end time past midnight', () => {
    expect(toMeetingGuide(series({ startTime: '23:15', durationMinutes: 60 }))?.end_time).toBe('00:15');
  });

  it('gives an online meeting its conference fields and no street address', () => {
    const m = toMeetingGuide(
      series({
        format: 'online',
        conferenceUrl: 'https://zoom.example.org/j/1',
        conferencePhone: '+15555550100',
        location: { address: '1 Hidden Rd', city: 'Anytown', region: 'CA', country: 'US' },
      }),
    );
    expect(m).toMatchObject({ conference_url: 'https://zoom.example.org/j/1', conference_phone: '+15555550100', city: 'Anytown', approximate: 'yes' });
    expect(m).not.toHaveProperty('address');
    expect(m).not.toHaveProperty('location');
  });

  it('does not publish an in-person meeting’s stale conference link', () => {
    expect(toMeetingGuide(series({ conferenceUrl: 'https://zoom.example.org/j/1' }))).not.toHaveProperty('conference_url');
  });
});

describe('meetingGuideTypes', () => {
  it('keeps spec codes only, marks the meeting open and adds its language', () => {
    const types = meetingGuideTypes({ types: ['D', 'C', 'ONL', 'nonsense'], language: 'es' });
    expect(types).toEqual(['D', 'O', 'S']);
    expect(types.every(isMeetingType)).toBe(true);
  });
  it('knows no type for a language the spec lacks', () => {
    expect(meetingGuideTypes({ types: [], language: 'xx' })).toEqual(['O']);
  });
});

it('formats `updated` as YYYY-MM-DD HH:MM:SS in UTC', () => {
  expect(specTimestamp('2026-03-04T05:06:07.891Z')).toBe('2026-03-04 05:06:07');
});
